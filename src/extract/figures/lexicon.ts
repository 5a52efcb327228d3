import type { Bound, FigureData, LocaleData } from '../../locales/types.js';
import { escapeRegExp, speechMatchers, type SpeechMatchers } from '../quotes/lexicon.js';

/** A word list entry found in the text: where it starts and ends (UTF-16), and what it stands for. */
export interface Hit<T> {
  start: number;
  end: number;
  value: T;
}

/**
 * A word list matched at one position, longest entry first, as whole words. Entries are lower case
 * (matched case-insensitively) unless built `asWritten` (symbols: "$", "Mrd.", "bn").
 */
export class WordTable<T> {
  private readonly entries: Array<[string, T]>;
  private readonly keys: ReadonlySet<string>;
  /** Entries by their first and by their last character, longest first: a lookup tries a handful. */
  private readonly byFirst = new Map<string, Array<[string, T]>>();
  private readonly byLast = new Map<string, Array<[string, T]>>();

  constructor(
    entries: Iterable<readonly [string, T]>,
    private readonly asWritten = false,
  ) {
    this.entries = [...entries].map(([key, value]): [string, T] => [asWritten ? key : fold(key), value]).sort((a, b) => b[0].length - a[0].length);
    this.keys = new Set(this.entries.map(([key]) => key));
    for (const entry of this.entries) {
      const [key] = entry;
      if (key === '') continue;
      for (const [index, char] of [
        [this.byFirst, key.charAt(0)],
        [this.byLast, key.charAt(key.length - 1)],
      ] as const) {
        const list = index.get(char) ?? [];
        list.push(entry);
        index.set(char, list);
      }
    }
  }

  /** The longest entry starting exactly at `at` and ending at a word boundary. */
  at(text: string, folded: string, at: number): Hit<T> | null {
    const source = this.asWritten ? text : folded;
    for (const [key, value] of this.byFirst.get(source.charAt(at)) ?? []) {
      if (!source.startsWith(key, at)) continue;
      const end = at + key.length;
      // A key ending in a letter or digit must end its word ("m" is no prefix of "mois").
      if (/[\p{L}\p{N}]$/u.test(key) && isWordChar(text.charAt(end))) continue;
      return { start: at, end, value };
    }
    return null;
  }

  /** The longest entry ending exactly at `end` and starting at a word boundary. */
  before(text: string, folded: string, end: number): Hit<T> | null {
    const source = this.asWritten ? text : folded;
    for (const [key, value] of this.byLast.get(source.charAt(end - 1)) ?? []) {
      const start = end - key.length;
      if (start < 0 || !source.startsWith(key, start)) continue;
      if (/^[\p{L}\p{N}]/u.test(key) && isWordChar(text.charAt(start - 1))) continue;
      return { start, end, value };
    }
    return null;
  }

  has(word: string): boolean {
    return this.keys.has(this.asWritten ? word : fold(word));
  }
}

/** A duration word's unit and how many of that unit one stands for ("siècle" → 100 years). */
export interface DurationUnit {
  unit: string;
  factor: number;
}

/** A language's figure words, ready for matching; built once per language. */
export interface FigureLexicon {
  decimalMark: ',' | '.';
  numberWords: ReadonlyMap<string, number>;
  /** Number-word parts of two letters or more, by first letter, longest first, for splitting glued compounds ("fünfundzwanzig", "ventotto"). */
  numberPartsByFirst: ReadonlyMap<string, readonly string[]>;
  /** The letters number words and joiners start with: other words are skipped without a lookup. */
  numberOpeners: ReadonlySet<string>;
  /** What each word seen so far is made of in number words (null: none), filled as words come. */
  partsOfWord: Map<string, number[] | null>;
  /** All fraction words in one pattern: one pass over a text. */
  fractionPattern: RegExp;
  articleOnes: ReadonlySet<string>;
  fractionWords: ReadonlyMap<string, number>;
  decimalWords: ReadonlySet<string>;
  negativeWords: ReadonlySet<string>;
  roughWords: ReadonlySet<string>;
  numberJoiners: ReadonlySet<string>;
  scales: WordTable<number>;
  scaleSymbols: WordTable<number>;
  currencies: WordTable<string>;
  currencySymbols: WordTable<string>;
  percent: WordTable<true>;
  points: WordTable<true>;
  units: WordTable<string>;
  unitSymbols: WordTable<string>;
  durations: WordTable<DurationUnit>;
  approximators: WordTable<true>;
  approximatorsAfter: WordTable<true>;
  bounds: WordTable<Bound>;
  rangeOpeners: WordTable<readonly string[]>;
  /** Closing words of ranges ("et", "à", "to", "bis"), and the language's conjunctions, which need their opening word. */
  rangeClosers: ReadonlySet<string>;
  conjunctions: ReadonlySet<string>;
  nounLinks: WordTable<true>;
  referenceWords: WordTable<true>;
  ratioWords: WordTable<true>;
  notNouns: ReadonlySet<string>;
  /** The language's prepositions ("over", "under"): before a duration, no bound. */
  prepositions: ReadonlySet<string>;
  /** The language's determiners ("the", "that", "le", "ce"): before "one", a pronoun. */
  determiners: ReadonlySet<string>;
  pronounQuantifiers: WordTable<true>;
  verbEndings: readonly string[];
  pluralVerbEndings: readonly string[];
  ageSuffixes: WordTable<true>;
  /** Adjectives follow the noun ("échanges commerciaux"): a noun phrase reads on past its noun. */
  postnominal: boolean;
  /** The language's speech words: a name before "said" is who speaks, not what a figure measures. */
  speech: SpeechMatchers;
  months: WordTable<number>;
}

const cache = new WeakMap<LocaleData, FigureLexicon>();

export function figureLexicon(locale: LocaleData): FigureLexicon {
  let lexicon = cache.get(locale);
  if (!lexicon) {
    lexicon = compile(locale.figures(), locale);
    cache.set(locale, lexicon);
  }
  return lexicon;
}

function compile(data: FigureData, locale: LocaleData): FigureLexicon {
  const numberWords = new Map(Object.entries(data.numberWords).map(([word, value]) => [fold(word), value]));
  const openers = new Map<string, string[]>();
  for (const [open, close] of data.rangeWords) openers.set(open, [...(openers.get(open) ?? []), close]);
  // Units written as symbols ("MW", "km", "°C") are matched as written; their words case-insensitively.
  const unitEntries = Object.entries(data.units);
  return {
    decimalMark: data.decimalMark,
    numberWords,
    numberPartsByFirst: byFirstLetter([...numberWords.keys(), ...data.numberJoiners.map(fold)].filter((part) => part.length >= 2)),
    numberOpeners: new Set([...numberWords.keys(), ...data.numberJoiners.map(fold)].map((part) => part.charAt(0))),
    partsOfWord: new Map(),
    fractionPattern: alternation(Object.keys(data.fractionWords).map(fold)),
    articleOnes: new Set(data.articleOnes.map(fold)),
    roughWords: new Set(data.roughWords.map(fold)),
    fractionWords: new Map(Object.entries(data.fractionWords).map(([word, value]) => [fold(word), value])),
    decimalWords: new Set(data.decimalWords.map(fold)),
    negativeWords: new Set(data.negativeWords.map(fold)),
    numberJoiners: new Set(data.numberJoiners.map(fold)),
    scales: new WordTable(Object.entries(data.scales)),
    scaleSymbols: new WordTable(Object.entries(data.symbols.scales), true),
    currencies: new WordTable(Object.entries(data.currencies)),
    currencySymbols: new WordTable(Object.entries(data.symbols.currencies), true),
    percent: new WordTable(data.percentWords.map((word) => [word, true] as const)),
    points: new WordTable(data.pointWords.map((word) => [word, true] as const)),
    // Short units ("m", "t", "kg", "MW") are symbols, matched as written: "3 M€" holds no metres.
    units: new WordTable(unitEntries.filter(([word]) => !isSymbol(word))),
    unitSymbols: new WordTable(unitEntries.filter(([word]) => isSymbol(word)), true),
    durations: new WordTable(Object.entries(data.durations).map(([word, unit]) => [word, durationUnit(unit)] as const)),
    approximators: new WordTable(data.approximators.map((word) => [word, true] as const)),
    approximatorsAfter: new WordTable(data.approximatorsAfter.map((word) => [word, true] as const)),
    bounds: new WordTable(Object.entries(data.bounds)),
    rangeOpeners: new WordTable(openers),
    rangeClosers: new Set(data.rangeWords.map(([, close]) => fold(close))),
    conjunctions: new Set(locale.speech().conjunctions),
    nounLinks: new WordTable(data.nounLinks.map((word) => [word, true] as const)),
    referenceWords: new WordTable(data.referenceWords.map((word) => [word, true] as const)),
    ratioWords: new WordTable(data.ratioWords.map((word) => [word, true] as const)),
    notNouns: new Set([...data.notNouns.map(fold), ...locale.speech().determiners, ...locale.speech().prepositions, ...locale.speech().conjunctions]),
    determiners: new Set(locale.speech().determiners.map(fold)),
    prepositions: new Set(locale.speech().prepositions.map(fold)),
    pronounQuantifiers: new WordTable(data.pronounQuantifiers.map((word) => [word, true] as const)),
    verbEndings: data.verbEndings,
    pluralVerbEndings: data.pluralVerbEndings ?? [],
    ageSuffixes: new WordTable(data.ageSuffixes.map((word) => [word, true] as const)),
    postnominal: locale.speech().postnominalAdjectives,
    speech: speechMatchers(locale),
    months: new WordTable(monthsOf(locale)),
  };
}

/** Words by first letter, longest first. */
function byFirstLetter(words: readonly string[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const word of [...words].sort((a, b) => b.length - a.length)) index.set(word.charAt(0), [...(index.get(word.charAt(0)) ?? []), word]);
  return index;
}

/** One pattern matching any of the words, longest first (whole words are checked by the caller). */
function alternation(words: readonly string[]): RegExp {
  const escaped = [...words].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(escaped.join('|') || '(?!)', 'g');
}

function isSymbol(unit: string): boolean {
  return unit.length <= 3 || unit !== unit.toLowerCase() || /[^\p{L} '’-]/u.test(unit);
}

/** "100 year" → 100 years; "month" → 1 month. */
function durationUnit(written: string): DurationUnit {
  const [first, second] = written.split(' ');
  return second === undefined ? { unit: first as string, factor: 1 } : { unit: second, factor: Number(first) };
}

/** Month names and their abbreviations, by month number, where the language lists them. */
function monthsOf(locale: LocaleData): Array<[string, number]> {
  return locale.dates().months.flatMap((forms, i) => forms.map((form): [string, number] => [form, i + 1]));
}

/** Lower case with one apostrophe, length kept, so positions in the folded text are the text's. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  // A few capitals lower-case to two code units ("İ"): then fold letter by letter, keeping length.
  const same = lower.length === text.length ? lower : [...text].map((char) => (char.toLowerCase().length === char.length ? char.toLowerCase() : char)).join('');
  return same.replace(/’/gu, "'");
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;

export function isWordChar(char: string): boolean {
  if (char === '') return false;
  const code = char.charCodeAt(0);
  // ASCII by code, the rest by Unicode property.
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER_OR_DIGIT.test(char);
}
