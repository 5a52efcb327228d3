import { francAll } from 'franc';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../src/document/paragraphs.js';
import { CANDIDATE_CODES } from '../../src/language/languages.js';
import { buildScriptModel, deserialiseModels, serialiseModels, type ScriptModel } from '../../src/language/script-model.js';
import { TrigramTable } from '../../src/language/trigram-table.js';
import { WINDOW, rankLanguages, type Ranking } from '../../src/language/trigrams.js';

const samplesDir = fileURLToPath(new URL('../../samples/', import.meta.url));
const samples = readdirSync(samplesDir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => ({ name, text: readFileSync(samplesDir + name, 'utf8') }));

const CANDIDATES: ReadonlySet<string> = new Set(CANDIDATE_CODES);

/** franc's own answer, with its [["und", 1]] written as rankLanguages writes it: []. */
function francRanking(text: string, candidates: ReadonlySet<string>): Ranking {
  const ranking = francAll(text, { only: [...candidates] });
  if (ranking.length === 1 && ranking[0]?.[0] === 'und') return [];
  return ranking;
}

function expectSameAsFranc(text: string, candidates: ReadonlySet<string> = CANDIDATES): Ranking {
  const ours = rankLanguages(text, candidates);
  expect(ours).toEqual(francRanking(text, candidates));
  return ours;
}

const code = (ranking: Ranking): string | undefined => ranking[0]?.[0];

describe('rankLanguages equals francAll with `only`', () => {
  it('has samples to compare', () => {
    expect(samples.map((sample) => sample.name.slice(0, 2))).toEqual(['de', 'en', 'es', 'fr', 'it', 'pt']);
  });

  for (const { name, text } of samples) {
    it(`on every paragraph of ${name}`, () => {
      const paragraphs = splitParagraphs(text);
      expect(paragraphs.length).toBeGreaterThan(5);
      for (const paragraph of paragraphs) {
        const ours = rankLanguages(paragraph.text, CANDIDATES);
        // Codes, order and scores, exactly.
        expect(ours, paragraph.text.slice(0, 60)).toEqual(francRanking(paragraph.text, CANDIDATES));
      }
    });

    it(`on the whole of ${name}, cut at franc's window`, () => {
      expect(text.length).toBeGreaterThan(WINDOW);
      const ours = expectSameAsFranc(text);
      expect(code(ours)).toBe({ de: 'deu', en: 'eng', es: 'spa', fr: 'fra', it: 'ita', pt: 'por' }[name.slice(0, 2)]);
    });
  }

  it('with a small candidate set, and with languages left out of detection', () => {
    const french = samples.find((sample) => sample.name.startsWith('fr'))?.text ?? '';
    const small = new Set(['eng', 'deu', 'ita']);
    for (const paragraph of splitParagraphs(french)) {
      expectSameAsFranc(paragraph.text, small);
      // Galician and Scots are known to copydesk (--lang) but not detection candidates.
      expectSameAsFranc(paragraph.text, new Set([...CANDIDATES, 'glg', 'sco']));
    }
  });

  it('gives no ranking for texts under ten characters, as franc gives "und"', () => {
    for (const text of ['', 'Oui.', 'Bonjour!!', '123456789']) {
      expect(rankLanguages(text, CANDIDATES)).toEqual([]);
      expect(francAll(text, { only: [...CANDIDATE_CODES] })).toEqual([['und', 1]]);
    }
    // Ten characters are enough.
    expect(expectSameAsFranc('Bonjour mo').length).toBeGreaterThan(1);
  });

  it('gives no ranking for digits and punctuation only', () => {
    for (const text of ['1234567890 12', '2023-03-14 10:45', '!!! ??? ... ;;; ---']) {
      expect(rankLanguages(text, CANDIDATES)).toEqual([]);
      expect(francAll(text, { only: [...CANDIDATE_CODES] })).toEqual([['und', 1]]);
    }
  });

  it('on Cyrillic text', () => {
    const ours = expectSameAsFranc(
      'Министры двух стран встретились в столице, чтобы обсудить строительство новой железной дороги между городами.',
    );
    expect(ours.length).toBeGreaterThan(3);
  });

  it('on Arabic text', () => {
    const ours = expectSameAsFranc('اجتمع وزراء الخارجية في العاصمة لمناقشة التعاون الاقتصادي بين البلدين الجارين');
    expect(ours.map(([language]) => language).sort()).toEqual(['arb', 'pes', 'urd']);
  });

  it('on scripts of a single language (Greek, Japanese kana, Korean)', () => {
    expect(expectSameAsFranc('Οι υπουργοί συναντήθηκαν σήμερα στην πρωτεύουσα.')).toEqual([['ell', 1]]);
    expect(expectSameAsFranc('きょうは とても あつい ひです。みんなで うみに いきました。')).toEqual([['jpn', 1]]);
    expect(expectSameAsFranc('오늘은 날씨가 아주 좋습니다. 우리는 공원에 갔습니다.')).toEqual([['kor', 1]]);
  });

  it('on a script whose only language is not a candidate', () => {
    const greek = 'Οι υπουργοί συναντήθηκαν σήμερα στην πρωτεύουσα.';
    expect(expectSameAsFranc(greek, new Set(['eng', 'fra']))).toEqual([]);
  });

  it('on Hebrew and Devanagari, where franc has models', () => {
    expect(expectSameAsFranc('הממשלה הודיעה היום על תוכנית חדשה לבניית גשר מעל הנהר')).toEqual([['heb', 1]]);
    expect(code(expectSameAsFranc('सरकार ने नई रेल लाइन बनाने की योजना की घोषणा की है'))).toBe('hin');
  });

  it('on mixed scripts, odd white space, capitals and long texts', () => {
    expectSameAsFranc('Le ministre Иван Петров a rencontré 山田 à Paris.');
    expectSameAsFranc('Der\u00a0Vertrag\u2009wurde\tgestern\r\nin\u3000Berlin unterzeichnet.');
    expectSameAsFranc('İSTANBUL BELEDİYESİ YENİ BİR KÖPRÜ İÇİN İHALE AÇTI');
    expectSameAsFranc("L'accord—signé «hier» (à 10h30)—prévoit 4,5 % de hausse; l'opposition s'y oppose!");
    expectSameAsFranc('Emoji \u{1F600} inside a sentence \u{1F30D} about the weather today.');
    const long = 'The council approved the plan after a long debate about costs. '.repeat(60);
    expect(long.length).toBeGreaterThan(WINDOW);
    expectSameAsFranc(long);
  });

  // franc lower-cases after punctuation became spaces; toLowerCase turns "Σ" into "ς" or "σ" by
  // context, and "." is case-ignorable, so the order matters for "ΑΣ.Β".
  it('on Latin text quoting Greek capitals around punctuation (final sigma)', () => {
    expectSameAsFranc('The firms ΑΣ.Β and ΑΣ Β signed a deal.');
  });
});

describe('rankLanguages scratch state', () => {
  it('gives the same ranking for a text however many texts were ranked before', () => {
    const french = 'Les ministres se sont retrouvés mardi pour discuter du budget de la commune.';
    const english = 'The ministers met on Tuesday to discuss the budget of the town council.';
    const first = rankLanguages(french, CANDIDATES);
    rankLanguages(english, CANDIDATES);
    rankLanguages(english.repeat(20), CANDIDATES);
    expect(rankLanguages(french, CANDIDATES)).toEqual(first);
    expectSameAsFranc(french);
  });
});

describe('TrigramTable', () => {
  const units = (trigram: string): [number, number, number] => [trigram.charCodeAt(0), trigram.charCodeAt(1), trigram.charCodeAt(2)];

  it('stores and finds values, -1 when absent', () => {
    const table = new TrigramTable(8);
    expect(table.size).toBe(0);
    expect(table.get(...units('abc'))).toBe(-1);
    expect(table.add(...units('abc'), 7)).toBe(true);
    expect(table.add(...units(' de'), 0)).toBe(true);
    expect(table.get(...units('abc'))).toBe(7);
    expect(table.get(...units(' de'))).toBe(0);
    expect(table.size).toBe(2);
  });

  it('keeps the first value of a trigram added twice', () => {
    const table = new TrigramTable(4);
    expect(table.add(...units('xyz'), 1)).toBe(true);
    expect(table.add(...units('xyz'), 2)).toBe(false);
    expect(table.get(...units('xyz'))).toBe(1);
    expect(table.size).toBe(1);
  });

  it('tells apart trigrams with the same units in another order', () => {
    const table = new TrigramTable(8);
    const orders = ['abc', 'acb', 'bac', 'bca', 'cab', 'cba'];
    orders.forEach((trigram, value) => table.add(...units(trigram), value));
    orders.forEach((trigram, value) => expect(table.get(...units(trigram))).toBe(value));
  });

  it('handles code units at and above 0x8000 (surrogates, CJK)', () => {
    const table = new TrigramTable(8);
    table.add(0xd83d, 0xde00, 0x20, 1);
    table.add(0x20, 0xd83d, 0xde00, 2);
    table.add(0xffff, 0xffff, 0xffff, 3);
    table.add(0x4e2d, 0x6587, 0x8a9e, 4);
    expect(table.get(0xd83d, 0xde00, 0x20)).toBe(1);
    expect(table.get(0x20, 0xd83d, 0xde00)).toBe(2);
    expect(table.get(0xffff, 0xffff, 0xffff)).toBe(3);
    expect(table.get(0x4e2d, 0x6587, 0x8a9e)).toBe(4);
    expect(table.get(0xde00, 0xd83d, 0x20)).toBe(-1);
  });

  it('holds as many trigrams as it was built for', () => {
    const count = 3000;
    const table = new TrigramTable(count);
    for (let i = 0; i < count; i++) expect(table.add(0x61 + (i % 26), 0x100 + Math.floor(i / 26), 0x61 + (i % 7), i)).toBe(true);
    expect(table.size).toBe(count);
    for (let i = 0; i < count; i++) expect(table.get(0x61 + (i % 26), 0x100 + Math.floor(i / 26), 0x61 + (i % 7))).toBe(i);
  });

  it('can be rebuilt over its saved storage', () => {
    const table = new TrigramTable(16);
    table.add(...units('foo'), 3);
    table.add(...units('bar'), 9);
    const copy = new TrigramTable(0, { slots: table.storage.slice(), size: table.size });
    expect(copy.size).toBe(2);
    expect(copy.get(...units('foo'))).toBe(3);
    expect(copy.get(...units('bar'))).toBe(9);
    expect(copy.get(...units('baz'))).toBe(-1);
  });
});

describe('script models', () => {
  /** [language, rank] pairs of one trigram's row, or null when the model does not have it. */
  function entries(model: ScriptModel, trigram: string): Array<[string, number]> | null {
    const row = model.rows.get(trigram.charCodeAt(0), trigram.charCodeAt(1), trigram.charCodeAt(2));
    if (row === -1) return null;
    const found: Array<[string, number]> = [];
    for (let entry = model.rowStarts[row] ?? 0; entry < (model.rowStarts[row + 1] ?? 0); entry++) {
      found.push([model.languages[model.entryLanguage[entry] ?? -1] ?? '?', model.entryRank[entry] ?? -1]);
    }
    return found;
  }

  const small = (): ScriptModel[] => [
    // "abc" is listed twice by bbb: franc keeps its first (best) rank, 2.
    buildScriptModel('Test', { aaa: 'abc|bcd|cde', bbb: 'cde|xyz|abc|abc' }),
    buildScriptModel('Other', { ccc: ' \u0436\u0438|\u0436\u0438\u0442|\u0438\u0442 ' }),
  ];

  it('builds one row per distinct trigram, with each language rank', () => {
    const [model] = small();
    if (!model) throw new Error('no model');
    expect(model.script).toBe('Test');
    expect(model.languages).toEqual(['aaa', 'bbb']);
    expect(model.rows.size).toBe(4);
    expect(entries(model, 'abc')).toEqual([['aaa', 0], ['bbb', 2]]);
    expect(entries(model, 'bcd')).toEqual([['aaa', 1]]);
    expect(entries(model, 'cde')).toEqual([['aaa', 2], ['bbb', 0]]);
    expect(entries(model, 'xyz')).toEqual([['bbb', 1]]);
    expect(entries(model, 'zzz')).toBeNull();
  });

  it('survives serialiseModels then deserialiseModels', () => {
    const models = small();
    const restored = deserialiseModels(serialiseModels(models));
    expect(restored).toHaveLength(models.length);
    models.forEach((model, i) => {
      const copy = restored[i];
      if (!copy) throw new Error('missing model');
      expect(copy.script).toBe(model.script);
      expect(copy.languages).toEqual(model.languages);
      expect(copy.rows.size).toBe(model.rows.size);
      expect([...copy.rows.storage]).toEqual([...model.rows.storage]);
      expect([...copy.rowStarts]).toEqual([...model.rowStarts]);
      expect([...copy.entryLanguage]).toEqual([...model.entryLanguage]);
      expect([...copy.entryRank]).toEqual([...model.entryRank]);
    });
    const [test, other] = restored;
    if (!test || !other) throw new Error('missing model');
    expect(entries(test, 'abc')).toEqual([['aaa', 0], ['bbb', 2]]);
    expect(entries(test, 'xyz')).toEqual([['bbb', 1]]);
    expect(entries(other, '\u0436\u0438\u0442')).toEqual([['ccc', 1]]);
    expect(entries(other, 'abc')).toBeNull();
  });

  it('reads models from bytes that do not start their buffer', () => {
    const bytes = serialiseModels(small());
    const padded = new Uint8Array(bytes.length + 5);
    padded.set(bytes, 3);
    const [test] = deserialiseModels(padded.subarray(3, 3 + bytes.length));
    if (!test) throw new Error('missing model');
    expect(entries(test, 'cde')).toEqual([['aaa', 2], ['bbb', 0]]);
  });

  it('re-serialises the built model file byte for byte', () => {
    const file = fileURLToPath(new URL('../../dist/trigram-model.bin', import.meta.url));
    const bytes = readFileSync(file);
    const models = deserialiseModels(bytes);
    expect(models.map((model) => model.script)).toContain('Latin');
    expect(models.find((model) => model.script === 'Latin')?.languages).toEqual(expect.arrayContaining(['fra', 'eng', 'deu']));
    expect(serialiseModels(models).equals(bytes)).toBe(true);
  });
});
