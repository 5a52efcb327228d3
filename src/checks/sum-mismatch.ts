import type { Document } from '../document/document.js';
import { fold } from '../extract/figures/lexicon.js';
import type { FigureReport } from '../report/types.js';
import { quoted, spanOf, textSpan } from './messages.js';
import type { Rule, RuleFinding } from './rule.js';
import { SpanSentences } from './sentences.js';

/** How far a total's parts may exceed it before it is a slip rather than rounding: 0.5 %. */
const ROUNDING = 0.005;
/** Percentage points a restated ratio may be off by rounding ("2 sur 3, soit 67 %"). */
const PERCENT_ROUNDING = 0.6;

/**
 * Numbers that do not add up: the parts of a total stated right after it ("120 000 soldats,
 * dont 80 000 … et 50 000 …") that come to more than the total, or percentage parts to more than
 * 100 %; and a ratio restated as a percentage that does not match ("6 décès sur 10, soit 55 %").
 * Parts that come to less are left alone: an article need not list them all.
 */
export const sumMismatch: Rule = {
  id: 'sum-mismatch',
  severity: 'warning',
  description: 'Numbers that do not add up: parts of a total that exceed it, or "X sur Y, soit Z %" with a wrong Z.',
  check(doc, extraction) {
    const words = doc.locale?.figures().partWords;
    if (!words) return [];
    const figures = extraction.figures;
    const sentences = new SpanSentences(doc);
    return [...partsBeyondTotal(doc, sentences, figures, words.parts, words.before ?? []), ...sharesBeyondWhole(doc, sentences, figures), ...wrongRestatements(doc, sentences, figures, words.restating)].sort((a, b) => a.start - b.start);
  },
};

/** The text from the start of a figure's sentence, or of its clause (after , ; : or a dash), to the figure. */
function clauseBefore(doc: Document, sentences: SpanSentences, figure: FigureReport): string {
  const start = doc.positions.fromCodePoint(figure.start);
  const sentenceStart = doc.positions.fromCodePoint(sentences.sentenceOf(figure.start).start);
  const text = doc.text.slice(Math.max(sentenceStart, start - 40), start);
  return text.slice(text.search(/[^,;:(—–]*$/u));
}

/** Whether a clause is one of the words alone ("Sur les", "Of the"): a partitive opening it, not "Sales of the". */
function opensClauseWith(clause: string, words: readonly string[]): boolean {
  const folded = fold(clause).trim();
  return words.includes(folded);
}

function between(doc: Document, from: FigureReport, to: FigureReport): string {
  return doc.text.slice(doc.positions.fromCodePoint(from.end), doc.positions.fromCodePoint(to.start));
}

/** Whether the text right after a figure opens with one of the words (a comma and spaces allowed first). */
function opensWith(text: string, words: readonly string[]): boolean {
  const head = fold(text).replace(/^[\s\u00a0,;:(–—-]+/u, '');
  return words.some((word) => head.startsWith(`${word} `) || head.startsWith(`${word}\u00a0`) || head === word);
}

function endsWithWord(text: string, words: readonly string[]): boolean {
  const tail = fold(text).replace(/[\s\u00a0]+$/u, '');
  return words.some((word) => tail === word || (tail.endsWith(word) && /[\s\u00a0,;(]/u.test(tail.charAt(tail.length - word.length - 1))));
}

function partsBeyondTotal(doc: Document, sentences: SpanSentences, figures: readonly FigureReport[], partWords: readonly string[], wordsBefore: readonly string[]): RuleFinding[] {
  const findings: RuleFinding[] = [];
  figures.forEach((total, i) => {
    const next = figures[i + 1];
    if (!next || total.kind === 'percent') return;
    const gap = between(doc, total, next);
    // "120 000 soldats, dont 80 000 …", or "Sur les 120 000 soldats, 80 000 …".
    const partsFollow = opensWith(gap, partWords) || (/^[^,;:.!?]*,/u.test(gap) && opensClauseWith(clauseBefore(doc, sentences, total), wordsBefore));
    if (!partsFollow) return;
    const parts: FigureReport[] = [];
    for (let j = i + 1; j < figures.length; j++) {
      const part = figures[j] as FigureReport;
      if (!sentences.sameSentence(total.start, part.start)) break;
      const sameMeasure = part.kind === total.kind && part.unit === total.unit;
      if (sameMeasure || part.kind === 'percent') parts.push(part);
    }
    const percents = parts.filter((part) => part.kind === 'percent');
    const counts = parts.filter((part) => part.kind !== 'percent');
    const [measured, limit] = percents.length >= 2 ? [percents, 100] : [counts, total.value];
    if (measured.length < 2 || measured.some((part) => part.approx || part.bound)) return;
    const sum = measured.reduce((acc, part) => acc + part.value, 0);
    if (sum <= limit * (1 + ROUNDING) + 1e-9) return;
    const unit = limit === 100 ? ' %' : '';
    findings.push({
      ...spanOf(total),
      message: `${quoted(total)} is exceeded by its parts: ${measured.map((part) => format(part.value)).join(' + ')} = ${format(sum)}${unit}${limit === 100 ? ', more than 100 %' : `, more than ${format(limit)}`}`,
      related: measured.map(textSpan),
    });
  });
  return findings;
}

/**
 * Shares of one whole in one sentence: percentages followed by the same words ("55 % des voix,
 * 40 % des voix et 10 % des voix", "45% of the vote … 20% of the vote") that come to more than 100 %.
 */
function sharesBeyondWhole(doc: Document, sentences: SpanSentences, figures: readonly FigureReport[]): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const percents = figures.filter((figure) => figure.kind === 'percent' && figure.unit === '%' && !figure.approx && !figure.bound);
  const wholeOf = (figure: FigureReport) => {
    const after = doc.text.slice(doc.positions.fromCodePoint(figure.end), doc.positions.fromCodePoint(figure.end) + 30);
    return /^[\s\u00a0]+(\p{Ll}+(?:[\s\u00a0'’]+\p{Ll}+){0,2})/u.exec(after)?.[1]?.toLowerCase() ?? null;
  };
  let i = 0;
  while (i < percents.length) {
    const first = percents[i] as FigureReport;
    const whole = wholeOf(first);
    const group = [first];
    for (let j = i + 1; j < percents.length; j++) {
      const next = percents[j] as FigureReport;
      if (!sentences.sameSentence(first.start, next.start) || !sameWhole(whole, wholeOf(next))) break;
      group.push(next);
    }
    const sum = group.reduce((acc, share) => acc + share.value, 0);
    if (whole !== null && group.length >= 2 && sum > 100 * (1 + ROUNDING)) {
      findings.push({
        ...spanOf(first),
        message: `${group.map((share) => `'${share.text}'`).join(', ')} (${whole}) come to ${format(sum)} %, more than the whole`,
        related: group.slice(1).map(textSpan),
      });
    }
    i += group.length;
  }
  return findings;
}

/** "des voix" and "des voix et": one is the other's start, two words at least. */
function sameWhole(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  const [x, y] = [a.split(/[\s\u00a0'’]+/u), b.split(/[\s\u00a0'’]+/u)];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 2 && short.every((word, i) => word === long[i]);
}

function wrongRestatements(doc: Document, sentences: SpanSentences, figures: readonly FigureReport[], restating: readonly string[]): RuleFinding[] {
  const findings: RuleFinding[] = [];
  figures.forEach((ratio, i) => {
    const percent = figures[i + 1];
    const isRatio = ratio.kind === 'quantity' && ratio.unit === null && ratio.value > 0 && ratio.value <= 1;
    if (!isRatio || percent?.kind !== 'percent' || percent.unit !== '%') return;
    // "6 décès sur 10 ont été évités, soit 55 %": the restating word right before the percentage.
    const gap = between(doc, ratio, percent);
    if (gap.length > 40 || !sentences.sameSentence(ratio.start, percent.start) || !endsWithWord(gap, restating)) return;
    const expected = ratio.value * 100;
    if (Math.abs(percent.value - expected) <= PERCENT_ROUNDING) return;
    findings.push({
      ...spanOf(percent),
      message: `${quoted(percent)} restates ${quoted(ratio)}, which is ${format(Math.round(expected * 10) / 10)} %`,
      related: [textSpan(ratio)],
    });
  });
  return findings;
}

function format(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}
