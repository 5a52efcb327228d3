export const abbreviations = [
  'M.', 'MM.', 'Mme.', 'Mlle.', 'Me.', 'Mgr.', 'Dr.', 'Pr.', 'St.', 'Ste.',
  'av.', 'apr.', 'J.-C.', 'cf.', 'env.', 'hab.', 'no.', 'n°.', 'p.', 'pp.', 'vol.', 'art.', 'al.',
  'gén.', 'lt.', 'col.', 'cdt.', 'capt.', 'sgt.', 'Gén.', 'Lt.', 'Col.', 'Cdt.', 'Sgt.',
] as const;
