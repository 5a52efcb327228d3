export const abbreviations = [
  'Sig.', 'Sigg.', 'Sig.ra', 'Dott.', 'Dott.ssa', 'Prof.', 'Prof.ssa', 'Ing.', 'Avv.', 'On.', 'Gen.',
  'Mons.', 'S.', 'ecc.', 'pag.', 'art.', 'n.', 'a.C.', 'd.C.',
] as const;
