import type { LocaleData, SpeechData } from '../../locales/types.js';

/** A word form found in the text: where it starts (UTF-16) and its text as written. */
export interface Found {
  index: number;
  text: string;
}

export type Gender = 'masculine' | 'feminine';

/** What a role noun designates: one person ("la ministre"), a group speaking for a body ("les dirigeants"), a body ("le gouvernement"), or a text ("la déclaration"). */
export type RoleKind = 'person' | 'group' | 'body' | 'document';

/** A role phrase ("le nouveau président russe") and its role noun ("président"). */
export interface FoundRole extends Found {
  noun: string;
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
  /** A word or phrase opening a sentence with where its words come from, at `at` ("Dal", "Desde", "Aus"). */
  fromOpenerAt(text: string, at: number): Found | null;
  /** Whether a found source preposition counts only opening its clause ("pour", "per", "para"). */
  clauseOnlySource(found: string): boolean;
  /** Source postpositions ("zufolge") in [from, to). */
  postpositionsIn(text: string, from: number, to: number): Found[];
  /** A role phrase starting at `at`: optional determiner, optional word, role noun, optional adjective. */
  roleAt(text: string, at: number, end: number): FoundRole | null;
  /** A role phrase ending right at `end` (white space allowed), starting after `from`. */
  roleBefore(text: string, from: number, end: number): FoundRole | null;
  /**
   * Where the preposition governing the word at `at` starts ("von der WWF-Jugend", "d'Oslo",
   * "with Tods Murray"), determiners in between allowed; -1 when no preposition stands there.
   */
  prepositionBefore(text: string, at: number): number;
  /** Where the inserted adverbs, commas and spaces right before `end` begin ("X also said", "Y, quant à lui, a dit"). */
  adverbsBefore(text: string, from: number, end: number): number;
  relativePronouns: ReadonlySet<string>;
  /** Whether a function word (determiner, pronoun, preposition) stands right before `at`, elided ones included ("en el Palacio", "dell'Ue"). */
  functionWordBefore(text: string, at: number): boolean;
  /** Whether the text from `start` to `end` is one determiner, its spaces included ("el ", "l'"). */
  determinerEndsAt(text: string, start: number, end: number): boolean;
  /** Whether a determiner stands right before `at` ("the Home Office", "las Fuerzas Armadas"). */
  determinedAt(text: string, at: number): boolean;
  /**
   * Whether a preposition joined to an article stands right before `at`, after a lower-case word
   * ("compradores da Coreia do Sul", "au Brésil"), not as a particle inside a name ("Paulo do Carmo").
   */
  contractedArticleAt(text: string, at: number): boolean;
  /**
   * An age standing for a person named before ("der 61-Jährige", "the 61-year-old", "il 61enne"),
   * ending at `end` or starting at `at`: its range and the gender its determiner marks.
   */
  ageNounBefore(text: string, end: number): { start: number; end: number; gender: Gender | null } | null;
  ageNounAt(text: string, at: number): { start: number; end: number; gender: Gender | null } | null;
  /** Whether an indefinite article stands at `at` ("une habitante", "a resident", "eine Wirtin"). */
  indefiniteAt(text: string, at: number): boolean;
  conjunctions: ReadonlySet<string>;
  /** Whether a role noun follows `end`, so the name ending there qualifies it ("Telegraph executive X", "the Scottish Conservative leader"). */
  qualifiesRole(text: string, end: number): boolean;
  /** Every noun for what someone said ("commento", "paroles", "words") in [from, to). */
  speechNounsIn(text: string, from: number, to: number): Found[];
  /** True where every noun takes a capital (German). */
  capitalisedNouns: boolean;
  /** Endings of pet names ("inho", "ito"), lower case. */
  diminutiveSuffixes: readonly string[];
  /** Whether a word showing written or chanted words stands in [from, to) ("Plakat", "pancarte", "to read"). */
  inscriptionIn(text: string, from: number, to: number): boolean;
  /** What the role noun of a found role designates. */
  roleKind(noun: string): RoleKind;
  /** A role speaking for a body ("spokesman", "porte-parole", "dirigeants") starting at `at`. */
  spokesRoleAt(text: string, at: number): Found | null;
  /** Where the inserted adverbs after `at` end ("afirmó hoy el ministro"): the next word's start, or `at`. */
  adverbsAfter(text: string, at: number, end: number): number;
  /** The gender a determiner or courtesy title marks ("la", "Mrs", "Herr"), lower case without dot. */
  genderMarked(word: string): Gender | null;
  /** The gender of a subject pronoun ("elle", "he"); null for plural ones and other words. */
  pronounGender(word: string): Gender | null;
  /** Whether a subject pronoun is only ever plural ("ils", "they"; not German "sie"). */
  pluralPronoun(word: string): boolean;
  pronouns: ReadonlySet<string>;
  /** Courtesy titles, lower case, without a final dot. */
  honorifics: ReadonlySet<string>;
  /** Whether a word as written is a courtesy title ("Dr", "Dr.", "Mme", "Herr"). */
  isHonorific(word: string): boolean;
  /** The single-word role nouns, lower case ("minister", "ministre"). */
  roleWords: ReadonlySet<string>;
  /** Determiners, pronouns and one-word source prepositions: capitalised at a sentence start, they are no names. */
  functionWords: ReadonlySet<string>;
  dashDialogue: boolean;
  inciseInMarks: boolean;
}

const EMPTY: SpeechData = {
  verbs: [],
  sourcePrepositions: [],
  clauseSourcePrepositions: [],
  sourcePostpositions: [],
  pronouns: { masculine: [], feminine: [], plural: [] },
  honorifics: [],
  roles: [],
  determiners: [],
  prepositions: [],
  insertedAdverbs: [],
  relativePronouns: [],
  spokesRoles: [],
  groupNouns: [],
  bodyNouns: [],
  documentNouns: [],
  inscriptionWords: [],
  speechNouns: [],
  diminutiveSuffixes: [],
  indefiniteArticles: [],
  objectClitics: [],
  fromOpeners: [],
  subordinators: [],
  conjunctions: [],
  genderMarkers: { masculine: [], feminine: [] },
  capitalisedNouns: false,
  postnominalAdjectives: false,
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
    matchers = compile(locale ? locale.speech() : EMPTY, locale ? locale.figures().ageSuffixes : []);
    cache.set(key, matchers);
  }
  return matchers;
}

/** Prepositions that also open surnames ("De Gaulle", "Van Rompuy", "Da Silva"): capitalised, they may be names. */
const NAME_PARTICLES = new Set(['de', 'du', 'des', 'da', 'das', 'do', 'dos', 'di', 'del', 'della', 'dello', 'dal', 'dalla', 'van', 'von', 'ter', 'ten', 'zu', 'dei', 'degli', 'al', 'el']);

/** Lower case, one apostrophe, single spaces: the form the word sets hold. */
function normalise(text: string): string {
  const lower = text.toLowerCase();
  const apostrophes = lower.includes('’') ? lower.replace(/’/gu, "'") : lower;
  return /[^\S ]| {2}/u.test(apostrophes) ? apostrophes.replace(/[\s\u00a0\u202f]+/gu, ' ') : apostrophes;
}

/** Most words in one listed phrase ("a-t-il été contraint de reconnaître" is 5); a test checks every list. */
export const MAX_PHRASE_WORDS = 6;

/** The verb forms of two words whose second is a particle ("teilte mit"), by their first word. */
function separableVerbs(verbs: readonly string[], particles: readonly string[]): ReadonlyMap<string, ReadonlySet<string>> {
  const particleSet = new Set(particles);
  const byVerb = new Map<string, Set<string>>();
  for (const verb of verbs) {
    const [head, particle, ...rest] = verb.split(' ');
    if (head === undefined || particle === undefined || rest.length > 0 || !particleSet.has(particle)) continue;
    const set = byVerb.get(head) ?? new Set<string>();
    set.add(particle);
    byVerb.set(head, set);
  }
  return byVerb;
}

/** How far after a separable verb its particle may close the clause ("teilte das Unternehmen am Nachmittag mit"). */
const MAX_SEPARATION = 80;

/** "teilte Brammert am Nachmittag mit": the verb at `at` whose particle is the clause's last word. */
function separatedVerb(text: string, at: number, word: string, separable: ReadonlyMap<string, ReadonlySet<string>>): Found | null {
  const particles = separable.get(normalise(word));
  if (!particles) return null;
  const clause = /^[^,;:.!?«»„“”"()\r\n]*/u.exec(text.slice(at + word.length, at + word.length + MAX_SEPARATION))?.[0] ?? '';
  const last = /([\p{L}]+)[\s\u00a0]*$/u.exec(clause)?.[1];
  const closed = at + word.length + clause.length < text.length && clause.length < MAX_SEPARATION;
  return last !== undefined && closed && clause.trim() !== last && particles.has(normalise(last)) ? { index: at, text: word } : null;
}

/** A set of multi-word forms, matched at word starts, longest first. */
class Phrases {
  private readonly forms: ReadonlySet<string>;
  readonly maxWords: number;

  /** First words of the forms: a word start whose word is none of them opens no form. */
  private readonly firstWords: ReadonlySet<string>;
  /** First words of the multi-word forms ("a" of "a déclaré"): only after one may an insert stand. */
  private readonly heads: ReadonlySet<string>;

  /**
   * The lists are canonical already (lower case, straight apostrophes, single spaces; a test
   * checks), so the set is built natively in one call; only first words are cut out.
   */
  constructor(
    phrases: readonly string[],
    private readonly clitics: readonly string[] = [],
    /** Words allowed between the first word and the rest ("a également déclaré"). */
    private readonly inserts: Phrases | null = null,
  ) {
    this.forms = new Set(phrases);
    this.maxWords = phrases.length === 0 ? 0 : MAX_PHRASE_WORDS;
    const firstWords = new Set<string>();
    const heads = new Set<string>();
    for (const form of phrases) {
      const space = form.indexOf(' ');
      if (space === -1) firstWords.add(form);
      else {
        const head = form.slice(0, space);
        firstWords.add(head);
        heads.add(head);
      }
    }
    this.firstWords = firstWords;
    this.heads = inserts ? heads : new Set();
  }

  /** The word without its clitic suffix ("déclare-t-il" → "déclare"), or null when it has none. */
  private withoutClitic(word: string): string | null {
    const clitic = this.clitics.find((suffix) => word.endsWith(suffix) && word.length > suffix.length);
    return clitic === undefined ? null : word.slice(0, -clitic.length);
  }

  /** Whether a form may start with this word (normalised), as written or with a clitic ("déclare-t-il"). */
  private mayOpen(word: string): boolean {
    if (this.firstWords.has(word) || word.endsWith("'")) return true;
    const bare = this.withoutClitic(word);
    return bare !== null && this.firstWords.has(bare);
  }

  /** Whether the normalised phrase is listed, as it is or without a clitic on its first word. */
  private has(phrase: string): boolean {
    if (this.forms.has(phrase)) return true;
    const space = phrase.indexOf(' ');
    const first = space === -1 ? phrase : phrase.slice(0, space);
    const bare = this.withoutClitic(first);
    return bare !== null && this.forms.has(bare + phrase.slice(first.length));
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
      if (words.length === 0 && (match.index !== at || !this.mayOpen(normalise(match[0])))) return null;
      words.push({ index: match.index, end: match.index + match[0].length });
    }
    for (let n = words.length; n > 0; n--) {
      const end = (words[n - 1] as { end: number }).end;
      const candidate = text.slice(at, end);
      if (this.has(normalise(candidate))) return { index: at, text: candidate };
      // A word's trailing apostrophe belongs to the next word ("l'" + "ambassadeur").
      if (/['’]$/u.test(candidate) && this.has(normalise(candidate.slice(0, -1)))) return { index: at, text: candidate.slice(0, -1) };
    }
    return this.withInsert(text, at, words, limit);
  }

  /**
   * "a également souligné", "has also said": the form with the insert left out, read on a copy
   * of the text without it, and mapped back.
   */
  private withInsert(text: string, at: number, words: ReadonlyArray<{ index: number; end: number }>, limit: number): Found | null {
    const [head, second] = words;
    if (!this.inserts || !head || !second || !this.heads.has(normalise(text.slice(head.index, head.end)))) return null;
    const insert = this.inserts.at(text, second.index, limit);
    if (!insert) return null;
    const rest = nextWordStart(text, second.index + insert.text.length);
    if (rest < 0 || rest >= limit) return null;
    const headText = text.slice(at, head.end);
    const joined = `${headText} ${text.slice(rest, limit)}`;
    const found = this.at(joined, 0);
    if (!found || found.text.length <= headText.length + 1) return null;
    return { index: at, text: text.slice(at, rest + found.text.length - headText.length - 1) };
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

function compile(speech: SpeechData, ageSuffixes: readonly string[]): SpeechMatchers {
  const adverbs = new Phrases(speech.insertedAdverbs);
  const verbs = new Phrases(speech.verbs, speech.cliticSuffixes, adverbs);
  const prepositions = new Set(speech.prepositions);
  const conjunctionWords = new Set(speech.conjunctions);
  const markerGenders = gendersOf(speech.genderMarkers);
  const pronounGenders = gendersOf(speech.pronouns);
  const honorifics = new Set(speech.honorifics.map((word) => word.toLowerCase().replace(/\.$/u, '')));
  const determinerWords = new Set(speech.determiners);
  const indefinites = new Set(speech.indefiniteArticles);
  // "61-Jährige", "61-year-old", "61enne": a number and an age ending, maybe after a determiner.
  const ageSource = ageSuffixes.length > 0 ? `(?:(\\p{L}+)[\\s\\u00a0]+)?(\\d{1,3}-?(?:${ageSuffixes.map(escapeRegExp).join('|')}))(?![\\p{L}])` : null;
  const ageBefore = ageSource ? new RegExp(`${ageSource}[\\s\\u00a0]*$`, 'iu') : null;
  const ageAt = ageSource ? new RegExp(`^${ageSource}`, 'iu') : null;
  const ageFound = (start: number, match: RegExpExecArray) => {
    const [phrase, word, age] = match as unknown as [string, string | undefined, string];
    const ageStart = start + phrase.indexOf(age, word === undefined ? 0 : word.length);
    const determined = word !== undefined && determinerWords.has(normalise(word));
    return { start: determined ? start : ageStart, end: ageStart + age.length, gender: determined ? (markerGenders.get(normalise(word as string)) ?? null) : null };
  };
  const objectClitics = new Set(speech.objectClitics);
  const contractedArticles = new Set(speech.contractedArticles ?? []);
  const separable = separableVerbs(speech.verbs, speech.separableParticles ?? []);
  const sources = new Phrases([...speech.sourcePrepositions, ...speech.clauseSourcePrepositions]);
  const fromOpeners = new Phrases(speech.fromOpeners);
  const clauseSources = new Set(speech.clauseSourcePrepositions);
  const postpositions = new Phrases(speech.sourcePostpositions);
  const roles = new Phrases([...new Set([...speech.roles, ...speech.spokesRoles, ...speech.groupNouns, ...speech.bodyNouns, ...speech.documentNouns])]);
  const spokesRoles = new Phrases([...new Set([...speech.spokesRoles, ...speech.groupNouns])]);
  const inscriptions = new Phrases(speech.inscriptionWords);
  const speechNouns = new Phrases(speech.speechNouns);
  const singleRoles = new Set([...speech.roles, ...speech.spokesRoles, ...speech.groupNouns, ...speech.bodyNouns].filter((role) => !role.includes(' ')));
  const kinds = new Map<string, RoleKind>([
    ...speech.documentNouns.map((noun) => [noun, 'document'] as const),
    ...speech.bodyNouns.map((noun) => [noun, 'body'] as const),
    ...speech.groupNouns.map((noun) => [noun, 'group'] as const),
  ]);
  const determiners = new Phrases(speech.determiners);
  const pronouns = [...speech.pronouns.masculine, ...speech.pronouns.feminine, ...speech.pronouns.plural];
  /** Lower-case words after a role that are no adjective of it ("die Bundesregierung am Freitag", "une déclaration le G7"). */
  const notAdjectives = new Set([...speech.determiners, ...speech.prepositions, ...speech.conjunctions, ...speech.relativePronouns, ...pronouns, ...speech.insertedAdverbs]);
  const pluralOnly = new Set(speech.pronouns.plural.filter((word) => !speech.pronouns.masculine.includes(word) && !speech.pronouns.feminine.includes(word)));
  const functionWords = new Set([
    ...speech.determiners,
    ...pronouns,
    ...speech.sourcePrepositions.filter((word) => !word.includes(' ')),
    ...speech.prepositions.filter((word) => !word.includes(' ') && !NAME_PARTICLES.has(word)),
    ...speech.subordinators.filter((word) => !word.includes(' ')),
  ]);
  const elisions = [...new Set(speech.determiners.map(normalise).filter((form) => form.endsWith("'")))];

  /** determiner? word? ROLE adjective? — the adjective a lower-case word that is not a verb. */
  /** A listed role at `at`, or a compound ending in one ("primeiro-vice-presidente", "ex-ministre"). */
  function roleNounAt(text: string, at: number): { text: string; noun: string } | null {
    const listed = roles.at(text, at);
    if (listed) return { text: listed.text, noun: listed.text };
    const word = wordAt(text, at);
    if (!word) return null;
    const hyphen = word.lastIndexOf('-');
    if (hyphen > 0) {
      const last = word.slice(hyphen + 1);
      return roles.at(last, 0)?.text === last ? { text: word, noun: last } : null;
    }
    // Where nouns take capitals they also compound: "Unternehmenssprecher", "Kreisbrandmeister".
    return speech.capitalisedNouns && /^\p{Lu}/u.test(word) ? closedCompoundRole(word) : null;
  }

  /** The role a closed compound ends in (four letters at least, its case ending allowed), as found in the text. */
  function closedCompoundRole(word: string): { text: string; noun: string } | null {
    const lower = normalise(word);
    // The whole word declined ("des Unternehmens"), then its tails ("Unternehmenssprecher").
    for (let cut = 0; cut <= lower.length - 4; cut = cut === 0 ? 3 : cut + 1) {
      const tail = lower.slice(cut);
      for (const form of [tail, ...declensionStems(tail)]) {
        if (singleRoles.has(form)) return { text: word, noun: word.slice(cut, cut + form.length) };
      }
    }
    return null;
  }

  function roleAt(text: string, at: number, end: number): FoundRole | null {
    const limited = text.slice(0, end);
    const starts = [at];
    const determiner = determiners.at(limited, at);
    if (determiner) starts.push(nextWordStart(limited, at + determiner.text.length));
    // An elided determiner is part of its word: "l'ambassadeur", "l’Ambasciatore".
    const elided = elisions.find((form) => normalise(limited.slice(at, at + form.length)) === form);
    if (elided) starts.push(at + elided.length);
    // One word may stand before the role ("le nouveau président"), but no preposition ("da Câmara")
    // nor conjunction ("und Trainer").
    for (const start of [...starts]) {
      const word = wordAt(limited, start);
      if (word && !prepositions.has(normalise(word)) && !conjunctionWords.has(normalise(word))) starts.push(nextWordStart(limited, start + word.length));
    }
    for (const start of starts) {
      if (start < 0 || start >= end || /[\r\n]/u.test(limited.slice(at, start))) continue;
      const role = roleNounAt(limited, start);
      if (!role) continue;
      let stop = start + role.text.length;
      const next = nextWordStart(limited, stop);
      const adjective = next >= 0 ? wordAt(limited, next) : null;
      // Not a verb: a speech verb, or a word ending like no adjective, as the futures and pasts
      // "valuterà", "anunció", "falou" do ("il governo valuterà").
      const verbLike = adjective !== null && (verbs.at(limited, next) !== null || /[àáòóùú]$/u.test(adjective));
      if (speech.postnominalAdjectives && adjective && /^\p{Ll}/u.test(adjective) && !notAdjectives.has(normalise(adjective)) && !verbLike && /^[ \u00a0]+$/u.test(limited.slice(stop, next))) stop = next + adjective.length;
      return { index: at, text: text.slice(at, stop), noun: role.noun };
    }
    return null;
  }

  function prepositionBefore(text: string, at: number): number {
    // Up to two determiners back ("von der", "de l'"), then the preposition.
    let cursor = at;
    for (let step = 0; step < 3; step++) {
      const previous = previousWord(text, cursor);
      if (!previous) return -1;
      const word = normalise(previous.text);
      if (prepositions.has(word) || prepositions.has(word.replace(/'$/u, ''))) return previous.index;
      if (!determinerWords.has(word) && !honorifics.has(word.replace(/\.$/u, ''))) return -1;
      cursor = previous.index;
    }
    return -1;
  }

  function adverbsBefore(text: string, from: number, end: number): number {
    let cursor = end;
    for (;;) {
      const trimmed = cursor - (/[\s\u00a0\u202f,]*$/u.exec(text.slice(Math.max(from, cursor - 12), cursor))?.[0].length ?? 0);
      const starts = wordStarts(text.slice(0, trimmed), Math.max(from, trimmed - 40));
      const adverb = starts.map((start) => adverbs.at(text, start, trimmed)).find((found) => found && found.index + found.text.length === trimmed);
      if (!adverb) return trimmed;
      cursor = adverb.index;
    }
  }

  return {
    verbAt(text, at) {
      const verb = verbs.at(text, at);
      if (verb) return verb;
      // "le preguntó", "lui a confié": an object pronoun before the verb belongs to the cue.
      const clitic = wordAt(text, at);
      if (clitic && separable.size > 0) {
        const split = separatedVerb(text, at, clitic, separable);
        if (split) return split;
      }
      if (!clitic || !objectClitics.has(normalise(clitic))) return null;
      const next = nextWordStart(text, at + clitic.length);
      const after = next > at && /^[\s\u00a0]+$/u.test(text.slice(at + clitic.length, next)) ? verbs.at(text, next) : null;
      return after ? { index: at, text: text.slice(at, next + after.text.length) } : null;
    },
    verbsIn: (text, from, to) => verbs.in(text, from, to),
    prepositionsIn: (text, from, to) => sources.in(text, from, to),
    fromOpenerAt: (text, at) => fromOpeners.at(text, at),
    clauseOnlySource: (found) => clauseSources.has(normalise(found)),
    postpositionsIn: (text, from, to) => postpositions.in(text, from, to),
    roleAt,
    prepositionBefore,
    adverbsBefore,
    relativePronouns: new Set(speech.relativePronouns),
    conjunctions: new Set(speech.conjunctions),
    functionWordBefore(text, at) {
      const previous = previousWord(text, at);
      const word = previous === null ? '' : normalise(previous.text);
      return functionWords.has(word) || functionWords.has(word.replace(/'$/u, ''));
    },
    determinerEndsAt(text, start, end) {
      const found = determiners.at(text, start, end);
      if (found) return nextWordStart(text, start + found.text.length) === end || start + found.text.length === end;
      const elided = elisions.find((form) => normalise(text.slice(start, start + form.length)) === form);
      return elided !== undefined && start + elided.length === end;
    },
    ageNounBefore(text, end) {
      const from = Math.max(0, end - 40);
      const match = ageBefore?.exec(text.slice(from, end));
      return match ? ageFound(from + match.index, match) : null;
    },
    ageNounAt(text, at) {
      const match = ageAt?.exec(text.slice(at, at + 40));
      return match ? ageFound(at, match) : null;
    },
    indefiniteAt(text, at) {
      const word = wordAt(text, at);
      return word !== null && indefinites.has(normalise(word)) && /^[\s\u00a0]/u.test(text.charAt(at + word.length));
    },
    determinedAt(text, at) {
      const previous = previousWord(text, at);
      return previous !== null && previous.index + previous.text.length <= at && determinerWords.has(normalise(previous.text));
    },
    contractedArticleAt(text, at) {
      const previous = previousWord(text, at);
      if (previous === null || !contractedArticles.has(normalise(previous.text))) return false;
      const before = previousWord(text, previous.index);
      return before === null || /^\p{Ll}/u.test(before.text);
    },
    qualifiesRole(text, end) {
      const next = nextWordStart(text, end);
      return next > end && /^\p{Ll}/u.test(text.charAt(next)) && roleNounAt(text, next) !== null;
    },
    spokesRoleAt: (text, at) => spokesRoles.at(text, at),
    diminutiveSuffixes: speech.diminutiveSuffixes,
    capitalisedNouns: speech.capitalisedNouns,
    speechNounsIn: (text, from, to) => speechNouns.in(text, from, to),
    inscriptionIn: (text, from, to) => inscriptions.in(text, from, to).length > 0,
    roleKind: (noun) => kinds.get(normalise(noun)) ?? 'person',
    adverbsAfter(text, at, end) {
      let cursor = at;
      for (let step = 0; step < 3; step++) {
        const start = nextWordStart(text, cursor);
        const adverb = start >= 0 && start < end ? adverbs.at(text, start, end) : null;
        if (!adverb) break;
        cursor = start + adverb.text.length;
      }
      return cursor;
    },
    genderMarked: (word) => markerGenders.get(word.toLowerCase().replace(/\.$/u, '')) ?? null,
    pronounGender: (word) => pronounGenders.get(word.toLowerCase()) ?? null,
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
    pluralPronoun: (word) => pluralOnly.has(word.toLowerCase()),
    pronouns: new Set(pronouns),
    honorifics,
    isHonorific: (word) => honorifics.has(word.toLowerCase().replace(/\.$/u, '')),
    // Single-word roles only: the other words of "presidente da câmara" or "Home Secretary" are no roles alone.
    roleWords: new Set(speech.roles.filter((role) => !role.includes(' '))),
    functionWords,
    dashDialogue: speech.dashDialogue,
    inciseInMarks: speech.inciseInMarks ?? false,
  };
}

/** A word or phrase as a regular expression matching it literally. */
export function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** A German noun without its case ending: "Meteorologen" → "meteorologe", "Präsidenten" → "präsident" (lower case in, lower case out). */
export function declensionStems(lower: string): string[] {
  if (lower.endsWith('en')) return [lower.slice(0, -1), lower.slice(0, -2)];
  if (lower.endsWith('n') || lower.endsWith('s')) return [lower.slice(0, -1)];
  return [];
}

/** Each word of the two lists with its gender; a word in both lists has none. */
function gendersOf(lists: { masculine: readonly string[]; feminine: readonly string[] }): Map<string, Gender> {
  const masculine = new Set(lists.masculine);
  const feminine = new Set(lists.feminine);
  const genders = new Map<string, Gender>();
  for (const word of masculine) if (!feminine.has(word)) genders.set(word, 'masculine');
  for (const word of feminine) if (!masculine.has(word)) genders.set(word, 'feminine');
  return genders;
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

/** The word ending right before `at` (an elided one like "d'" glued to it, or spaces between), scanned backwards. */
function previousWord(text: string, at: number): Found | null {
  let end = at;
  while (end > 0 && /[\s\u00a0\u202f]/u.test(text.charAt(end - 1))) end--;
  let start = end;
  // An elided word glued to the next one ("dell'Ue", "d'Oslo") ends with its apostrophe.
  if (end === at && /['’]/u.test(text.charAt(end - 1)) && /[\p{L}]/u.test(text.charAt(end - 2))) start--;
  while (start > 0 && start > at - 40) {
    const char = text.charAt(start - 1);
    if (/[\p{L}\p{M}\p{N}]/u.test(char) || (/['’-]/u.test(char) && start < end && /[\p{L}\p{M}\p{N}]/u.test(text.charAt(start - 2)))) start--;
    else if (/[\uDC00-\uDFFF]/u.test(char)) start--;
    else break;
  }
  // A word starts with a letter or digit: drop a leading joiner left over.
  while (start < end && /['’-]/u.test(text.charAt(start))) start++;
  return start < end ? { index: start, text: text.slice(start, end) } : null;
}

/** Start of the word after the spaces at `from`, or -1. */
function nextWordStart(text: string, from: number): number {
  const gap = /^[\s\u00a0\u202f]*/u.exec(text.slice(from, from + 8))?.[0].length ?? 0;
  return wordAt(text, from + gap) ? from + gap : -1;
}
