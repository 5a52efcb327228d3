import { describe, expect, it } from 'vitest';
import { PositionIndex } from '../../src/document/positions.js';

/**
 * An independent reference: walks the text one code point at a time (for…of) and counts CRLF,
 * lone CR and lone LF as one line break each. Returns the location of every UTF-16 index that
 * starts a code point, plus the end of the text.
 */
function referenceLocations(text: string): Map<number, { offset: number; line: number; column: number }> {
  const result = new Map<number, { offset: number; line: number; column: number }>();
  let index = 0;
  let offset = 0;
  let line = 1;
  let column = 1;
  for (const char of text) {
    result.set(index, { offset, line, column });
    column++;
    const next = text.charAt(index + char.length);
    // A CR followed by LF is one break, taken at the LF.
    if (char === '\n' || (char === '\r' && next !== '\n')) {
      line++;
      column = 1;
    }
    index += char.length;
    offset++;
  }
  result.set(index, { offset, line, column });
  return result;
}

describe('PositionIndex on plain ASCII', () => {
  it('counts offsets, lines and columns from 1 on a one-line text', () => {
    const index = new PositionIndex('abc');
    expect(index.lineCount).toBe(1);
    expect(index.codePointLength).toBe(3);
    expect(index.location(0)).toEqual({ offset: 0, line: 1, column: 1 });
    expect(index.location(2)).toEqual({ offset: 2, line: 1, column: 3 });
    // The end of the text is a valid position: just past the last character.
    expect(index.location(3)).toEqual({ offset: 3, line: 1, column: 4 });
  });

  it('handles the empty text', () => {
    const index = new PositionIndex('');
    expect(index.lineCount).toBe(1);
    expect(index.codePointLength).toBe(0);
    expect(index.location(0)).toEqual({ offset: 0, line: 1, column: 1 });
    expect(index.fromCodePoint(0)).toBe(0);
  });
});

describe('PositionIndex line breaks', () => {
  it('counts LF as one line break', () => {
    const index = new PositionIndex('ab\ncd');
    expect(index.lineCount).toBe(2);
    // The LF itself is the last character of line 1.
    expect(index.location(2)).toEqual({ offset: 2, line: 1, column: 3 });
    expect(index.location(3)).toEqual({ offset: 3, line: 2, column: 1 });
    expect(index.location(4)).toEqual({ offset: 4, line: 2, column: 2 });
  });

  it('counts CRLF as one line break (two code points, one break)', () => {
    const index = new PositionIndex('ab\r\ncd');
    expect(index.lineCount).toBe(2);
    expect(index.location(2)).toEqual({ offset: 2, line: 1, column: 3 });
    // The LF of the pair is still on line 1.
    expect(index.location(3)).toEqual({ offset: 3, line: 1, column: 4 });
    // "c" is on line 2, column 1, and its code point offset counts both CR and LF.
    expect(index.location(4)).toEqual({ offset: 4, line: 2, column: 1 });
    expect(index.location(5)).toEqual({ offset: 5, line: 2, column: 2 });
  });

  it('counts a lone CR as one line break', () => {
    const index = new PositionIndex('ab\rcd');
    expect(index.lineCount).toBe(2);
    expect(index.location(3)).toEqual({ offset: 3, line: 2, column: 1 });
  });

  it('counts each break once in mixed and consecutive line ends', () => {
    // Lines: "a", "b", "c", "d".
    const mixed = new PositionIndex('a\r\nb\rc\nd');
    expect(mixed.lineCount).toBe(4);
    expect(mixed.location(3).line).toBe(2); // b
    expect(mixed.location(5).line).toBe(3); // c
    expect(mixed.location(7)).toEqual({ offset: 7, line: 4, column: 1 }); // d

    // Two CRLFs are two breaks: three lines, the middle one empty.
    expect(new PositionIndex('x\r\n\r\ny').lineCount).toBe(3);
    // LF then CR is not a pair: two breaks.
    expect(new PositionIndex('x\n\ry').lineCount).toBe(3);
    // CR, then CRLF: two breaks.
    const crCrlf = new PositionIndex('x\r\r\ny');
    expect(crCrlf.lineCount).toBe(3);
    expect(crCrlf.location(4)).toEqual({ offset: 4, line: 3, column: 1 });
  });

  it('opens a last, empty line after a final line break', () => {
    for (const text of ['ab\n', 'ab\r', 'ab\r\n']) {
      const index = new PositionIndex(text);
      expect(index.lineCount).toBe(2);
      expect(index.location(text.length)).toEqual({ offset: text.length, line: 2, column: 1 });
    }
  });

  it('does not treat other separators (U+2028, NEL, form feed) as line breaks', () => {
    const index = new PositionIndex('a\u2028b\u0085c\fd');
    expect(index.lineCount).toBe(1);
    expect(index.location(6).column).toBe(7);
  });
});

describe('PositionIndex with astral characters and combining marks', () => {
  it('counts an emoji as one code point', () => {
    const text = 'a\u{1F600}b'; // a😀b
    const index = new PositionIndex(text);
    expect(text.length).toBe(4);
    expect(index.codePointLength).toBe(3);
    expect(index.toCodePoint(0)).toBe(0);
    expect(index.toCodePoint(1)).toBe(1); // the emoji
    expect(index.toCodePoint(3)).toBe(2); // b
    expect(index.toCodePoint(4)).toBe(3); // end
    expect(index.location(3)).toEqual({ offset: 2, line: 1, column: 3 });
  });

  it('maps an index inside a surrogate pair to the start of its character', () => {
    const index = new PositionIndex('a\u{1F600}b');
    expect(index.toCodePoint(2)).toBe(1);
    expect(index.location(2)).toEqual({ offset: 1, line: 1, column: 2 });
  });

  it('counts other astral characters one each (mathematical letter, CJK extension B)', () => {
    const text = '\u{1D400}\u{20000}x'; // 𝐀𠀀x
    const index = new PositionIndex(text);
    expect(text.length).toBe(5);
    expect(index.codePointLength).toBe(3);
    expect(index.location(4)).toEqual({ offset: 2, line: 1, column: 3 });
    expect(index.fromCodePoint(1)).toBe(2);
    expect(index.fromCodePoint(2)).toBe(4);
  });

  it('counts code points, not graphemes: ZWJ sequences and flags are several', () => {
    // 👩‍💻 is woman + ZWJ + laptop: one grapheme, three code points, five UTF-16 units.
    const coder = '\u{1F469}\u200D\u{1F4BB}';
    expect(new PositionIndex(coder).codePointLength).toBe(3);
    // 🇫🇷 is two regional indicators.
    expect(new PositionIndex('\u{1F1EB}\u{1F1F7}').codePointLength).toBe(2);
    const index = new PositionIndex(`${coder}!`);
    expect(index.location(5)).toEqual({ offset: 3, line: 1, column: 4 });
  });

  it('counts a combining accent as its own code point ("e\\u0301" is 2)', () => {
    const decomposed = 'cafe\u0301 ok';
    const index = new PositionIndex(decomposed);
    // c a f e ◌́ space o k
    expect(index.codePointLength).toBe(8);
    // "o" is at UTF-16 index 6, code point 6, column 7: the accent took a column.
    expect(index.location(6)).toEqual({ offset: 6, line: 1, column: 7 });
    // The precomposed form is one shorter.
    const composed = new PositionIndex('caf\u00e9 ok');
    expect(composed.codePointLength).toBe(7);
    expect(composed.location(5)).toEqual({ offset: 5, line: 1, column: 6 });
  });

  it('counts columns in code points on a line after an emoji line', () => {
    const text = '\u{1F600}\u{1F600}\r\nx\u{1F600}y';
    const index = new PositionIndex(text);
    // Line 1: two emoji (4 units) + CRLF; line 2 starts at index 6, code point 4.
    expect(index.location(6)).toEqual({ offset: 4, line: 2, column: 1 });
    // "y" at index 9: code point 6, column 3 on line 2.
    expect(index.location(9)).toEqual({ offset: 6, line: 2, column: 3 });
  });

  it('keeps a lone surrogate as one code point', () => {
    const text = 'a\uD83Db\uDE00c';
    const index = new PositionIndex(text);
    expect(index.codePointLength).toBe(Array.from(text).length);
    expect(index.codePointLength).toBe(5);
  });
});

describe('PositionIndex conversions', () => {
  const text = 'Ab\u{1F600}\r\ncafe\u0301 \u{1F469}\u200D\u{1F4BB}\r\u{20000}z\n\u{1F1EB}\u{1F1F7}.';

  it('round-trips every code point offset through fromCodePoint and toCodePoint', () => {
    const index = new PositionIndex(text);
    const length = Array.from(text).length;
    expect(index.codePointLength).toBe(length);
    for (let offset = 0; offset <= length; offset++) {
      expect(index.toCodePoint(index.fromCodePoint(offset))).toBe(offset);
    }
  });

  it('round-trips every UTF-16 index that starts a code point', () => {
    const index = new PositionIndex(text);
    let at = 0;
    for (const char of text) {
      expect(index.fromCodePoint(index.toCodePoint(at))).toBe(at);
      at += char.length;
    }
    expect(index.fromCodePoint(index.toCodePoint(text.length))).toBe(text.length);
  });

  it('fromCodePoint gives the UTF-16 index of Array.from order', () => {
    const index = new PositionIndex(text);
    const chars = Array.from(text);
    for (let offset = 0; offset <= chars.length; offset++) {
      expect(index.fromCodePoint(offset)).toBe(chars.slice(0, offset).join('').length);
    }
  });

  it('clamps a code point offset past the end to the text length', () => {
    const index = new PositionIndex('a\u{1F600}');
    expect(index.fromCodePoint(2)).toBe(3);
    expect(index.fromCodePoint(10)).toBe(3);
  });

  it('agrees with a reference count of lines and columns at every code point', () => {
    const index = new PositionIndex(text);
    const reference = referenceLocations(text);
    expect(reference.size).toBe(Array.from(text).length + 1);
    for (const [at, expected] of reference) expect(index.location(at)).toEqual(expected);
  });
});

describe('PositionIndex spans', () => {
  // Indices: 😀 0-1, " " 2, a 3, b 4, \n 5, c 6, d 7.
  const text = '\u{1F600} ab\ncd';

  it('reports code point offsets with an exclusive end', () => {
    const index = new PositionIndex(text);
    expect(index.span(3, 5)).toEqual({ start: 2, end: 4, line: 1, column: 3, endLine: 1, endColumn: 5 });
  });

  it('gives endColumn as the column just past the last character', () => {
    const index = new PositionIndex(text);
    // "cd" on line 2: columns 1 and 2, so endColumn 3.
    expect(index.span(6, 8)).toEqual({ start: 5, end: 7, line: 2, column: 1, endLine: 2, endColumn: 3 });
    // The emoji alone: one column wide.
    expect(index.span(0, 2)).toEqual({ start: 0, end: 1, line: 1, column: 1, endLine: 1, endColumn: 2 });
  });

  it('spans several lines', () => {
    const index = new PositionIndex(text);
    // "ab\ncd"
    expect(index.span(3, 8)).toEqual({ start: 2, end: 7, line: 1, column: 3, endLine: 2, endColumn: 3 });
  });

  it('gives an empty span the same start and end', () => {
    const index = new PositionIndex(text);
    expect(index.span(6, 6)).toEqual({ start: 5, end: 5, line: 2, column: 1, endLine: 2, endColumn: 1 });
  });

  it('selects the same text as Array.from(text).slice(start, end)', () => {
    const sample = '\u00abL\u2019\u00e9t\u00e9 \u{1F31E} arrive\u00bb, dit-il.\r\nNa\u0131ve \u{1D400}\u{1D401} \u{1F469}\u200D\u{1F4BB} fin\r\u{20000}.';
    const index = new PositionIndex(sample);
    const chars = Array.from(sample);
    // Every pair of code point boundaries.
    const boundaries: number[] = [];
    let at = 0;
    for (const char of sample) {
      boundaries.push(at);
      at += char.length;
    }
    boundaries.push(at);
    for (const start of boundaries) {
      for (const end of boundaries) {
        if (end < start) continue;
        const span = index.span(start, end);
        expect(chars.slice(span.start, span.end).join('')).toBe(sample.slice(start, end));
        expect(span.end - span.start).toBe(Array.from(sample.slice(start, end)).length);
      }
    }
  });

  it('finds a word after astral characters on the right line and column', () => {
    const sample = 'Titre \u{1F4F0}\r\n\r\nLe \u{1F30D} tourne.';
    const index = new PositionIndex(sample);
    const from = sample.indexOf('tourne');
    const span = index.span(from, from + 'tourne'.length);
    // Line 3 is "Le 🌍 tourne.": L(1) e(2) space(3) 🌍(4) space(5) t(6).
    expect(span.line).toBe(3);
    expect(span.column).toBe(6);
    expect(span.endColumn).toBe(12);
    // Code points before "tourne": "Titre 📰" 7 + CRLF CRLF 4 + "Le 🌍 " 5 = 16.
    expect(span.start).toBe(16);
    expect(span.end).toBe(22);
    expect(Array.from(sample).slice(span.start, span.end).join('')).toBe('tourne');
  });
});
