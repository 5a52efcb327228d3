export const abbreviations = [
  'Sr.', 'Sra.', 'Srs.', 'Dr.', 'Dra.', 'Prof.', 'Profa.', 'Gen.', 'Eng.', 'Exmo.', 'Exma.',
  'pág.', 'art.', 'n.', 'nº.', 'etc.', 'aprox.', 'a.C.', 'd.C.',
] as const;
