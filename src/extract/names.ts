import { countBelow } from '../document/search.js';
import type { Document } from '../document/document.js';
import { SentenceIndex } from '../document/sentences.js';
import { declensionStems, speechMatchers, type Gender, type SpeechMatchers } from './quotes/lexicon.js';

/** A run of capitalised words: a person, an organisation or a place, as far as capitals tell. */
export interface NameMention {
  start: number;
  end: number;
  text: string;
  /** The capitalised words, honorific excluded. */
  words: string[];
  /** True when a courtesy title (M., Mrs, Herr) stands right before: a person for sure. */
  titled: boolean;
}

const WORD = String.raw`\p{Lu}[\p{Ll}\p{Lu}\p{M}\p{N}]*(?:[-'’]\p{L}[\p{L}\p{M}]*)*`;
/**
 * Lower-case words inside names ("Ursula von der Leyen", "Luiz Inácio da Silva"). Only
 * multi-word particles and ones rare as prepositions: a lone "von" or "de" usually means "of"
 * ("Lisa Göldner von Greenpeace").
 */
const PARTICLE = String.raw`(?:von der|van der|van den|de la|van|da|das|dos|do|del|della|di|bin|ibn|al|el|ter|of the|of|for the|for|de|du|des|für|&|and|und|et|e|y)`;
/**
 * Words that join a body's name after a body noun ("Bank of England", "Office for National
 * Statistics", "Banque de France", "Bundesamt für Statistik"), and "&" ("Marks & Spencer").
 * After any other word they end the run: "Marc Vidal de Lyon" is Marc Vidal.
 */
const BODY_LINKS = new Set(['of the', 'of', 'for the', 'for', 'de', 'du', 'des', 'für', 'and', 'und', 'et', 'e', 'y']);
/** Particles that join the two words of one name ("Charles de Gaulle", "Paulo do Carmo"). */
const NAME_PARTICLE_LINKS = new Set(['de', 'du', 'da', 'do', 'dos', 'das', 'des']);
const NAME_RUN = new RegExp(String.raw`${WORD}(?:[ \u00a0]+(?:${PARTICLE}[ \u00a0]+)?${WORD}){0,4}`, 'gu');

const foldedNames = new Map<string, string>();

/** Legal forms that end a company's name in any language ("Brandtner Wohnbau GmbH", "Acme Ltd"). */
export const LEGAL_FORMS: ReadonlySet<string> = new Set(['gmbh', 'ag', 'se', 'kg', 'sa', 's.a.', 'spa', 's.p.a.', 'srl', 's.r.l.', 'sl', 's.l.', 'ltd', 'ltda', 'inc', 'plc', 'llc', 'nv', 'bv', 'sas', 'sarl']);
/**
 * Words that end company names across languages ("Novachlor Industries", "Ardent Group",
 * "Grupo Ferral"): a name ending with one is no person's. Written as the companies write them,
 * so one list serves every language.
 */
const COMPANY_ENDINGS: ReadonlySet<string> = new Set([
  ...LEGAL_FORMS,
  ...['industries', 'industrie', 'group', 'groupe', 'gruppe', 'grupo', 'gruppo', 'holding', 'holdings', 'technologies', 'technology', 'systems', 'solutions'],
  ...['partners', 'logistics', 'logistique', 'logistik', 'airlines', 'airways', 'motors', 'pharma', 'pharmaceuticals', 'corporation', 'corp', 'company'],
]);

/**
 * Words that make a name a place's, first or last as each language puts them ("Millrace
 * Stadium", "Stade de la Beaujoire", "Estádio do Morumbi"): no person's. Words that are also
 * surnames or first names ("Park", "Lake", "River") are left out.
 */
const PLACE_WORDS: ReadonlySet<string> = new Set([
  ...['stadium', 'arena', 'street', 'road', 'avenue', 'square', 'airport', 'station', 'harbour', 'harbor', 'valley'],
  ...['stade', 'rue', 'place', 'pont', 'aéroport', 'gare', 'vallée', 'stadion', 'platz', 'straße', 'strasse', 'brücke', 'flughafen', 'bahnhof'],
  ...['estadio', 'estádio', 'stadio', 'plaza', 'praça', 'piazza', 'calle', 'rua', 'via', 'puente', 'ponte', 'aeropuerto', 'aeroporto', 'estación', 'estação', 'stazione'],
]);

/** Whether a name is a place's by one of its words ("Millrace Stadium", "Estadio Azteca"). */
export function namesPlace(words: readonly string[]): boolean {
  const first = words[0];
  const last = words[words.length - 1];
  return words.length >= 2 && ((first !== undefined && PLACE_WORDS.has(first.toLowerCase())) || (last !== undefined && PLACE_WORDS.has(last.toLowerCase())));
}

/** Whether a name ends like a company's ("Novachlor Industries", "Brandtner Wohnbau GmbH"). */
export function endsLikeCompany(words: readonly string[]): boolean {
  const last = words[words.length - 1];
  return last !== undefined && COMPANY_ENDINGS.has(last.toLowerCase());
}

/** Folds case and accents, so "Seitkaliev" and "Seïtkaliev" compare equal. Short texts (names) are remembered. */
export function foldName(text: string): string {
  if (text.length > 64) return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  let result = foldedNames.get(text);
  if (result === undefined) {
    result = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    if (foldedNames.size > 50_000) foldedNames.clear();
    foldedNames.set(text, result);
  }
  return result;
}

/** How many name mentions back the last person before a pronoun is looked for, past its sentences. */
const LAST_PERSON_REACH = 500;

/** How many sentences back a pronoun or a subjectless verb looks for the person it stands for. */
const ANTECEDENT_REACH = 6;

export class Names {
  readonly mentions: NameMention[];
  private readonly byLastWord = new Map<string, NameMention[]>();
  /** The first mention of each distinct name, by its last word: what fullest() compares, once per form. */
  private readonly formsByLastWord = new Map<string, Map<string, NameMention>>();
  private readonly speech: SpeechMatchers;
  private readonly starts = new Map<number, number[]>();

  constructor(
    private readonly doc: Document,
    /** Sentences of the document, shared with the extractor that asks about names. */
    readonly sentences: SentenceIndex = new SentenceIndex(doc.paragraphs, doc.locale),
  ) {
    this.speech = speechMatchers(doc.locale);
    this.mentions = withoutLeadingBodies(findNames(doc), doc.text, this.speech);
    this.expansions = spelledOutAcronyms(doc.text, this.speech);
    // People take no article ("the Home Office", "die Naturschutzjugend NaJu Bayern", "las Fuerzas Armadas" are bodies),
    // not even one joined to a preposition ("compradores da Coreia do Sul e do Oriente Médio"),
    // and a body noun joined to a name is no person ("Union of Wales", "Banco do Brasil").
    for (const mention of this.mentions) {
      if (mention.titled) continue;
      if (this.speech.determinedAt(doc.text, mention.start) || headedByBody(mention, this.speech) || this.speech.contractedArticleAt(doc.text, mention.start)) {
        this.determined.add(foldName(mention.words.join(' ')));
      }
    }
    for (const mention of this.mentions) {
      const key = foldName(mention.words[mention.words.length - 1] as string);
      const list = this.byLastWord.get(key) ?? [];
      list.push(mention);
      this.byLastWord.set(key, list);
      const forms = this.formsByLastWord.get(key) ?? new Map<string, NameMention>();
      const form = mention.words.join(' ');
      if (!forms.has(form)) forms.set(form, mention);
      this.formsByLastWord.set(key, forms);
    }
  }

  /**
   * Mentions starting in [from, to), in text order: a binary search, so that a long article with
   * many quotes does not scan every name for each of them.
   */
  startingIn(from: number, to: number): NameMention[] {
    const first = countBelow(this.mentions, from, (mention) => mention.start);
    const found: NameMention[] = [];
    for (let i = first; i < this.mentions.length && (this.mentions[i] as NameMention).start < to; i++) found.push(this.mentions[i] as NameMention);
    return found;
  }

  /**
   * The fullest form the article uses for the name ending like this one: "Poutine" → "Vladimir
   * Poutine", "M. Seitkaliev" → "Daniyar Seïtkaliev".
   */
  fullest(mention: Pick<NameMention, 'words' | 'text'>): string {
    const { words } = mention;
    const last = words[words.length - 1];
    if (last === undefined) return '';
    const expanded = words.length === 1 ? this.expansions.get(last) : undefined;
    if (expanded) return expanded;
    // Distinct forms in order of first use: a name mentioned a thousand times is compared once.
    const candidates = this.formsByLastWord.get(foldName(last))?.values() ?? [];
    let best = mention.text.replace(/[ \u00a0]+/gu, ' ');
    let bestLength = words.length;
    for (const mention of candidates) {
      if (mention.words.length > bestLength && endsWithWords(mention.words, words)) {
        // As written, particles included ("Ursula von der Leyen").
        best = mention.text.replace(/[ \u00a0]+/gu, ' ');
        bestLength = mention.words.length;
      }
    }
    if (bestLength === 1) return this.byFirstName(words[0] as string) ?? this.byInnerSurname(words[0] as string) ?? this.byPetName(words[0] as string) ?? best;
    return best;
  }

  /**
   * A lone word that is the first of two surnames ("Ortega" for "Julián Ortega Sanz", as Spanish
   * and Portuguese name people): the full name, when exactly one name of three words or more has it inside.
   */
  private byInnerSurname(word: string): string | undefined {
    if (!this.innerSurnames) {
      this.innerSurnames = new Map();
      for (const mention of this.mentions) {
        if (this.isBody(mention.words)) continue;
        for (const inner of mention.words.slice(1, -1)) {
          const key = foldName(inner);
          const full = this.innerSurnames.get(key) ?? new Set<string>();
          full.add(mention.text.replace(/[ \u00a0]+/gu, ' '));
          this.innerSurnames.set(key, full);
        }
      }
    }
    const full = this.innerSurnames.get(foldName(word));
    return full?.size === 1 ? [...full][0] : undefined;
  }

  private innerSurnames: Map<string, Set<string>> | undefined;

  /**
   * A lone word that is no surname may be a first name ("Pauderney" for "Pauderney Avelino"):
   * the full name, when exactly one person in the article has that first name.
   */
  private byFirstName(word: string): string | undefined {
    const full = this.fullNamesByFirstName().get(foldName(word));
    return full?.size === 1 ? [...full][0] : undefined;
  }

  private firstNames: Map<string, Set<string>> | undefined;

  /** Names of two words or more, as written, by their first word folded. */
  private fullNamesByFirstName(): Map<string, Set<string>> {
    if (!this.firstNames) {
      this.firstNames = new Map();
      for (const mention of this.mentions) {
        if (mention.words.length < 2) continue;
        const key = foldName(mention.words[0] as string);
        const full = this.firstNames.get(key) ?? new Set<string>();
        full.add(mention.text.replace(/[ \u00a0]+/gu, ' '));
        this.firstNames.set(key, full);
      }
    }
    return this.firstNames;
  }

  /** Acronyms the article spells out ("l'Organisation mondiale de la santé (OMS)"), to the words they stand for. */
  private readonly expansions: ReadonlyMap<string, string>;

  /**
   * The name a mention starts, spelled out where the article gives the acronym after it:
   * "Organisation" at "l'Organisation mondiale de la santé (OMS)" is "Organisation mondiale de la
   * santé"; null when none starts there.
   */
  expansionAt(start: number): string | null {
    for (const expansion of this.expansions.values()) if (this.doc.text.startsWith(expansion, start)) return expansion;
    return null;
  }

  /** The spelled-out acronym whose first word is this noun ("organisation" → "Organisation mondiale de la santé"), or null. */
  expansionOpenedBy(noun: string): string | null {
    const key = foldName(noun);
    for (const expansion of this.expansions.values()) if (foldName(expansion.split(' ')[0] as string) === key) return expansion;
    return null;
  }

  private folded: string | undefined;

  /** The article folded for comparisons (case and accents), position for position. */
  private readonly memos = new Map<string, unknown>();

  /** A value computed once per document under `key`: what every quote of a long article would otherwise recompute. */
  memo<T>(key: string, compute: () => T): T {
    if (!this.memos.has(key)) this.memos.set(key, compute());
    return this.memos.get(key) as T;
  }

  get foldedText(): string {
    this.folded ??= foldName(this.doc.text);
    return this.folded;
  }

  /** Whether the name (a fullest form) is a person's. */
  isPersonName(name: string): boolean {
    this.personNames ??= new Set(this.mentions.filter((mention) => this.isPerson(mention.words)).map((mention) => this.fullest(mention)));
    return this.personNames.has(name);
  }

  private personNames: Set<string> | undefined;

  /**
   * A pet name made from a first name ("Fabinho" for Fábio Ramalho, "Juanito" for Juan Pérez):
   * the full name, when exactly one person of the article has a first name it shortens.
   */
  private byPetName(word: string): string | undefined {
    const folded = foldName(word);
    const suffix = this.speech.diminutiveSuffixes.find((ending) => folded.endsWith(ending) && folded.length - ending.length >= 3);
    if (suffix === undefined) return undefined;
    const stem = folded.slice(0, -suffix.length);
    const full = new Set<string>();
    for (const [first, names] of this.fullNamesByFirstName()) if (first.startsWith(stem) && first !== folded) for (const name of names) full.add(name);
    return full.size === 1 ? [...full][0] : undefined;
  }

  /** Whether the article writes the name after a determiner somewhere ("l'Ucraina", "the Home Office"): a body or a place. */
  isBody(words: readonly string[]): boolean {
    return this.determined.has(foldName(words.join(' ')));
  }

  /** Whether the words name a person: a titled name, a first and last name, or the surname of one. */
  isPerson(words: readonly string[]): boolean {
    const key = words.join(' ');
    let answer = this.personAnswers.get(key);
    if (answer === undefined) {
      answer = this.looksLikePerson(words);
      this.personAnswers.set(key, answer);
    }
    return answer;
  }

  private readonly personAnswers = new Map<string, boolean>();
  /** Names the article writes after a determiner somewhere: bodies and places, not people. */
  private readonly determined = new Set<string>();

  private looksLikePerson(words: readonly string[]): boolean {
    const last = words[words.length - 1];
    if (last === undefined || endsLikeCompany(words) || namesPlace(words)) return false;
    const candidates = this.byLastWord.get(foldName(last)) ?? [];
    if (candidates.some((mention) => mention.titled)) return true;
    if (this.isBody(words)) return false;
    if (words.length === 1 && (this.byFirstName(last) ?? this.byInnerSurname(last) ?? this.byPetName(last)) !== undefined) return true;
    return candidates.some((mention) => mention.words.length >= 2 && !this.isBody(mention.words));
  }

  /** Stretches of text (quotes) whose names are never the antecedent of a pronoun outside them. */
  private quoted: ReadonlyArray<{ start: number; end: number }> = [];

  setQuoted(ranges: ReadonlyArray<{ start: number; end: number }>): void {
    // Merged into disjoint stretches in text order, for a binary search per name.
    const merged: Array<{ start: number; end: number }> = [];
    for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
      const last = merged[merged.length - 1];
      if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
      else merged.push({ start: range.start, end: range.end });
    }
    this.quoted = merged;
  }

  /** Speakers found for the quotes so far, by the quote's opening mark: they are what the sentence holding the quote is about. */
  private readonly speakers: Array<{ at: number; name: string }> = [];

  noteSpeaker(at: number, name: string): void {
    // Kept in text order, which the searches below rely on.
    const last = this.speakers[this.speakers.length - 1];
    if (!last || last.at <= at) this.speakers.push({ at, name });
    else this.speakers.splice(countBelow(this.speakers, at + 1, (entry) => entry.at), 0, { at, name });
  }

  /**
   * The speaker of the last quote before `index` in its paragraph or the one before, a body only
   * when asked: what a text noun ("la déclaration") or a plural subject ("ils", "the leaders")
   * stands for.
   */
  speakerBefore(index: number, bodyOnly = false): string | null {
    const p = this.paragraphIndex(index);
    const from = this.doc.paragraphs[Math.max(0, p - 1)]?.start ?? 0;
    // Speakers are noted in text order: walk back from the last one before the index.
    for (let i = countBelow(this.speakers, index, (entry) => entry.at) - 1; i >= 0; i--) {
      const entry = this.speakers[i] as { at: number; name: string };
      if (entry.at < from) break;
      if (!bodyOnly || !this.isPersonName(entry.name)) return entry.name;
    }
    return null;
  }

  private paragraphIndex(index: number): number {
    return this.sentences.paragraphOf(index);
  }


  /**
   * Whom a pronoun or a subjectless verb at `index` stands for: the subject of the nearest
   * sentence that has one, walking back ("Ele atribuiu sua vitória contra Vieira Lima …" is
   * about the person of the sentence before, not Vieira Lima). A sentence's subject is its first
   * person named outside quotes and not in a complement ("with Tods Murray", "von der WWF"), or
   * the speaker of a quote it holds, whichever comes first. Past ANTECEDENT_REACH sentences, the
   * person mentioned last.
   */
  antecedentBefore(index: number, gender: Gender | null = null): string | null {
    const fits = (name: string) => gender === null || (this.genderOf(name) ?? gender) === gender;
    let p = this.paragraphIndex(index);
    let to = index;
    for (let seen = 0; p >= 0 && seen < ANTECEDENT_REACH; ) {
      const paragraph = this.doc.paragraphs[p] as Document['paragraphs'][number];
      const starts = this.sentenceStartsOf(p);
      const from = starts[countBelow(starts, to, (start) => start) - 1];
      if (from === undefined || to <= paragraph.start) {
        p--;
        to = this.doc.paragraphs[p]?.end ?? 0;
        continue;
      }
      const subject = this.subjectIn(from, to, fits, gender);
      if (subject) return subject;
      to = from;
      seen++;
    }
    const last = this.lastPersonBefore(index, fits);
    return last ? this.fullest(last) : null;
  }

  private genders: Map<string, Gender | null> | undefined;

  /** A person's gender, when a title or a determined role beside one of the mentions tells it and none contradicts. */
  genderOf(name: string): Gender | null {
    if (!this.genders) {
      this.genders = new Map();
      for (const mention of this.mentions) {
        if (!this.isPerson(mention.words)) continue;
        const gender = genderBeside(this.doc.text, mention, this.speech);
        if (!gender) continue;
        const key = this.fullest(mention);
        const known = this.genders.get(key);
        this.genders.set(key, known === undefined || known === gender ? gender : null);
      }
    }
    return this.genders.get(name) ?? null;
  }

  private sentenceStartsOf(p: number): number[] {
    let starts = this.starts.get(p);
    if (!starts) {
      starts = this.sentences.startsIn(p);
      this.starts.set(p, starts);
    }
    return starts;
  }


  private subjectIn(from: number, to: number, fits: (name: string) => boolean, gender: Gender | null): string | null {
    const named = this.startingIn(from, to).filter(
      (mention) => mention.end <= to && this.isPerson(mention.words) && !this.isQuoted(mention) && !this.speech.qualifiesRole(this.doc.text, mention.end),
    );
    const fitting = named.filter((mention) => fits(this.fullest(mention)));
    const subjects = fitting.filter((mention) => !this.inComplement(mention));
    // A person in a complement when the subject is of the other gender ("Herr Brandt hat mit Katrin Odermatt gesprochen … sagte sie").
    const people = subjects.length > 0 || fitting.length === named.length ? subjects : fitting;
    // For "she", a woman the text marks as one beats a person of unknown gender, who is more often a
    // man in the news; for "he" that person is as likely as a marked man, and the subject goes first
    // ("Peter Misselbrook said Mr McLetchie had … He added").
    const person = (gender === 'feminine' && people.find((mention) => this.genderOf(this.fullest(mention)) === gender)) || people[0];
    const speakers: Array<{ at: number; name: string }> = [];
    for (let i = countBelow(this.speakers, from, (entry) => entry.at); i < this.speakers.length && (this.speakers[i] as { at: number }).at < to; i++) {
      if (fits((this.speakers[i] as { name: string }).name)) speakers.push(this.speakers[i] as { at: number; name: string });
    }
    const [speaker] = speakers;
    // Two people quoted in turn ("X sagt: »…« und Y meint: »…«"): the one quoted last goes on.
    const last = speakers[speakers.length - 1] as { name: string } | undefined;
    if (last && last.name !== speaker?.name) return last.name;
    if (speaker && (!person || speaker.at < person.start)) return speaker.name;
    return person ? this.fullest(person) : null;
  }

  /** Where paragraph `p` starts (UTF-16). */
  paragraphStart(p: number): number {
    return this.doc.paragraphs[p]?.start ?? 0;
  }

  /** Whether the mention (or any stretch of text) lies inside a quote. */
  isQuoted(mention: { start: number; end: number }): boolean {
    const range = this.quoted[countBelow(this.quoted, mention.start + 1, (stretch) => stretch.start) - 1];
    return range !== undefined && mention.end <= range.end;
  }

  /** The person mentioned last before the index, outside quotes and complements. */
  lastPersonBefore(index: number, fits: (name: string) => boolean = () => true): NameMention | undefined {
    let fallback: NameMention | undefined;
    // From the last mention before the index back, at most LAST_PERSON_REACH of them.
    const last = countBelow(this.mentions, index, (mention) => mention.start) - 1;
    for (let i = last; i >= 0 && i > last - LAST_PERSON_REACH; i--) {
      const mention = this.mentions[i] as NameMention;
      if (mention.end > index || !this.isPerson(mention.words) || this.isQuoted(mention) || !fits(this.fullest(mention))) continue;
      if (!this.inComplement(mention)) return mention;
      fallback ??= mention;
    }
    return fallback;
  }

  /**
   * Whether a mention stands in a complement, right after a preposition or after a preposition and
   * the person's role ("dal presidente del consiglio Mario Draghi", "by the Labour leader Ed
   * Miliband"): such a person is seldom the one a later pronoun means.
   */
  private inComplement(mention: NameMention): boolean {
    const text = this.doc.text;
    if (this.speech.prepositionBefore(text, mention.start) >= 0) return true;
    const role = this.speech.roleBefore(text, Math.max(0, mention.start - 60), mention.start);
    return role !== null && this.speech.prepositionBefore(text, role.index) >= 0;
  }
}

/**
 * The gender marked beside one mention: a courtesy title ("Mme Ferrand", "Mr Pryce") or a role
 * in apposition with its determiner, before ("la maire de Valbrune, Odile Ferrand", "die
 * Bürgermeisterin Katrin Odermatt") or after ("Odile Ferrand, la maire").
 */
function genderBeside(text: string, mention: NameMention, speech: SpeechMatchers): Gender | null {
  const title = honorificBefore(text, mention.start, speech);
  if (title) {
    const gender = speech.genderMarked(title);
    if (gender) return gender;
  }
  const after = /^,[ \u00a0]+/u.exec(text.slice(mention.end, mention.end + 4));
  if (after) {
    const role = speech.roleAt(text, mention.end + after[0].length, Math.min(text.length, mention.end + 80));
    const gender = role ? speech.genderMarked(/^\p{L}+/u.exec(role.text)?.[0] ?? '') : null;
    if (gender) return gender;
  }
  // Within the mention's paragraph: a headline's "ein Hallenbad" marks nobody below it.
  const windowStart = Math.max(0, mention.start - 60, text.lastIndexOf('\n', mention.start) + 1);
  for (const word of text.slice(windowStart, mention.start).matchAll(/(?<![\p{L}'’])\p{L}+/gu)) {
    const at = windowStart + word.index;
    const gender = speech.genderMarked(word[0]);
    if (!gender) continue;
    const role = speech.roleAt(text, at, mention.start);
    if (role && APPOSITION.test(text.slice(at + role.text.length, mention.start))) return gender;
  }
  return null;
}

/** "(OMS)", "(ISW, por sus siglas en inglés)": an acronym in brackets, and whether a remark follows it. */
const BRACKETED_ACRONYM = /[ \u00a0]\((\p{Lu}[\p{Lu}\p{N}&-]*\p{Lu})(,[^)]{0,60})?\)/gu;

/**
 * Acronyms and the names they abbreviate, where the article writes the name with the acronym in
 * brackets after it: the words before the bracket whose initials spell the acronym ("Bund für
 * Umwelt und Naturschutz Deutschland (BUND)", "l'Organisation mondiale de la santé (OMS)"), or,
 * when a remark explains a foreign acronym ("(ISW, por sus siglas en inglés)"), the capitalised
 * name right before. The first spelling in the article wins.
 */
function spelledOutAcronyms(text: string, speech: SpeechMatchers): Map<string, string> {
  const found = new Map<string, string>();
  if (!text.includes('(')) return found;
  const minor = (word: string) => /^\p{Ll}/u.test(word) && (word.length <= 3 || speech.functionWords.has(word) || speech.conjunctions.has(word));
  const initial = (word: string) => foldName(word.charAt(0)).toUpperCase();
  for (const match of text.matchAll(BRACKETED_ACRONYM)) {
    const acronym = match[1] as string;
    if (found.has(acronym)) continue;
    const before = text.slice(Math.max(0, match.index - 120), match.index);
    const clause = before.slice(before.search(/[^,;:.!?()«»“”"\r\n]*$/u));
    const words = [...clause.matchAll(/(?:\p{Ll}['’])?([\p{L}\p{M}\p{N}-]+)/gu)].map((word) => ({ text: word[1] as string, at: match.index - clause.length + word.index + word[0].length - (word[1] as string).length }));
    const letters = foldName(acronym.replace(/[^\p{Lu}]/gu, '')).toUpperCase();
    let start: number | undefined;
    for (let i = words.length - 1; i >= 0 && words.length - i <= 10; i--) {
      const word = words[i] as { text: string; at: number };
      if (!/^\p{Lu}/u.test(word.text)) continue;
      const initials = words.slice(i).filter((w) => !minor(w.text)).map((w) => initial(w.text)).join('');
      if (initials === letters) start = word.at;
    }
    if (start === undefined && match[2]) {
      // The longest run of capitalised and minor words ending at the bracket.
      let i = words.length;
      while (i > 0 && (/^\p{Lu}/u.test((words[i - 1] as { text: string }).text) || minor((words[i - 1] as { text: string }).text))) i--;
      while (i < words.length && (minor((words[i] as { text: string }).text) || speech.functionWords.has((words[i] as { text: string }).text.toLowerCase()))) i++;
      if (words.length - i >= 2) start = (words[i] as { at: number }).at;
    }
    if (start !== undefined) found.set(acronym, text.slice(start, match.index).replace(/[\s\u00a0]+/gu, ' ').trim());
  }
  return found;
}

/**
 * "il presidente del Consiglio Ue Charles Michel": a body's name the article also writes alone as
 * a complement ("dell'Ue") is no part of the person's name that follows it.
 */
function withoutLeadingBodies(mentions: NameMention[], text: string, speech: SpeechMatchers): NameMention[] {
  const bodies = new Set(
    mentions.filter((mention) => mention.words.length === 1 && (speech.prepositionBefore(text, mention.start) >= 0 || speech.determinedAt(text, mention.start))).map((mention) => mention.text),
  );
  if (bodies.size === 0) return mentions;
  return mentions.map((mention) => {
    const first = mention.words[0] as string;
    if (mention.words.length < 3 || mention.titled || !bodies.has(first) || !mention.text.startsWith(first) || namesBody(mention.words[mention.words.length - 1] as string, speech)) return mention;
    const cut = mention.text.slice(first.length).search(/\S/u) + first.length;
    return { ...mention, start: mention.start + cut, text: mention.text.slice(cut), words: mention.words.slice(1) };
  });
}

/** Between a role and its name: spaces, or a comma after a short complement ("de Valbrune,", "von Lindenau,"). */
const APPOSITION = /^(?:[ \u00a0]+|(?:[ \u00a0]+(?:\p{Lu}[\p{L}'’-]*|\p{Ll}{1,4}['’]?))*,[ \u00a0]+)$/u;

function endsWithWords(longer: readonly string[], shorter: readonly string[]): boolean {
  const offset = longer.length - shorter.length;
  return shorter.every((word, i) => foldName(word) === foldName(longer[offset + i] as string));
}

interface Word {
  text: string;
  at: number;
}

/** A number right before a word: up to three digits, or grouped or decimal ("15 ", "5.000 ", "2,5 "); not a year. */
const COUNTED = /(?<![\p{N}.,])(?:\d{1,3}(?:[.,\u00a0\u202f ]\d{3})*(?:,\d+)?|\d+,\d+)[ \u00a0\u202f]+$/u;

function findNames(doc: Document): NameMention[] {
  const speech = speechMatchers(doc.locale);
  const { honorifics, roleWords, functionWords: common } = speech;
  const lowerWords = new LowerCaseWords(doc.text);
  const midSentence = capitalsMidSentence(doc.text);
  const mentions: NameMention[] = [];
  const runs = new RegExp(NAME_RUN.source, 'gu');
  for (let match = runs.exec(doc.text); match; match = runs.exec(doc.text)) {
    const runAt = match.index;
    // "15 Millionen Euro", "230 Einsätze": a capitalised word counted by a number is no name.
    if (COUNTED.test(doc.text.slice(Math.max(0, runAt - 12), runAt))) continue;
    let words: Word[] = [...match[0].matchAll(/[^ \u00a0]+/gu)].map((word) => ({ text: word[0], at: runAt + word.index }));
    // An elided article opening a sentence is no part of the name: "L’Unesco", "D’après".
    const opening = words[0] as Word;
    // "L'uomo di Kiev": what follows the article is a common word, dropped below.
    if (/^\p{Lu}['’]\p{L}/u.test(opening.text)) words[0] = { text: opening.text.slice(2), at: opening.at + 2 };
    // A particle joins a surname ("von der Leyen"), not a body ("von der WWF-Jugend", "von der
    // Naturschutzjugend NaJu Bayern"): the run ends before it.
    const particle = words.findIndex((word) => /^\p{Ll}/u.test(word.text));
    let bodyHead: Word | undefined;
    const link = particle > 0 ? (words[particle] as Word).text + (/^\p{Ll}/u.test(words[particle + 1]?.text ?? '') ? ` ${(words[particle + 1] as Word).text}` : '') : '';
    if (particle > 0 && BODY_LINKS.has(link)) {
      const head = words.slice(0, particle).find((word) => speech.roleKind(word.text) === 'body');
      const after = words.slice(particle).filter((word) => !/^\p{Ll}/u.test(word.text));
      if (head && after.length > 0) bodyHead = head;
      // "Charles de Gaulle", "Rio de Janeiro", "Maria da Conceição Fidalgo": one word before a name
      // particle and one or two after is one name; after a full name the particle is a
      // preposition ("Marc Vidal de Lyon").
      else if (particle === 1 && after.length >= 1 && after.length <= 2 && NAME_PARTICLE_LINKS.has(link) && !after.some((word) => namesBody(word.text, speech))) {
        // Kept whole.
      } else {
        const next = words.slice(particle).find((word) => !/^\p{Ll}/u.test(word.text));
        if (next) runs.lastIndex = next.at;
        words = words.slice(0, particle);
      }
    } else if (particle > 0) {
      const after = words.slice(particle).filter((word) => !/^\p{Ll}/u.test(word.text));
      // "Maria da Conceição Fidalgo": one word before a name particle, two after, is one name too.
      const twoAfter = particle === 1 && after.length === 2 && NAME_PARTICLE_LINKS.has(link);
      if ((after.length !== 1 && !twoAfter) || after.some((word) => /\p{Lu}{2}/u.test(word.text) || namesBody(word.text, speech))) {
        // The words after the particle are a name of their own ("Según el CMS"): read them next.
        const next = words.slice(particle).find((word) => !/^\p{Ll}/u.test(word.text));
        if (next) runs.lastIndex = next.at;
        words = words.slice(0, particle);
      }
    }
    let titled = false;
    // "Prime Minister Jane Doe", "Russian President Vladimir Putin", "Labour MSP Jane Doe",
    // "Mr Smith": the name follows the role, the acronym or the courtesy title.
    // Not inside an organisation's name, which ends with a body noun ("Mid-Fenland Hospitals NHS Trust").
    const organisation = words.length > 1 && namesBody((words[words.length - 1] as Word).text, speech);
    const cut = organisation
      ? -1
      : words.findLastIndex(
          (word, i) => i < words.length - 1 && word !== bodyHead && !/^\p{Ll}/u.test(word.text) && (isRoleWord(word.text, speech) || honorifics.has(word.text.toLowerCase()) || isAcronym(word.text)),
        );
    if (cut >= 0) {
      titled = honorifics.has((words[cut] as Word).text.toLowerCase());
      words = words.slice(cut + 1);
    }
    // "il ministro degli Esteri Luigi Marra", "il presidente della Repubblica Sergio Mattarella":
    // after a role and its preposition, the first capitalised words name the office, the last two the person.
    if (cut < 0 && !organisation && words.length >= 3 && roleBeforeComplement(doc.text, (words[0] as Word).at, speech)) words = words.slice(-2);
    // "Vorstandschefin Dr. Katrin Wendler", "chief executive Dr. Jane Doe": a courtesy title ends
    // the run before its dot, and is no name of its own (the name is the next run).
    while (words.length > 0 && honorifics.has((words[words.length - 1] as Word).text.toLowerCase())) words = words.slice(0, -1);
    // A capitalised common word opening a sentence ("Le", "Dans", "The", "We") is not part of a name.
    while (words.length > 0 && words[0] !== bodyHead && honorificBefore(doc.text, (words[0] as Word).at, speech) === null && startsLikeCommonWord(words as Word[], doc.text, lowerWords, common, midSentence, speech)) {
      words = words.slice(1);
    }
    // German writes every noun with a capital: "die Gewerkschaft Verdi", "der Firma Lenz & Söhne"
    // name Verdi and Lenz & Söhne; the body noun before is common.
    while (speech.capitalisedNouns && words.length > 1 && words[0] !== bodyHead && speech.roleKind((words[0] as Word).text) === 'body') words = words.slice(1);
    const first = words[0];
    if (!first) continue;
    const last = words[words.length - 1] as Word;
    const end = last.at + last.text.length;
    const names = words.map((word) => word.text).filter((word) => !/^\p{Ll}/u.test(word) && word !== '&');
    // A lone capital is an initial or an honorific (M., J.), not a name; nor is a role alone ("Premier").
    // Role and body nouns alone are no names ("Ministerin", "el Gobierno chileno"): they are read as roles.
    if (names.every((word) => word.length === 1 || roleWords.has(word.toLowerCase()) || speech.roleKind(word) === 'body')) continue;
    titled ||= honorificBefore(doc.text, first.at, speech) !== null;
    mentions.push({ start: first.at, end, text: doc.text.slice(first.at, end), words: names, titled });
  }
  return mentions;
}

/** Whether a name opens with a body noun: "Union of Wales", "Câmara dos Deputados", "Amtsgericht Kaltenau". */
function headedByBody(mention: NameMention, speech: SpeechMatchers): boolean {
  const head = mention.words[0] as string;
  return mention.words.length >= 2 && mention.text.startsWith(head) && namesBody(head, speech);
}

/**
 * A body's name in the genitive where every noun takes a capital, as the nominative ("des
 * Landeswirtschaftsministeriums" → "Landeswirtschaftsministerium"): a compound whose case
 * ending hides its body noun. Any other word is returned as it is.
 */
export function bodyNominative(word: string, speech: SpeechMatchers): string {
  if (!speech.capitalisedNouns || namesBody(word, speech)) return word;
  const lower = word.toLowerCase();
  const stem = declensionStems(lower).find((form) => form !== lower && namesBody(form, speech));
  return stem === undefined ? word : word.slice(0, stem.length);
}

/** A body noun, or a compound ending in one ("Kommission", "Arbeitsgemeinschaft"): no surname. */
function namesBody(word: string, speech: SpeechMatchers): boolean {
  const isBody = (noun: string) => speech.roleKind(noun) === 'body';
  return isBody(word) || (speech.capitalisedNouns && hasListedTail(word, 4, isBody));
}

/** Whether the word ends, past its first three letters, in a listed noun of `shortest` letters or more. */
function hasListedTail(word: string, shortest: number, listed: (tail: string) => boolean): boolean {
  for (let cut = 3; cut <= word.length - shortest; cut++) if (listed(word.slice(cut))) return true;
  return false;
}

/** Whether a role word and a preposition stand right before `at` ("ministro degli", "minister of the"). */
function roleBeforeComplement(text: string, at: number, speech: SpeechMatchers): boolean {
  const preposition = speech.prepositionBefore(text, at);
  if (preposition < 0) return false;
  const role = /(\p{L}+)[\s\u00a0]+$/u.exec(text.slice(Math.max(0, preposition - 30), preposition));
  return role !== null && isRoleWord(role[1] as string, speech);
}

/**
 * A role word, or a compound ending in one ("Landeswirtschaftsministerin"; where every noun takes a
 * capital, also a four-letter one, "Firmenchef", and a declined one, "des Meteorologen").
 */
function isRoleWord(word: string, speech: SpeechMatchers): boolean {
  const lower = word.toLowerCase();
  const forms = speech.capitalisedNouns ? [lower, ...declensionStems(lower)] : [lower];
  const shortest = speech.capitalisedNouns ? 4 : 5;
  const isRole = (noun: string) => speech.roleWords.has(noun);
  return forms.some((form) => isRole(form) || hasListedTail(form, shortest, isRole));
}


/** "OTAN", "SEC", "NaJu" is not: two capitals at least, no lower-case letter. */
export function isAcronym(word: string): boolean {
  return word.length >= 2 && word === word.toUpperCase() && /\p{Lu}{2}/u.test(word);
}

/** Just after a sentence end; "M. " and "J. " (an abbreviation or an initial) are not one. */
const SENTENCE_START = /(?:^|(?<![\s\u00a0.]\p{Lu}{1,3})[.!?…]["»”’)]*[\s\u00a0]+|[\r\n][\s\u00a0]*|[«“„‘‚][\s\u00a0]*|(?<![,;:][\s\u00a0]*)"[\s\u00a0]*)$/u;

function startsLikeCommonWord(
  words: readonly Word[],
  text: string,
  lowerWords: LowerCaseWords,
  common: ReadonlySet<string>,
  midSentence: ReadonlySet<string>,
  speech: SpeechMatchers,
): boolean {
  const word = words[0] as Word;
  if (/^\p{Ll}/u.test(word.text)) return true;
  if (isCommonWord(word.text, lowerWords, common)) return true;
  // A lone word capitalised only where sentences start ("We", "However") is no name; the first
  // word of a longer run ("David McLetchie") may well be one, and so is a word a colon and a quote
  // follow, or the subject of a speech verb that a colon or a quote follows ("Brandt sagte: „…“";
  // not "Dabei sagte er").
  return (
    words.length === 1 &&
    SENTENCE_START.test(text.slice(Math.max(0, word.at - 4), word.at)) &&
    !midSentence.has(word.text) &&
    !isAcronym(word.text) &&
    !speaksWithColon(text, word.at + word.text.length, speech)
  );
}

function speaksWithColon(text: string, end: number, speech: SpeechMatchers): boolean {
  // "Bruni: «…»", "Zelensky: "Putin come Hitler"".
  if (/^[ \u00a0]*:[ \u00a0]*[«»“„"‹]/u.test(text.slice(end, end + 5))) return true;
  const gap = /^[ \u00a0]+/u.exec(text.slice(end, end + 4))?.[0].length ?? 0;
  if (gap === 0) return false;
  // "Ilayda sagt: »…«", or with where the speaker comes from: "Ilayda von der WWF-Jugend sagt: »…«".
  return [end + gap, ...affiliationEnds(text, end + gap, speech)].some((at) => {
    const verb = speech.verbAt(text, at);
    return verb !== null && /^[ \u00a0]*[:,«»“„"]/u.test(text.slice(at + verb.text.length, at + verb.text.length + 4));
  });
}

/** Word starts after a short complement naming a body or place ("von der WWF-Jugend ", "de Greenpeace "). */
function affiliationEnds(text: string, at: number, speech: SpeechMatchers): number[] {
  const words = [...text.slice(at, at + 60).matchAll(/[^\s\u00a0]+/gu)].map((word) => ({ text: word[0], at: at + word.index }));
  const ends: number[] = [];
  let named = false;
  for (let i = 1; i < words.length; i++) {
    const word = words[i] as { text: string; at: number };
    if (/[,;:.!?«»“”„"]/u.test((words[i - 1] as { text: string }).text)) break;
    if (named) ends.push(word.at);
    if (/^\p{Lu}/u.test(word.text)) {
      if (speech.prepositionBefore(text, word.at) !== at) break;
      named = true;
    } else if (named) break;
  }
  return ends;
}

/** Capitalised words that also stand inside sentences, after a lower-case word or a comma. */
function capitalsMidSentence(text: string): Set<string> {
  // No look-behind: a variable-length one made this the slowest step of finding names.
  const found = new Set<string>();
  for (const match of text.matchAll(/[\p{Ll},;:](?=[ \u00a0]+(\p{Lu}[\p{L}\p{M}'’-]*))/gu)) found.add(match[1] as string);
  return found;
}

function isCommonWord(word: string, lowerWords: LowerCaseWords, common: ReadonlySet<string>): boolean {
  const lower = word.toLowerCase();
  if (common.has(lower)) return true;
  // All capitals (an acronym) or a word the article never writes in lower case is a name.
  return word !== word.toUpperCase() && lowerWords.has(lower);
}

/** What continues a word: letters, digits, and the joiners of handles and tags ("@victor_madrigal"). */
const LETTER = /[\p{L}\p{M}\p{N}_@#]/u;
const NON_LETTER = /[^\p{L}\p{M}\p{N}_@#]/u;
/** Text length from which LowerCaseWords reads all words at once. */
const WHOLE_WORDS_FROM = 20_000;

/**
 * Whether a word stands somewhere in the text in lower case ("le" for "Le"), asked only for the
 * few capitalised words that open a run, and remembered.
 */
/** Whether the text writes a word in lower case ("dieser" for "Dieser"): then its capital is a sentence's, not a name's. */
export class LowerCaseWords {
  private readonly answers = new Map<string, boolean>();
  /** Every run of word characters of a long text, read once: a search per word is quadratic there. */
  private words: Set<string> | undefined;

  constructor(private readonly text: string) {}

  has(lower: string): boolean {
    // A long text is split once into its words; a news-length one is searched word by word,
    // which costs less than splitting it.
    if (this.text.length > WHOLE_WORDS_FROM && !NON_LETTER.test(lower)) {
      this.words ??= new Set(this.text.split(/[^\p{L}\p{M}\p{N}_@#]+/u));
      return this.words.has(lower);
    }
    let answer = this.answers.get(lower);
    if (answer === undefined) {
      answer = false;
      for (let at = this.text.indexOf(lower); at !== -1 && !answer; at = this.text.indexOf(lower, at + 1)) {
        answer = !LETTER.test(this.text.charAt(at - 1)) && !LETTER.test(this.text.charAt(at + lower.length));
      }
      this.answers.set(lower, answer);
    }
    return answer;
  }
}

/** The courtesy title right before `start` ("M.", "Mrs", "Mademoiselle"), as written, or null. */
function honorificBefore(text: string, start: number, speech: SpeechMatchers): string | null {
  const before = /(\S+)[ \u00a0]+$/u.exec(text.slice(Math.max(0, start - 14), start));
  const word = before?.[1];
  return word !== undefined && speech.isHonorific(word) ? word : null;
}
