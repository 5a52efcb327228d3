import { textSpanOf, type Document } from '../../document/document.js';
import { localeFor } from '../../locales/index.js';
import type { Bound, LocaleData } from '../../locales/types.js';
import type { FigureKind, FigureReport } from '../../report/types.js';
import { figureLexicon, fold, isWordChar, type FigureLexicon, type Hit } from './lexicon.js';
import { findNumbers, wordAfter, WORD, type NumberToken } from './numbers.js';

/** A figure being read: a number with what the words around it make of it. */
interface Draft {
  number: NumberToken;
  /** Span of the whole figure ("$38.5bn", "38,5 milliards de dollars", "12 000 soldats"). */
  start: number;
  end: number;
  /** Where the scale, unit or noun after the number begin: a range's first number shares them. */
  kind: FigureKind | null;
  scale: number;
  unit: string | null;
  /** A duration word's multiplier ("siècle" = 100 years). */
  factor: number;
  approx: boolean;
  bound: Bound | null;
  context: string | null;
  /** Money written with a bare "$": dollars of the country the article says, US ones otherwise. */
  bareDollar?: boolean;
}

const SPACE = /^[ \u00a0\u202f]*/u;
/** Years a four-digit number most likely is, when nothing after it makes it a figure. */
const YEARS = { from: 1900, to: 2100 };

function isYearLike(value: number): boolean {
  return value >= YEARS.from && value <= YEARS.to;
}
/** Letters glued after digits that make an ordinal ("1er", "2e", "21st", "3º"), not a figure. */
const ORDINAL = /^(?:er|re|ère|e|ème|eme|è|nd|st|rd|th|º|ª|°(?![CF])|o|a|ая|ый|ий|го|й|-?(?:ème|e|er|th|st|nd|rd))(?![\p{L}\p{N}])/u;
/** A clock time: "14h30", "14 h 30", "10:30", "9.30 am". */
const CLOCK = /^(?:[ \u00a0]?[h:][ \u00a0]?\d{2}(?!\d)|[ \u00a0]?h(?![\p{L}])|[ \u00a0]?(?:am|pm|a\.m\.|p\.m\.)(?![\p{L}]))/u;

/**
 * Every figure of the article that makes a claim: money, percentages, counts of things,
 * quantities with units and durations, each with its value normalised (scale applied, currency
 * as ISO 4217). Years, clock times, ordinals, numbers inside names and references ("article 5")
 * are left out; a range's first number takes the scale and unit of its second ("13 à 17 millions
 * de décès" gives 13 000 000 and 17 000 000).
 */
export function extractFigures(doc: Document, numbers?: readonly NumberToken[]): FigureReport[] {
  const locale = doc.locale ?? localeFor('eng');
  if (!locale) return [];
  const lexicon = figureLexicon(locale);
  const text = doc.text;
  const folded = fold(text);
  const drafts: Draft[] = [];
  numbers ??= findNumbers(text, locale, folded);
  let consumed = 0;
  for (let i = 0; i < numbers.length; i++) {
    const number = numbers[i] as NumberToken;
    // A number word read as another figure's scale ("10mila", "4 thousand") is no figure of its
    // own; a rough group alone ("des milliers de morts", "miles de personas") claims no value.
    if (number.start < consumed || number.vague) continue;
    const read = readFigure(text, folded, number, lexicon, consumed);
    if (!read) continue;
    // "per cent of twenty-two", "pourcentage de vingt": the percentage named first.
    const named = read.kind === null ? percentNamedBefore(text, folded, number, lexicon, consumed) : null;
    if (named) {
      drafts.push(named);
      consumed = named.end;
      continue;
    }
    // "3 dollars 50 cents", "15 dollars and 15", "10 $ 30 cent": the hundredths go with the amount.
    const cents = centsAfter(text, folded, read, numbers[i + 1], lexicon) ?? inchesAfter(text, folded, read, numbers[i + 1], lexicon);
    const draft = cents ?? read;
    // "6 décès sur 10", "one in five", "drei von vier": a ratio, one quantity.
    const ratio = ratioAfter(text, folded, draft, numbers[i + 1], lexicon);
    // ("un", "a", "ein" are figures only with a scale, a duration or in a ratio.)
    const kept = ratio ?? (!number.article || (draft.kind === 'duration' && !isRate(text, draft, drafts)) || draft.scale !== 1 ? draft : null);
    if (!kept) continue;
    if (cents) i++;
    if (ratio) i++;
    drafts.push(kept);
    consumed = kept.end;
  }
  shareAcrossRanges(text, folded, drafts, lexicon);
  countAnaphoricNumbers(text, drafts);
  moneyByEllipsis(text, drafts);
  dollarsOfTheArticle(drafts);
  return drafts.filter((draft) => draft.kind !== null).map((draft) => toReport(doc, draft));
}

/** A number as written with its scale ("38,5 milliards", "two hundred", "1.5bn"), before any judgement of what it is. */
export interface ScaledNumber {
  /** UTF-16 range. */
  start: number;
  end: number;
  text: string;
  value: number;
}

/**
 * Every number of a text with its scale applied, years, codes and ordinals included: the raw
 * layer under figures, for scoring number recognition on its own (test/eval/specs.mjs).
 */
export function readNumbers(text: string, locale: LocaleData): ScaledNumber[] {
  const lexicon = figureLexicon(locale);
  const folded = fold(text);
  const found: ScaledNumber[] = [];
  const numbers = findNumbers(text, locale, folded);
  for (let i = 0; i < numbers.length; i++) {
    const number = numbers[i] as NumberToken;
    const previous = found[found.length - 1];
    if (previous && number.start < previous.end) continue;
    // "one over three", "un sur trois", "1 in 21": a fraction.
    const next = numbers[i + 1];
    const ratio = next ? lexicon.ratioWords.at(text, folded, number.end + gap(text, number.end)) : null;
    const partOfWhole = next !== undefined && number.value <= next.value && !(next.plainFourDigits && isYearLike(next.value));
    if (ratio && next && partOfWhole && next.start === ratio.end + gap(text, ratio.end) && next.value !== 0 && !next.article) {
      found.push({ start: number.start, end: next.end, text: text.slice(number.start, next.end), value: round(number.value / next.value) });
      i++;
      continue;
    }
    // Digits glued to a unit or an ordinal ending are no bare number ("180ml", "29km", "4th").
    const glued = !number.inWords && /^[\p{L}]/u.test(text.charAt(number.end));
    const unit = glued && (lexicon.unitSymbols.at(text, folded, number.end) ?? lexicon.units.at(text, folded, number.end));
    if (unit || (glued && ORDINAL.test(text.slice(number.end, number.end + 4)))) continue;
    // "the one you mentioned", "that one", "which one": a pronoun.
    const before = /([\p{L}]+)[ \u00a0]+$/u.exec(folded.slice(Math.max(0, number.start - 12), number.start))?.[1];
    if (number.inWords && number.value === 1 && before !== undefined && (lexicon.determiners.has(before) || lexicon.pronounQuantifiers.has(before))) continue;
    const symbolScale = scaleAt(text, folded, number.end, lexicon, glued) ?? spacedLetterScale(text, folded, number.end, lexicon);
    // A scale written as a word ("thousand", "trillion") may be followed by the rest of the number.
    const wordScale = symbolScale && /^\p{L}{3,}$/u.test(folded.slice(symbolScale.start, symbolScale.end)) ? symbolScale : null;
    const multiplierWord = wordScale ?? (symbolScale ? null : multiplierAfter(text, folded, number, lexicon, false));
    const scale = symbolScale ?? multiplierWord;
    if (number.article && !scale) continue;
    const fraction = scale ? fractionAfterScale(text, folded, scale.end, lexicon) : null;
    let end = fraction?.end ?? scale?.end ?? number.end;
    let value = (number.value + (fraction?.value ?? 0)) * (scale?.value ?? 1);
    // "3 hundred and 21", "4 thousand 3 hundred and 21": digits and multiplier words in one number.
    if (multiplierWord && !fraction && (!number.inWords || wordScale)) {
      let limit = multiplierWord.value;
      for (let j = i + 1; j < numbers.length; j++) {
        const part = numbers[j] as NumberToken;
        // "3 hundred and one": the words after the multiplier were read with it ("hundred and one").
        if (part.start < end && part.end > end && part.inWords && part.value > limit) {
          value += part.value - limit;
          end = part.end;
          i = j;
          break;
        }
        if (part.start < end) continue;
        const between = folded.slice(end, part.start).trim();
        if (!(between === '' || lexicon.numberJoiners.has(between)) || part.value >= limit || part.article || !Number.isInteger(part.value)) break;
        const multiplier = part.inWords ? null : multiplierAfter(text, folded, part, lexicon, false);
        if (multiplier && multiplier.value >= limit) break;
        value += part.value * (multiplier?.value ?? 1);
        end = multiplier?.end ?? part.end;
        limit = multiplier?.value ?? 1;
        i = j;
        if (!multiplier) break;
      }
    }
    found.push({ start: number.start, end, text: text.slice(number.start, end), value: round(value) });
  }
  return found;
}

function readFigure(text: string, folded: string, number: NumberToken, lexicon: FigureLexicon, consumed = 0): Draft | null {
  if (number.leadingZero || isExcluded(text, folded, number, lexicon)) return null;
  // "tous deux", "all three": a pronoun, not a count.
  if (number.inWords && lexicon.pronounQuantifiers.before(text, folded, number.start - gap(text, number.start - 1, -1))) return null;
  const draft: Draft = { number, start: number.start, end: number.end, kind: null, scale: 1, unit: null, factor: 1, approx: number.rough, bound: null, context: null };
  // Before: a currency symbol or code ("$38.5bn", "US$ 3", "R$ 30 milhões").
  // (Not a symbol the figure before took: "10 $ 30 $".)
  const symbolBefore = lexicon.currencySymbols.before(text, folded, number.start - gap(text, number.start - 1, -1));
  if (symbolBefore && symbolBefore.start >= consumed) {
    draft.start = symbolBefore.start;
    draft.kind = 'money';
    Object.assign(draft, currencyUnit(symbolBefore.value));
    draft.bareDollar = text.slice(symbolBefore.start, symbolBefore.end) === '$';
  }
  // An age: "29-jährigen", "21-летней", "a 29-year-old".
  const age = text.charAt(number.end) === '-' ? lexicon.ageSuffixes.at(text, folded, number.end + 1) : null;
  if (age && draft.kind === null) return { ...draft, kind: 'quantity', unit: 'year', end: age.end };
  let cursor = number.end;
  // Scale: an abbreviation glued or after a space ("38.5bn", "1,5 Mrd."), or a word ("milliards").
  const scale = scaleAt(text, folded, cursor, lexicon, draft.kind === 'money' || currencyFollows(text, folded, cursor, lexicon)) ?? multiplierAfter(text, folded, number, lexicon);
  if (scale) {
    draft.scale = scale.value;
    cursor = scale.end;
    const fraction = fractionAfterScale(text, folded, cursor, lexicon);
    if (fraction) {
      draft.number = { ...number, value: number.value + fraction.value };
      cursor = fraction.end;
    }
    draft.end = cursor;
  }
  // After "$ 20,000.00" a second "$" opens the next amount; a currency word may still follow ("$10 dollars").
  const after = readUnit(text, folded, cursor, lexicon, draft.kind === 'money', draft.start < number.start);
  if (after) {
    if (draft.kind !== 'money') {
      draft.kind = after.kind;
      draft.unit = after.unit;
      draft.factor = after.factor;
    }
    draft.end = after.end;
    cursor = after.end;
  }
  const yearLike = number.plainFourDigits && isYearLike(number.value);
  const leftOf = draft.start - gap(text, draft.start - 1, -1);
  const approx = lexicon.approximators.before(text, folded, leftOf);
  const bound = lexicon.bounds.before(text, folded, leftOf);
  // "environ 2000 manifestants", "more than 1950 people": a year-like number with a noun is a count after "about" or "over".
  if ((draft.kind === null && (!yearLike || approx || bound)) || draft.kind === 'count') {
    const noun = countedNoun(text, folded, cursor, lexicon, draft.scale !== 1 || number.rough);
    if (noun) {
      draft.kind = 'count';
      draft.end = noun.end;
      draft.context = noun.value;
      cursor = noun.end;
    } else if ((draft.scale !== 1 || (number.grouped && !isYearLike(number.value))) && draft.kind === null) draft.kind = 'count';
    // (Grouped thousands are a count even with their noun left to the sentence: "300.000
    // reservistas, de los cuales 87.000 ya fueron enviados"; not a year typed "d'ici 2 027".)
  }
  // "в 2016 году", "im Jahr 2016" read as "2016 years": a year, not a duration.
  if (yearLike && (draft.kind === null || (draft.kind === 'duration' && draft.unit === 'year' && draft.factor === 1))) return null;
  draft.context ??= complementAfter(text, folded, cursor, lexicon) ?? (draft.kind === 'money' || draft.kind === 'percent' || draft.kind === 'quantity' ? subjectBefore(text, folded, draft.start, lexicon) : null);
  if (approx) draft.approx = true;
  // "over three years" spans the years; "over 5,000 people" bounds the count.
  if (bound && !(draft.kind === 'duration' && lexicon.prepositions.has(folded.slice(bound.start, bound.end)))) draft.bound = bound.value;
  if (lexicon.approximatorsAfter.at(text, folded, cursor + gap(text, cursor))) draft.approx = true;
  return draft;
}

/** Whether a word opens with a capital letter ("États", "Kinder"). */
function startsUpper(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** Not a figure: a year-like date part, a clock time, an ordinal, a reference, a date. */
function isExcluded(text: string, folded: string, number: NumberToken, lexicon: FigureLexicon): boolean {
  const rest = text.slice(number.end, number.end + 12);
  if (!number.inWords) {
    if (CLOCK.test(rest) || ORDINAL.test(rest)) return true;
    // Dates written with digits: "19/12/2022", "19/12", "2022-12-19" (one hyphen is a range: "10-15 %").
    if (/^(?:\/\d{1,2}(?:\/\d{2,4})?|-\d{1,2}-\d{1,4})(?!\d)/u.test(rest)) return true;
    if (/(?:\d\/|\d-\d{1,2}-)$/u.test(text.slice(Math.max(0, number.start - 6), number.start))) return true;
    // Letters glued to digits, other than a unit, scale or currency ("4x4", "5G", "3D").
    if (isWordChar(rest.charAt(0)) && !/^\d/u.test(rest) && !glueAllowed(text, folded, number.end, lexicon)) return true;
  }
  const before = number.start - gap(text, number.start - 1, -1);
  if (lexicon.referenceWords.before(text, folded, before)) return true;
  // "19 décembre", "31 de diciembre", "décembre 19", "December 19".
  const next = number.end + gap(text, number.end);
  if (lexicon.months.at(text, folded, next)) return true;
  const link = lexicon.nounLinks.at(text, folded, next);
  if (link && lexicon.months.at(text, folded, link.end + gap(text, link.end))) return true;
  if (lexicon.months.before(text, folded, before)) return true;
  return false;
}

function glueAllowed(text: string, folded: string, at: number, lexicon: FigureLexicon): boolean {
  return (
    lexicon.scaleSymbols.at(text, folded, at) !== null ||
    lexicon.unitSymbols.at(text, folded, at) !== null ||
    lexicon.units.at(text, folded, at) !== null ||
    lexicon.currencySymbols.at(text, folded, at) !== null ||
    lexicon.percent.at(text, folded, at) !== null
  );
}

/** Spaces at `at` going forward (step 1) or backward (step -1, from the character before `at`). */
function gap(text: string, at: number, step: 1 | -1 = 1): number {
  if (step === 1) return SPACE.exec(text.slice(at, at + 4))?.[0].length ?? 0;
  let count = 0;
  while (at - count >= 0 && /[ \u00a0\u202f]/u.test(text.charAt(at - count))) count++;
  return count;
}

function scaleAt(text: string, folded: string, at: number, lexicon: FigureLexicon, money: boolean): Hit<number> | null {
  // Glued abbreviations ("38.5bn", "$3m") or spaced ones of two letters or more ("1,5 Mrd.", "3 mln").
  const glued = lexicon.scaleSymbols.at(text, folded, at);
  if (glued && (money || glued.end - glued.start > 1)) return glued;
  const spaced = at + gap(text, at);
  if (spaced > at) {
    const symbol = lexicon.scaleSymbols.at(text, folded, spaced);
    // "1,5 Mrd.", "3 mln"; a one-letter scale only before its currency or after a currency sign ("3 M€", "$3 m").
    const currencyGlued = symbol !== null && lexicon.currencySymbols.at(text, folded, symbol.end) !== null;
    if (symbol && (currencyGlued || (symbol.end - symbol.start > 1 && (money || !lexicon.units.at(text, folded, spaced))))) return symbol;
    const word = lexicon.scales.at(text, folded, spaced);
    if (word) return word;
  }
  return null;
}

/** "2.33 k", "10 M": a one-letter scale after a space, ending its word (numbers only, not figures: "3 m" is metres there). */
function spacedLetterScale(text: string, folded: string, at: number, lexicon: FigureLexicon): Hit<number> | null {
  const start = at + gap(text, at);
  if (start === at || !/^[kKMB](?![\p{L}\p{N}])/u.test(text.slice(start, start + 2))) return null;
  return lexicon.scaleSymbols.at(text, folded, start);
}

/** Digits before a multiplying number word: "3 hundred", "10mila", "3 douzaines", "5 Tausend". */
function multiplierAfter(text: string, folded: string, number: NumberToken, lexicon: FigureLexicon, money = true): Hit<number> | null {
  if (number.inWords) return null;
  const at = number.end + gap(text, number.end);
  const word = /^[\p{L}\p{M}]+/u.exec(folded.slice(at, at + 20))?.[0];
  if (!word) return null;
  const value = lexicon.numberWords.get(word);
  // (Not a word that is also a currency: "50 cents" is money, not 5,000.)
  if (money && lexicon.currencies.has(word)) return null;
  return value !== undefined && (value >= 100 || lexicon.roughWords.has(word)) ? { start: at, end: at + word.length, value } : null;
}

/** A percentage word before "of" and the number: "percent of 10", "pourcentage de vingt". */
function percentNamedBefore(text: string, folded: string, number: NumberToken, lexicon: FigureLexicon, consumed: number): Draft | null {
  const link = /[ \u00a0]+(?:of|de|des|del|di|do|da)[ \u00a0]+$/u.exec(folded.slice(Math.max(0, number.start - 8), number.start));
  if (!link) return null;
  const word = lexicon.percent.before(text, folded, number.start - link[0].length);
  // Not "40 per cent of 2,000": no number right before the percentage word.
  if (!word || word.start < consumed || /\p{N}[ \u00a0]*$/u.test(text.slice(Math.max(0, word.start - 3), word.start))) return null;
  return { number, start: word.start, end: number.end, kind: 'percent', scale: 1, unit: '%', factor: 1, approx: false, bound: null, context: null };
}

/** Currencies a bare "$" may stand for. */
const DOLLARS = new Set(['USD', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'TWD', 'MXN', 'BRL']);

/**
 * A bare "$" is a US dollar unless the article says otherwise: where every dollar it names
 * explicitly ("C$ 40", "40 dollars canadiens", "R$ 30") is of one other country, so are the bare ones.
 */
function dollarsOfTheArticle(drafts: Draft[]): void {
  const named = new Set(drafts.filter((draft) => draft.kind === 'money' && !draft.bareDollar && draft.unit !== null && DOLLARS.has(draft.unit)).map((draft) => draft.unit));
  const only = named.size === 1 ? [...named][0] : undefined;
  if (!only || only === 'USD') return;
  for (const draft of drafts) if (draft.bareDollar && draft.unit === 'USD') draft.unit = only;
}

/** How far back a counted noun may stand for a bare number that counts the same thing. */
const ANAPHORA_REACH = 200;

/**
 * A bare whole number of ten or more counting what a count just before counted ("comendo 70
 * pessoas. Então, onde comem 70, comem 300"): a count of the same thing. Not after a capitalised
 * word ("Apollo 11", "Radio 10"), and never a year.
 */
function countAnaphoricNumbers(text: string, drafts: Draft[]): void {
  let lastCount: Draft | null = null;
  for (const draft of drafts) {
    if (draft.kind === 'count' && draft.context !== null && !draft.number.article) {
      lastCount = draft;
      continue;
    }
    if (draft.kind !== null || !lastCount || draft.start - lastCount.end > ANAPHORA_REACH) continue;
    const { value, inWords, plainFourDigits } = draft.number;
    if (inWords || !Number.isInteger(value) || value < 10 || (plainFourDigits && isYearLike(value))) continue;
    if (/\p{Lu}[\p{L}]*[ \u00a0]+$/u.test(text.slice(Math.max(0, draft.start - 20), draft.start))) continue;
    if (/[\n\r]/u.test(text.slice(lastCount.end, draft.start))) continue;
    draft.kind = 'count';
    draft.context = lastCount.context;
  }
}

/** How far back an amount of money may lend its currency to a scaled number that has none. */
const ELLIPSIS_REACH = 120;

/**
 * A scaled number counting nothing ("2,5 Millionen", "2.5 million") after an amount of money in
 * its sentence ("der Bund übernimmt 3,2 Millionen Euro, das Land 2,5 Millionen") is money of
 * that currency, left out as the second of a list leaves it out; so is one opening the next
 * sentence right after that amount ("… è di 18,6 milioni di euro. Nove milioni arrivano …").
 */
function moneyByEllipsis(text: string, drafts: Draft[]): void {
  let lastMoney: Draft | null = null;
  for (const draft of drafts) {
    if (draft.kind === 'money') {
      lastMoney = draft;
      continue;
    }
    if (!lastMoney || draft.kind !== 'count' || draft.context !== null || draft.scale === 1 || draft.start - lastMoney.end > ELLIPSIS_REACH) continue;
    const between = text.slice(lastMoney.end, draft.start);
    if (/[!?;\n\r]/u.test(between) || (/\.[\s\u00a0]/u.test(between) && !/^\.[\s\u00a0]+$/u.test(between))) continue;
    draft.kind = 'money';
    draft.unit = lastMoney.unit;
    draft.bareDollar = lastMoney.bareDollar;
    // "Nove milioni …, 6,5 milioni … e 2,4 milioni": the list goes on from the last one.
    lastMoney = draft;
  }
}

/** "3 million and a half", "un million et demi", "six million and two thirds": a fraction of the scale. */
function fractionAfterScale(text: string, folded: string, at: number, lexicon: FigureLexicon): { value: number; end: number } | null {
  const joiner = wordAfter(text, folded, at);
  if (!joiner || !lexicon.numberJoiners.has(joiner.word)) return null;
  const first = wordAfter(text, folded, joiner.end);
  if (!first) return null;
  const alone = lexicon.fractionWords.get(first.word);
  if (alone !== undefined) return { value: 1 / alone, end: first.end };
  const second = wordAfter(text, folded, first.end);
  const denominator = second ? lexicon.fractionWords.get(second.word) : undefined;
  const numerator = lexicon.articleOnes.has(first.word) ? 1 : lexicon.numberWords.get(first.word);
  return second && denominator !== undefined && numerator !== undefined ? { value: numerator / denominator, end: second.end } : null;
}

function currencyFollows(text: string, folded: string, at: number, lexicon: FigureLexicon): boolean {
  // "3m dollars", "38.5bn USD", "2 M€": a currency after a one-letter scale.
  const next = at + 1;
  const after = next + gap(text, next);
  return lexicon.currencySymbols.at(text, folded, after) !== null || lexicon.currencySymbols.at(text, folded, next) !== null || lexicon.currencies.at(text, folded, after) !== null;
}

interface UnitFound {
  kind: FigureKind;
  unit: string | null;
  factor: number;
  end: number;
}

/** What follows the number (and its scale): a currency, per cent, points, a unit, a duration. */
function readUnit(text: string, folded: string, at: number, lexicon: FigureLexicon, money: boolean, prefixed = false): UnitFound | null {
  // "12-cent", "one-yen", "six-mile", "five-year": a hyphen before a unit word (not "1973-м").
  const starts = text.charAt(at) === '-' ? (/^-[\p{L}]{2}/u.test(text.slice(at, at + 3)) ? [at + 1] : []) : [at, at + gap(text, at)];
  // "20 (kg)", "20 [kg]": a unit in brackets.
  const bracketed = /^[ \u00a0]?[([{<]/u.exec(text.slice(at, at + 2));
  if (!money && bracketed) {
    const inside = at + bracketed[0].length;
    const unit = lexicon.unitSymbols.at(text, folded, inside) ?? lexicon.units.at(text, folded, inside);
    if (unit && /^[)\]}>]/u.test(text.charAt(unit.end))) return { kind: 'quantity', unit: unit.value, factor: 1, end: unit.end + 1 };
  }
  // "38,5 milliards de dollars", "2 millions de tonnes": a linking word before the unit.
  const spaced = at + gap(text, at);
  const link = lexicon.nounLinks.at(text, folded, spaced) ?? elidedLink(folded, spaced, lexicon);
  if (link) starts.push(link.end + gap(text, link.end));
  for (const start of starts) {
    const currency = (prefixed ? null : lexicon.currencySymbols.at(text, folded, start)) ?? lexicon.currencies.at(text, folded, start);
    if (currency) return { kind: 'money', ...currencyUnit(currency.value), end: currency.end };
    if (money) continue;
    const points = lexicon.points.at(text, folded, start);
    if (points && start !== at) return { kind: 'percent', unit: 'pp', factor: 1, end: points.end };
    const percent = lexicon.percent.at(text, folded, start);
    if (percent) return { kind: 'percent', unit: '%', factor: 1, end: percent.end };
    const symbolUnit = lexicon.unitSymbols.at(text, folded, start) ?? lexicon.units.at(text, folded, start);
    if (symbolUnit) return { kind: 'quantity', unit: symbolUnit.value, factor: 1, end: symbolUnit.end };
    // A duration word needs a space before it, or the apostrophe of an elided number ("vent'anni").
    const duration = start === at && !/['’]/u.test(text.charAt(at - 1)) ? null : lexicon.durations.at(text, folded, start);
    if (duration && !link) return { kind: 'duration', unit: duration.value.unit, factor: duration.value.factor, end: duration.end };
  }
  return null;
}

/** "USD" → dollars; "USD/100" → cents, a hundredth of a dollar. */
function currencyUnit(written: string): { unit: string; factor: number } {
  const [unit, divisor] = written.split('/');
  return { unit: unit as string, factor: divisor === undefined ? 1 : 1 / Number(divisor) };
}

/** "d'habitants", "d’euros": an elided linking word glued to the next word. */
function elidedLink(folded: string, at: number, lexicon: FigureLexicon): Hit<true> | null {
  const found = /^\p{L}'/u.exec(folded.slice(at, at + 2));
  if (!found) return null;
  return lexicon.nounLinks.has(found[0]) ? { start: at, end: at + 2, value: true } : null;
}

/** Content words after a number: what it counts ("12 000 soldats", "28 programmes", "millions de morts"). */
function countedNoun(text: string, folded: string, at: number, lexicon: FigureLexicon, scaled: boolean): Hit<string> | null {
  let start = at + gap(text, at);
  if (start === at) return null;
  if (scaled) {
    const link = lexicon.nounLinks.at(text, folded, start) ?? elidedLink(folded, start, lexicon);
    if (link) start = link.end + gap(text, link.end);
  }
  return contentWords(text, folded, start, lexicon);
}

/** Up to three content words from `at` (after the first, none ending like a verb: "five people signed"): lower case (or, in German, any noun), not a function word. */
function contentWords(text: string, folded: string, at: number, lexicon: FigureLexicon): Hit<string> | null {
  const { capitalisedNouns } = lexicon.speech;
  let end = at;
  let count = 0;
  let sawCapital = false;
  for (const match of text.slice(at, at + 60).matchAll(WORD)) {
    const start = at + match.index;
    if (!/^[ \u00a0]*$/u.test(text.slice(end, start))) break;
    const word = match[0];
    const lower = folded.slice(start, start + word.length);
    // A capital after a number is a noun ("56 États", "two Telegraph titles"); further on, a
    // name; in capitals throughout, a heading ("1 COMMENT").
    const opensCapital = startsUpper(word);
    const capitalised = opensCapital && (count > 0 || (word.length >= 4 && word === word.toUpperCase()));
    // An elided function word opens another phrase: "puissances d'Asie", "l'invasion".
    const apostrophe = lower.indexOf("'");
    const elided = apostrophe > 0 && apostrophe < 4 ? lower.slice(0, apostrophe + 1) : undefined;
    if (elided !== undefined && lexicon.notNouns.has(elided)) break;
    const verbLike = (count > 0 && lexicon.verbEndings.some((ending) => lower.endsWith(ending))) || (lower.length >= 6 && lexicon.pluralVerbEndings.some((ending) => lower.endsWith(ending)));
    if ((capitalised && !capitalisedNouns) || lexicon.notNouns.has(lower) || verbLike || lexicon.numberWords.has(lower) || lexicon.months.at(text, folded, start)) break;
    if (lexicon.durations.has(lower) || lexicon.scales.has(lower)) break;
    // A verb of speech ends the noun phrase ("2,000 voters said").
    if (count > 0 && lexicon.speech.verbAt(text, start)) break;
    end = start + word.length;
    sawCapital ||= opensCapital;
    // Where every noun takes a capital, the noun ends the phrase ("300 Menschen starben").
    if (++count === 3 || (capitalisedNouns && opensCapital)) break;
  }
  // Where every noun takes a capital, a phrase without one names nothing ("1 geliefert werde").
  if (count === 0 || (capitalisedNouns && !sawCapital)) return null;
  return { start: at, end, value: text.slice(at, end) };
}

/** What a money or other figure measures, named after it: "38,5 milliards de dollars d'échanges commerciaux". */
function complementAfter(text: string, folded: string, at: number, lexicon: FigureLexicon): string | null {
  const spaced = at + gap(text, at);
  const link = lexicon.nounLinks.at(text, folded, spaced) ?? elidedLink(folded, spaced, lexicon);
  if (!link) return null;
  return contentWords(text, folded, link.end + gap(text, link.end), lexicon)?.value ?? null;
}

/** "$3,000 a month", "barrels a day": a duration with an article right after a figure is its rate. */
function isRate(text: string, draft: Draft, drafts: readonly Draft[]): boolean {
  const previous = drafts[drafts.length - 1];
  return previous !== undefined && /^[ \u00a0]+$/u.test(text.slice(previous.end, draft.start));
}

/** The hundredths after an amount in units: "3 dollars 50 cents", "15 dollars and 15", "10 $ 30 cent". */
function centsAfter(text: string, folded: string, draft: Draft, next: NumberToken | undefined, lexicon: FigureLexicon): Draft | null {
  if (!next || draft.kind !== 'money' || draft.factor !== 1 || draft.scale !== 1 || draft.end <= draft.number.end) return null;
  if (next.value <= 0 || next.value >= 100 || !Number.isInteger(next.value) || next.article) return null;
  let at = draft.end + gap(text, draft.end);
  const joiner = /^(?:and|et|y|e|und|en)(?![\p{L}])/u.exec(folded.slice(at, at + 4));
  if (joiner) at += joiner[0].length + gap(text, at + joiner[0].length);
  if (next.start !== at) return null;
  const afterNext = next.end + gap(text, next.end);
  const subunit = lexicon.currencies.at(text, folded, afterNext) ?? lexicon.currencySymbols.at(text, folded, afterNext);
  if (subunit && currencyUnit(subunit.value).factor === 1) return null;
  // Without a subunit word, only at the end of the clause ("15 dollars 50."), not "15 dollars 50 times".
  if (!subunit && isWordChar(text.charAt(afterNext))) return null;
  return { ...draft, number: { ...draft.number, value: draft.number.value + next.value / 100 }, end: subunit?.end ?? next.end };
}

/** "5 ft 2 in", "5 feet and 2 inches": the inches go with the feet. */
function inchesAfter(text: string, folded: string, draft: Draft, next: NumberToken | undefined, lexicon: FigureLexicon): Draft | null {
  if (!next || draft.kind !== 'quantity' || draft.unit !== 'ft' || next.value >= 12) return null;
  let at = draft.end + gap(text, draft.end);
  const joiner = /^(?:and)(?![\p{L}])/u.exec(folded.slice(at, at + 4));
  if (joiner) at += joiner[0].length + gap(text, at + joiner[0].length);
  if (next.start !== at) return null;
  const unitAt = next.end + gap(text, next.end);
  const unit = lexicon.unitSymbols.at(text, folded, unitAt) ?? lexicon.units.at(text, folded, unitAt);
  if (unit?.value !== 'in') return null;
  return { ...draft, number: { ...draft.number, value: draft.number.value + next.value / 12 }, end: unit.end };
}

/** A ratio from the draft's number to the next ("6 décès sur 10" → 0.6, "Un humain sur 500" → 0.002). */
function ratioAfter(text: string, folded: string, draft: Draft, next: NumberToken | undefined, lexicon: FigureLexicon): Draft | null {
  // A part of a whole, never more than it, and no year ("50,000 in 2020").
  if (!next || next.article || (draft.kind !== null && draft.kind !== 'count') || draft.scale !== 1 || next.value === 0) return null;
  if (draft.number.value > next.value || (next.plainFourDigits && isYearLike(next.value))) return null;
  const at = draft.end + gap(text, draft.end);
  const word = lexicon.ratioWords.at(text, folded, at);
  if (!word || next.start !== word.end + gap(text, word.end)) return null;
  // "einer Laufzeit von 20 Jahren", "einen Umsatz von 412 Millionen Euro": the second number measures something of its own.
  const after = next.end + gap(text, next.end);
  if (isWordChar(text.charAt(next.end)) || lexicon.percent.at(text, folded, after) || lexicon.durations.at(text, folded, after) || lexicon.units.at(text, folded, after) || lexicon.currencies.at(text, folded, after) || lexicon.scales.at(text, folded, after)) return null;
  return { ...draft, number: { ...draft.number, value: draft.number.value / next.value }, end: next.end, kind: 'quantity', unit: null, scale: 1, factor: 1 };
}


/**
 * What the sentence holding a figure is about, when nothing next to the figure says what it
 * measures: the first content words of the sentence ("nos échanges commerciaux, … étaient en
 * pleine ascension pour atteindre 38,5 milliards de dollars" → "échanges commerciaux").
 */
function subjectBefore(text: string, folded: string, at: number, lexicon: FigureLexicon): string | null {
  const window = text.slice(Math.max(0, at - 240), at);
  // The sentence's start: after a full stop and a space (not a decimal point: "$38.5bn"), an
  // opening quote, a colon, a semicolon or a line break.
  let opening = -1;
  for (let i = window.length - 1; i >= 0 && opening < 0; i--) {
    const char = window.charAt(i);
    if ('«“„":;\n'.includes(char) || ('.!?'.includes(char) && /[\s\u00a0]/u.test(window.charAt(i + 1)))) opening = i;
  }
  const from = at - window.length + opening + 1;
  for (const match of text.slice(from, at).matchAll(WORD)) {
    const start = from + match.index;
    const lower = folded.slice(start, start + match[0].length);
    if (lexicon.notNouns.has(lower)) continue;
    // A name is who the sentence is about, not what its figure measures.
    if (startsUpper(match[0]) && !lexicon.speech.capitalisedNouns && match.index > (/^[\s\u00a0]*/u.exec(text.slice(from, at))?.[0].length ?? 0)) return null;
    const words = contentWords(text, folded, start, lexicon);
    if (!words || words.end > at) return null;
    const firstEnd = start + match[0].length;
    if (lexicon.speech.verbAt(text, firstEnd + gap(text, firstEnd))) return null;
    // Where adjectives come first, the subject's head noun may be followed by its verb ("Inflation
    // rose 6.4%"): one word only. Elsewhere the noun and its adjectives ("échanges commerciaux").
    const kept = words.value.split(/[ \u00a0]+/u).slice(0, lexicon.postnominal ? 2 : 1).join(' ');
    return kept;
  }
  return null;
}

/**
 * A bare number joined to a figure as a range ("entre 10 et 15 %", "13 à 17 millions de décès",
 * "10-15%") is a figure of the same kind, scale and unit: copydesk reports a range as its two ends.
 */
function shareAcrossRanges(text: string, folded: string, drafts: Draft[], lexicon: FigureLexicon): void {
  for (let i = 0; i + 1 < drafts.length; i++) {
    const first = drafts[i] as Draft;
    const second = drafts[i + 1] as Draft;
    if (first.kind !== null || second.kind === null) continue;
    const joiner = folded.slice(first.number.end, second.start).trim();
    // "10-15 %", or the closing word of a range whose opening word stands before ("entre 10 et
    // 15 %"); a closing word that is no conjunction needs no opening word ("13 à 17 millions").
    const opener = lexicon.rangeOpeners.before(text, folded, first.start - gap(text, first.start - 1, -1));
    const dash = /^[-–—]$/u.test(joiner);
    if (!dash && !(opener?.value.includes(joiner) ?? false) && !(lexicon.rangeClosers.has(joiner) && !lexicon.conjunctions.has(joiner))) continue;
    first.kind = second.kind;
    first.scale = second.scale;
    first.unit = second.unit;
    first.factor = second.factor;
    first.context = second.context;
    first.approx ||= second.approx;
  }
}

function toReport(doc: Document, draft: Draft): FigureReport {
  const value = round(draft.number.value * draft.scale * draft.factor);
  return {
    ...textSpanOf(doc, draft.start, draft.end),
    kind: draft.kind as FigureKind,
    value,
    unit: draft.unit,
    approx: draft.approx,
    bound: draft.bound,
    context: draft.context,
  };
}

/** Scaled decimals carry binary noise (38.5 × 1e9 = 38500000000.000004): keep 12 significant digits. */
function round(value: number): number {
  return Number(value.toPrecision(12));
}

