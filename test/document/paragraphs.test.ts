import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../src/document/paragraphs.js';
import type { Segment } from '../../src/document/segments.js';

function texts(paragraphs: Segment[]): string[] {
  return paragraphs.map((paragraph) => paragraph.text);
}

/** Every paragraph's offsets select its text, and the text is trimmed. */
function expectConsistent(source: string, paragraphs: Segment[]): void {
  for (const paragraph of paragraphs) {
    expect(source.slice(paragraph.start, paragraph.end)).toBe(paragraph.text);
    expect(paragraph.text).toBe(paragraph.text.trim());
    expect(paragraph.text).not.toBe('');
  }
}

describe('splitParagraphs', () => {
  it('splits on one blank line and gives UTF-16 offsets', () => {
    const source = 'First paragraph.\n\nSecond one.';
    const paragraphs = splitParagraphs(source);
    expect(paragraphs).toEqual([
      { start: 0, end: 16, text: 'First paragraph.' },
      { start: 18, end: 29, text: 'Second one.' },
    ]);
  });

  it('treats several blank lines as one separator', () => {
    const source = 'One.\n\n\n\nTwo.\n\n\nThree.';
    const paragraphs = splitParagraphs(source);
    expect(texts(paragraphs)).toEqual(['One.', 'Two.', 'Three.']);
    expectConsistent(source, paragraphs);
  });

  it('keeps a single line break inside a paragraph', () => {
    const source = 'A line that wraps\nonto the next one.\n\nAnother paragraph\nalso on two lines.';
    const paragraphs = splitParagraphs(source);
    expect(texts(paragraphs)).toEqual(['A line that wraps\nonto the next one.', 'Another paragraph\nalso on two lines.']);
    expectConsistent(source, paragraphs);
  });

  it('keeps a single lone CR inside a paragraph', () => {
    expect(texts(splitParagraphs('old Mac\rline ends'))).toEqual(['old Mac\rline ends']);
  });

  it('keeps an indented continuation line inside the paragraph', () => {
    expect(texts(splitParagraphs('first line\n    indented second line'))).toEqual(['first line\n    indented second line']);
  });

  it('counts lines of only spaces and tabs as blank', () => {
    const source = 'Alpha.\n   \t \nBeta.\n\t\nGamma.\n \n  \n\t\t\nDelta.';
    const paragraphs = splitParagraphs(source);
    expect(texts(paragraphs)).toEqual(['Alpha.', 'Beta.', 'Gamma.', 'Delta.']);
    expectConsistent(source, paragraphs);
  });

  it('counts a line of no-break spaces as blank', () => {
    expect(texts(splitParagraphs('Alpha.\n\u00a0\u00a0\nBeta.'))).toEqual(['Alpha.', 'Beta.']);
  });

  it('splits on CRLF blank lines', () => {
    const source = 'Alpha.\r\n\r\nBeta.\r\n \t\r\nGamma.';
    const paragraphs = splitParagraphs(source);
    expect(paragraphs).toEqual([
      { start: 0, end: 6, text: 'Alpha.' },
      { start: 10, end: 15, text: 'Beta.' },
      { start: 21, end: 27, text: 'Gamma.' },
    ]);
  });

  it('splits on lone-CR blank lines', () => {
    expect(texts(splitParagraphs('Alpha.\r\rBeta.'))).toEqual(['Alpha.', 'Beta.']);
  });

  it('trims spaces around paragraphs and drops leading and trailing blank lines', () => {
    const source = '\n\n  \t Indented start.   \n\n   Second.\t\n\n\n';
    const paragraphs = splitParagraphs(source);
    expect(paragraphs).toEqual([
      { start: 6, end: 21, text: 'Indented start.' },
      { start: 29, end: 36, text: 'Second.' },
    ]);
    expectConsistent(source, paragraphs);
  });

  it('gives one paragraph for a text without blank lines, and none for white space', () => {
    expect(texts(splitParagraphs('Just one.'))).toEqual(['Just one.']);
    expect(splitParagraphs('')).toEqual([]);
    expect(splitParagraphs(' \n\t\r\n  \n')).toEqual([]);
  });

  it('keeps astral characters and their UTF-16 offsets', () => {
    const source = '\u{1F600} smile\n\nnext \u{1F600}';
    const paragraphs = splitParagraphs(source);
    expect(paragraphs).toEqual([
      { start: 0, end: 8, text: '\u{1F600} smile' },
      { start: 10, end: 17, text: 'next \u{1F600}' },
    ]);
  });

  // A CR is a break of its own only when no LF follows: one CRLF is one break, not a blank line.
  it('keeps a single CRLF line break inside a paragraph', () => {
    const source = 'A line that wraps\r\nonto the next one.\r\n\r\nSecond paragraph.';
    const paragraphs = splitParagraphs(source);
    expect(texts(paragraphs)).toEqual(['A line that wraps\r\nonto the next one.', 'Second paragraph.']);
    expectConsistent(source, paragraphs);
    expect(texts(splitParagraphs('a\r\nb'))).toEqual(['a\r\nb']);
  });

  it('counts a CR followed by a CRLF as a blank line', () => {
    expect(texts(splitParagraphs('Alpha.\r\r\nBeta.'))).toEqual(['Alpha.', 'Beta.']);
    expect(texts(splitParagraphs('Alpha.\n\r\nBeta.'))).toEqual(['Alpha.', 'Beta.']);
  });
});
