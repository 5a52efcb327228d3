import { trimmedSegment, type Segment } from './segments.js';

/**
 * One or more lines holding only white space, between two lines of text. A CR is a line break of
 * its own only when no LF follows, so one CRLF is never read as two breaks.
 */
const BLANK_LINES = /(?:\r\n|\r(?!\n)|\n)(?:[ \t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]*(?:\r\n|\r(?!\n)|\n))+/gu;

/**
 * Paragraphs are separated by blank lines; a single line break inside a paragraph is kept.
 * Each paragraph is trimmed of surrounding white space.
 */
export function splitParagraphs(text: string): Segment[] {
  const paragraphs: Segment[] = [];
  let start = 0;
  for (const match of text.matchAll(BLANK_LINES)) {
    pushTrimmed(paragraphs, text, start, match.index);
    start = match.index + match[0].length;
  }
  pushTrimmed(paragraphs, text, start, text.length);
  return paragraphs;
}

function pushTrimmed(into: Segment[], text: string, start: number, end: number): void {
  const segment = trimmedSegment(text, start, end);
  if (segment) into.push(segment);
}
