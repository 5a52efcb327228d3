import type { RunSummary } from '../report/formatter.js';
import type { Severity } from '../report/types.js';
import { failsOn, type FailOn } from './options.js';

/** No finding at or above --fail-on. */
export const EXIT_OK = 0;
/** At least one finding at or above --fail-on. */
export const EXIT_FINDINGS = 1;
/** A usage error, or at least one input that could not be read; wins over EXIT_FINDINGS. */
export const EXIT_USAGE = 2;

export function exitCode(summary: RunSummary, failOn: FailOn): number {
  if (summary.unreadable > 0) return EXIT_USAGE;
  const severities = Object.keys(summary.findings) as Severity[];
  const failing = severities.some((severity) => summary.findings[severity] > 0 && failsOn(severity, failOn));
  return failing ? EXIT_FINDINGS : EXIT_OK;
}
