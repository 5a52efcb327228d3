import type { DateData, LocaleData } from '../../locales/types.js';
import { fold } from '../figures/lexicon.js';

/** A word, a run of digits, or one punctuation character, with its UTF-16 range. */
export interface Token {
  start: number;
  end: number;
  /** Lower case, one apostrophe. */
  text: string;
  /** As written. */
  raw: string;
  kind: 'word' | 'number' | 'mark';
  /** Only spaces (no line break) between this token and the one before; none at all when `glued`. */
  joined: boolean;
  glued: boolean;
}

const TOKEN = /[\p{L}\p{M}]+|\p{N}+|[^\s\p{L}\p{M}\p{N}]/gu;
const LETTER = /^[\p{L}\p{M}]/u;
const DIGIT = /^\p{N}/u;
const LINE_BREAK = /[\n\r\u2028\u2029]/u;

export function tokenize(text: string): Token[] {
  const folded = fold(text);
  const tokens: Token[] = [];
  let previousEnd = 0;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    const raw = match[0];
    const start = match.index;
    const end = start + raw.length;
    const glued = start === previousEnd;
    // A one-space gap holds no line break; only longer ones are searched.
    const gapChar = text.charCodeAt(previousEnd);
    const joined = tokens.length > 0 && (glued || (start - previousEnd === 1 ? gapChar !== 10 && gapChar !== 13 : !LINE_BREAK.test(text.slice(previousEnd, start))));
    tokens.push({ start, end, text: folded.slice(start, end), raw, kind: kindOf(raw.charCodeAt(0), raw), joined, glued });
    previousEnd = end;
  }
  return tokens;
}

function kindOf(code: number, raw: string): Token['kind'] {
  if (code < 128) return (code >= 48 && code <= 57) ? 'number' : (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 'word' : 'mark';
  return LETTER.test(raw) ? 'word' : DIGIT.test(raw) ? 'number' : 'mark';
}

interface Phrase<T> {
  words: readonly string[];
  value: T;
}

/** Words and phrases of the data, each with what it stands for; matched token by token. */
export class PhraseTable<T> {
  /** Phrases by their first word and by their last, longest first. */
  private readonly byFirst = new Map<string, Array<Phrase<T>>>();
  private readonly byLast = new Map<string, Array<Phrase<T>>>();
  private readonly seen = new Set<string>();

  constructor(entries: Iterable<readonly [string, T]> = []) {
    for (const [phrase, value] of entries) this.add(phrase, value);
  }

  add(phrase: string, value: T): void {
    const words = tokenize(phrase).map((token) => token.text);
    const key = words.join(' ');
    if (words.length === 0 || this.seen.has(key)) return;
    this.seen.add(key);
    const entry = { words, value };
    insertByLength(this.byFirst, words[0] as string, entry);
    insertByLength(this.byLast, words[words.length - 1] as string, entry);
  }

  /** The words phrases start with. */
  firstWords(): Iterable<string> {
    return this.byFirst.keys();
  }

  /** The longest phrase starting at token `at`: its value and the index after it. */
  at(tokens: readonly Token[], at: number): { value: T; next: number } | null {
    const first = tokens[at];
    const phrases = first && this.byFirst.get(first.text);
    if (!phrases) return null;
    for (const phrase of phrases) if (matches(tokens, at, phrase.words)) return { value: phrase.value, next: at + phrase.words.length };
    return null;
  }

  /** The longest phrase ending right before token `end`: its value and its first index. */
  before(tokens: readonly Token[], end: number): { value: T; start: number } | null {
    const last = tokens[end - 1];
    const phrases = last && this.byLast.get(last.text);
    if (!phrases) return null;
    for (const phrase of phrases) {
      const start = end - phrase.words.length;
      if (start >= 0 && matches(tokens, start, phrase.words)) return { value: phrase.value, start };
    }
    return null;
  }
}

function insertByLength<T>(map: Map<string, Array<Phrase<T>>>, word: string, entry: Phrase<T>): void {
  const list = map.get(word) ?? [];
  list.push(entry);
  list.sort((a, b) => b.words.length - a.words.length);
  map.set(word, list);
}

/** The tokens from `at` are the phrase's words, with no line break inside. */
function matches(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  if (at + words.length > tokens.length) return false;
  for (let i = 0; i < words.length; i++) {
    const token = tokens[at + i] as Token;
    if (token.text !== words[i] || (i > 0 && !token.joined)) return false;
  }
  return true;
}

export type Unit = 'day' | 'week' | 'month' | 'year';
export type Part = 'start' | 'middle' | 'end';

export interface Shift {
  shift: -1 | 0 | 1;
  /** Counted from the date just mentioned ("the following year"), not from the article's date. */
  anchor: boolean;
}

export interface UnitWord {
  unit: Unit;
  /** A singular form: it may stand without a number ("a year earlier") and after "last" or "next". */
  singular: boolean;
}

/** One language's date words, compiled into phrase tables once. */
export interface DateLexicon {
  months: PhraseTable<number>;
  weekdays: PhraseTable<number>;
  ambiguousWeekdays: PhraseTable<true>;
  standaloneSeasons: PhraseTable<true>;
  capitalised: boolean;
  cues: PhraseTable<true>;
  articles: PhraseTable<true>;
  monthFirst: boolean;
  ordinalSuffixes: ReadonlySet<string>;
  joiners: PhraseTable<true>;
  dayWords: PhraseTable<true>;
  yearWords: PhraseTable<true>;
  units: PhraseTable<UnitWord>;
  days: PhraseTable<number>;
  notDays: PhraseTable<true>;
  anchorDays: PhraseTable<number>;
  shiftsBefore: PhraseTable<Shift>;
  shiftsAfter: PhraseTable<Shift>;
  agoBefore: PhraseTable<true>;
  agoAfter: PhraseTable<true>;
  laterBefore: PhraseTable<true>;
  laterAfter: PhraseTable<true>;
  earlierBefore: PhraseTable<true>;
  earlierAfter: PhraseTable<true>;
  parts: PhraseTable<Part>;
  seasons: PhraseTable<number>;
  quarterWords: PhraseTable<true>;
  quarterOrdinals: PhraseTable<number>;
  centuries: PhraseTable<true>;
  decades: PhraseTable<true>;
  rangeStarts: PhraseTable<PhraseTable<true>>;
  alternatives: PhraseTable<true>;
  publicationCues: PhraseTable<true>;
  /** Every word a date expression may start with: any other word is skipped at once. */
  starters: ReadonlySet<string>;
}

const compiled = new WeakMap<LocaleData, DateLexicon>();

export function dateLexicon(locale: LocaleData): DateLexicon {
  let lexicon = compiled.get(locale);
  if (!lexicon) {
    lexicon = compile(locale.dates());
    compiled.set(locale, lexicon);
  }
  return lexicon;
}

function compile(data: DateData): DateLexicon {
  const listed = (lists: ReadonlyArray<readonly string[]>, first = 1) => new PhraseTable(lists.flatMap((forms, i) => forms.map((form) => [form, i + first] as const)));
  const words = (list: readonly string[] | undefined) => new PhraseTable((list ?? []).map((word) => [word, true as const]));
  const shifts = (position: 'before' | 'after') =>
    new PhraseTable(data.shifts.filter((entry) => entry.position === position || entry.position === 'both').flatMap((entry) => entry.words.map((word) => [word, { shift: entry.shift, anchor: entry.anchor === true }] as const)));
  const units = new PhraseTable<UnitWord>();
  for (const unit of ['day', 'week', 'month', 'year'] as const) {
    for (const form of data.units[unit].one) units.add(form, { unit, singular: true });
    for (const form of data.units[unit].many) units.add(form, { unit, singular: false });
  }
  const offsets = (table: Readonly<Record<string, readonly string[]>> | undefined) => new PhraseTable(Object.entries(table ?? {}).flatMap(([offset, forms]) => forms.map((form) => [form, Number(offset)] as const)));
  const rangeStarts = new PhraseTable<PhraseTable<true>>();
  const seconds = new Map<string, PhraseTable<true>>();
  for (const [first, second] of data.ranges) {
    let table = seconds.get(first);
    if (!table) {
      table = new PhraseTable<true>();
      seconds.set(first, table);
      rangeStarts.add(first, table);
    }
    table.add(second, true);
  }
  const parts = new PhraseTable<Part>();
  for (const part of ['start', 'middle', 'end'] as const) for (const word of data.parts[part]) parts.add(word, part);
  const lexicon: Omit<DateLexicon, 'starters'> = {
    months: listed(data.months),
    weekdays: listed(data.weekdays),
    ambiguousWeekdays: words(data.ambiguousWeekdays),
    standaloneSeasons: words(data.standaloneSeasons),
    capitalised: data.capitalised === true,
    cues: words(data.cues),
    articles: words(data.articles),
    monthFirst: data.monthFirst === true,
    // "1-го": the hyphen is its own token, checked apart.
    ordinalSuffixes: new Set(data.ordinalSuffixes.map((suffix) => suffix.replace(/^-/u, ''))),
    joiners: words(data.joiners),
    dayWords: words(data.dayWords),
    yearWords: words(data.yearWords),
    units,
    days: offsets(data.days),
    notDays: words(data.notDays),
    anchorDays: offsets(data.anchorDays),
    shiftsBefore: shifts('before'),
    shiftsAfter: shifts('after'),
    agoBefore: words(data.ago.before),
    agoAfter: words(data.ago.after),
    laterBefore: words(data.later.before),
    laterAfter: words(data.later.after),
    earlierBefore: words(data.earlier.before),
    earlierAfter: words(data.earlier.after),
    parts,
    seasons: listed(data.seasons),
    quarterWords: words(data.quarters?.words),
    quarterOrdinals: listed(data.quarters?.ordinals ?? []),
    centuries: words(data.centuries),
    decades: words(data.decades),
    rangeStarts,
    alternatives: words(data.alternatives),
    publicationCues: words(data.publicationCues),
  };
  const opening = [lexicon.parts, lexicon.rangeStarts, lexicon.agoBefore, lexicon.laterBefore, lexicon.earlierBefore, lexicon.days, lexicon.anchorDays, lexicon.shiftsBefore, lexicon.units, lexicon.weekdays, lexicon.months, lexicon.dayWords, lexicon.seasons, lexicon.quarterOrdinals, lexicon.centuries, lexicon.decades];
  return { ...lexicon, starters: new Set(opening.flatMap((table) => [...table.firstWords()])) };
}
