import { fallsOn, isValidDay, weekdayOf } from '../extract/dates/calendar.js';
import type { DateReport } from '../report/types.js';
import { dayName, quoted, spanOf, textSpan, weekdayName } from './messages.js';
import type { Rule, RuleFinding } from './rule.js';

const YEARS = { from: 1900, to: 2100 };

interface Pair {
  date: DateReport;
  weekday: number;
  day: number;
  month: number;
}

/**
 * A weekday that does not fall on its date: in the year the text states, or else the year the
 * date resolved to. When the article's weekday–date pairs share no year (so none was inferred),
 * the pairs that miss the year most of them share are the ones flagged.
 */
export const weekdayMismatch: Rule = {
  id: 'weekday-mismatch',
  severity: 'error',
  description: 'A weekday that does not fall on its date ("lundi 20 décembre 2022" was a Tuesday).',
  check(_doc, extraction) {
    const pairs = extraction.dates.flatMap((date): Pair[] => {
      const { weekday, day, month } = date.stated;
      return weekday !== null && day !== null && month !== null ? [{ date, weekday, day, month }] : [];
    });
    const findings: RuleFinding[] = [];
    const unplaced: Pair[] = [];
    for (const pair of pairs) {
      const year = pair.date.stated.year ?? (pair.date.value ? Number(pair.date.value.slice(0, 4)) : null);
      if (year === null) unplaced.push(pair);
      else if (!fits(pair, year)) findings.push(mismatch(pair, year, pair.date.stated.year !== null));
    }
    return [...findings, ...outOfStep(unplaced)].sort((a, b) => a.start - b.start);
  },
};

function fits(pair: Pair, year: number): boolean {
  return fallsOn(pair.weekday, year, pair.month, pair.day);
}

function mismatch(pair: Pair, year: number, stated: boolean): RuleFinding {
  const actual = isValidDay(year, pair.month, pair.day) ? weekdayName(weekdayOf({ year, month: pair.month, day: pair.day })) : 'no day';
  const which = stated ? '' : ` (the year the article's date gives)`;
  return {
    ...spanOf(pair.date),
    message: `${quoted(pair.date)}: ${dayName(pair.day, pair.month, year)}${which} is a ${actual}, not a ${weekdayName(pair.weekday)}`,
    related: [],
  };
}

/** Pairs with no year: those that miss every year most of the pairs fit together. */
function outOfStep(pairs: readonly Pair[]): RuleFinding[] {
  if (pairs.length < 2) return [];
  let best: number[] = [];
  let bestCount = 0;
  for (let year = YEARS.from; year <= YEARS.to; year++) {
    const count = pairs.filter((pair) => fits(pair, year)).length;
    if (count > bestCount) [best, bestCount] = [[year], count];
    else if (count === bestCount) best.push(year);
  }
  if (bestCount === pairs.length) return [];
  if (bestCount < 2) {
    // No two pairs share a year: which one is wrong, the text cannot say, so both are shown.
    const [first, ...rest] = pairs as [Pair, ...Pair[]];
    return rest.map((pair) => ({
      ...spanOf(pair.date),
      message: `${quoted(pair.date)} and ${quoted(first.date)} cannot both be right: no year has ${dayName(pair.day, pair.month)} on a ${weekdayName(pair.weekday)} and ${dayName(first.day, first.month)} on a ${weekdayName(first.weekday)}`,
      related: [textSpan(first.date)],
    }));
  }
  const agreeing = new Set(pairs.filter((pair) => best.some((year) => fits(pair, year))));
  // A few of the agreeing pairs are named and pointed at: every one of a long text's would make
  // each finding as long as the text.
  const shown = [...agreeing].slice(0, MAX_RELATED);
  const named = shown.slice(0, MAX_NAMED).map((other) => `'${other.date.text}'`).join(', ') + (agreeing.size > MAX_NAMED ? ` and ${agreeing.size - MAX_NAMED} more` : '');
  const related = shown.map((other) => textSpan(other.date));
  return pairs
    .filter((pair) => !agreeing.has(pair))
    .map((pair) => ({
      ...spanOf(pair.date),
      message: `${quoted(pair.date)}: the article's other weekday–date pairs share a year (${named}), and in none of those years is ${dayName(pair.day, pair.month)} a ${weekdayName(pair.weekday)}`,
      related,
    }));
}

/** Agreeing pairs named in a message, and pointed at in `related`. */
const MAX_NAMED = 3;
const MAX_RELATED = 5;
