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
});
