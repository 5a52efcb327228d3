export const abbreviations = [
  'Mr.', 'Mrs.', 'Ms.', 'Mx.', 'Dr.', 'Prof.', 'Rev.', 'Hon.', 'St.', 'Sr.', 'Jr.',
  'Sen.', 'Rep.', 'Gov.', 'Pres.', 'Gen.', 'Lt.', 'Col.', 'Maj.', 'Capt.', 'Sgt.', 'Adm.', 'Cmdr.',
  'Supt.', 'Det.', 'Insp.', 'Atty.', 'Amb.',
  'U.S.', 'U.K.', 'U.N.', 'E.U.', 'No.', 'Nos.', 'vs.', 'v.', 'e.g.', 'i.e.', 'cf.', 'approx.',
  'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Aug.', 'Sept.', 'Sep.', 'Oct.', 'Nov.', 'Dec.',
  'Mt.', 'Ft.', 'Ave.', 'Blvd.', 'Rd.',
] as const;
