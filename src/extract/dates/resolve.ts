import { addDays, addMonths, dayNumber, daysInMonth, isValidDay, isoOf, weekdayOf, type Day, type PointInTime } from './calendar.js';
import type { Calendar, DateMention, Expression } from './match.js';

/** What a mention resolves against. */
export interface ResolveContext {
  /** The day the article speaks from. */
  reference: Day | null;
  /** The article's year when only that is known (weekday–date pairs without a "this day" date). */
  year: number | null;
}

export interface ResolvedDate {
  value: string | null;
  endValue: string | null;
  /** Resolved from another date of the text. */
  relative: boolean;
  from: PointInTime | null;
  to: PointInTime | null;
}

interface Interval {
  from: PointInTime;
  to?: PointInTime | undefined;
}

const SEASON_START_MONTH = [3, 6, 9, 12];

/** Resolves each mention in text order; "deux ans plus tard" counts from the date resolved before it. */
export function resolveMentions(mentions: readonly DateMention[], context: ResolveContext): ResolvedDate[] {
  let anchor: PointInTime | null = null;
  return mentions.map((mention) => {
    const from = resolveExpression(mention.expression, context, anchor);
    const until = mention.until ? resolveExpression(mention.until, context, anchor) : null;
    const relative = isAnchored(mention.expression) || (mention.until !== undefined && isAnchored(mention.until));
    if (!from || (mention.until && !until)) return { value: null, endValue: null, relative, from: null, to: null };
    const end = until ? (until.to ?? until.from) : from.to;
    anchor = end ?? from.from;
    return { value: isoOf(from.from), endValue: end ? isoOf(end) : null, relative, from: from.from, to: end ?? null };
  });
}

function isAnchored(expression: Expression): boolean {
  return expression.kind === 'offset' && expression.anchor;
}

function resolveExpression(expression: Expression, context: ResolveContext, anchor: PointInTime | null): Interval | null {
  switch (expression.kind) {
    case 'calendar':
      return resolveCalendar(expression.calendar, expression.shift, context);
    case 'offset':
      return resolveOffset(expression, expression.anchor ? (anchor ?? (expression.current ? context.reference : null)) : context.reference);
    case 'season':
      return resolveSeason(expression.season, expression.year, expression.shift, context.reference);
    case 'quarter':
      return resolveQuarter(expression.quarter, expression.year, expression.shift, context.reference);
    case 'years':
      return { from: { year: expression.from }, to: { year: expression.to } };
  }
}

/** A calendar date with its missing year taken from the reference date: the nearest, or as "dernier"/"prochain" says. */
export function resolveCalendar(calendar: Calendar, shift: -1 | 0 | 1 | undefined, context: ResolveContext): Interval | null {
  const { reference } = context;
  const { month, day, weekday } = calendar;
  let year = calendar.year;
  if (year === undefined && calendar.yearShift !== undefined) {
    if (!reference) return null;
    year = reference.year + calendar.yearShift;
  }
  if (year !== undefined) {
    if (month === undefined) return day === undefined ? { from: { year } } : null;
    if (day === undefined) return { from: { year, month } };
    return isValidDay(year, month, day) ? { from: { year, month, day } } : null;
  }
  if (month !== undefined) {
    if (reference) return { from: nearestYear(month, day, shift, reference) };
    if (context.year === null) return null;
    return day === undefined || isValidDay(context.year, month, day) ? { from: { year: context.year, month, day } } : null;
  }
  if (!reference) return null;
  if (day !== undefined) return { from: nearestMonth(day, reference) };
  if (weekday !== undefined) return { from: nearestWeekday(weekday, shift, reference) };
  return null;
}

/** The year that puts the month (and day) nearest the reference date, or before or after it. */
function nearestYear(month: number, day: number | undefined, shift: -1 | 0 | 1 | undefined, reference: Day): PointInTime {
  const candidates = [reference.year - 1, reference.year, reference.year + 1].map((year) => ({ year, month, day }));
  // Compared by day when the day is known, else by month.
  const distance = (point: PointInTime) =>
    day === undefined ? (point.year - reference.year) * 12 + (month - reference.month) : dayNumber(clampDay(point)) - dayNumber(reference);
  if (shift === -1) return [...candidates].reverse().find((point) => distance(point) < 0) ?? (candidates[0] as PointInTime);
  if (shift === 1) return candidates.find((point) => distance(point) > 0) ?? (candidates[2] as PointInTime);
  return candidates.reduce((best, point) => (Math.abs(distance(point)) < Math.abs(distance(best)) ? point : best));
}

function clampDay(point: PointInTime): Day {
  const month = point.month ?? 1;
  const day = point.day ?? 1;
  return { year: point.year, month, day: Math.min(day, daysInMonth(point.year, month)) };
}

/** A day of the month alone ("dia 5"): in the month that puts it nearest the reference date. */
function nearestMonth(day: number, reference: Day): PointInTime {
  const candidates = [-1, 0, 1]
    .map((months) => addMonths(reference.year, reference.month, months))
    .filter((month) => isValidDay(month.year, month.month, day))
    .map((month) => ({ ...month, day }));
  return candidates.reduce((best, point) => (Math.abs(dayNumber(point) - dayNumber(reference)) < Math.abs(dayNumber(best) - dayNumber(reference)) ? point : best));
}

/** A weekday alone: the nearest one, or the one before or after the reference date. */
function nearestWeekday(weekday: number, shift: -1 | 0 | 1 | undefined, reference: Day): PointInTime {
  const ahead = (weekday - weekdayOf(reference) + 7) % 7;
  if (shift === -1) return addDays(reference, -(7 - ahead || 7));
  if (shift === 1) return addDays(reference, ahead || 7);
  return addDays(reference, ahead > 3 ? ahead - 7 : ahead);
}

function resolveOffset(expression: Extract<Expression, { kind: 'offset' }>, base: PointInTime | null): Interval | null {
  if (!base) return null;
  const { unit, amount, whole } = expression;
  if (unit === 'year') return { from: { year: base.year + amount } };
  if (base.month === undefined) return null;
  if (unit === 'month') return { from: addMonths(base.year, base.month, amount) };
  if (base.day === undefined) return null;
  const day = base as Day;
  if (unit === 'day') return { from: addDays(day, amount) };
  const moved = addDays(day, 7 * amount);
  if (!whole) return { from: moved };
  // "la semaine dernière": that whole week, Monday to Sunday.
  const monday = addDays(moved, 1 - weekdayOf(moved));
  return { from: monday, to: addDays(monday, 6) };
}

/** A season's year: the season starting nearest the reference date, or the last or next one. */
function resolveSeason(season: number, year: number | undefined, shift: -1 | 0 | 1 | undefined, reference: Day | null): Interval | null {
  if (year !== undefined) return { from: { year } };
  if (!reference) return null;
  const start = SEASON_START_MONTH[season - 1] as number;
  const now = reference.year * 12 + reference.month - 1;
  const starts = [reference.year - 2, reference.year - 1, reference.year, reference.year + 1].map((y) => ({ year: y, index: y * 12 + start - 1 }));
  let chosen;
  if (shift === -1) chosen = [...starts].reverse().find((s) => s.index + 3 <= now);
  else if (shift === 1) chosen = starts.find((s) => s.index > now);
  else chosen = starts.reduce((best, s) => (Math.abs(s.index - now) < Math.abs(best.index - now) ? s : best));
  return chosen ? { from: { year: chosen.year } } : null;
}

/** A quarter: its first and last months, in the stated year or the latest one begun by the reference date. */
function resolveQuarter(quarter: number, year: number | undefined, shift: -1 | 0 | 1 | undefined, reference: Day | null): Interval | null {
  const first = quarter * 3 - 2;
  let chosen = year;
  if (chosen === undefined) {
    if (!reference) return null;
    const begun = reference.month >= first ? reference.year : reference.year - 1;
    chosen = shift === 1 ? begun + 1 : shift === -1 && reference.month <= first + 2 && reference.month >= first ? begun - 1 : begun;
  }
  return { from: { year: chosen, month: first }, to: { year: chosen, month: first + 2 } };
}
