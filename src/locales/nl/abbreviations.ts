export const abbreviations = [
  'dhr.', 'mevr.', 'mr.', 'dr.', 'prof.', 'ir.', 'ing.', 'drs.', 'St.', 'o.a.', 'o. a.', 'bijv.',
  'bv.', 'd.w.z.', 'enz.', 'ca.', 'nr.', 'blz.', 'art.', 'jl.', 'mln.', 'mld.',
] as const;
