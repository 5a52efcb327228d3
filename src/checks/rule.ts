import type { Document } from '../document/document.js';
import type { Extraction } from '../extract/index.js';
import type { FindingReport, Severity } from '../report/types.js';

/** A finding as a rule reports it; the registry adds the rule id and severity. */
export type RuleFinding = Omit<FindingReport, 'rule' | 'severity'>;

/** One consistency rule: one file in src/checks/, named by its id. */
export interface Rule {
  id: string;
  severity: Severity;
  description: string;
  check(doc: Document, extraction: Extraction): RuleFinding[];
}
