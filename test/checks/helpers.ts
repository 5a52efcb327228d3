import { analyseText } from '../../src/analyse.js';
import { findLanguage } from '../../src/language/languages.js';
import type { FindingReport } from '../../src/report/types.js';
import { article, expectSpanOf } from '../extract/helpers.js';

/** The findings of one rule on an article made of these paragraphs, spans checked. */
export function findingsOf(rule: string, lang: string, paragraphs: string[], referenceDate?: string): FindingReport[] {
  const language = findLanguage(lang);
  if (!language) throw new Error(`unknown language ${lang}`);
  const text = article('Titre', ...paragraphs);
  const report = analyseText('fixture.txt', text, 'utf-8', { language, referenceDate, today: '2026-11-24' });
  const findings = report.findings.filter((finding) => finding.rule === rule);
  for (const finding of findings) {
    for (const related of finding.related) expectSpanOf(text, related, related.text);
  }
  return findings;
}

/** The text a finding points at. */
export function textAt(paragraphs: string[], finding: FindingReport): string {
  return Array.from(article('Titre', ...paragraphs)).slice(finding.start, finding.end).join('');
}
