import type { Document } from '../document/document.js';
import type { Extraction } from '../extract/index.js';
import type { FindingReport } from '../report/types.js';
import { quoteUnbalanced } from './quote-unbalanced.js';
import type { Rule } from './rule.js';

export type { Rule, RuleFinding } from './rule.js';

/** Every rule copydesk runs, in report order. */
export const rules: readonly Rule[] = [quoteUnbalanced];

export function runChecks(doc: Document, extraction: Extraction, active: readonly Rule[] = rules): FindingReport[] {
  const findings = active.flatMap((rule) =>
    rule.check(doc, extraction).map((finding) => ({ rule: rule.id, severity: rule.severity, ...finding })),
  );
  return findings.sort((a, b) => a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}
