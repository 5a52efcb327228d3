import type { FormatterOptions } from './formatter.js';
import { isErrorReport, SCHEMA_VERSION, type QuoteReport, type Report } from './types.js';

/** A report cut down to its quotes, as `copydesk quotes --format json|ndjson` writes it. */
export interface QuotesOnlyReport {
  schemaVersion: typeof SCHEMA_VERSION;
  file: string;
  id?: string | number;
  quotes: QuoteReport[];
}

/** The part of a report a run prints; error reports are always whole. */
export function selectSection(report: Report, section: FormatterOptions['section']): Report | QuotesOnlyReport {
  if (section === 'all' || isErrorReport(report)) return report;
  return { schemaVersion: SCHEMA_VERSION, file: report.file, ...(report.id === undefined ? {} : { id: report.id }), quotes: report.quotes };
}
