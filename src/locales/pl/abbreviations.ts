export const abbreviations = [
  'dr.', 'prof.', 'inż.', 'mgr.', 'gen.', 'płk.', 'ks.', 'ul.', 'al.', 'pl.', 'tzw.', 'np.', 'itd.',
  'itp.', 'm.in.', 'tj.', 'tys.', 'mln.', 'mld.', 'zł.', 'ok.', 'godz.', 'r.', 'w.', 'p.n.e.', 'n.e.',
] as const;
