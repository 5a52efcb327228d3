import { countBelow } from '../document/search.js';
import { dayNumber, parseIsoDay } from '../extract/dates/calendar.js';
import type { Document } from '../document/document.js';
import type { DateReport, EntityReport } from '../report/types.js';
import { quoted, spanOf, textSpan } from './messages.js';
import type { Rule, RuleFinding } from './rule.js';
import { SpanSentences } from './sentences.js';

/** How far apart two "this day" dates may be and still both be the article's week. */
const SAME_WEEK = 6;

/**
 * One day dated twice. One article has one present: every "this day" date ("ce lundi 19 décembre", "este martes 1 de
 * noviembre") must fall in the week of the article's date. One that falls weeks away ("Ce 19
 * novembre" in an article of 20 December) dates the same present twice; it is compared with the
 * "this day" date it shares most stated parts with (same day of the month: a slipped month).
 * And one past event given the same day of two months, with the same actors around it.
 */
export const dateConflict: Rule = {
  id: 'date-conflict',
  severity: 'error',
  description: 'One day dated twice: "this day" dates weeks apart ("Ce 19 novembre" / "Ce lundi 19 décembre"), or one event given the same day of two months.',
  check(doc, extraction) {
    const places = new DatePlaces(doc, extraction.entities);
    const actors = (date: DateReport) => places.actorsOf(date);
    const findings = [...presentTwice(extraction.dates, extraction.referenceDate.value, actors), ...eventTwice(extraction.dates, places)];
    return findings.sort((a, b) => a.start - b.start);
  },
};

/**
 * Where each date stands: its paragraph, and the people, bodies and places its sentence names
 * (sentences as the extractors cut them). Each date is placed once, however many it is compared with.
 */
class DatePlaces {
  private readonly sentences: SpanSentences;
  /** Mentions of people, bodies and places, in text order, with their entity's name. */
  private readonly mentions: Array<{ start: number; end: number; name: string }>;
  private readonly placed = new Map<DateReport, { paragraph: number; actors: string[] }>();

  constructor(doc: Document, entities: readonly EntityReport[]) {
    this.sentences = new SpanSentences(doc);
    this.mentions = entities
      .filter((entity) => entity.type !== 'other')
      .flatMap((entity) => entity.mentions.map((mention) => ({ start: mention.start, end: mention.end, name: entity.name })))
      .sort((a, b) => a.start - b.start);
  }

  paragraphOf(date: DateReport): number {
    return this.place(date).paragraph;
  }

  actorsOf(date: DateReport): string[] {
    return this.place(date).actors;
  }

  private place(date: DateReport): { paragraph: number; actors: string[] } {
    let found = this.placed.get(date);
    if (!found) {
      const paragraph = this.sentences.paragraphOf(date.start);
      const { start, end } = this.sentences.sentenceOf(date.start);
      const names = new Set<string>();
      for (let i = countBelow(this.mentions, start, (mention) => mention.start); i < this.mentions.length && (this.mentions[i] as { start: number }).start < end; i++) {
        const mention = this.mentions[i] as { end: number; name: string };
        if (mention.end <= end) names.add(mention.name);
      }
      found = { paragraph, actors: [...names] };
      this.placed.set(date, found);
    }
    return found;
  }
}


/** "This day" dates outside the article's week, each against its closest twin inside it. */
function presentTwice(dates: readonly DateReport[], referenceValue: string | null, actors: (date: DateReport) => string[]): RuleFinding[] {
  const present = dates.filter(isThisDay);
  if (present.length < 2) return [];
  const reference = referenceValue ? parseIsoDay(referenceValue) : null;
  const centre = reference ? dayNumber(reference) : busiestWeek(present);
  const inWeek = present.filter((date) => Math.abs(dayOf(date) - centre) <= SAME_WEEK);
  if (inWeek.length === 0) return [];
  const inside = new Set(inWeek);
  return present
    .filter((date) => !inside.has(date))
    .map((date): RuleFinding => {
      const other = closestTwin(date, nearestInText(date, inWeek));
      const apart = Math.abs(dayOf(date) - dayOf(other));
      return {
        ...spanOf(date),
        message: `${quoted(date)} and ${quoted(other)} both date the day the article speaks of${withActors(actors(date), actors(other))}, ${apart} days apart: one of them is wrong`,
        related: [textSpan(other)],
      };
    });
}

/**
 * Past dates of one event: the same day of the month in two months ("le 5 mai" / "le 5 juin"),
 * in different paragraphs, in sentences that name at least two of the same people, bodies or
 * places. Only stated parts count: the day and the month as written.
 */
function eventTwice(dates: readonly DateReport[], places: DatePlaces): RuleFinding[] {
  const actors = (date: DateReport) => places.actorsOf(date);
  const dated = dates.filter((date) => !date.deictic && date.stated.day !== null && date.stated.month !== null);
  const findings: RuleFinding[] = [];
  /** The dates so far, by their day of the month, in text order. */
  const byDay = new Map<number, DateReport[]>();
  for (const later of dated) {
    const sameDay = byDay.get(later.stated.day as number) ?? [];
    byDay.set(later.stated.day as number, sameDay);
    // The first fitting one of a bounded number of earlier dates with this day: a long text's
    // hundreds of "19 décembre" are not each compared with all the others.
    const earlier = sameDay.slice(0, MAX_COMPARED).find(
      (other) =>
        other.stated.month !== later.stated.month &&
        (other.stated.year === null || later.stated.year === null || other.stated.year === later.stated.year) &&
        places.paragraphOf(other) !== places.paragraphOf(later) &&
        shared(actors(other), actors(later)).length >= 2,
    );
    sameDay.push(later);
    if (!earlier) continue;
    findings.push({
      ...spanOf(later),
      message: `${quoted(later)} and ${quoted(earlier)} date one event${withActors(actors(later), actors(earlier))} on the same day of two months: one of them is wrong`,
      related: [textSpan(earlier)],
    });
  }
  return findings;
}

/** Earlier dates one date is compared with, at most: enough for any article, bounded for a huge one. */
const MAX_COMPARED = 64;

function shared(a: readonly string[], b: readonly string[]): string[] {
  return a.filter((name) => b.includes(name));
}

/** " (Vladimir Poutine, Alexandre Lukachenko and Minsk in both sentences)", or nothing. */
function withActors(a: readonly string[], b: readonly string[]): string {
  const both = shared(a, b);
  if (both.length === 0) return '';
  const list = both.length === 1 ? both[0] : `${both.slice(0, -1).join(', ')} and ${both[both.length - 1]}`;
  return ` (${list} in both sentences)`;
}

function isThisDay(date: DateReport): boolean {
  return date.deictic && date.stated.day !== null && date.stated.month !== null && date.value !== null && date.value.length === 10;
}

function dayOf(date: DateReport): number {
  return dayNumber(parseIsoDay(date.value as string) as NonNullable<ReturnType<typeof parseIsoDay>>);
}

/** Without a reference date: the day whose week holds the most "this day" dates (the latest of equals). */
function busiestWeek(dates: readonly DateReport[]): number {
  const days = dates.map(dayOf);
  const sorted = [...days].sort((a, b) => a - b);
  const within = (day: number) => countBelow(sorted, day + SAME_WEEK + 1, (other) => other) - countBelow(sorted, day - SAME_WEEK, (other) => other);
  let best = days[0] as number;
  let bestCount = 0;
  for (const day of days) {
    const count = within(day);
    if (count > bestCount || (count === bestCount && day > best)) [best, bestCount] = [day, count];
  }
  return best;
}

/** The candidates nearest a date in the text, at most MAX_COMPARED of them (candidates in text order). */
function nearestInText(date: DateReport, candidates: readonly DateReport[]): readonly DateReport[] {
  if (candidates.length <= MAX_COMPARED) return candidates;
  const at = countBelow(candidates, date.start, (candidate) => candidate.start);
  const from = Math.max(0, Math.min(at - MAX_COMPARED / 2, candidates.length - MAX_COMPARED));
  return candidates.slice(from, from + MAX_COMPARED);
}

/** The date sharing most stated parts (day, month, weekday) with this one; the nearest in the text of equals. */
function closestTwin(date: DateReport, candidates: readonly DateReport[]): DateReport {
  const shared = (other: DateReport) =>
    (['day', 'month', 'weekday'] as const).filter((part) => date.stated[part] !== null && date.stated[part] === other.stated[part]).length;
  return candidates.reduce((best, other) =>
    shared(other) > shared(best) || (shared(other) === shared(best) && Math.abs(other.start - date.start) < Math.abs(best.start - date.start)) ? other : best,
  );
}
