import { textSpanOf, type Document } from '../../document/document.js';
import { localeFor } from '../../locales/index.js';
import type { NumberToken } from '../figures/numbers.js';
import type { DateReport, ReferenceDateReport } from '../../report/types.js';
import { isoOf, parseIsoDay, type Day } from './calendar.js';
import { findDateMentions, type Calendar, type DateMention } from './match.js';
import { inferReference } from './reference.js';
import { resolveMentions } from './resolve.js';

export interface DateOptions {
  /** The reference date the user gave (YYYY-MM-DD). */
  referenceDate: string | null;
  /** Today (YYYY-MM-DD): only an upper bound on the years an article's weekdays may fall in. */
  today: string | null;
  /** UTF-16 ranges the figures pass read as quantities: no year inside them. */
  figures: ReadonlyArray<{ start: number; end: number }>;
  /** The text's numbers, when already read (figures read them too); read here otherwise. */
  numbers?: readonly NumberToken[];
}

export interface DateExtraction {
  dates: DateReport[];
  referenceDate: ReferenceDateReport;
}

/**
 * Every date expression of the article resolved to the calendar, and the article's own date:
 * the one given, else one inferred from the text, else none (relative dates then stay null).
 */
export function extractDates(doc: Document, options: DateOptions): DateExtraction {
  const locale = doc.locale ?? localeFor('eng');
  const mentions = locale ? findDateMentions(doc.text, locale, options.figures, options.numbers) : [];
  const texts = mentions.map((mention) => doc.text.slice(mention.start, mention.end));
  const given = options.referenceDate ? parseIsoDay(options.referenceDate) : null;
  const inferred = given ? null : inferReference(mentions, texts, options.today ? parseIsoDay(options.today) : null);
  const reference: Day | null = given ?? inferred?.day ?? null;
  const resolved = resolveMentions(mentions, { reference, year: inferred?.year ?? null });
  const dates = mentions.map((mention, i): DateReport => {
    const { value, endValue, relative } = resolved[i] as (typeof resolved)[number];
    return { ...textSpanOf(doc, mention.start, mention.end), value, endValue, relative, stated: statedOf(mention), deictic: mention.deictic };
  });
  return { dates, referenceDate: referenceReport(doc, given, inferred) };
}

function referenceReport(doc: Document, given: Day | null, inferred: ReturnType<typeof inferReference> | null): ReferenceDateReport {
  if (given) return { value: isoOf(given), source: 'option', evidence: null, note: null };
  if (inferred?.day) {
    const evidence = inferred.evidence ? textSpanOf(doc, inferred.evidence.start, inferred.evidence.end) : null;
    return { value: isoOf(inferred.day), source: 'inferred', evidence, note: inferred.note };
  }
  return { value: null, source: 'none', evidence: null, note: inferred?.note ?? null };
}

/** The calendar parts the text writes out; what else the value holds was implied. */
function statedOf(mention: DateMention): DateReport['stated'] {
  const calendar: Calendar = mention.expression.kind === 'calendar' ? mention.expression.calendar : {};
  const year = mention.expression.kind === 'season' || mention.expression.kind === 'quarter' ? mention.expression.year : calendar.year;
  return { year: year ?? null, month: calendar.month ?? null, day: calendar.day ?? null, weekday: calendar.weekday ?? null };
}
