import type { LocaleData } from '../../locales/types.js';
import { figureLexicon, fold, isWordChar, type FigureLexicon } from './lexicon.js';

/** A number written in the text, in digits or in words, before any scale or unit is read. */
export interface NumberToken {
  /** For a run with a joiner ("one hundred and three"), the values before and after the last one. */
  joined?: { head: number; tail: number };
  /** UTF-16 range of the number as written ("12 000", "-3,5", "vingt-huit", "two hundred"). */
  start: number;
  end: number;
  value: number;
  /** Written in words ("trois", "twenty-eight"). */
  inWords: boolean;
  /** A word that is also an article ("un", "a", "ein"): a number only before a scale or a unit. */
  article: boolean;
  /** A word for a rough group ("centaines", "dozens", "Tausende"): the figure is approximate. */
  rough: boolean;
  /** Only a rough group, with no number before it ("des milliers", "miles de", "тысячи"): vague, no figure. */
  vague?: boolean;
  /** Digits only, no separator, four of them: maybe a year. */
  plainFourDigits: boolean;
  /** Written with a leading zero ("05"): part of a code, a date or a phone number. */
  leadingZero: boolean;
  /** Digits grouped by thousands ("87.000", "12 000", "1,500"): a quantity, whatever follows. */
  grouped?: boolean;
}

/**
 * Digits with their separators. Groups of three after a space, a no-break space or an apostrophe
 * ("12 000", "1'234"); otherwise digits joined by points and commas ("1.234,5", "1,234.5", "38,5"),
 * read by the language's decimal mark below. Not inside a name or a code ("G7", "A320",
 * "Covid-19"): no letter or digit right before, nor a letter and a hyphen.
 */
const DIGITS = /(?<![\p{L}\p{N}_])(?<!\p{L}[-‐])(?<![.,]\d*)(?<!\d[ \u00a0]?[:h][ \u00a0]?)([-−](?=\d))?(\d{1,3}(?:[ \u00a0\u202f'’]\d{3}(?!\d))+(?:[.,]\d+)?|\d+(?:[.,]\d+)*)/gu;

/** A plain number token: digits, not in words, no article, exact. */
function numberToken(start: number, end: number, value: number, extra: Partial<NumberToken> = {}): NumberToken {
  return { start, end, value, inWords: false, article: false, rough: false, plainFourDigits: false, leadingZero: false, ...extra };
}

/** Every number of the text, in digits or in words, in order. */
export function findNumbers(text: string, locale: LocaleData | undefined, folded = fold(text)): NumberToken[] {
  const lexicon = locale ? figureLexicon(locale) : null;
  const found: NumberToken[] = [];
  const links = [...addresses(text), ...phoneNumbers(text)];
  for (const match of text.matchAll(DIGITS)) {
    if (links.some((link) => link.start <= match.index && match.index < link.end)) continue;
    const sign = match[1] ?? '';
    const digits = match[2] as string;
    const value = parseDigits(digits, lexicon?.decimalMark ?? '.');
    if (value === null) {
      // Not one number: a list or an address ("22,24,26,31", "192.168.1.2"), each part one.
      for (const part of digits.matchAll(/\d+/gu)) {
        const start = match.index + sign.length + part.index;
        found.push(numberToken(start, start + part[0].length, Number(part[0]), { plainFourDigits: /^\d{4}$/u.test(part[0]), leadingZero: /^0\d/u.test(part[0]) }));
      }
      continue;
    }
    // Scientific notation and powers: "1.3e6", "12.32e+14", "1.3x10^6", "1.1^23", "2.5^-1".
    const power = exponentAt(text, match.index + match[0].length);
    const signed = sign === '' ? value : -value;
    found.push(
      numberToken(match.index, match.index + match[0].length + (power?.length ?? 0), power ? power.apply(signed) : signed, {
        plainFourDigits: /^\d{4}$/u.test(digits),
        leadingZero: /^0\d/u.test(digits),
        grouped: Number.isInteger(value) && value >= 1000 && /\d[ \u00a0\u202f'’.,]\d{3}/u.test(digits),
      }),
    );
  }
  // A decimal without its zero: ".08" (English), ",25" (French).
  const mark = lexicon?.decimalMark ?? '.';
  const leading = /(?:^|[\s\u00a0(])[.,]\d/u.test(text) ? text.matchAll(/(?<=^|[\s\u00a0(])([.,])(\d+)(?![\d.,]*\d)/gu) : [];
  for (const match of leading) {
    if (match[1] !== mark) continue;
    found.push(numberToken(match.index, match.index + match[0].length, Number(`0.${match[2] as string}`)));
  }
  // Fractions written with a slash before a unit: "1/4 mile", "10 1/2 miles" (elsewhere "19/12" is a date).
  const slashed = lexicon && text.includes('/') ? text.matchAll(/(?<![\p{L}\p{N}/.,])(?:(\d+)[ \u00a0]+)?(\d{1,2})\/(\d{1,2})(?![\d/])(?=[ \u00a0]+\p{L})/gu) : [];
  for (const match of slashed) {
    const end = match.index + match[0].length;
    const unitAt = end + 1;
    if (!lexicon || !(lexicon.units.at(text, folded, unitAt) ?? lexicon.unitSymbols.at(text, folded, unitAt)) || Number(match[3]) === 0) continue;
    for (let i = found.length - 1; i >= 0; i--) {
      const token = found[i] as NumberToken;
      if (token.start >= match.index && token.start < end) found.splice(i, 1);
    }
    const whole = match[1] === undefined ? 0 : Number(match[1]);
    found.push(numberToken(match.index, end, whole + Number(match[2]) / Number(match[3])));
  }
  // Vulgar fractions: "½", "2½", "¾".
  const vulgar = /[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]/u.test(text) ? text.matchAll(/(?<![\p{L}\p{N}])(\d+)?([½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])/gu) : [];
  for (const match of vulgar) {
    const whole = match[1] === undefined ? 0 : Number(match[1]);
    const start = match.index;
    const overlapping = found.findIndex((token) => token.start === start);
    if (overlapping >= 0) found.splice(overlapping, 1);
    found.push(numberToken(start, start + match[0].length, whole + (VULGAR[match[2] as string] ?? 0)));
  }
  if (!lexicon) return found.sort((a, b) => a.start - b.start);
  found.push(...numberWordsIn(text, folded, lexicon));
  return spokenForms(text, folded, found.sort((a, b) => a.start - b.start), lexicon);
}

/**
 * A fraction before a scale, standing for the number: "half a million", "a quarter million",
 * "un demi-million", "two thirds of a million" (the scale itself is read after the number).
 */
function fractionsOfScales(text: string, folded: string, tokens: readonly NumberToken[], lexicon: FigureLexicon): NumberToken[] {
  const found: NumberToken[] = [];
  for (const match of folded.matchAll(lexicon.fractionPattern)) {
    const denominator = lexicon.fractionWords.get(match[0]);
    // (Whole words only, checked here: a look-behind in the pattern cost more than the scan.)
    if (denominator === undefined || isWordChar(folded.charAt(match.index - 1)) || isWordChar(folded.charAt(match.index + match[0].length))) continue;
    const start = match.index;
    if (tokens.some((token) => !token.article && token.end <= start && /^[ \u00a0-]+$/u.test(text.slice(token.end, start)))) continue;
    const rest = /^(?:[ \u00a0-]+(?:a|an|of a|of an|d'un|d'une))?(?=[ \u00a0-]+[\p{L}])/u.exec(folded.slice(start + match[0].length, start + match[0].length + 8));
    const end = start + match[0].length + (rest?.[0].length ?? 0);
    const scaleAt = end + (/^[ \u00a0-]+/u.exec(folded.slice(end, end + 3))?.[0].length ?? 0);
    if (!lexicon.scales.at(text, folded, scaleAt)) continue;
    // "a quarter million": the article goes with the fraction.
    const article = /(?:a|an|un|une)[ \u00a0]+$/u.exec(folded.slice(Math.max(0, start - 5), start));
    const opening = article && !isWordChar(folded.charAt(start - article[0].length - 1)) ? start - article[0].length : start;
    found.push(numberToken(opening, end, 1 / denominator, { inWords: true }));
  }
  return found;
}

/** The word after `at`, past spaces or a hyphen ("two thirds", "one-eighth", "cinq - huitièmes"). */
export function wordAfter(text: string, folded: string, at: number): { word: string; start: number; end: number } | null {
  let start = at;
  while (text.charAt(start) === ' ' || text.charAt(start) === '\u00a0') start++;
  if (text.charAt(start) === '-') {
    start++;
    while (text.charAt(start) === ' ' || text.charAt(start) === '\u00a0') start++;
  }
  if (start === at && !/['’]/u.test(text.charAt(at - 1))) return null;
  let end = start;
  while (end - start < 30 && isWordChar(folded.charAt(end)) && !/\d/u.test(folded.charAt(end))) end++;
  return end > start ? { word: folded.slice(start, end), start, end } : null;
}

/** The word right before `at`, past spaces only. */
function wordBefore(folded: string, at: number): { word: string; start: number } | null {
  let end = at;
  while (end > 0 && (folded.charAt(end - 1) === ' ' || folded.charAt(end - 1) === '\u00a0')) end--;
  if (end === at) return null;
  let start = end;
  while (start > 0 && end - start < 30 && isWordChar(folded.charAt(start - 1))) start--;
  return start < end ? { word: folded.slice(start, end), start } : null;
}

/**
 * Spoken forms over the plain numbers: fractions ("two thirds", "a half", "trois quarts"), a whole
 * and a fraction ("one and a half", "cinq et un quart", "un et demi"), spoken decimals ("two
 * hundred point zero three", "deux cent virgule trois") and signs ("minus five", "négatif un").
 */
function spokenForms(text: string, folded: string, tokens: NumberToken[], lexicon: FigureLexicon): NumberToken[] {
  const out: NumberToken[] = [];
  tokens = [...tokens, ...fractionsOfScales(text, folded, tokens, lexicon)].sort((a, b) => a.start - b.start);
  for (let i = 0; i < tokens.length; i++) {
    let token = tokens[i] as NumberToken;
    const next = tokens[i + 1];
    const after = wordAfter(text, folded, token.end);
    const denominator = after ? lexicon.fractionWords.get(after.word) : undefined;
    // A fraction ends its phrase or goes on with "of" ("two thirds of voters"); "three quarters
    // to September" counts quarters.
    const fractionEnds = after !== null && (/^[ \u00a0]*(?:[^\p{L}\p{N} \u00a0]|$)/u.test(text.slice(after.end, after.end + 2)) || lexicon.nounLinks.at(text, folded, after.end + 1) !== null || /^[ \u00a0]\p{L}'/u.test(folded.slice(after.end, after.end + 3)));
    if (after && denominator !== undefined && token.inWords && fractionEnds) {
      // "one hundred and three quarters" is 100 + 3/4, "vingt et trois cinquièmes" 20 + 3/5; but
      // "vingt et un cinquième" is 21 fifths ("vingt et un" is one number).
      const whole = token.joined && token.joined.tail !== 1 && token.joined.tail !== 11 ? token.joined : null;
      token = { ...token, value: whole ? whole.head + whole.tail / denominator : token.value / denominator, end: after.end, article: false };
    } else if (after && lexicon.numberJoiners.has(after.word)) {
      // "one and a half", "cinq et un quart", "un et demi".
      const part = wordAfter(text, folded, after.end);
      const numerator = next && part && next.start === part.start ? next : null;
      const fraction = numerator ? wordAfter(text, folded, numerator.end) : part;
      const over = fraction ? lexicon.fractionWords.get(fraction.word) : undefined;
      if (fraction && over !== undefined) {
        token = { ...token, value: token.value + (numerator?.value ?? 1) / over, end: fraction.end, article: false };
        if (numerator) i++;
      }
    } else if (after && lexicon.decimalWords.has(after.word) && next && next.inWords && next.start === wordAfter(text, folded, after.end)?.start) {
      // "two hundred point zero three": digits one by one, or one number ("point seventy-one").
      let digits = '';
      let end = token.end;
      let j = i + 1;
      for (let k = j; k < tokens.length; k++) {
        const piece = tokens[k] as NumberToken;
        const expected = k === j ? next.start : wordAfter(text, folded, end)?.start;
        if (!piece.inWords || piece.start !== expected || (digits !== '' && piece.value > 9)) break;
        digits += String(piece.value);
        end = piece.end;
        j = k;
        if (piece.value > 9) break;
      }
      if (digits !== '') {
        token = { ...token, value: token.value + Number(`0.${digits}`), end, article: false };
        i = j;
      }
    }
    const sign = wordBefore(folded, token.start);
    // (Not the "moins" of "au moins": a bound.)
    if (sign && lexicon.negativeWords.has(sign.word) && token.value > 0 && !lexicon.bounds.before(text, folded, sign.start + sign.word.length)) token = { ...token, value: -token.value, start: sign.start, article: false };
    out.push(token);
  }
  return out;
}

const VULGAR: Record<string, number> = { '½': 1 / 2, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 1 / 4, '¾': 3 / 4, '⅕': 1 / 5, '⅖': 2 / 5, '⅗': 3 / 5, '⅘': 4 / 5, '⅙': 1 / 6, '⅚': 5 / 6, '⅛': 1 / 8, '⅜': 3 / 8, '⅝': 5 / 8, '⅞': 7 / 8 };

/**
 * Phone numbers: digits in groups, three or more of exactly two digits ("01 23 45 67 89", "+33 1
 * 23 45 67 89", "06.12.34.56.78"); thousands grouped by three ("12 000 000") are no phone number.
 */
function phoneNumbers(text: string): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  for (const match of text.matchAll(/(?<![\p{L}\p{N}])(?:\+\d{1,3}[ .\u00a0-]?)?(?:\(?\d{1,4}\)?[ .\u00a0-]){2,}\d{2,4}(?![\p{N}])/gu)) {
    const pairs = match[0].split(/[^\d]+/u).filter((group) => group.length === 2).length;
    if (pairs >= 3 || match[0].startsWith('+')) found.push({ start: match.index, end: match.index + match[0].length });
  }
  return found;
}

/** Web addresses and e-mail addresses: their digits are no numbers ("…?q=30%25"). */
function addresses(text: string): Array<{ start: number; end: number }> {
  if (!/https?:|www\.|@/u.test(text)) return [];
  return [...text.matchAll(/(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+/gu)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

/** An exponent written after digits, and how it changes their value. */
function exponentAt(text: string, at: number): { length: number; apply: (value: number) => number } | null {
  // Most numbers have none: look at the first character before any pattern.
  if (!'eE^x× \u00a0'.includes(text.charAt(at)) || text.charAt(at) === '') return null;
  const rest = text.slice(at, at + 12);
  const e = /^[eE]([+-]?\d{1,3})(?![\p{L}\p{N}])/u.exec(rest);
  if (e) return { length: e[0].length, apply: (value) => value * 10 ** Number(e[1]) };
  const times = /^[ \u00a0]?[x×][ \u00a0]?10\^([+-]?\d{1,3})(?!\d)/u.exec(rest);
  if (times) return { length: times[0].length, apply: (value) => value * 10 ** Number(times[1]) };
  const caret = /^\^([+-]*)(\d{1,3})(?!\d)/u.exec(rest);
  if (caret) {
    const negative = ((caret[1] as string).split('-').length - 1) % 2 === 1;
    return { length: caret[0].length, apply: (value) => value ** (negative ? -Number(caret[2]) : Number(caret[2])) };
  }
  return null;
}

/**
 * The value of digits with points, commas, spaces or apostrophes, given the language's decimal
 * mark: both marks → the last one is the decimal; one mark used twice or more → groups; one mark
 * once → a decimal, unless three digits follow a mark that is not the language's decimal
 * ("525.000" in French, "1,100" in English), which groups thousands.
 */
export function parseDigits(written: string, decimalMark: ',' | '.'): number | null {
  const plain = written.replace(/[ \u00a0\u202f'’]/gu, '');
  const points = plain.split('.').length - 1;
  const commas = plain.split(',').length - 1;
  let normal: string;
  if (points === 0 && commas === 0) normal = plain;
  else if (points > 0 && commas > 0) {
    const decimal = plain.lastIndexOf('.') > plain.lastIndexOf(',') ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    if ((decimal === '.' ? points : commas) > 1) return null;
    normal = plain.split(group).join('').replace(decimal, '.');
  } else {
    const mark = points > 0 ? '.' : ',';
    const count = points + commas;
    const tail = plain.length - plain.lastIndexOf(mark) - 1;
    const groups = plain.split(mark).slice(1);
    if (count > 1) {
      if (groups.some((group) => group.length !== 3)) return null;
      normal = plain.split(mark).join('');
    } else if (tail === 3 && (mark !== decimalMark || /[ \u00a0\u202f'’]/u.test(written))) normal = plain.replace(mark, '');
    else normal = plain.replace(mark, '.');
  }
  const value = Number(normal);
  return Number.isFinite(value) ? value : null;
}

/** A word: letters, with inner apostrophes and hyphens. Shared: each pattern with Unicode classes costs a compile. */
export const WORD = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu;

/**
 * Runs of number words ("vingt-huit", "two hundred and five", "fünfundzwanzig", "dos mil"): each
 * word a listed number word, a hyphenated or glued compound of them, or a joiner between two.
 */
function numberWordsIn(text: string, folded: string, lexicon: FigureLexicon): NumberToken[] {
  const found: NumberToken[] = [];
  let run: Array<{ start: number; end: number; parts: number[]; word: string; afterJoiner: boolean }> = [];
  let pendingJoiner = false;
  const flush = () => {
    // Most articles are no numbers: keep "un", "a", "ein" only before what can make them one.
    if (run.length === 1 && lexicon.articleOnes.has((run[0] as (typeof run)[number]).word) && !articleMayCount(text, folded, (run[0] as (typeof run)[number]).end, lexicon)) {
      run = [];
      pendingJoiner = false;
      return;
    }
    if (run.length > 0) {
      const first = run[0] as (typeof run)[number];
      const last = run[run.length - 1] as (typeof run)[number];
      const valuesOf = (words: typeof run) => words.flatMap((word) => (lexicon.roughWords.has(word.word) ? word.parts.map((part) => -part) : word.parts));
      const parts = valuesOf(run);
      const words = run.map((word) => word.word);
      const split = run.findLastIndex((word) => word.afterJoiner);
      found.push({
        ...(split > 0 ? { joined: { head: compose(valuesOf(run.slice(0, split))), tail: compose(valuesOf(run.slice(split))) } } : {}),
        start: first.start,
        end: last.end,
        value: compose(parts),
        inWords: true,
        article: run.length === 1 && lexicon.articleOnes.has(first.word),
        // "une dizaine", "des milliers" are rough; "dwa tysiące", "пять тысяч" are exact.
        rough: lexicon.roughWords.has(first.word) || (lexicon.articleOnes.has(first.word) && words.some((word) => lexicon.roughWords.has(word))),
        vague: run.length === 1 && lexicon.roughWords.has(first.word),
        plainFourDigits: false,
        leadingZero: false,
      });
    }
    run = [];
    pendingJoiner = false;
  };
  let lastEnd = 0;
  for (const match of folded.matchAll(WORD)) {
    const word = match[0];
    const start = match.index;
    const end = start + word.length;
    // Most words open no number word: skip them without a lookup.
    if (!lexicon.numberOpeners.has(word.charAt(0))) {
      if (run.length > 0) flush();
      continue;
    }
    // Words of one number are separated by spaces only, or a spaced hyphen between a ten and a
    // unit ("fifty - two").
    const between = text.slice(lastEnd, start);
    const tenBefore = run.length > 0 && (run[run.length - 1] as { parts: number[] }).parts.at(-1);
    const spacedHyphen = /^[ \u00a0]*-[ \u00a0]*$/u.test(between) && typeof tenBefore === 'number' && tenBefore >= 20 && tenBefore < 100 && tenBefore % 10 === 0;
    if (run.length > 0 && !/^[ \u00a0]+$/u.test(between) && !spacedHyphen) flush();
    let parts = partsOf(word, lexicon);
    let wordEnd = end;
    // "six-mile", "three-ton", "trois-tonnes": the number before a hyphenated unit.
    if (!parts && word.includes('-')) {
      const pieces = word.split('-');
      const numeric = pieces.findIndex((piece) => partsOf(piece, lexicon) === null);
      if (numeric > 0) {
        const prefix = pieces.slice(0, numeric).join('-');
        parts = partsOf(prefix, lexicon);
        wordEnd = start + prefix.length;
      }
    }
    // "un'ora", "vent'anni", "trent'anni": an elided number word glued to its noun.
    if (!parts) {
      const apostrophe = word.search(/['’]/u);
      if (apostrophe > 0 && apostrophe < word.length - 1) {
        const prefix = word.slice(0, apostrophe + 1);
        parts = partsOf(prefix, lexicon) ?? partsOf(prefix.slice(0, -1), lexicon);
        if (parts) wordEnd = start + prefix.length;
      }
    }
    if (parts) {
      const joined = pendingJoiner && run.length > 0;
      if (run.length > 0 && !continues(run, parts, word, pendingJoiner, lexicon)) flush();
      run.push({ start, end: wordEnd, parts, word: folded.slice(start, wordEnd), afterJoiner: joined && run.length > 0 });
      pendingJoiner = false;
      lastEnd = wordEnd;
      if (wordEnd < end) flush();
    } else if (run.length > 0 && !pendingJoiner && lexicon.numberJoiners.has(word)) {
      pendingJoiner = true;
      lastEnd = end;
    } else flush();
  }
  flush();
  return found;
}

/**
 * Whether a number word goes on the run before it: a multiplier always does ("deux cents", "a
 * hundred", "une dizaine"); otherwise a smaller part after a ten or a hundred ("vingt et un", "two
 * hundred and five", "dos mil trescientos"). An article opens a run only before a multiplier, and
 * never follows a joiner: "one and a half" is no 2, "trois et un" no 4.
 */
function continues(run: ReadonlyArray<{ parts: number[]; word: string }>, parts: readonly number[], word: string, afterJoiner: boolean, lexicon: FigureLexicon): boolean {
  const first = parts[0] as number;
  const multiplier = first >= 100 || lexicon.roughWords.has(word);
  if (lexicon.articleOnes.has(word)) {
    // "vingt et un", "trente et une": the "one" of a compound after a ten and its joiner.
    const previous = run[run.length - 1] as { parts: number[] };
    const last = previous.parts[previous.parts.length - 1] as number;
    return afterJoiner && last >= 20 && last < 100 && last % 10 === 0;
  }
  const opening = run[0] as { word: string };
  if (run.length === 1 && lexicon.articleOnes.has(opening.word)) return multiplier && !afterJoiner;
  if (multiplier && !afterJoiner) return true;
  const previous = run[run.length - 1] as { parts: number[] };
  const last = previous.parts[previous.parts.length - 1] as number;
  return first < last && (last >= 20 || last % 100 === 0) && (last % 10 === 0);
}

/**
 * Whether an article may be a number here: before a scale, a duration, a fraction, a currency or
 * a multiplier ("un million", "a year", "a half", "un penny"), or a noun and a ratio word ("Un
 * humain sur 500").
 */
function articleMayCount(text: string, folded: string, end: number, lexicon: FigureLexicon): boolean {
  const next = wordAfter(text, folded, end);
  if (!next) return false;
  const word = next.word;
  if (lexicon.scales.has(word) || lexicon.durations.has(word) || lexicon.fractionWords.has(word) || lexicon.currencies.has(word) || lexicon.roughWords.has(word)) return true;
  // "un sur trois", "un et demi", "one in five".
  if (lexicon.ratioWords.has(word) || lexicon.numberJoiners.has(word)) return true;
  const value = lexicon.numberWords.get(word);
  if (value !== undefined && value >= 100) return true;
  const then = wordAfter(text, folded, next.end);
  return then !== null && (lexicon.ratioWords.has(then.word) || lexicon.fractionWords.has(then.word));
}

/** The number-word values a word is made of: itself, its hyphenated pieces, or glued listed parts. */
function partsOf(word: string, lexicon: FigureLexicon): number[] | null {
  let parts = lexicon.partsOfWord.get(word);
  if (parts === undefined) {
    parts = computeParts(word, lexicon);
    lexicon.partsOfWord.set(word, parts);
  }
  return parts;
}

function computeParts(word: string, lexicon: FigureLexicon): number[] | null {
  const whole = lexicon.numberWords.get(word);
  if (whole !== undefined) return [whole];
  if (word.includes('-')) {
    const pieces = word.split('-');
    const values: number[] = [];
    for (const piece of pieces) {
      if (lexicon.numberJoiners.has(piece)) continue;
      const value = lexicon.numberWords.get(piece);
      if (value === undefined) return null;
      values.push(value);
    }
    return values;
  }
  return glued(word, lexicon);
}

/** "fünfundzwanzig" → fünf, (und), zwanzig; "ventotto" → vent, otto: listed parts covering the word. */
function glued(word: string, lexicon: FigureLexicon): number[] | null {
  if (word.length < 6) return null;
  const byFirst = lexicon.numberPartsByFirst;
  // Most words start with no number word at all: no table to fill.
  if (!(byFirst.get(word.charAt(0)) ?? []).some((part) => word.startsWith(part))) return null;
  const best: Array<number[] | null> = new Array(word.length + 1).fill(null);
  best[0] = [];
  for (let at = 0; at < word.length; at++) {
    const sofar = best[at];
    if (!sofar) continue;
    for (const part of byFirst.get(word.charAt(at)) ?? []) {
      if (!word.startsWith(part, at) || best[at + part.length]) continue;
      const value = lexicon.numberWords.get(part);
      best[at + part.length] = value === undefined ? sofar : [...sofar, value];
    }
  }
  const parts = best[word.length];
  return parts && parts.length >= 2 ? parts : null;
}

/**
 * The value of number-word parts in order: hundreds multiply what stands before them, thousands
 * close a group ("deux mille trois cent quarante" = 2 × 1000 + 3 × 100 + 40); French "quatre-vingt"
 * is four twenties. German and Dutch say units before tens ("fünfundzwanzig"), which adds the same.
 * Rough groups come negated, to multiply ("une dizaine" = 1 × 10).
 */
function compose(parts: readonly number[]): number {
  let total = 0;
  let current = 0;
  let previous = 0;
  for (const part of parts) {
    // A rough group (negative here) multiplies what stands before it since the hundreds: "une
    // dizaine", "two dozen", "three hundred and two dozens" (300 + 24).
    if (part < 0) {
      const hundreds = current >= 100 ? current - (current % 100) : 0;
      current = hundreds + ((current - hundreds) || 1) * -part;
    } else if (part === 100) current = (current || 1) * 100;
    else if (part >= 1000) {
      total += (current || 1) * part;
      current = 0;
    } else if (part === 20 && previous === 4 && current % 100 === 4) current += 76;
    else current += part;
    previous = part;
  }
  return total + current;
}

