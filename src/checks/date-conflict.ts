import { dayNumber, parseIsoDay } from '../extract/dates/calendar.js';
import type { DateReport } from '../report/types.js';
import { quoted, spanOf, textSpan } from './date-words.js';
import type { Rule, RuleFinding } from './rule.js';

/** How far apart two "this day" dates may be and still both be the article's week. */
const SAME_WEEK = 6;

/**
 * One article, one present: every "this day" date ("ce lundi 19 décembre", "este martes 1 de
 * noviembre") must fall in the week of the article's date. One that falls weeks away ("Ce 19
 * novembre" in an article of 20 December) dates the same present twice; it is compared with the
 * "this day" date it shares most stated parts with (same day of the month: a slipped month).
 */
export const dateConflict: Rule = {
  id: 'date-conflict',
  severity: 'error',
  description: 'Two dates given to the same day: "this day" dates weeks apart ("Ce 19 novembre" and "Ce lundi 19 décembre").',
  check(_doc, extraction) {
    const present = extraction.dates.filter(isThisDay);
    if (present.length < 2) return [];
    const reference = extraction.referenceDate.value ? parseIsoDay(extraction.referenceDate.value) : null;
    const centre = reference ? dayNumber(reference) : busiestWeek(present);
    const inWeek = present.filter((date) => Math.abs(dayOf(date) - centre) <= SAME_WEEK);
    if (inWeek.length === 0) return [];
    return present
      .filter((date) => !inWeek.includes(date))
      .map((date): RuleFinding => {
        const other = closestTwin(date, inWeek);
        const apart = Math.abs(dayOf(date) - dayOf(other));
        return {
          ...spanOf(date),
          message: `${quoted(date)} and ${quoted(other)} both date the day the article speaks of, ${apart} days apart: one of them is wrong`,
          related: [textSpan(other)],
        };
      });
  },
};

function isThisDay(date: DateReport): boolean {
  return date.deictic && date.stated.day !== null && date.stated.month !== null && date.value !== null && date.value.length === 10;
}

function dayOf(date: DateReport): number {
  return dayNumber(parseIsoDay(date.value as string) as NonNullable<ReturnType<typeof parseIsoDay>>);
}

/** Without a reference date: the day whose week holds the most "this day" dates (the latest of equals). */
function busiestWeek(dates: readonly DateReport[]): number {
  const days = dates.map(dayOf);
  let best = days[0] as number;
  let bestCount = 0;
  for (const day of days) {
    const count = days.filter((other) => Math.abs(other - day) <= SAME_WEEK).length;
    if (count > bestCount || (count === bestCount && day > best)) [best, bestCount] = [day, count];
  }
  return best;
}

/** The date sharing most stated parts (day, month, weekday) with this one; the nearest in the text of equals. */
function closestTwin(date: DateReport, candidates: readonly DateReport[]): DateReport {
  const shared = (other: DateReport) =>
    (['day', 'month', 'weekday'] as const).filter((part) => date.stated[part] !== null && date.stated[part] === other.stated[part]).length;
  return candidates.reduce((best, other) =>
    shared(other) > shared(best) || (shared(other) === shared(best) && Math.abs(other.start - date.start) < Math.abs(best.start - date.start)) ? other : best,
  );
}
