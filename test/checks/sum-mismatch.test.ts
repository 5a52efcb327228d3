import { describe, expect, it } from 'vitest';
import { findingsOf, textAt } from './helpers.js';

describe('sum-mismatch', () => {
  it('flags parts that come to more than their total, and says the sum', () => {
    const paragraphs = ['Sur le terrain, 120 000 soldats, dont 80 000 Russes et 50 000 Biélorusses, sont massés.'];
    const [finding] = findingsOf('sum-mismatch', 'fr', paragraphs);
    expect(finding?.severity).toBe('warning');
    expect(textAt(paragraphs, finding!)).toBe('120 000 soldats');
    expect(finding?.related.map((related) => related.text)).toEqual(['80 000 Russes', '50 000 Biélorusses']);
    expect(finding?.message).toBe("'120 000 soldats' (line 3) is exceeded by its parts: 80,000 + 50,000 = 130,000, more than 120,000");
    expect(findingsOf('sum-mismatch', 'en', ['The bank employs 5,000 people, of whom 3,000 are in London and 2,500 in Paris.'])).toHaveLength(1);
  });

  it('flags shares of one whole beyond 100 %', () => {
    const paragraphs = ['Le candidat Martin a obtenu 55 % des voix, Durand 40 % des voix et Petit 10 % des voix.'];
    const [finding] = findingsOf('sum-mismatch', 'fr', paragraphs);
    expect(textAt(paragraphs, finding!)).toBe('55 %');
    expect(finding?.message).toBe("'55 %', '40 %', '10 %' (des voix) come to 105 %, more than the whole");
    expect(findingsOf('sum-mismatch', 'en', ['Labour won 45% of the vote and 60% of the seats.'])).toEqual([]);
    expect(findingsOf('sum-mismatch', 'en', ['Labour won 45% of the vote, the Tories 40% of the vote and the Liberals 10% of the vote.'])).toEqual([]);
  });

  it('flags a ratio restated as a wrong percentage', () => {
    const paragraphs = ['Six décès sur 10 ont été évités, soit 55 %.'];
    const [finding] = findingsOf('sum-mismatch', 'fr', paragraphs);
    expect(textAt(paragraphs, finding!)).toBe('55 %');
    expect(finding?.message).toBe("'55 %' (line 3) restates 'Six décès sur 10' (line 3), which is 60 %");
  });

  it.each([
    ['fr', 'Sur les 120 000 soldats, 80 000 sont russes et 50 000 biélorusses.'],
    ['en', 'Of the 120,000 soldiers, 80,000 are Russian and 50,000 Belarusian.'],
    ['es', 'Según el ministerio, de los 120.000 ciudadanos convocados, 80.000 son hombres y 50.000 son mujeres.'],
  ])('flags parts of a total the clause opens with a partitive (%s)', (lang, paragraph) => {
    const findings = findingsOf('sum-mismatch', lang, [paragraph]);
    expect(findings.map((finding) => finding.message.replace(/^'[^']*' \(line 3\) /u, ''))).toEqual(['is exceeded by its parts: 80,000 + 50,000 = 130,000, more than 120,000']);
    expect(findingsOf('sum-mismatch', lang, [paragraph.replace(/50[.,\u00a0 ]?000/u, (found) => found.replace('5', '4'))])).toEqual([]);
  });

  it('reads no partitive in a longer clause ("Sales of the 120,000 cars")', () => {
    expect(findingsOf('sum-mismatch', 'en', ['Sales of the 120,000 cars rose, and 80,000 were sold abroad in 50,000 deals.'])).toEqual([]);
  });

  it.each([
    ['es', 'Seis de cada diez votantes, es decir, el 55 %, apoyan la ley.', '55 %'],
    ['it', 'Sei elettori su dieci, cioè il 55%, sono favorevoli.', '55%'],
    ['pt', 'Seis em cada dez eleitores, ou seja, o 55%, apoiam a lei.', '55%'],
  ])('reads the restatement with the article a percentage takes (%s)', (lang, paragraph, percent) => {
    const [finding, ...rest] = findingsOf('sum-mismatch', lang, [paragraph]);
    expect(rest).toEqual([]);
    expect(textAt([paragraph], finding!)).toBe(percent);
    expect(findingsOf('sum-mismatch', lang, [paragraph.replace('55', '60')])).toEqual([]);
  });

  it('stays silent on parts that add up or fall short, on rounding, and on parts of another sentence', () => {
    expect(findingsOf('sum-mismatch', 'fr', ['Les 120 000 soldats, dont 80 000 Russes et 40 000 Biélorusses, sont massés.'])).toEqual([]);
    expect(findingsOf('sum-mismatch', 'es', ['Hay 300.000 reservistas, de los cuales 87.000 ya fueron enviados y 20.000 esperan.'])).toEqual([]);
    expect(findingsOf('sum-mismatch', 'fr', ['Deux électeurs sur trois, soit 67 %, ont voté.'])).toEqual([]);
    expect(findingsOf('sum-mismatch', 'en', ['The bank employs 5,000 people. Of them, 3,000 are in London and 2,500 were hired last year.'])).toEqual([]);
  });

  it.each([
    ['fr', 'La fermeture entraînera la suppression de 212 postes : 148 à Morvillers et 54 à Saint-Gorgon.', '212 postes'],
    ['en', 'The council will cut 212 jobs: 148 in Morvillers and 54 in Stanford.', '212 jobs'],
    ['de', 'Wegfallen sollen 212 Stellen: 148 in Kaltenau und 54 in Brandt.', '212 Stellen'],
    ['es', 'La reconstrucción costará 8.600 millones de pesos: la Gobernación aportará 5.000 millones de pesos, el municipio 1.200 millones de pesos y el resto, 2.900 millones de pesos.', '8.600 millones de pesos'],
    ['it', 'Saranno tagliati 212 posti, ripartiti tra 148 a Milano e 54 a Roma.', '212 posti'],
    ['pt', 'Serão cortadas 212 vagas: 148 em Lisboa e 54 no Porto.', '212 vagas'],
  ])('flags a complete list of parts, after a colon or a breakdown word, that misses its total (%s)', (lang, paragraph, total) => {
    const [finding, ...rest] = findingsOf('sum-mismatch', lang, [paragraph]);
    expect(rest).toEqual([]);
    expect(textAt([paragraph], finding!)).toBe(total);
    expect(finding?.message).toMatch(/is not the sum of its parts listed after it: .* = /u);
    // The same list when it adds up.
    const fixed = paragraph.replace(/\b54\b/u, '64').replace('2.900', '2.400');
    expect(findingsOf('sum-mismatch', lang, [fixed])).toEqual([]);
  });

  it('reads a complete list only when "and" closes it, and leaves series in time and rounding alone', () => {
    // No "and": the list may go on.
    expect(findingsOf('sum-mismatch', 'en', ['The council will cut 212 jobs: 148 in Morvillers, 54 in Stanford, says the union.'])).toEqual([]);
    // A date among the parts: values of two moments, not parts.
    expect(findingsOf('sum-mismatch', 'fr', ['La commune compte 12 000 habitants : 8 000 en 2010 et 10 000 en 2020.'])).toEqual([]);
    // 1,2 + 2,2 = 3,4 is 3,5 give or take rounding.
    expect(findingsOf('sum-mismatch', 'fr', ['Le projet coûte 3,5 millions d’euros : 1,2 million d’euros pour la ville et 2,2 millions d’euros pour la région.'])).toEqual([]);
    // A part as large as the total is no part.
    expect(findingsOf('sum-mismatch', 'fr', ['On attendait 3 000 manifestants : 2 000 selon la police et 5 000 selon les syndicats.'])).toEqual([]);
  });

  it('flags parts whose last is given as the rest of a total stated in an earlier paragraph', () => {
    const paragraphs = ['Der Stadtrat hat die Sanierung beschlossen. Kosten: 7,9 Millionen Euro.', 'Der Bund übernimmt 3,2 Millionen Euro, das Land steuert 2,5 Millionen bei. Den Rest von 1,9 Millionen Euro zahlt die Stadt.'];
    const [finding, ...rest] = findingsOf('sum-mismatch', 'de', paragraphs);
    expect(rest).toEqual([]);
    expect(textAt(paragraphs, finding!)).toBe('7,9 Millionen Euro');
    expect(finding?.message).toBe("'7,9 Millionen Euro' (line 3) is not the sum of its parts, the last given as the rest: 3,200,000 + 2,500,000 + 1,900,000 = 7,600,000");
    expect(finding?.related.map((related) => related.text)).toEqual(['3,2 Millionen Euro', '2,5 Millionen', '1,9 Millionen Euro']);
    expect(findingsOf('sum-mismatch', 'de', [paragraphs[0] as string, (paragraphs[1] as string).replace('1,9', '2,2')])).toEqual([]);
    const italian = ['Il cantiere costerà complessivamente 3,8 milioni di euro.', 'L’opera sarà finanziata per 2,1 milioni di euro dallo Stato, per 900.000 euro dalla Regione e per i restanti 600.000 euro dal Comune.'];
    expect(findingsOf('sum-mismatch', 'it', italian).map((found) => textAt(italian, found))).toEqual(['3,8 milioni di euro']);
  });

  it('stays silent on a rest whose parts come to an earlier figure, or with no larger figure before', () => {
    const paragraphs = ['Le budget atteint 9 millions d’euros, dont 7,5 millions d’euros pour les travaux.', 'L’État paie 4 millions d’euros, la région 3 millions d’euros et le reste, 2 millions d’euros, revient à la ville.'];
    expect(findingsOf('sum-mismatch', 'fr', paragraphs)).toEqual([]);
    expect(findingsOf('sum-mismatch', 'fr', ['L’État paie 4 millions d’euros, la région 3 millions d’euros et le reste, 2 millions d’euros, revient à la ville.'])).toEqual([]);
  });

  it.each([
    ['fr', 'Les ventes sont passées de 200 à 250 unités, soit une hausse de 20 %.', '20 %'],
    ['en', 'Sales climbed from 200 to 250 units, up 20%.', '20%'],
    ['en', 'Sales climbed from 200 to 250 units, a 20% increase.', '20%'],
    ['de', 'Die Belegschaft wuchs von 200 auf 250 Mitarbeiter, ein Plus von 20 Prozent.', '20 Prozent'],
    ['de', 'Die Belegschaft wuchs von 200 auf 250 Mitarbeiter, also um 20 Prozent.', '20 Prozent'],
    ['es', 'Las ventas pasaron de 200 a 250 unidades, un aumento del 20 %.', '20 %'],
    ['it', 'Le vendite sono passate da 200 a 250 unità, con un aumento del 20%.', '20%'],
    ['pt', 'As vendas passaram de 200 para 250 unidades, uma alta de 20%.', '20%'],
  ])('flags a change given as a percentage its two values do not make (%s: %s)', (lang, paragraph, percent) => {
    const [finding, ...rest] = findingsOf('sum-mismatch', lang, [paragraph]);
    expect(rest).toEqual([]);
    expect(textAt([paragraph], finding!)).toBe(percent);
    expect(finding?.message).toMatch(/is given as the change from '200' \(line 3\) to '250 [^']+' \(line 3\), which is a rise of 25 %$/u);
    expect(findingsOf('sum-mismatch', lang, [paragraph.replace(/20(?=[ \u00a0]?(?:%|Prozent))/u, '25')])).toEqual([]);
  });

  it('flags a rise given for values that fell, and leaves rounding and points alone', () => {
    const [finding] = findingsOf('sum-mismatch', 'en', ['Sales fell from 250 to 200 units, a 25% rise.']);
    expect(finding?.message).toBe("'25%' (line 3) is given as the change from '250' (line 3) to '200 units' (line 3), which is a fall of 20 %");
    expect(findingsOf('sum-mismatch', 'en', ['Sales fell from 250 to 200 units, a 20% drop.'])).toEqual([]);
    // 1.2 and 1.5 may stand for 1.16 and 1.51: a 30 % rise.
    expect(findingsOf('sum-mismatch', 'fr', ['Le chiffre d’affaires est passé de 1,2 à 1,5 milliard d’euros, soit une hausse de 30 %.'])).toEqual([]);
    // From percentages, a change in points or a relative one.
    expect(findingsOf('sum-mismatch', 'en', ['Unemployment rose from 8% to 10%, up 2 points.'])).toEqual([]);
    expect(findingsOf('sum-mismatch', 'en', ['Unemployment rose from 8% to 10%, up 25%.'])).toEqual([]);
    expect(findingsOf('sum-mismatch', 'en', ['Unemployment rose from 8% to 10%, up 4 points.'])).toHaveLength(1);
    // No word of change: "soit 20 %" may be a share of something else.
    expect(findingsOf('sum-mismatch', 'fr', ['Ils étaient de 200 à 250, soit 20 % de la population.'])).toEqual([]);
  });

  it('reads parts whose first carries the parts word ("212 Einwendungen eingegangen, 148 davon … und 71 …")', () => {
    const paragraph = 'Beim Landratsamt sind 212 Einwendungen eingegangen, 148 davon aus Kalthof und 71 aus Wettenbühl.';
    const [finding] = findingsOf('sum-mismatch', 'de', [paragraph]);
    expect(finding?.message).toBe("'212 Einwendungen' (line 3) is exceeded by its parts: 148 + 71 = 219, more than 212");
    expect(findingsOf('sum-mismatch', 'de', [paragraph.replace('71', '61')])).toEqual([]);
  });

  it.each([
    ['es', ['La tormenta dañó 2.300 hectáreas de viñedos.', 'Del total, 1.450 hectáreas registran daños graves y otras 950 hectáreas, pérdidas parciales.'], '2.300 hectáreas', '1.450'],
    ['pt', ['A cooperativa exportou 412 mil sacas no ano-safra.', 'O balanço foi apresentado aos cooperados.', 'Do total embarcado, 268 mil sacas foram de café convencional e 154 mil, de cafés especiais.'], '412 mil sacas', '268'],
    ['it', ['Il costo complessivo dell’opera è di 18,6 milioni di euro. Nove milioni di euro arrivano dal Comune, 6,5 milioni dalla Regione e 2,4 milioni dal club.'], '18,6 milioni di euro', 'Nove'],
  ])('flags a list of parts in a later sentence that names the total, or follows a total (%s)', (lang, paragraphs, total, firstPart) => {
    const [finding, ...rest] = findingsOf('sum-mismatch', lang, paragraphs);
    expect(rest).toEqual([]);
    expect(textAt(paragraphs, finding!)).toBe(total);
    expect(finding?.related[0]?.text.startsWith(firstPart)).toBe(true);
  });

  it('stays silent on a later list when nothing makes the earlier figure its total', () => {
    // "del totale" after the figure names another whole: the next sentence lists its siblings.
    const paragraphs = ['Il capitolo più pesante è quello delle opere pubbliche: 14,2 milioni, quasi il 37 per cento del totale. Alle abitazioni vanno 11,6 milioni, alle imprese 9,1 milioni e alla rete 3,5 milioni.'];
    expect(findingsOf('sum-mismatch', 'it', paragraphs)).toEqual([]);
    expect(findingsOf('sum-mismatch', 'es', ['La tormenta dañó 2.300 hectáreas de viñedos.', 'En la zona norte, 1.450 hectáreas registran daños graves y otras 950 hectáreas, pérdidas parciales.'])).toEqual([]);
  });
});
