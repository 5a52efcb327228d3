import type { LocaleData, SpeechData } from '../../locales/types.js';

/** A word form found in the text: where it starts (UTF-16) and its text as written. */
export interface Found {
  index: number;
  text: string;
}

/**
 * A language's speech words, ready for matching, built once per language. Verb forms (thousands
 * in French) are looked up word sequence by word sequence in a set: one regular expression over
 * them all took over a second to compile.
 */
export interface SpeechMatchers {
  /** The longest attribution verb form starting exactly at `at`, or null. */
  verbAt(text: string, at: number): Found | null;
  /** Every attribution verb form in [from, to), left to right, longest first. */
  verbsIn(text: string, from: number, to: number): Found[];
  /** Source prepositions ("selon", "according to") in [from, to). */
  prepositionsIn(text: string, from: number, to: number): Found[];
  /** Source postpositions ("zufolge") in [from, to). */
  postpositionsIn(text: string, from: number, to: number): Found[];
  /** A role phrase starting at `at`: optional determiner, optional word, role noun, optional adjective. */
  roleAt(text: string, at: number, end: number): Found | null;
  /** A role phrase ending right at `end` (white space allowed), starting after `from`. */
  roleBefore(text: string, from: number, end: number): Found | null;
  pronouns: ReadonlySet<string>;
  /** Courtesy titles, lower case, without a final dot. */
  honorifics: ReadonlySet<string>;
  /** Every word of the role nouns, lower case ("prime", "minister"). */
  roleWords: ReadonlySet<string>;
  /** Determiners, pronouns and one-word source prepositions: capitalised at a sentence start, they are no names. */
  functionWords: ReadonlySet<string>;
  dashDialogue: boolean;
}

const EMPTY: SpeechData = {
  verbs: [],
  sourcePrepositions: [],
  sourcePostpositions: [],
  pronouns: { masculine: [], feminine: [], plural: [] },
  honorifics: [],
  roles: [],
  determiners: [],
  dashDialogue: false,
};

const cache = new WeakMap<object, SpeechMatchers>();
const NONE = {};

/** A word: letters with inner apostrophes and hyphens ("s'est", "a-t-il", "porte-parole"). */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*['’]?/gu;

export function speechMatchers(locale: LocaleData | undefined): SpeechMatchers {
  const key = locale ?? NONE;
  let matchers = cache.get(key);
  if (!matchers) {
    matchers = compile(locale ? locale.speech() : EMPTY);
    cache.set(key, matchers);
  }
  return matchers;
}

/** Lower case, one apostrophe, single spaces: the form the word sets hold. */
function normalise(text: string): string {
  const lower = text.toLowerCase();
  const apostrophes = lower.includes('’') ? lower.replace(/’/gu, "'") : lower;
  return /[^\S ]| {2}/u.test(apostrophes) ? apostrophes.replace(/[\s\u00a0\u202f]+/gu, ' ') : apostrophes;
}

/** Most words in one listed phrase ("a-t-il été contraint de reconnaître" is 5); a test checks every list. */
export const MAX_PHRASE_WORDS = 6;

/** A set of multi-word forms, matched at word starts, longest first. */
class Phrases {
  private readonly forms: ReadonlySet<string>;
  readonly maxWords: number;

  /**
   * The lists are canonical already (lower case, straight apostrophes, single spaces; a test
   * checks), so the set is built natively in one call: thousands of forms, no per-form work.
   */
  constructor(
    phrases: readonly string[],
    private readonly clitics: readonly string[] = [],
  ) {
    this.forms = new Set(phrases);
    this.maxWords = phrases.length === 0 ? 0 : MAX_PHRASE_WORDS;
  }

  /** Whether the normalised phrase is listed, as it is or without a clitic on its first word. */
  private has(phrase: string): boolean {
    if (this.forms.has(phrase)) return true;
    const space = phrase.indexOf(' ');
    const first = space === -1 ? phrase : phrase.slice(0, space);
    const clitic = this.clitics.find((suffix) => first.endsWith(suffix) && first.length > suffix.length);
    return clitic !== undefined && this.forms.has(first.slice(0, -clitic.length) + phrase.slice(first.length));
  }

  /** The longest phrase whose words start at the word beginning at `at`. */
  at(text: string, at: number, limit = text.length): Found | null {
    if (this.maxWords === 0) return null;
    WORD.lastIndex = at;
    const words: Array<{ index: number; end: number }> = [];
    for (let match = WORD.exec(text); match && words.length < this.maxWords && match.index < limit; match = WORD.exec(text)) {
      const previousEnd = words.length === 0 ? at : (words[words.length - 1] as { end: number }).end;
      // Words of one phrase are separated by white space only.
      if (match.index !== at && !/^[\s\u00a0\u202f]+$/u.test(text.slice(previousEnd, match.index))) break;
      if (words.length === 0 && match.index !== at) return null;
      words.push({ index: match.index, end: match.index + match[0].length });
    }
    for (let n = words.length; n > 0; n--) {
      const end = (words[n - 1] as { end: number }).end;
      const candidate = text.slice(at, end);
      if (this.has(normalise(candidate))) return { index: at, text: candidate };
      // A word's trailing apostrophe belongs to the next word ("l'" + "ambassadeur").
      if (/['’]$/u.test(candidate) && this.has(normalise(candidate.slice(0, -1)))) return { index: at, text: candidate.slice(0, -1) };
    }
    return null;
  }

  /** Every phrase in [from, to), scanning word starts left to right. */
  in(text: string, from: number, to: number): Found[] {
    if (this.maxWords === 0) return [];
    const found: Found[] = [];
    const window = text.slice(0, to);
    const starts = wordStarts(window, from);
    let next = from;
    for (const start of starts) {
      if (start < next) continue;
      const phrase = this.at(window, start);
      if (phrase) {
        found.push(phrase);
        next = start + phrase.text.length;
      }
    }
    return found;
  }
}

function compile(speech: SpeechData): SpeechMatchers {
  const verbs = new Phrases(speech.verbs, speech.cliticSuffixes);
  const prepositions = new Phrases(speech.sourcePrepositions);
  const postpositions = new Phrases(speech.sourcePostpositions);
  const roles = new Phrases(speech.roles);
  const determiners = new Phrases(speech.determiners);
  const pronouns = [...speech.pronouns.masculine, ...speech.pronouns.feminine, ...speech.pronouns.plural];
  const elisions = [...new Set(speech.determiners.map(normalise).filter((form) => form.endsWith("'")))];

  /** determiner? word? ROLE adjective? — the adjective a lower-case word that is not a verb. */
  function roleAt(text: string, at: number, end: number): Found | null {
    const limited = text.slice(0, end);
    const starts = [at];
    const determiner = determiners.at(limited, at);
    if (determiner) starts.push(nextWordStart(limited, at + determiner.text.length));
    // An elided determiner is part of its word: "l'ambassadeur", "l’Ambasciatore".
    const elided = elisions.find((form) => normalise(limited.slice(at, at + form.length)) === form);
    if (elided) starts.push(at + elided.length);
    for (const start of [...starts]) starts.push(nextWordStart(limited, start + (wordAt(limited, start)?.length ?? 0)));
    for (const start of starts) {
      if (start < 0 || start >= end) continue;
      const role = roles.at(limited, start);
      if (!role) continue;
      let stop = start + role.text.length;
      const next = nextWordStart(limited, stop);
      const adjective = next >= 0 ? wordAt(limited, next) : null;
      if (adjective && /^\p{Ll}/u.test(adjective) && !verbs.at(limited, next) && /^[ \u00a0]+$/u.test(limited.slice(stop, next))) stop = next + adjective.length;
      return { index: at, text: text.slice(at, stop) };
    }
    return null;
  }

  return {
    verbAt: (text, at) => verbs.at(text, at),
    verbsIn: (text, from, to) => verbs.in(text, from, to),
    prepositionsIn: (text, from, to) => prepositions.in(text, from, to),
    postpositionsIn: (text, from, to) => postpositions.in(text, from, to),
    roleAt,
    roleBefore(text, from, end) {
      // Try each of the last few word starts before `end`; the phrase must reach `end`.
      const trimmedEnd = end - (/[\s\u00a0\u202f]*$/u.exec(text.slice(from, end))?.[0].length ?? 0);
      const starts = wordStarts(text.slice(0, trimmedEnd), Math.max(from, trimmedEnd - 60));
      for (const start of starts) {
        const role = roleAt(text, start, trimmedEnd);
        if (role && role.index + role.text.length === trimmedEnd) return role;
      }
      return null;
    },
    pronouns: new Set(pronouns),
    honorifics: new Set(speech.honorifics.map((word) => word.toLowerCase().replace(/\.$/u, ''))),
    roleWords: new Set(speech.roles.flatMap((role) => role.split(' '))),
    functionWords: new Set([...speech.determiners, ...pronouns, ...speech.sourcePrepositions.filter((word) => !word.includes(' '))]),
    dashDialogue: speech.dashDialogue,
  };
}

/** Where each word of text[from…] starts. */
function wordStarts(text: string, from: number): number[] {
  const starts: number[] = [];
  WORD.lastIndex = from;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) starts.push(match.index);
  return starts;
}

function wordAt(text: string, at: number): string | null {
  WORD.lastIndex = at;
  const match = WORD.exec(text);
  return match && match.index === at ? match[0] : null;
}

/** Start of the word after the spaces at `from`, or -1. */
function nextWordStart(text: string, from: number): number {
  const gap = /^[\s\u00a0\u202f]*/u.exec(text.slice(from, from + 8))?.[0].length ?? 0;
  return wordAt(text, from + gap) ? from + gap : -1;
}
