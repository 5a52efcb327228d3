/** A stretch of the text, in UTF-16 indices [start, end). */
export interface Segment {
  start: number;
  end: number;
  text: string;
}

/** The segment [start, end) of text with surrounding white space cut off; null if nothing is left. */
export function trimmedSegment(text: string, start: number, end: number): Segment | null {
  const raw = text.slice(start, end);
  // trim() cuts exactly what \s matches (white space and line terminators), without a regex.
  const lead = raw.length - raw.trimStart().length;
  if (lead === raw.length) return null;
  const trail = raw.length - raw.trimEnd().length;
  return { start: start + lead, end: end - trail, text: raw.slice(lead, raw.length - trail) };
}
