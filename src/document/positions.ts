import { countBelow } from './search.js';

/**
 * Offsets inside copydesk are JavaScript string indices (UTF-16 code units), because every
 * regular expression and string method speaks them. Reports speak Unicode code points and
 * 1-based line/column. This index converts between the two in O(log n) per lookup.
 *
 * Line breaks are CRLF, lone CR and lone LF, each counting as one break, as editors,
 * SARIF viewers and GitHub annotations count them.
 */

export interface Span {
  /** Code point offset of the first character. */
  start: number;
  /** Code point offset just past the last character. */
  end: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface Location {
  offset: number;
  line: number;
  column: number;
}

export class PositionIndex {
  /** UTF-16 index where each line starts; lineStarts[0] is 0. */
  private readonly lineStarts: number[];
  /** UTF-16 indices of the high surrogates of astral characters, ascending. */
  private readonly astralStarts: number[];

  constructor(private readonly text: string) {
    this.lineStarts = findLineStarts(text);
    this.astralStarts = findAstralStarts(text);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** Number of code points in the whole text. */
  get codePointLength(): number {
    return this.toCodePoint(this.text.length);
  }

  /** Code point offset of a UTF-16 index. An index inside a surrogate pair counts as its start. */
  toCodePoint(index: number): number {
    return index - countBelow(this.astralStarts, index, itself);
  }

  /** UTF-16 index of a code point offset. */
  fromCodePoint(offset: number): number {
    let low = offset;
    // Each astral character before the target shifts it one code unit to the right.
    let high = offset + this.astralStarts.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.toCodePoint(mid) < offset) low = mid + 1;
      else high = mid;
    }
    return Math.min(low, this.text.length);
  }

  location(index: number): Location {
    const lineIndex = countAtOrBelow(this.lineStarts, index) - 1;
    const lineStart = this.lineStarts[lineIndex] ?? 0;
    const offset = this.toCodePoint(index);
    return { offset, line: lineIndex + 1, column: offset - this.toCodePoint(lineStart) + 1 };
  }

  /** The report span of the UTF-16 range [start, end). */
  span(start: number, end: number): Span {
    const from = this.location(start);
    const to = this.location(end);
    return {
      start: from.offset,
      end: to.offset,
      line: from.line,
      column: from.column,
      endLine: to.line,
      endColumn: to.column,
    };
  }
}

function findLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0d) {
      if (text.charCodeAt(i + 1) === 0x0a) i++;
      starts.push(i + 1);
    } else if (code === 0x0a) {
      starts.push(i + 1);
    }
  }
  return starts;
}

function findAstralStarts(text: string): number[] {
  const starts: number[] = [];
  for (let i = 0; i < text.length - 1; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        starts.push(i);
        i++;
      }
    }
  }
  return starts;
}

/** A position array's own values are its keys. */
const itself = (value: number): number => value;

/** How many values in the ascending array are <= limit. */
function countAtOrBelow(values: number[], limit: number): number {
  return countBelow(values, limit + 1, itself);
}
