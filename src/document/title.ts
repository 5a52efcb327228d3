import type { Segment } from './segments.js';

/** Longest headline copydesk takes as a title, in code points. */
export const MAX_TITLE_LENGTH = 200;

const LINE_BREAK = /[\r\n]/u;
const MARKDOWN_HEADING = /^#{1,6}[ \t]+/u;
/** A line ending like this introduces what follows; it is not a headline. */
const ENDS_AS_LEAD_IN = /[:;,]$/u;

/**
 * The article's title: its first paragraph, when that is a single short line followed by more
 * text. A Markdown heading mark ("# ") is not part of the title.
 */
export function findTitle(paragraphs: readonly Segment[]): Segment | null {
  const [first, second] = paragraphs;
  if (!first || !second) return null;
  if (LINE_BREAK.test(first.text) || codePointLength(first.text) > MAX_TITLE_LENGTH) return null;
  const mark = MARKDOWN_HEADING.exec(first.text)?.[0].length ?? 0;
  const text = first.text.slice(mark);
  if (text === '' || ENDS_AS_LEAD_IN.test(text)) return null;
  return { start: first.start + mark, end: first.end, text };
}

function codePointLength(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}
