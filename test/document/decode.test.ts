import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { analyseBytes, analyseText } from '../../src/analyse.js';
import { decode } from '../../src/document/decode.js';
import { InputError, type InputErrorCode } from '../../src/input/input-error.js';
import type { ArticleReport, Report } from '../../src/report/types.js';

const utf8 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf8'));
const utf16le = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf16le'));
const utf16be = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf16le').swap16());
const join = (...parts: Array<Uint8Array | number[]>): Uint8Array => new Uint8Array(parts.flatMap((part) => [...part]));

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];

/** The InputError code decode throws, or null when it decodes. */
function errorCode(bytes: Uint8Array): InputErrorCode | null {
  try {
    decode(bytes);
    return null;
  } catch (error) {
    if (error instanceof InputError) return error.code;
    throw error;
  }
}

/** Deterministic pseudo-random bytes (a linear congruential generator), never 0 unless allowed. */
function pseudoRandomBytes(length: number, seed: number, allowNul: boolean): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed >>> 0;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    const value = (state >>> 16) & 0xff;
    bytes[i] = value === 0 && !allowNul ? 1 : value;
  }
  return bytes;
}

function asArticle(report: Report): ArticleReport {
  if ('error' in report) throw new Error(`unexpected error report: ${report.error.code}`);
  return report;
}

const GERMAN = 'Grüße aus Köln \u2014 das Wetter ist schön \u{1F600}';

describe('decode: UTF-8 and UTF-16', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decode(utf8(GERMAN))).toEqual({ text: GERMAN, encoding: 'utf-8' });
  });

  it('reads UTF-8 with a BOM and removes the BOM', () => {
    const decoded = decode(join(UTF8_BOM, utf8(GERMAN)));
    expect(decoded).toEqual({ text: GERMAN, encoding: 'utf-8' });
    expect(decoded.text.charCodeAt(0)).toBe(0x47); // "G", not U+FEFF
  });

  it('reads UTF-16LE with a BOM', () => {
    expect(decode(join(UTF16LE_BOM, utf16le(GERMAN)))).toEqual({ text: GERMAN, encoding: 'utf-16le' });
  });

  it('reads UTF-16BE with a BOM', () => {
    expect(decode(join(UTF16BE_BOM, utf16be(GERMAN)))).toEqual({ text: GERMAN, encoding: 'utf-16be' });
  });

  it('recognises UTF-16LE without a BOM by its NUL bytes', () => {
    const text = 'Le conseil municipal s’est réuni jeudi soir à Nantes.';
    expect(decode(utf16le(text))).toEqual({ text, encoding: 'utf-16le' });
  });

  it('recognises UTF-16BE without a BOM by its NUL bytes', () => {
    const text = 'The council met on Thursday evening in Leeds.';
    expect(decode(utf16be(text))).toEqual({ text, encoding: 'utf-16be' });
  });

  it('reports a truncated UTF-16 file (odd byte count) as decode-failed', () => {
    expect(errorCode(join(UTF16LE_BOM, utf16le('Abc'), [0x44]))).toBe('decode-failed');
  });
});

describe('decode: legacy single-byte encodings', () => {
  it('reads Windows-1252 curly quotes, é and €', () => {
    const bytes = join(
      utf8('Il a dit '),
      [0x93],
      utf8('bonjour'),
      [0x94],
      utf8(' au caf'),
      [0xe9],
      utf8(' et pay'),
      [0xe9],
      utf8(' 5 '),
      [0x80],
      utf8(' pour un th'),
      [0xe9],
      utf8('.'),
    );
    expect(decode(bytes)).toEqual({
      text: 'Il a dit \u201cbonjour\u201d au caf\u00e9 et pay\u00e9 5 \u20ac pour un th\u00e9.',
      encoding: 'windows-1252',
    });
  });

  it('reads Windows-1250 Polish text', () => {
    const text =
      'Rada miasta zatwierdziła wczoraj plan budowy nowego mostu na Wiśle. Według urzędników prace ' +
      'rozpoczną się jesienią, a przeprawa ma być gotowa za trzy lata. Mieszkańcy okolicznych dzielnic ' +
      'od dawna skarżyli się na korki i hałas, więc decyzję przyjęli z ulgą. Koszt inwestycji oszacowano ' +
      'na czterysta milionów złotych, z czego połowę pokryją środki unijne, a resztę dołoży województwo.';
    const bytes = new Uint8Array(iconv.encode(text, 'windows-1250'));
    // The bytes are not UTF-8, and differ from what Windows-1252 would make of them.
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expect(iconv.decode(Buffer.from(bytes), 'windows-1252')).not.toBe(text);
    expect(decode(bytes)).toEqual({ text, encoding: 'windows-1250' });
  });

  it('reads Windows-1251 Russian text', () => {
    const text =
      'Городской совет вчера утвердил план строительства нового моста через реку. По словам чиновников, ' +
      'работы начнутся осенью, а переправа будет готова через три года. Жители соседних районов давно ' +
      'жаловались на пробки и шум, поэтому встретили решение с облегчением.';
    const bytes = new Uint8Array(iconv.encode(text, 'windows-1251'));
    expect(decode(bytes)).toEqual({ text, encoding: 'windows-1251' });
  });
});

describe('decode: binary and empty input', () => {
  it('rejects bytes with NULs as binary', () => {
    // A PNG signature and the start of its header chunk.
    const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52];
    expect(errorCode(new Uint8Array(png))).toBe('binary');
    expect(errorCode(join(utf8('Some text'), [0], utf8('more text here')))).toBe('binary');
  });

  it('rejects random bytes as binary, with or without NULs', () => {
    for (const seed of [1, 42, 2024]) {
      expect(errorCode(pseudoRandomBytes(1024, seed, false))).toBe('binary');
      expect(errorCode(pseudoRandomBytes(1024, seed, true))).toBe('binary');
    }
  });

  it('rejects valid UTF-8 full of control characters as binary', () => {
    let text = '';
    for (let i = 0; i < 200; i++) text += i % 10 === 0 ? String.fromCharCode(1 + (i % 8)) : 'x';
    expect(errorCode(utf8(text))).toBe('binary');
  });

  it('accepts a short text with three stray control characters', () => {
    const text = 'Short note\u0001 on the ferry\u0002 timetable.\u001a';
    expect(decode(utf8(text)).text).toBe(text);
  });

  it('accepts a long text with a couple of stray control characters', () => {
    const text = `Paragraph one.\f\n\nParagraph two with an escape \u001b here. ${'More words. '.repeat(20)}`;
    expect(decode(utf8(text)).text).toBe(text);
  });

  it('rejects an empty file as empty', () => {
    expect(errorCode(new Uint8Array())).toBe('empty');
  });

  it('rejects white space only as empty, with or without a BOM', () => {
    expect(errorCode(utf8(' \t\r\n  \n'))).toBe('empty');
    expect(errorCode(new Uint8Array(UTF8_BOM))).toBe('empty');
    expect(errorCode(join(UTF8_BOM, utf8('\n \n')))).toBe('empty');
    expect(errorCode(join(UTF16LE_BOM, utf16le('  \r\n\t ')))).toBe('empty');
  });

  it('gives analyseBytes an error report instead of throwing', () => {
    const report = analyseBytes('picture.png', pseudoRandomBytes(256, 7, true));
    expect(report).toEqual({ schemaVersion: 1, file: 'picture.png', error: { code: 'binary', message: expect.any(String) } });
    expect(analyseBytes('empty.txt', new Uint8Array())).toMatchObject({ error: { code: 'empty' } });
  });
});

describe('a whole document from CRLF text with a BOM and emoji', () => {
  // Line 1: the title, 14 code points (15 UTF-16 units): J a z z ␠ 🎷 ␠ à ␠ L i l l e.
  const title = 'Jazz \u{1F3B7} \u00e0 Lille';
  // Lines 3-4: an English paragraph opening with an emoji (one astral character), hard-wrapped
  // with a CRLF inside it.
  const englishLine2 = 'Visitors queued for more than an hour to get in, and the organisers say the first night sold out within minutes.';
  const english =
    '\u{1F3B6} The festival opened on Friday evening with a concert by a young quartet from Glasgow.\r\n' + englishLine2;
  const french1 =
    'La vingti\u00e8me \u00e9dition du festival a attir\u00e9 plus de monde que pr\u00e9vu d\u00e8s le premier soir. ' +
    'Les organisateurs se disent ravis de l\u2019affluence et promettent une programmation encore plus vari\u00e9e ' +
    'pour les prochains jours, avec des concerts gratuits sur la grand-place.';
  const french2 =
    'Les commer\u00e7ants du centre-ville profitent eux aussi de l\u2019\u00e9v\u00e9nement. Plusieurs caf\u00e9s ont prolong\u00e9 ' +
    'leurs horaires d\u2019ouverture et les h\u00f4tels affichent complet jusqu\u2019\u00e0 dimanche, une situation que la ville ' +
    'n\u2019avait plus connue depuis longtemps.';
  const text = [title, english, french1, french2].join('\r\n\r\n') + '\r\n';

  function check(report: ArticleReport): void {
    expect(report.chars).toBe(text.length - 2); // two astral characters
    expect(report.title).toEqual({ text: title, start: 0, end: 14, line: 1, column: 1, endLine: 1, endColumn: 15 });
    expect(report.language.code).toBe('fra');
    expect(report.language.paragraphs).toHaveLength(1);
    const [paragraph] = report.language.paragraphs;
    // Title (14) + CRLF CRLF (4): the English paragraph starts at code point 18 on line 3.
    // It holds english.length - 1 code points (one emoji; its CRLF counts two) and ends on
    // line 4, whose text is englishLine2 (ASCII only).
    const length = english.length - 1;
    expect(paragraph).toEqual({
      code: 'eng',
      name: 'English',
      confidence: expect.any(Number),
      text: english,
      start: 18,
      end: 18 + length,
      line: 3,
      column: 1,
      endLine: 4,
      endColumn: englishLine2.length + 1,
    });
  }

  it('places title and paragraph spans in code points after the BOM', () => {
    const report = asArticle(analyseBytes('jazz.txt', join(UTF8_BOM, utf8(text))));
    expect(report.encoding).toBe('utf-8');
    check(report);
  });

  it('gives the same spans when the file is UTF-16LE with a BOM', () => {
    const report = asArticle(analyseBytes('jazz.txt', join(UTF16LE_BOM, utf16le(text))));
    expect(report.encoding).toBe('utf-16le');
    check(report);
  });

  it('gives the same spans from analyseText on the decoded text', () => {
    check(analyseText('jazz.txt', text, 'utf-8'));
  });

  it('gives code point offsets that select the paragraph from Array.from(text)', () => {
    const report = analyseText('jazz.txt', text, 'utf-8');
    const [paragraph] = report.language.paragraphs;
    expect(paragraph).toBeDefined();
    if (!paragraph) return;
    expect(Array.from(text).slice(paragraph.start, paragraph.end).join('')).toBe(english);
  });
});
