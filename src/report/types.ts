import type { Bound } from '../locales/types.js';
import type { Span } from '../document/positions.js';

/**
 * The report contract, schema version 1 (schema/report.schema.json). Adding an optional field
 * keeps the version; renaming, removing or changing the meaning of one bumps it.
 */
export const SCHEMA_VERSION = 1;

export type { Span };

export interface TextSpan extends Span {
  text: string;
}

export type Severity = 'error' | 'warning' | 'info';

export interface ParagraphLanguageReport extends TextSpan {
  code: string;
  name: string;
  confidence: number;
}

export interface LanguageReport {
  code: string;
  name: string;
  confidence: number;
  reliable: boolean;
  /** "option" when --lang forced it, "detected" otherwise. */
  source: 'option' | 'detected';
  paragraphs: ParagraphLanguageReport[];
}

export interface ReferenceDateReport {
  value: string | null;
  source: 'option' | 'inferred' | 'none';
  evidence: TextSpan | null;
  /** How the date was inferred from the text, or why it could not be. */
  note: string | null;
}

export interface Speaker extends Span {
  name: string;
  mention: string;
}

export interface QuoteReport extends Span {
  text: string;
  partial: boolean;
  speaker: Speaker | null;
  cue: string | null;
}

export type FigureKind = 'money' | 'percent' | 'count' | 'quantity' | 'duration';

export interface FigureReport extends Span {
  text: string;
  kind: FigureKind;
  /** The number with its scale applied: "38,5 milliards" → 38500000000; a duration in its unit ("un siècle" → 100 years). */
  value: number;
  /** ISO 4217 for money, "%" or "pp" for percent, a unit symbol for quantities, year|month|week|day|hour|minute for durations, null for counts. */
  unit: string | null;
  /** "près de", "environ", "about", "rund": the figure is approximate. */
  approx: boolean;
  /** "plus de" (above), "au moins" (at-least), "moins de" (below), "jusqu'à" (at-most): the true value lies that side of the figure. */
  bound: Bound | null;
  /** What the figure measures or counts ("soldats", "échanges commerciaux"), when the text says it next to the figure. */
  context: string | null;
}

export interface DateReport extends Span {
  text: string;
  /** ISO date at the precision the text gives: YYYY-MM-DD, YYYY-MM or YYYY; null if unresolved. */
  value: string | null;
  /**
   * Last date of a range ("entre 2001 et 2020" → value 2001, endValue 2020), same precisions.
   * Not called `end`: that name is the span's end offset, as everywhere else in the report.
   */
  endValue: string | null;
  /** True when resolved from another date of the text rather than the reference date. */
  relative: boolean;
  /**
   * The calendar parts the text writes out (months 1–12, weekdays 1–7 from Monday). Any other
   * part of `value` was implied, from the reference date or another date: never a stated fact.
   */
  stated: { year: number | null; month: number | null; day: number | null; weekday: number | null };
  /** Introduced by "ce", "this", "este": a day the article speaks of as its own ("ce lundi 19 décembre"). */
  deictic: boolean;
}

export type EntityType = 'person' | 'organisation' | 'place' | 'other';

export interface EntityReport {
  name: string;
  type: EntityType;
  variants: string[];
  mentions: TextSpan[];
}

export interface FindingReport extends Span {
  rule: string;
  severity: Severity;
  message: string;
  related: TextSpan[];
}

export interface ArticleReport {
  schemaVersion: typeof SCHEMA_VERSION;
  file: string;
  /** With --input ndjson: the record's id, echoed. */
  id?: string | number;
  encoding: string;
  chars: number;
  title: TextSpan | null;
  language: LanguageReport;
  referenceDate: ReferenceDateReport;
  quotes: QuoteReport[];
  figures: FigureReport[];
  dates: DateReport[];
  entities: EntityReport[];
  findings: FindingReport[];
}

export interface ErrorReport {
  schemaVersion: typeof SCHEMA_VERSION;
  file: string;
  /** With --input ndjson: the record's id, echoed. */
  id?: string | number;
  error: { code: string; message: string };
}

export type Report = ArticleReport | ErrorReport;

export function isErrorReport(report: Report): report is ErrorReport {
  return 'error' in report;
}
