import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/analyse.js';
import { findLanguage, type LanguageInfo } from '../../src/language/languages.js';

const samplesDir = fileURLToPath(new URL('../../samples/', import.meta.url));
const read = (name: string): string => readFileSync(samplesDir + name, 'utf8');

const SAMPLES: Array<[file: string, code: string]> = [
  ['fr-sommet-bilateral.txt', 'fra'],
  ['en-trade-deal.txt', 'eng'],
  ['de-energie.txt', 'deu'],
  ['es-elecciones.txt', 'spa'],
  ['it-porto.txt', 'ita'],
  ['pt-agricultura.txt', 'por'],
];

function language(code: string): LanguageInfo {
  const found = findLanguage(code);
  if (!found) throw new Error(`unknown language ${code}`);
  return found;
}

/** Line (1-based) and code point offset of a UTF-16 index, counted here with LF line ends. */
function whereIs(text: string, index: number): { line: number; offset: number } {
  const before = text.slice(0, index);
  return { line: before.split('\n').length, offset: Array.from(before).length };
}

describe('article language of the samples', () => {
  for (const [file, code] of SAMPLES) {
    it(`finds ${code} in ${file}, reliably`, () => {
      const report = analyseText(file, read(file), 'utf-8');
      expect(report.language.code).toBe(code);
      expect(report.language.reliable).toBe(true);
      expect(report.language.source).toBe('detected');
      expect(report.language.confidence).toBeGreaterThanOrEqual(0.5);
      expect(report.language.confidence).toBeLessThan(1);
    });
  }

  it('lists exactly the English paragraph of the French sample', () => {
    const text = read('fr-sommet-bilateral.txt');
    const report = analyseText('fr', text, 'utf-8');
    expect(report.language.paragraphs).toHaveLength(1);
    const [paragraph] = report.language.paragraphs;
    if (!paragraph) throw new Error('no paragraph');
    expect(paragraph.code).toBe('eng');
    expect(paragraph.name).toBe('English');
    expect(paragraph.confidence).toBeGreaterThan(0.5);
    expect(paragraph.confidence).toBeLessThan(1);
    // The paragraph is the quotation, opening guillemet included.
    expect(paragraph.text.replace(/^«\s*/u, '')).toMatch(/^The agreements signed in Astana today mark/u);
    const index = text.indexOf('« The agreements');
    expect(index).toBeGreaterThan(0);
    const at = whereIs(text, index);
    expect(paragraph.line).toBe(at.line);
    expect(paragraph.column).toBe(1);
    expect(paragraph.start).toBe(at.offset);
    expect(paragraph.endLine).toBe(at.line);
    expect(Array.from(text).slice(paragraph.start, paragraph.end).join('')).toBe(paragraph.text);
  });

  for (const [file] of SAMPLES.slice(1)) {
    it(`lists no other-language paragraph in ${file}`, () => {
      expect(analyseText(file, read(file), 'utf-8').language.paragraphs).toEqual([]);
    });
  }
});

describe('undetermined and unreliable answers', () => {
  it('never calls a 15-character text reliable', () => {
    const text = 'Bonjour à tous!';
    expect(text.length).toBe(15);
    const report = analyseText('short', text, 'utf-8');
    expect(report.language.reliable).toBe(false);
    expect(report.language.paragraphs).toEqual([]);
  });

  it('answers "und" for a text of digits', () => {
    const report = analyseText('digits', '2023 2024 2025\n\n12 345 678 901', 'utf-8');
    expect(report.language).toEqual({
      code: 'und',
      name: 'Undetermined',
      confidence: 0,
      reliable: false,
      source: 'detected',
      paragraphs: [],
    });
  });
});

describe('a forced language', () => {
  it('is reported with confidence 1 whatever the text says', () => {
    const fr = language('fr');
    for (const [file] of SAMPLES) {
      const report = analyseText(file, read(file), 'utf-8', { language: fr });
      expect(report.language).toMatchObject({ code: 'fra', name: 'French', confidence: 1, reliable: true, source: 'option' });
    }
  });

  it('still lists the paragraphs in another language than the forced one', () => {
    const forcedFrench = analyseText('fr', read('fr-sommet-bilateral.txt'), 'utf-8', { language: language('fra') });
    const detected = analyseText('fr', read('fr-sommet-bilateral.txt'), 'utf-8');
    expect(forcedFrench.language.paragraphs).toEqual(detected.language.paragraphs);

    // Forcing French on an English article: its long paragraphs are all English, not French.
    const english = analyseText('en', read('en-trade-deal.txt'), 'utf-8', { language: language('fr') });
    expect(english.language.paragraphs.length).toBeGreaterThan(0);
    for (const paragraph of english.language.paragraphs) expect(paragraph.code).toBe('eng');
  });
});

describe('findLanguage', () => {
  it('accepts ISO 639-1 tags and ISO 639-3 codes in any case', () => {
    const expected = { code: 'fra', name: 'French', tag: 'fr', candidate: true };
    for (const key of ['fr', 'fra', 'FR', 'FRA', 'Fr']) expect(findLanguage(key)).toEqual(expected);
    expect(findLanguage('de')?.code).toBe('deu');
    expect(findLanguage('pt')?.code).toBe('por');
  });

  it('knows languages left out of detection, and nothing else', () => {
    expect(findLanguage('gl')).toEqual({ code: 'glg', name: 'Galician', tag: 'gl', candidate: false });
    expect(findLanguage('xx')).toBeUndefined();
    expect(findLanguage('french')).toBeUndefined();
    expect(findLanguage('')).toBeUndefined();
  });
});

describe('a paragraph in another script', () => {
  // Original fixture text: a French article with one Russian paragraph and one short English line.
  const title = 'Une nouvelle ligne ferroviaire reliera bientôt les deux capitales';
  const french1 =
    'Les gouvernements des deux pays ont annoncé mardi la construction d’une ligne de chemin de fer longue de ' +
    'plusieurs centaines de kilomètres, qui doit réduire de moitié la durée du trajet entre les deux villes.';
  const french2 =
    'Le chantier, financé en partie par des banques régionales, devrait commencer au printemps prochain. Les ' +
    'entreprises locales espèrent profiter des nombreux contrats qui seront attribués dans les mois à venir.';
  const russian =
    'Министры двух стран встретились в столице, чтобы обсудить строительство новой железной дороги. По их ' +
    'словам, первые поезда пойдут по ней уже через три года, а грузооборот между соседями вырастет почти вдвое.';
  const shortEnglish = 'Thank you very much, said the envoy.';
  const french3 =
    'Les syndicats ont toutefois exprimé leurs inquiétudes quant aux conditions de travail sur le chantier, et ' +
    'demandent des garanties avant le lancement des travaux.';
  const text = [title, french1, french2, russian, shortEnglish, french3].join('\n\n');

  it('reports a Russian paragraph inside a French article as Russian', () => {
    const report = analyseText('rail', text, 'utf-8');
    expect(report.language.code).toBe('fra');
    expect(report.language.reliable).toBe(true);
    const russianParagraphs = report.language.paragraphs.filter((paragraph) => paragraph.code === 'rus');
    expect(russianParagraphs).toHaveLength(1);
    const [paragraph] = russianParagraphs;
    if (!paragraph) throw new Error('no paragraph');
    expect(paragraph.name).toBe('Russian');
    expect(paragraph.text).toBe(russian);
    // Title, blank, French, blank, French, blank: the Russian paragraph is line 7.
    expect(paragraph.line).toBe(7);
    expect(paragraph.column).toBe(1);
    expect(paragraph.start).toBe(whereIs(text, text.indexOf(russian)).offset);
    expect(paragraph.end - paragraph.start).toBe(russian.length);
  });

  it('does not list a foreign paragraph shorter than 40 characters', () => {
    expect(shortEnglish.length).toBeLessThan(40);
    const report = analyseText('rail', text, 'utf-8');
    expect(report.language.paragraphs.map((paragraph) => paragraph.code)).toEqual(['rus']);
  });
});

describe('expected languages (--languages)', () => {
  const galician = 'Titulo\n\nO concello aprobou onte o novo plan de mobilidade, que prevé máis carrís bici e autobuses eléctricos para toda a cidade.\n';

  it('detects among the expected languages only, the article and its paragraphs alike', () => {
    const free = analyseText('x.txt', galician, 'utf-8');
    expect(['glg', 'por', 'spa']).toContain(free.language.code);
    const expected = [language('es'), language('pt')];
    const restricted = analyseText('x.txt', galician, 'utf-8', { languages: expected });
    expect(['spa', 'por']).toContain(restricted.language.code);
    // The French sample's English paragraph: not reported when only French and German are expected.
    const french = read('fr-sommet-bilateral.txt');
    expect(analyseText('x.txt', french, 'utf-8').language.paragraphs.map((paragraph) => paragraph.code)).toEqual(['eng']);
    const onlyFrenchGerman = analyseText('x.txt', french, 'utf-8', { languages: [language('fr'), language('de')] });
    expect(onlyFrenchGerman.language.code).toBe('fra');
    expect(onlyFrenchGerman.language.paragraphs.map((paragraph) => paragraph.code)).not.toContain('eng');
  });

  it('lets a forced language win over the expected ones', () => {
    expect(analyseText('x.txt', galician, 'utf-8', { language: language('it'), languages: [language('es')] }).language.code).toBe('ita');
  });
});
