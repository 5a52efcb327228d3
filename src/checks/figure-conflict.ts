import { figureLexicon } from '../extract/figures/lexicon.js';
import type { FigureReport } from '../report/types.js';
import { quoted, spanOf, textSpan } from './messages.js';
import type { Rule, RuleFinding } from './rule.js';
import { SpanSentences } from './sentences.js';

/**
 * One quantity given two values: two figures of the same kind, unit and context ("120.000
 * ciudadanos" / "121.000 ciudadanos") in different sentences, whose numbers, as written, differ
 * in a single digit or by two neighbouring digits swapped ("340" / "430") — the slips of a
 * retyped figure, not two counts of two moments ("28 programmes" then "30") nor a range ("13 à
 * 17 millions"). And a
 * number whose thousands grouping is broken ("91.0000") beside the well-formed one it
 * resembles ("91.000").
 */
export const figureConflict: Rule = {
  id: 'figure-conflict',
  severity: 'error',
  description: 'One quantity given two values ("120.000 ciudadanos" / "121.000 ciudadanos", "340 salariés" / "430 salariés"), or one number written two ways ("91.000" / "91.0000").',
  check(doc, extraction) {
    const findings: RuleFinding[] = [];
    // Only figures written with their words ("120.000 ciudadanos", "14 milliards de dollars"): a
    // bare count ("comem 300") or percentage ("60%") takes its context from far away, too loosely.
    const figures = extraction.figures.filter((figure) => figure.context !== null && /\p{L}/u.test(figure.text));
    const sentences = new SpanSentences(doc);
    const groups = new Map<string, FigureReport[]>();
    for (const figure of figures) {
      const key = `${figure.kind}\u0000${figure.unit ?? ''}\u0000${(figure.context as string).toLowerCase()}`;
      const group = groups.get(key);
      if (group) group.push(figure);
      else groups.set(key, [figure]);
    }
    // "das Vorhaben auf 110 Wohnungen zu verkleinern": a value changed or proposed, no misprint.
    const changeWords = new Set(doc.locale?.figures().changeWords ?? []);
    const changed = (figure: FigureReport) => {
      const sentence = sentences.sentenceOf(figure.start);
      const words = doc.text.slice(doc.positions.fromCodePoint(sentence.start), doc.positions.fromCodePoint(sentence.end)).toLowerCase().match(/\p{L}+/gu) ?? [];
      return words.some((word) => changeWords.has(word));
    };
    for (const group of groups.values()) {
      for (const [later, earlier, swapped] of retypingSlips(group, sentences)) {
        if (changeWords.size > 0 && (changed(later) || changed(earlier))) continue;
        findings.push({
          ...spanOf(later),
          message: `${quoted(later)} and ${quoted(earlier)} give ${later.context} two values, ${swapped ? 'two digits swapped' : 'one digit apart'}: ${format(later.value)} and ${format(earlier.value)}`,
          related: [textSpan(earlier)],
        });
      }
    }
    const grouping = doc.locale ? figureLexicon(doc.locale).decimalMark === ',' ? '.' : ',' : ',';
    findings.push(...brokenGrouping(extraction.figures, grouping));
    return findings.sort((a, b) => a.start - b.start);
  },
};

/**
 * Each figure of a group (same kind, unit and context) with the first one before it, in another
 * sentence, whose digits differ from its own in one place only, or by two neighbouring digits
 * swapped (true as third element) — unless one before it has its very value. Earlier figures are
 * indexed by their digits, and by their digits with one place blanked, so a long article's
 * hundreds of figures are not compared pair by pair.
 */
function retypingSlips(group: readonly FigureReport[], sentences: SpanSentences): Array<[FigureReport, FigureReport, boolean]> {
  type Earlier = { figure: FigureReport; index: number };
  /** Digits with one place blanked → the first figure for each digit string that fits. */
  const byPattern = new Map<string, Map<string, Earlier>>();
  /** Digits → the first figure written with them. */
  const byDigits = new Map<string, Earlier>();
  const values = new Set<number>();
  const slips: Array<[FigureReport, FigureReport, boolean]> = [];
  group.forEach((later, index) => {
    const digits = digitsOf(later.text);
    const patterns = Array.from(digits, (_, i) => `${digits.slice(0, i)}*${digits.slice(i + 1)}`);
    if (!values.has(later.value)) {
      // The first earlier figure of each other digit string is enough: any later one with the same
      // digits stands between it and this figure, so it shares this figure's sentence if it does.
      const fits = (written: string, earlier: Earlier) => written !== digits && earlier.figure.value !== later.value && !sentences.sameSentence(earlier.figure.start, later.start);
      let found: [Earlier, boolean] | undefined;
      for (const pattern of patterns) {
        for (const [written, earlier] of byPattern.get(pattern) ?? []) {
          if (fits(written, earlier) && (!found || earlier.index < found[0].index)) found = [earlier, false];
        }
      }
      for (const swapped of neighbourSwaps(digits)) {
        const earlier = byDigits.get(swapped);
        if (earlier && fits(swapped, earlier) && (!found || earlier.index < found[0].index)) found = [earlier, true];
      }
      if (found) slips.push([later, found[0].figure, found[1]]);
    }
    values.add(later.value);
    if (!byDigits.has(digits)) byDigits.set(digits, { figure: later, index });
    for (const pattern of patterns) {
      const firsts = byPattern.get(pattern) ?? new Map<string, Earlier>();
      if (!firsts.has(digits)) firsts.set(digits, { figure: later, index });
      byPattern.set(pattern, firsts);
    }
  });
  return slips;
}

/** The digit strings made by swapping two different neighbouring digits ("340" → "430", "304"). */
function neighbourSwaps(digits: string): string[] {
  const swaps: string[] = [];
  for (let i = 0; i + 1 < digits.length; i++) {
    if (digits[i] !== digits[i + 1]) swaps.push(`${digits.slice(0, i)}${digits[i + 1]}${digits[i]}${digits.slice(i + 2)}`);
  }
  return swaps;
}

/** The digits of the number as written ("120.000 ciudadanos" → "120000"). */
function digitsOf(text: string): string {
  return /\d[\d.,\u00a0\u202f' ]*/u.exec(text)?.[0].replace(/\D/gu, '') ?? '';
}

/** "91.0000" where the language groups thousands with a point: a group of four digits or more. */
function brokenGrouping(figures: readonly FigureReport[], grouping: string): RuleFinding[] {
  const escaped = grouping === '.' ? '\\.' : grouping;
  const broken = new RegExp(`^\\d{1,3}(?:${escaped}\\d{3})*${escaped}\\d{4,}(?!\\d)`, 'u');
  const wellFormed = new RegExp(`^\\d{1,3}(?:${escaped}\\d{3})+(?!\\d)`, 'u');
  const writtenOf = (figure: FigureReport) => /\d[\d.,]*/u.exec(figure.text)?.[0] ?? '';
  // The first well-formed number for each leading group ("91" of "91.000").
  const wellFormedByHead = new Map<string, FigureReport>();
  for (const figure of figures) {
    const written = writtenOf(figure);
    const head = written.split(grouping)[0] as string;
    if (wellFormed.test(written) && !wellFormedByHead.has(head)) wellFormedByHead.set(head, figure);
  }
  return figures.flatMap((figure): RuleFinding[] => {
    const written = writtenOf(figure);
    if (!broken.test(written)) return [];
    const twin = wellFormedByHead.get(written.split(grouping)[0] as string);
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
