/**
 * Calendar arithmetic on plain numbers, in UTC only, so no result depends on the machine's time
 * zone. Months are 1–12, weekdays 1–7 from Monday (ISO 8601).
 */

export interface Day {
  year: number;
  month: number;
  day: number;
}

/** A date at the precision the text gives: a year, a month of a year, or a day. */
export type Precision = 'year' | 'month' | 'day';

export interface PointInTime {
  year: number;
  month?: number | undefined;
  day?: number | undefined;
}

const MS_PER_DAY = 86_400_000;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Days since 1970-01-01. */
export function dayNumber(date: Day): number {
  return Math.round(Date.UTC(date.year, date.month - 1, date.day) / MS_PER_DAY);
}

export function fromDayNumber(days: number): Day {
  const date = new Date(days * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(date: Day, days: number): Day {
  return fromDayNumber(dayNumber(date) + days);
}

/** ISO weekday, 1 (Monday) to 7 (Sunday). */
export function weekdayOf(date: Day): number {
  // 1970-01-01 was a Thursday (4).
  return ((((dayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

/** Whether the day exists in that year and falls on that weekday ("lundi 19 décembre" in 2022: yes). */
export function fallsOn(weekday: number, year: number, month: number, day: number): boolean {
  return isValidDay(year, month, day) && weekdayOf({ year, month, day }) === weekday;
}

/** The year and month `months` months after (or before) the given one. */
export function addMonths(year: number, month: number, months: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function parseIsoDay(text: string): Day | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidDay(year, month, day) ? { year, month, day } : null;
}

export function isoOf(point: PointInTime): string {
  const year = String(point.year).padStart(4, '0');
  if (point.month === undefined) return year;
  const month = `${year}-${String(point.month).padStart(2, '0')}`;
  return point.day === undefined ? month : `${month}-${String(point.day).padStart(2, '0')}`;
}

/** The day's place in time for comparisons: a month counts from its first day, a year from 1 January. */
export function startDayNumber(point: PointInTime): number {
  return dayNumber({ year: point.year, month: point.month ?? 1, day: point.day ?? 1 });
}
