import type { Document } from '../document/document.js';
import type { Extraction } from '../extract/index.js';
import type { FindingReport, Severity } from '../report/types.js';
import { dateConflict } from './date-conflict.js';
import { figureConflict } from './figure-conflict.js';
import { nameVariant } from './name-variant.js';
import { quoteMismatch } from './quote-mismatch.js';
import { quoteUnbalanced } from './quote-unbalanced.js';
import { sumMismatch } from './sum-mismatch.js';
import type { Rule } from './rule.js';
import { weekdayMismatch } from './weekday-mismatch.js';

export type { Rule, RuleFinding } from './rule.js';

/** Every rule copydesk runs, in report order. */
export const rules: readonly Rule[] = [dateConflict, weekdayMismatch, nameVariant, figureConflict, sumMismatch, quoteMismatch, quoteUnbalanced];

/** A rule's level as the user sets it (`--rule date-conflict=warning`); `off` skips it. */
export type RuleLevel = Severity | 'off';

export function findRule(id: string): Rule | undefined {
  return rules.find((rule) => rule.id === id);
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Runs the rules, each at its default severity or the one `levels` sets, and returns the
 * findings in text order.
 */
export function runChecks(doc: Document, extraction: Extraction, levels: Readonly<Record<string, RuleLevel>> = {}): FindingReport[] {
  const findings = rules.flatMap((rule) => {
    const severity = levels[rule.id] ?? rule.severity;
    if (severity === 'off') return [];
    return rule.check(doc, extraction).map((finding) => ({ rule: rule.id, severity, ...finding }));
  });
  return findings.sort((a, b) => a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}

/** Most severe first, then in text order: how a reader should meet them. */
export function bySeverity(a: FindingReport, b: FindingReport): number {
  return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.start - b.start;
}
