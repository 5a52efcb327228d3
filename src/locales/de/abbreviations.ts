export const abbreviations = [
  'z.', 'z. B.', 'z.B.', 'u.', 'u. a.', 'u.a.', 'd. h.', 'd.h.', 'o. ä.', 'u. U.', 'v. a.', 'v.a.',
  's.', 'S.', 'vgl.', 'bzw.', 'ca.', 'usw.', 'etc.', 'evtl.', 'ggf.', 'inkl.', 'exkl.', 'max.', 'min.',
  'Dr.', 'Prof.', 'Hr.', 'Hrn.', 'Fr.', 'St.', 'Nr.', 'Abs.', 'Art.', 'Bd.', 'Mio.', 'Mrd.', 'Tsd.',
  'Jan.', 'Febr.', 'Feb.', 'Apr.', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.', 'v. Chr.', 'n. Chr.',
] as const;
