/** A stretch of the text, in UTF-16 indices [start, end). */
export interface Segment {
  start: number;
  end: number;
  text: string;
}

const LEADING_SPACE = /^\s+/u;
const TRAILING_SPACE = /\s+$/u;

/** The segment [start, end) of text with surrounding white space cut off; null if nothing is left. */
export function trimmedSegment(text: string, start: number, end: number): Segment | null {
  const raw = text.slice(start, end);
  const lead = LEADING_SPACE.exec(raw)?.[0].length ?? 0;
  const trail = TRAILING_SPACE.exec(raw)?.[0].length ?? 0;
  if (lead === raw.length) return null;
  return { start: start + lead, end: end - trail, text: raw.slice(lead, raw.length - trail) };
}
