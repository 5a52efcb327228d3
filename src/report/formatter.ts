import type { ColourLevel } from '../cli/colour.js';
import type { CsvSection } from './csv.js';
import { isErrorReport, type Report, type Severity } from './types.js';

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
  /** copydesk's version, which SARIF names. */
  version?: string;
  /** `--format csv`: the section tabulated and whether a byte order mark comes first. */
  csv?: { section: CsvSection; bom: boolean };
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

/** What the closing summary and stderr need of a report, which a worker may have formatted already. */
export interface Digest {
  file: string;
  /** The input error's message, or null for an analysed article. */
  error: string | null;
  findings: Record<Severity, number>;
}

export function digestOf(report: Report): Digest {
  const findings = { error: 0, warning: 0, info: 0 };
  if (!isErrorReport(report)) for (const finding of report.findings) findings[finding.severity]++;
  return { file: report.file, error: isErrorReport(report) ? report.error.message : null, findings };
}

export function addToSummary(summary: RunSummary, digest: Digest): void {
  summary.files++;
  if (digest.error !== null) {
    summary.unreadable++;
    return;
  }
  summary.analysed++;
  for (const severity of ['error', 'warning', 'info'] as const) summary.findings[severity] += digest.findings[severity];
}
