import type { ColourLevel } from '../cli/colour.js';
import type { Report, Severity } from './types.js';

/** Counts over a whole run, for the closing summary. */
export interface RunSummary {
  files: number;
  analysed: number;
  unreadable: number;
  findings: Record<Severity, number>;
}

export interface FormatterOptions {
  /** Everything, or only one section of each report (`copydesk quotes`). */
  section: 'all' | 'quotes';
  colour: ColourLevel;
  /** Terminal width, for the pretty tables. */
  columns: number;
}

/**
 * A report format. Output is streamed: `begin` before the first report, `report` for each as
 * soon as it is ready (in input order), `end` after the last. Each returns the text to write.
 */
export interface Formatter {
  begin(): string;
  report(report: Report, index: number): string;
  end(summary: RunSummary): string;
}

export function emptySummary(): RunSummary {
  return { files: 0, analysed: 0, unreadable: 0, findings: { error: 0, warning: 0, info: 0 } };
}
