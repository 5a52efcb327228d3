import type { Document } from '../document/document.js';
import { fold } from '../extract/figures/lexicon.js';
import type { FigureData } from '../locales/types.js';
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
 * 100 %; the complete list of a total's parts ("212 postes : 148 à Morvillers et 54 à
 * Saint-Gorgon") that does not come to it; a ratio restated as a percentage that does not match
 * ("6 décès sur 10, soit 55 %"); and a change given as a percentage that its two values do not
 * make ("de 200 à 250, soit une hausse de 20 %"). Parts introduced as some of the whole ("dont",
 * "including") that come to less are left alone: an article need not list them all.
 */
export const sumMismatch: Rule = {
  id: 'sum-mismatch',
  severity: 'warning',
  description: 'Numbers that do not add up: parts of a total that exceed it or, listed in full, miss it; "X sur Y, soit Z %" with a wrong Z; "from X to Y, up Z %" with a wrong Z.',
  check(doc, extraction) {
    const data = doc.locale?.figures();
    const words = data?.partWords;
    if (!data || !words) return [];
    const figures = extraction.figures;
    const sentences = new SpanSentences(doc);
    return [
      ...partsBeyondTotal(doc, sentences, figures, words.parts, words.before ?? []),
      ...breakdownsMissingTotal(doc, sentences, figures, extraction.dates, words),
      ...restsMissingTotal(doc, sentences, figures, words),
      ...listsAfterTotal(doc, sentences, figures, extraction.dates, words),
      ...sharesBeyondWhole(doc, sentences, figures),
      ...wrongRestatements(doc, sentences, figures, words.restating),
      ...wrongChanges(doc, sentences, figures, data),
    ].sort((a, b) => a.start - b.start);
  },
};

type PartWords = NonNullable<FigureData['partWords']>;

/**
 * Half the unit of a figure's last written digit, scale applied: how far rounding may have moved
 * it ("1,2 milliard" stands for anything from 1.15 to 1.25 billion). The value over the written
 * digits read as one whole number is that unit, whatever the decimal mark and scale. Numbers in
 * words count as exact.
 */
function roundingOf(figure: FigureReport): number {
  const digits = Number(figure.text.replace(/\D/gu, ''));
  return digits > 0 && Number.isFinite(digits) ? Math.abs(figure.value) / digits / 2 : 0;
}

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
    // "120 000 soldats, dont 80 000 …", "Sur les 120 000 soldats, 80 000 …", or "212
    // Einwendungen eingegangen, 148 davon …".
    const partsFollow =
      opensWith(gap, partWords) ||
      (/^[^,;:.!?]*,/u.test(gap) && (opensClauseWith(clauseBefore(doc, sentences, total), wordsBefore) || (/^[^;:.!?]*$/u.test(gap) && opensWith(textAfter(doc, next, 20), partWords))));
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
 * A total followed by the complete list of its parts: a colon or a breakdown word right after it
 * ("212 postes : 148 à Morvillers et 54 à Saint-Gorgon", "split between"), then two parts or more
 * of its measure in its sentence, the last joined by "and". Unlike "dont" or "including", such a
 * list claims to be whole, so its parts must come to the total, give or take rounding. A date
 * among the parts makes them a series in time ("12 000 : 8 000 en 2010 et 10 000 en 2020"), no
 * breakdown.
 */
function breakdownsMissingTotal(doc: Document, sentences: SpanSentences, figures: readonly FigureReport[], dates: readonly { start: number }[], words: PartWords): RuleFinding[] {
  const and = new Set((words.and ?? []).map(fold));
  if (and.size === 0) return [];
  const breakdown = words.breakdown ?? [];
  const findings: RuleFinding[] = [];
  figures.forEach((total, i) => {
    const first = figures[i + 1];
    if (!first || total.kind === 'percent' || total.kind === 'duration' || total.approx || total.bound || !opensBreakdown(between(doc, total, first), breakdown)) return;
    const parts = completeList(doc, sentences, figures, i + 1, total, total.value, total.start, and);
    const finding = parts ? listMissingTotal(total, parts, dates) : null;
    if (finding) findings.push(finding);
  });
  return findings;
}

/**
 * The finding for a complete list of parts that does not come to its total, give or take the
 * rounding of every number; none when a date stands among the parts (values of two moments).
 */
function listMissingTotal(total: FigureReport, parts: readonly FigureReport[], dates: readonly { start: number }[]): RuleFinding | null {
  const first = parts[0] as FigureReport;
  const last = parts[parts.length - 1] as FigureReport;
  if (dates.some((date) => date.start > first.start && date.start < last.start)) return null;
  const sum = parts.reduce((acc, part) => acc + part.value, 0);
  const slack = parts.reduce((acc, part) => acc + roundingOf(part), roundingOf(total));
  if (Math.abs(sum - total.value) <= slack + 1e-9) return null;
  return {
    ...spanOf(total),
    message: `${quoted(total)} is not the sum of its parts listed after it: ${parts.map((part) => format(part.value)).join(' + ')} = ${format(sum)}`,
    related: parts.map(textSpan),
  };
}

/**
 * " : ", " au total : ", ": la Gobernación aportará ", ", soit ", " split between ": what may
 * stand between a total and the first of its complete list.
 */
function opensBreakdown(gap: string, breakdown: readonly string[]): boolean {
  if (/^(?:[\s\u00a0]+[\p{Ll}'’]+){0,3}[\s\u00a0]*:(?:[\s\u00a0]+[\p{L}'’]+){0,6}[\s\u00a0]*$/u.test(gap)) return true;
  const head = fold(gap).replace(/^[\s\u00a0,;(–—-]+/u, '').replace(/[\s\u00a0:]+$/u, '');
  return breakdown.includes(head);
}

/** The words of a text, folded ("l'Etat" stays one word). */
function foldedWords(text: string): string[] {
  return fold(text).match(/[\p{L}']+/gu) ?? [];
}

/** How many paragraphs back the total of parts given with their rest may stand. */
const REST_REACH = 3;
/** How many figures of one measure a list of parts or its total may span: bounds the work on long texts. */
const MAX_REACHED = 24;

/**
 * The last of a total's parts given as the rest ("den Rest von 1,9 Millionen Euro", "per i
 * restanti 600.000 euro", "the remaining £2m"): its paragraph lists all the parts, the figures of
 * its measure before it there, and the total is the nearest exact figure of that measure in the
 * three paragraphs before, larger than each part. Silent when a figure of that measure in those
 * paragraphs is the parts' sum, give or take rounding, when a part is approximate, and when a
 * figure of the paragraph opens a complete list of its own (breakdownsMissingTotal reads that one).
 */
function restsMissingTotal(doc: Document, sentences: SpanSentences, figures: readonly FigureReport[], words: PartWords): RuleFinding[] {
  const rest = new Set((words.rest ?? []).map(fold));
  if (rest.size === 0) return [];
  const breakdown = words.breakdown ?? [];
  const opensList = (index: number) => index + 1 < figures.length && opensBreakdown(between(doc, figures[index] as FigureReport, figures[index + 1] as FigureReport), breakdown);
  const findings: RuleFinding[] = [];
  figures.forEach((last, i) => {
    if (last.kind === 'percent' || last.kind === 'duration' || last.approx || last.bound || !isRest(doc, last, rest)) return;
    const paragraph = sentences.paragraphOf(last.start);
    // Back through the figures of its measure, a bounded few: its paragraph's are the parts, the
    // paragraphs' before hold the total.
    const parts = [last];
    const before: FigureReport[] = [];
    for (let j = i - 1, seen = 0; j >= 0 && seen < MAX_REACHED; j--) {
      const figure = figures[j] as FigureReport;
      if (figure.kind !== last.kind || figure.unit !== last.unit) continue;
      seen++;
      const distance = paragraph - sentences.paragraphOf(figure.start);
      if (distance > REST_REACH) break;
      if (distance > 0) before.push(figure);
      else if (figure.approx || figure.bound || opensList(j)) return;
      else parts.unshift(figure);
    }
    if (parts.length < 2) return;
    const largest = Math.max(...parts.map((part) => part.value));
    const total = before.find((figure) => !figure.approx && !figure.bound && figure.value > largest);
    if (!total) return;
    const sum = parts.reduce((acc, part) => acc + part.value, 0);
    const slack = parts.reduce((acc, part) => acc + roundingOf(part), 0);
    if (before.some((figure) => Math.abs(figure.value - sum) <= slack + roundingOf(figure) + 1e-9)) return;
    findings.push({
      ...spanOf(total),
      message: `${quoted(total)} is not the sum of its parts, the last given as the rest: ${parts.map((part) => format(part.value)).join(' + ')} = ${format(sum)}`,
      related: parts.map(textSpan),
    });
  });
  return findings;
}

/**
 * A total stated in one sentence, its complete list of parts in a later one: the parts' sentence
 * opens by naming the total ("Del total, 1.450 hectáreas … y otras 950", "Do total embarcado,
 * 268 mil sacas … e 154 mil"), or follows the sentence of a figure called a total ("Il costo
 * complessivo è di 18,6 milioni di euro. Nove milioni …, 6,5 milioni … e 2,4 milioni …"). The
 * total is the nearest exact figure of the parts' measure before their sentence, within eight
 * paragraphs (in the sentence just before, for a total word), larger than each part; the list is
 * closed by "and" (completeList).
 */
function listsAfterTotal(doc: Document, sentences: SpanSentences, figures: readonly FigureReport[], dates: readonly { start: number }[], words: PartWords): RuleFinding[] {
  const and = new Set((words.and ?? []).map(fold));
  const openers = words.totalOpeners ?? [];
  const totalWords = new Set((words.totalWords ?? []).map(fold));
  if (and.size === 0 || (openers.length === 0 && totalWords.size === 0)) return [];
  const findings: RuleFinding[] = [];
  figures.forEach((first, i) => {
    if (first.kind === 'percent' || first.kind === 'duration') return;
    const sentence = sentences.sentenceOf(first.start);
    const previous = figures[i - 1];
    // The first figure of its sentence only.
    if (previous && previous.start >= sentence.start) return;
    const lead = doc.text.slice(doc.positions.fromCodePoint(sentence.start), doc.positions.fromCodePoint(first.start));
    const opened = opensWithTotal(lead, openers);
    // The list first (no total to stay under yet), then its total: the nearest figure before larger than each part.
    const parts = completeList(doc, sentences, figures, i, first, Number.POSITIVE_INFINITY, first.start, and);
    if (!parts) return;
    const largest = Math.max(...parts.map((part) => part.value));
    const paragraph = sentences.paragraphOf(first.start);
    let total: FigureReport | undefined;
    for (let j = i - 1, seen = 0; j >= 0 && seen < MAX_REACHED && !total; j--) {
      const figure = figures[j] as FigureReport;
      if (figure.kind !== first.kind || figure.unit !== first.unit) continue;
      seen++;
      if (paragraph - sentences.paragraphOf(figure.start) > (opened ? OPENER_REACH : REST_REACH)) break;
      if (figure.approx || figure.bound || figure.value <= largest) continue;
      const own = sentences.sentenceOf(figure.start);
      const justBefore = sentences.paragraphOf(figure.start) === paragraph && sentences.sameSentence(own.end, sentence.start - 1);
      if (opened || (justBefore && calledTotal(doc, own, figure, totalWords))) total = figure;
      else break;
    }
    const finding = total ? listMissingTotal(total, parts, dates) : null;
    if (finding) findings.push(finding);
  });
  return findings;
}

/** Whether a sentence's words before its first figure open with a total opener, a word or two allowed before the comma ("Do total embarcado,"). */
function opensWithTotal(lead: string, openers: readonly string[]): boolean {
  const folded = fold(lead).trim();
  return openers.some((opener) => folded.startsWith(opener) && /^(?:[\s\u00a0]+[\p{L}']+){0,2}[\s\u00a0]*,/u.test(folded.slice(opener.length)));
}

/** How many paragraphs back a total may stand when the parts' sentence names it ("Do total embarcado,"). */
const OPENER_REACH = 8;

/** How many words before a figure may call it a total ("Il costo complessivo dell'opera è di"). */
const TOTAL_WORD_REACH = 6;

/**
 * Whether a total word stands among the few words of its sentence before the figure ("Il costo
 * complessivo dell'opera è di 18,6 milioni", "insgesamt 212") — not after it, where it names
 * another whole ("14,2 milioni, quasi il 37 per cento del totale").
 */
function calledTotal(doc: Document, sentence: { start: number; end: number }, figure: FigureReport, totalWords: ReadonlySet<string>): boolean {
  const text = doc.text.slice(doc.positions.fromCodePoint(sentence.start), doc.positions.fromCodePoint(figure.start));
  const words = foldedWords(text).slice(-TOTAL_WORD_REACH);
  return words.some((word, k) => totalWords.has(word) || (k + 1 < words.length && totalWords.has(`${word} ${words[k + 1]}`)));
}

/** Whether a rest word stands among the three words before a figure or right after it ("den Rest von", "restantes"). */
function isRest(doc: Document, figure: FigureReport, rest: ReadonlySet<string>): boolean {
  const start = doc.positions.fromCodePoint(figure.start);
  const before = foldedWords(doc.text.slice(Math.max(0, start - 30), start));
  const after = foldedWords(textAfter(doc, figure, 20));
  return [...before.slice(-3), ...after.slice(0, 1)].some((word) => rest.has(word));
}

/**
 * The complete list of parts starting at `figures[from]`: the figures of the measure in the
 * sentence holding `anchor` (the total's own, or the first part's), each exactly written and
 * smaller than `limit`, up to the first one an "and" joins — or null when the list is not closed
 * that way or has fewer than two parts. Percentages may stand among them ("148 (70 %) et 54");
 * any other figure, or a colon or semicolon, ends the list.
 */
function completeList(doc: Document, sentences: SpanSentences, figures: readonly FigureReport[], from: number, measure: Pick<FigureReport, 'kind' | 'unit'>, limit: number, anchor: number, and: ReadonlySet<string>): FigureReport[] | null {
  const parts: FigureReport[] = [];
  let previous: FigureReport | undefined;
  for (let j = from; j < figures.length && j - from < MAX_REACHED; j++) {
    const part = figures[j] as FigureReport;
    if (!sentences.sameSentence(anchor, part.start)) return null;
    if (part.kind === 'percent' && measure.kind !== 'percent') continue;
    if (part.kind !== measure.kind || part.unit !== measure.unit || part.approx || part.bound || part.value >= limit) return null;
    const gap = previous ? between(doc, previous, part) : '';
    if (previous && (gap.length > 60 || /[;:]/u.test(gap))) return null;
    parts.push(part);
    previous = part;
    if (parts.length >= 2 && foldedWords(gap).some((word) => and.has(word))) return parts;
  }
  return null;
}

/**
 * A change given as a percentage its two values do not make: "passé de 200 à 250, soit une
 * hausse de 20 %" (it is 25 %), "from $1.2bn to $1.5bn, a 30% increase", "von 200 auf 250, also
 * um 20 Prozent". The two values are of one measure and joined as the language joins the ends of
 * a range ("de … à", "from … to", "von … auf"); the percentage follows in the sentence with a
 * word of rise or fall among the three words before it or right after it. Rounding of all three
 * numbers is allowed for; a rise given for values that fell, or a fall for values that rose, is
 * wrong too. From percentages, the change may be relative or in points: either is accepted.
 */
function wrongChanges(doc: Document, sentences: SpanSentences, figures: readonly FigureReport[], data: FigureData): RuleFinding[] {
  const words = data.partWords;
  const up = new Set((words?.changeUp ?? []).map(fold));
  const down = new Set((words?.changeDown ?? []).map(fold));
  const by = new Set((words?.changeBy ?? []).map(fold));
  if (up.size + down.size === 0) return [];
  const joins = new Set(data.rangeWords.map(([open, close]) => `${fold(open)}\u0000${fold(close)}`));
  const findings: RuleFinding[] = [];
  figures.forEach((from, i) => {
    const to = figures[i + 1];
    const change = figures[i + 2];
    if (!to || change?.kind !== 'percent' || from.kind !== to.kind || from.unit !== to.unit || !(from.value > 0)) return;
    if ([from, to, change].some((figure) => figure.approx || figure.bound)) return;
    if (!sentences.sameSentence(from.start, change.start) || !joins.has(`${wordBefore(doc, from)}\u0000${fold(between(doc, from, to)).trim()}`)) return;
    const gap = between(doc, to, change);
    if (gap.length > 60) return;
    const near = [...foldedWords(gap).slice(-3), ...foldedWords(textAfter(doc, change, 20)).slice(0, 1)];
    const direction = near.some((word) => up.has(word)) ? 1 : near.some((word) => down.has(word)) ? -1 : near.some((word) => by.has(word)) ? 0 : null;
    if (direction === null) return;
    const actual = ((to.value - from.value) / from.value) * 100;
    const stated = direction === 0 ? Math.sign(actual) * Math.abs(change.value) : direction * Math.abs(change.value);
    const slack = roundingOf(change);
    const fits = (lo: number, hi: number) => stated + slack >= lo - 1e-9 && stated - slack <= hi + 1e-9;
    const [fromLo, fromHi, toLo, toHi] = [from.value - roundingOf(from), from.value + roundingOf(from), to.value - roundingOf(to), to.value + roundingOf(to)];
    const relative = change.unit === '%' && fromLo > 0 && fits(((toLo - fromHi) / fromHi) * 100, ((toHi - fromLo) / fromLo) * 100);
    const points = from.kind === 'percent' && (change.unit === 'pp' || change.unit === '%') && fits(toLo - fromHi, toHi - fromLo);
    if (relative || points || (change.unit !== '%' && change.unit !== 'pp')) return;
    findings.push({
      ...spanOf(change),
      message: `${quoted(change)} is given as the change from ${quoted(from)} to ${quoted(to)}, which is a ${actual < 0 ? 'fall' : 'rise'} of ${format(Math.round(Math.abs(actual) * 10) / 10)}${change.unit === 'pp' ? ` % (${format(Math.round((to.value - from.value) * 10) / 10)} points)` : ' %'}`,
      related: [textSpan(from), textSpan(to)],
    });
  });
  return findings;
}

/** The folded word right before a figure ("de", "from", "d'"), apostrophe kept. */
function wordBefore(doc: Document, figure: FigureReport): string {
  const start = doc.positions.fromCodePoint(figure.start);
  const before = fold(doc.text.slice(Math.max(0, start - 20), start));
  return /([\p{L}]+'?)[\s\u00a0]*$/u.exec(before)?.[1] ?? '';
}

function textAfter(doc: Document, figure: FigureReport, length: number): string {
  const end = doc.positions.fromCodePoint(figure.end);
  return doc.text.slice(end, end + length);
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
