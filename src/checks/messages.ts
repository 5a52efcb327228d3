import type { Span, TextSpan } from '../report/types.js';

/** What the rules share to write their messages: names of days and months, and span helpers. */

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "Monday" for 1: messages are in English whatever the article's language. */
export function weekdayName(weekday: number): string {
  return WEEKDAYS[weekday - 1] ?? String(weekday);
}

/** "19 December 2022", "19 December". */
export function dayName(day: number, month: number, year?: number): string {
  return `${day} ${MONTHS[month - 1] ?? month}${year === undefined ? '' : ` ${year}`}`;
}

/** "'Ce 19 novembre' (line 5)": how a message points at a span. */
export function quoted(span: TextSpan): string {
  return `'${span.text}' (line ${span.line})`;
}

/** The span of a report item, without its text: where a finding points. */
export function spanOf(item: Span): Span {
  const { start, end, line, column, endLine, endColumn } = item;
  return { start, end, line, column, endLine, endColumn };
}

/** The span of a report item with its text, for `related`. */
export function textSpan(item: TextSpan): TextSpan {
  const { text, start, end, line, column, endLine, endColumn } = item;
  return { text, start, end, line, column, endLine, endColumn };
}
