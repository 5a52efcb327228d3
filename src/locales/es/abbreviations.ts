export const abbreviations = [
  'Sr.', 'Sra.', 'Srta.', 'Sres.', 'Dr.', 'Dra.', 'D.', 'Dña.', 'Lic.', 'Ing.', 'Prof.', 'Gral.', 'Cnel.',
  'EE. UU.', 'EE.UU.', 'Ud.', 'Uds.', 'núm.', 'pág.', 'aprox.', 'etc.', 'art.', 'Av.', 'a. C.', 'd. C.',
] as const;
