import { figureLexicon } from '../extract/figures/lexicon.js';
import type { FigureReport } from '../report/types.js';
import { quoted, spanOf, textSpan } from './messages.js';
import type { Rule, RuleFinding } from './rule.js';
import { SpanSentences } from './sentences.js';

/**
 * One quantity given two values: two figures of the same kind, unit and context ("120.000
 * ciudadanos" / "121.000 ciudadanos") in different sentences, whose numbers, as written, differ
 * in a single digit — the slip of a retyped figure, not two counts of two moments ("28
 * programmes" then "30") nor a range ("13 à 17 millions"). And a
 * number whose thousands grouping is broken ("91.0000") beside the well-formed one it
 * resembles ("91.000").
 */
export const figureConflict: Rule = {
  id: 'figure-conflict',
  severity: 'error',
  description: 'One quantity given two values ("120.000 ciudadanos" / "121.000 ciudadanos"), or one number written two ways ("91.000" / "91.0000").',
  check(doc, extraction) {
    const findings: RuleFinding[] = [];
    // Only figures written with their words ("120.000 ciudadanos", "14 milliards de dollars"): a
    // bare count ("comem 300") or percentage ("60%") takes its context from far away, too loosely.
    const figures = extraction.figures.filter((figure) => figure.context !== null && /\p{L}/u.test(figure.text));
    const sentences = new SpanSentences(doc);
    const groups = new Map<string, FigureReport[]>();
    for (const figure of figures) {
      const key = `${figure.kind}\u0000${figure.unit ?? ''}\u0000${(figure.context as string).toLowerCase()}`;
      groups.set(key, [...(groups.get(key) ?? []), figure]);
    }
    for (const group of groups.values()) {
      for (let j = 1; j < group.length; j++) {
        const later = group[j] as FigureReport;
        // In one sentence, two values are a range or a comparison ("13 à 17 millions"), not a slip.
        const apart = (other: FigureReport) => !sentences.sameSentence(other.start, later.start);
        const earlier = group.slice(0, j).find((other) => other.value !== later.value && oneDigitApart(digitsOf(other.text), digitsOf(later.text)) && apart(other));
        if (!earlier || group.slice(0, j).some((other) => other.value === later.value)) continue;
        findings.push({
          ...spanOf(later),
          message: `${quoted(later)} and ${quoted(earlier)} give ${later.context} two values, one digit apart: ${format(later.value)} and ${format(earlier.value)}`,
          related: [textSpan(earlier)],
        });
      }
    }
    const grouping = doc.locale ? figureLexicon(doc.locale).decimalMark === ',' ? '.' : ',' : ',';
    findings.push(...brokenGrouping(extraction.figures, grouping));
    return findings.sort((a, b) => a.start - b.start);
  },
};

/** The digits of the number as written ("120.000 ciudadanos" → "120000"). */
function digitsOf(text: string): string {
  return /\d[\d.,\u00a0\u202f' ]*/u.exec(text)?.[0].replace(/\D/gu, '') ?? '';
}

function oneDigitApart(a: string, b: string): boolean {
  if (a.length !== b.length || a === '') return false;
  let differences = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) differences++;
  return differences === 1;
}

/** "91.0000" where the language groups thousands with a point: a group of four digits or more. */
function brokenGrouping(figures: readonly FigureReport[], grouping: string): RuleFinding[] {
  const escaped = grouping === '.' ? '\\.' : grouping;
  const broken = new RegExp(`^\\d{1,3}(?:${escaped}\\d{3})*${escaped}\\d{4,}(?!\\d)`, 'u');
  const wellFormed = new RegExp(`^\\d{1,3}(?:${escaped}\\d{3})+(?!\\d)`, 'u');
  return figures.flatMap((figure): RuleFinding[] => {
    const written = /\d[\d.,]*/u.exec(figure.text)?.[0] ?? '';
    if (!broken.test(written)) return [];
    const head = written.split(grouping)[0];
    const twin = figures.find((other) => other !== figure && wellFormed.test(/\d[\d.,]*/u.exec(other.text)?.[0] ?? '') && (/\d[\d.,]*/u.exec(other.text)?.[0] ?? '').split(grouping)[0] === head);
    return [
      {
        ...spanOf(figure),
        message: `${quoted(figure)} is no well-formed number (a group of ${written.length - written.lastIndexOf(grouping) - 1} digits after '${grouping}')${twin ? `; ${quoted(twin)} is: the same number written two ways` : ''}`,
        related: twin ? [textSpan(twin)] : [],
      },
    ];
  });
}

function format(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 6 });
}
