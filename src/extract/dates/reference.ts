import { dayNumber, fallsOn, type Day } from './calendar.js';
import type { Calendar, DateMention } from './match.js';
import { resolveCalendar, resolveMentions } from './resolve.js';

export interface InferredReference {
  /** The day the article speaks from, when the text pins it. */
  day: Day | null;
  /** The article's year, when weekday–date pairs pin it but no "this day" date gives the day. */
  year: number | null;
  /** The mention the day was read from. */
  evidence: DateMention | null;
  /** How the date was inferred, or why it could not be. */
  note: string | null;
}

/** Earliest year a weekday–date pair is tried against. */
const FIRST_YEAR = 1900;

/**
 * The article's own date, from its text: a publication stamp or a full "this day" date
 * ("ce mardi 20 décembre 2022") first; else the years every weekday–date pair allows ("lundi
 * 19 décembre" is a Monday only in some years), the latest not after `today` that the years
 * the article states allow (see chooseYear), and in that year the latest "this day"
 * date, or without one the first pair (a lede's news day). `today` only bounds the years; no
 * result falls back on it.
 */
export function inferReference(mentions: readonly DateMention[], texts: readonly string[], today: Day | null): InferredReference {
  const stamped = mentions.filter((mention) => (mention.published || mention.deictic) && isFullDate(calendarOf(mention)));
  const latestStamp = latest(stamped, (mention) => calendarOf(mention) as Day);
  if (latestStamp) return { day: calendarOf(latestStamp) as Day, year: null, evidence: latestStamp, note: null };

  const pairs = mentions.flatMap((mention, i) => weekdayPairs(mention).map((calendar) => ({ calendar, text: texts[i] as string })));
  if (pairs.length === 0) return none(null);
  const last = today?.year ?? null;
  const stated = statedYears(mentions);
  if (last === null && stated.length === 0) return none(`${quoted(pairs)} fit several years and the article states none: give --date`);
  let years: number[] = [];
  for (let year = FIRST_YEAR; year <= (last ?? Math.max(...stated) + 1); year++) years.push(year);
  for (const { calendar } of pairs) years = years.filter((year) => fallsOn(calendar.weekday, year, calendar.month, calendar.day));
  if (years.length === 0) return none(`${quoted(pairs)} fit no single year: the weekdays disagree with the dates`);
  const year = chooseYear(years, stated, last);
  const others = years.filter((other) => other !== year).slice(-3).reverse();
  const fits = `${quoted(pairs)} fit ${year}${others.length > 0 ? ` (also ${others.join(', ')}${years.length > 4 ? ', …' : ''})` : ''}`;

  const deictic = mentions.filter((mention) => mention.deictic && calendarOf(mention)?.month !== undefined && calendarOf(mention)?.day !== undefined);
  const days = deictic.map((mention) => ({ mention, day: resolveCalendar({ ...(calendarOf(mention) as Calendar), year: calendarOf(mention)?.year ?? year }, undefined, { reference: null, year }) }));
  const thisDay = latest(days.filter((entry) => entry.day !== null), (entry) => entry.day?.from as Day);
  if (thisDay) return { day: thisDay.day?.from as Day, year: null, evidence: thisDay.mention, note: `${fits}; the latest "this day" date` };
  // No "ce"/"this": the first weekday–date pair, the one a lede gives the news ("said on Monday, March 13").
  const lede = mentions.find((mention) => weekdayPairs(mention).length > 0) as DateMention;
  const [pair] = weekdayPairs(lede);
  const day = { year, month: pair?.month as number, day: pair?.day as number };
  return { day, year: null, evidence: lede, note: `${fits}; no "this day" date, so the first weekday–date pair` };
}

function none(note: string | null): InferredReference {
  return { day: null, year: null, evidence: null, note };
}

function calendarOf(mention: DateMention): Calendar | undefined {
  return mention.expression.kind === 'calendar' ? mention.expression.calendar : undefined;
}

function isFullDate(calendar: Calendar | undefined): boolean {
  return calendar?.year !== undefined && calendar.month !== undefined && calendar.day !== undefined;
}

/** Weekday, day and month stated, the year not: each pins the year to a few. */
function weekdayPairs(mention: DateMention): Array<Required<Pick<Calendar, 'weekday' | 'day' | 'month'>>> {
  const calendars = [mention.expression, mention.until].flatMap((expression) => (expression?.kind === 'calendar' ? [expression.calendar] : []));
  return calendars.flatMap((calendar) => {
    const { weekday, day, month } = calendar;
    if (weekday === undefined || day === undefined || month === undefined || calendar.year !== undefined || calendar.yearShift !== undefined) return [];
    return [{ weekday, day, month }];
  });
}

/**
 * Years the text gives without a reference date: written out ("1994", "février 2019") or counted
 * from one that is ("deux ans plus tard" → 2021); never those a reference date would imply.
 */
function statedYears(mentions: readonly DateMention[]): number[] {
  const resolved = resolveMentions(mentions, { reference: null, year: null });
  return resolved.flatMap((date) => [date.from?.year, date.to?.year].filter((year): year is number => year !== undefined));
}

/**
 * Of the years the weekday–date pairs allow (ascending): the latest not after today that is at
 * most a year before the latest year the article states up to today (a news article speaks of
 * its own or earlier years; later ones are plans, "objectif 2030"); with no such year, or no
 * today, the one nearest the latest stated year; with nothing stated, the latest.
 */
function chooseYear(years: readonly number[], stated: readonly number[], today: number | null): number {
  const latestYear = years[years.length - 1] as number;
  if (stated.length === 0) return latestYear;
  if (today === null) return nearest(years, Math.max(...stated));
  const past = stated.filter((year) => year <= today);
  const floor = past.length > 0 ? Math.max(...past) - 1 : null;
  const consistent = floor === null ? [] : years.filter((year) => year >= floor && year <= today);
  return consistent.length > 0 ? (consistent[consistent.length - 1] as number) : nearest(years, Math.max(...stated));
}

/** The year nearest the target; of two as near, the later: an article mostly looks back. */
function nearest(years: readonly number[], target: number): number {
  return years.reduce((best, year) => (Math.abs(year - target) <= Math.abs(best - target) ? year : best));
}

function latest<T>(items: readonly T[], dayOf: (item: T) => Day): T | undefined {
  return items.reduce<T | undefined>((best, item) => (best === undefined || dayNumber(dayOf(item)) > dayNumber(dayOf(best)) ? item : best), undefined);
}

function quoted(pairs: ReadonlyArray<{ text: string }>): string {
  const texts = [...new Set(pairs.map((pair) => `'${pair.text}'`))];
  return texts.length === 1 ? `${texts[0]}` : `${texts.slice(0, -1).join(', ')} and ${texts[texts.length - 1]}`;
}
