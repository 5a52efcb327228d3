import { bodyNominative, endsLikeCompany, foldName, isAcronym, type NameMention, type Names } from '../names.js';
import type { FoundRole, SpeechMatchers } from './lexicon.js';

/** Who said a quote, as found in the text around it. */
export interface Attribution {
  /** Fullest form of the speaker's name; null when only a cue was found. */
  name: string | null;
  /** The words naming the speaker here ("M. Nazirov", "le président kazakh", "il"), UTF-16 range. */
  mention: { start: number; end: number } | null;
  cue: string | null;
  /** The text gives the speaker as somebody it does not name ("said a resident"): nobody else is. */
  unnamed?: boolean;
}

export interface QuoteContext {
  text: string;
  /** Opening and closing mark positions (UTF-16) of the quote, marks included in [open, close]. */
  open: number;
  close: number;
  /** Start of the sentence holding the opening mark, and end of the one holding the closing mark. */
  sentenceStart: number;
  sentenceEnd: number;
  /** Start of the sentence before, when the quote opens its own sentence. */
  previousSentenceStart: number | null;
  /** Start of the sentence before the quote's own in its paragraph, if any. */
  priorSentenceStart: number | null;
  /** The speaker of the quote before, when it stands in the same or the previous paragraph. */
  previousSpeaker: Attribution | null;
}

const SKIP_PUNCTUATION = /^[\s\u00a0\u202f,.;:!?…—–-]*/u;
const SPACES = /^[\s\u00a0\u202f]*/u;
/** Longest stretch between a subject and its verb that still reads as one clause ("X, the minister, said"). */
const MAX_SUBJECT_GAP = 80;
/** Most words before the name opening a sentence whose partial quote it is taken to say. */
const MAX_SUBJECT_LEAD = 3;
/** Longest prepositional complement a subject may carry before its verb ("X von der … aus Bayern erklärt"). */
const MAX_COMPLEMENT = 120;

/**
 * Finds the speaker of one quote, trying in turn: the attribution right after the closing mark
 * (", a déclaré M. X", ", s'est félicité le président russe", ", dit-il", ", Smith said"), a
 * source preposition ("selon X", "according to X"), the verb before the quote in its sentence
 * and that verb's subject, and the sentence before ("X a salué ces annonces en ces termes :").
 */
export function attribute(context: QuoteContext, names: Names, speech: SpeechMatchers): Attribution | null {
  return (
    afterQuote(context, names, speech) ??
    byPreposition(context, names, speech) ??
    withAgent(beforeQuote(context.text, context.sentenceStart, context.open, names, speech), context, names, speech) ??
    byColon(context, names, speech) ??
    closingAttribution(context, names, speech) ??
    (context.previousSentenceStart === null
      ? null
      : (beforeQuote(context.text, context.previousSentenceStart, context.sentenceStart, names, speech) ??
        byPreposition({ ...context, close: context.sentenceStart - 1, sentenceEnd: context.sentenceStart, open: context.sentenceStart, sentenceStart: context.previousSentenceStart }, names, speech))) ??
    textSource(context, names, speech) ??
    reportedOn(context, names, speech)
  );
}

/**
 * The person a cueless fragment is quoted from: the subject opening its sentence ("E del resto
 * Zelensky ha rinsaldato i rapporti con l'Europa, parte di « un mondo libero … »"). Only for
 * partial quotes, which reporters weave into a sentence about the person whose words they are.
 */
export function sentenceSubject(context: Omit<QuoteContext, 'previousSpeaker'>, names: Names, speech: SpeechMatchers): Attribution | null {
  const { text } = context;
  const subject = names
    .startingIn(context.sentenceStart, context.open)
    .find((mention) => mention.end <= context.open && names.isPerson(mention.words) && !names.isQuoted(mention) && outsideComplements(text, mention, speech));
  // Opening the sentence, after a few words at most ("E del resto", "Le président"): after more,
  // it may be an object ("La police a arrêté Jean Dupont, accusé d'avoir « … »").
  const lead = subject ? text.slice(context.sentenceStart, subject.start).match(/\p{L}+/gu)?.length ?? 0 : 0;
  return subject && lead <= MAX_SUBJECT_LEAD ? { ...named(names, subject), cue: null } : null;
}

/**
 * Reported speech going on in the next sentence: "…, sagte Henneberger: Man werde dafür sorgen,
 * dass … . Dies werde man »parlamentarisch kontrollieren«." A quote whose own sentence has no cue
 * and names nobody takes the person the sentence before quotes, when that sentence attributes
 * speech to a person.
 */
function reportedOn(context: QuoteContext, names: Names, speech: SpeechMatchers): Attribution | null {
  if (context.priorSentenceStart === null || context.previousSentenceStart !== null) return null;
  const { text } = context;
  if (names.startingIn(context.sentenceStart, context.sentenceEnd).some((mention) => mention.end <= context.sentenceEnd && (mention.end <= context.open || mention.start > context.close))) return null;
  const found = beforeQuote(text, context.priorSentenceStart, context.sentenceStart, names, speech) ?? afterVerbAtEnd(context, names, speech);
  return found?.name && names.isPersonName(found.name) ? found : null;
}

/** The attribution ending a sentence ("…, sagte Henneberger:"), as a subject after its verb. */
function afterVerbAtEnd(context: QuoteContext, names: Names, speech: SpeechMatchers): Attribution | null {
  const from = context.priorSentenceStart ?? context.sentenceStart;
  const verbs = speech.verbsIn(context.text, from, context.sentenceStart);
  const verb = verbs[verbs.length - 1];
  if (!verb) return null;
  const speaker = speakerAt(context.text, verb.index + verb.text.length, context.sentenceStart, names, speech, context.open, false);
  return speaker ? { ...speaker, cue: verb.text } : null;
}

/**
 * A quote read in a text ("selon un projet de déclaration", "according to the report"): the
 * subject opening the sentence wrote it ("Les sept puissances du G7 se sont engagées à « … »,
 * selon un projet de déclaration"), or else whoever was quoted from a text just before.
 */
function textSource(context: QuoteContext, names: Names, speech: SpeechMatchers): Attribution | null {
  const found = byPreposition(context, names, speech, true);
  if (!found) return null;
  // Not a pronoun: "Il faudra « … », selon ce communiqué" is impersonal.
  const subject = speakerAt(context.text, context.sentenceStart, context.open, names, speech, context.open, false);
  return subject?.name ? { ...subject, cue: found.cue } : found;
}

/**
 * A cue before the quote with nobody found for it may have its speaker after the quote, as the
 * agent of a passive ("è stato chiamato « dittatore » dal presidente del consiglio Mario Draghi").
 */
function withAgent(found: Attribution | null, context: QuoteContext, names: Names, speech: SpeechMatchers): Attribution | null {
  if (!found || found.name) return found;
  const agent = speakerAfterPhrase(context.text, context.close + 1, context.sentenceEnd, names, speech);
  return agent?.name ? { ...agent, cue: found.cue } : found;
}

function afterQuote(context: QuoteContext, names: Names, speech: SpeechMatchers): Attribution | null {
  const { text } = context;
  const from = context.close + 1;
  const rest = text.slice(from, context.sentenceEnd);
  const skipped = SKIP_PUNCTUATION.exec(rest)?.[0].length ?? 0;
  const at = from + skipped;
  const tail = text.slice(at, context.sentenceEnd);
  // Inverted: cue then speaker (", a déclaré M. Nazirov", "—dijo el ministro", ", said Smith", ", dit-il").
  const cue = tail === '' ? null : speech.verbAt(text, at);
  if (cue) {
    const cueText = cue.text;
    const clitic = pronounInCue(cueText, speech);
    const afterCue = speech.adverbsAfter(text, at + cueText.length, context.sentenceEnd);
    // "…, raconte une habitante", "said a resident": somebody the article does not name.
    const subjectAt = nextWordAfter(text, afterCue);
    if (speech.indefiniteAt(text, subjectAt)) return { ...unnamedSpeaker(text, subjectAt, context.sentenceEnd, names, speech), cue: cueText };
    const speaker = speakerAt(text, afterCue, context.sentenceEnd, names, speech, context.open);
    if (speaker) return { ...speaker, cue: cueText };
    // "fanno sapere dalla Prefettura", "señalaron desde el Ministerio": where the words come from.
    const source = clitic ? null : sourceOpening(text, afterCue, context.sentenceEnd, names, speech);
    if (source) return { ...source, cue: cueText };
    if (clitic) return { ...resolvePronoun(text, names, speech, context.open, clitic.start + at, clitic.end + at), cue: cueText };
    const later = speakerAfterPhrase(text, afterCue, context.sentenceEnd, names, speech);
    if (later) return { ...later, cue: cueText };
    // A verb with no subject ("«…», dice beffardo", "—añadió."): in languages that drop
    // subject pronouns, the speaker goes on from the quote before.
    // The verb itself is what designates the speaker here, so it is the mention.
    const verbMention = { start: at, end: at + cueText.length };
    const name = names.antecedentBefore(context.open) ?? context.previousSpeaker?.name ?? null;
    return { name, mention: name ? verbMention : null, cue: cueText };
  }
  // Normal order: speaker then cue (", Smith said", ", he added", ", the prime minister said").
  const speaker = speakerAt(text, at, context.sentenceEnd, names, speech, context.open);
  if (speaker?.mention) {
    const between = text.slice(speaker.mention.end, context.sentenceEnd);
    // ", the company's chief executive, Mark Lyle, told the BBC": an apposition opened by a comma closes with one.
    const apposition = text.slice(speaker.mention.start, speaker.mention.end).includes(',');
    const gap = (apposition ? /^,?[\s\u00a0]*/u : SPACES).exec(between)?.[0].length ?? 0;
    const verb = speech.verbAt(text, speaker.mention.end + gap);
    if (verb) return { ...speaker, cue: verb.text };
  }
  return byNounOfSpeech(text, at, context.sentenceEnd, names, speech);
}

/** How far after the quote a noun of speech may stand (", è il commento di Marra", ", ces mots du ministre"). */
const MAX_NOUN_GAP = 20;

/** "«…», è il commento di Marra", "—les mots de Macron": a noun for what was said, and its speaker in a complement. */
function byNounOfSpeech(text: string, at: number, end: number, names: Names, speech: SpeechMatchers): Attribution | null {
  const [noun] = speech.speechNounsIn(text, at, Math.min(end, at + MAX_NOUN_GAP + 20));
  if (!noun || noun.index > at + MAX_NOUN_GAP) return null;
  const after = noun.index + noun.text.length;
  const name = names.startingIn(after + 1, after + 13).find((mention) => speech.prepositionBefore(text, mention.start) >= after);
  if (name) return { ...named(names, name), cue: noun.text };
  const preposition = /^[\s\u00a0]+\p{L}+['’]?[\s\u00a0]*/u.exec(text.slice(after, after + 12));
  const role = preposition ? speech.roleAt(text, after + preposition[0].length, end) : null;
  return role && speech.prepositionBefore(text, nextWordAfter(text, after + (preposition?.[0].length ?? 0))) >= after ? { ...resolveRole(text, names, role, speech), cue: noun.text } : null;
}

/** How far before the sentence end an inverted attribution closing it may start ("…, expliquent les sept dirigeants."). */
const CLOSING_REACH = 200;

/** How far after an inverted verb its subject may stand ("a plaidé au Conseil des droits de l'Homme l'ambassadeur X"). */
const MAX_INVERTED_GAP = 90;

/**
 * The subject of an inverted verb after a prepositional phrase: the first person named before
 * the clause ends, or else a role phrase.
 */
function speakerAfterPhrase(text: string, from: number, end: number, names: Names, speech: SpeechMatchers): Omit<Attribution, 'cue'> | null {
  const clause = text.slice(from, Math.min(end, from + MAX_INVERTED_GAP));
  const clauseEnd = from + (/[,;:.!?]/u.exec(clause)?.index ?? clause.length);
  // A name after a determiner is a place or a body ("en el Palacio Legislativo"), not the subject.
  // Nor one governed by a preposition ("le directeur général de Novachlor").
  const person = names.startingIn(from, clauseEnd).find(
    (mention) => mention.end <= clauseEnd && names.isPerson(mention.words) && !speech.functionWordBefore(text, mention.start) && speech.prepositionBefore(text, mention.start) < from,
  );
  if (person) return named(names, person);
  // Complements ("dans une déclaration", "au Conseil des droits de l'Homme") are skipped.
  for (const word of text.slice(from, clauseEnd).matchAll(/(?<![\p{L}'’-])\p{L}/gu)) {
    const at = from + word.index;
    if (speech.prepositionBefore(text, at) >= from) continue;
    // A body as inverted subject ("demande dans une déclaration le G7"), when it cannot be a
    // capitalised common noun (German "ein Pendler"): an acronym or several capitalised words.
    const body = names.startingIn(at, at + 1).find((mention) => plainlyAName(mention, speech));
    if (body) return named(names, body);
    const role = speech.roleAt(text, at, clauseEnd);
    // With the name in apposition past the clause's comma ("a expliqué à l'AFP le directeur général du groupe, Olivier Desrosiers").
    if (role) return speakerAt(text, at, end, names, speech, at, false) ?? resolveRole(text, names, role, speech);
  }
  return null;
}

/**
 * An inverted attribution closing the sentence, further on than right after the quote: "Ce club
 * sera un « forum … » ouvert à tous les pays, expliquent les sept dirigeants." It must reach the
 * sentence end, so that it attributes the whole sentence.
 */
function closingAttribution(context: QuoteContext, names: Names, speech: SpeechMatchers): Attribution | null {
  const { text } = context;
  // The attribution ends the sentence, so only its last stretch is searched: in a long run-on
  // "sentence" each quote would otherwise read all the commas after it.
  const from = Math.max(context.close + 1, context.sentenceEnd - CLOSING_REACH);
  const tail = text.slice(from, context.sentenceEnd);
  let at = -1;
  let cue: ReturnType<SpeechMatchers['verbAt']> = null;
  for (let comma = tail.lastIndexOf(','); comma >= 0 && !cue; comma = comma === 0 ? -1 : tail.lastIndexOf(',', comma - 1)) {
    at = nextWordAfter(text, from + comma + 1);
    cue = speech.verbAt(text, at);
  }
  if (!cue) return null;
  const afterCue = speech.adverbsAfter(text, at + cue.text.length, context.sentenceEnd);
  const clitic = pronounInCue(cue.text, speech);
  const speaker = speakerAt(text, afterCue, context.sentenceEnd, names, speech, context.open) ?? (clitic ? resolvePronoun(text, names, speech, context.open, at + clitic.start, at + clitic.end) : null);
  if (!speaker?.name || !speaker.mention) return null;
  const end = Math.max(speaker.mention.end, at + cue.text.length);
  return /^[\s\u00a0.!?…)»”"]*$/u.test(text.slice(end, context.sentenceEnd)) ? { ...speaker, cue: cue.text } : null;
}

/** "X : « … »": the person named in the sentence before the colon that opens the quote. */
function byColon(context: QuoteContext, names: Names, speech: SpeechMatchers): Attribution | null {
  if (!endsBefore(context.text, context.open, ':', context.sentenceStart)) return null;
  // "Il sindaco: «…»", "Le ministre : « … »" (headlines): the role's holder.
  const colon = context.text.lastIndexOf(':', context.open);
  const role = speech.roleBefore(context.text, context.sentenceStart, colon);
  if (role && role.index <= nextWordAfter(context.text, context.sentenceStart) && speech.roleKind(role.noun) === 'person') {
    const holder = resolveRole(context.text, names, role, speech);
    if (holder.name) return { ...holder, cue: null };
  }
  const person = names.startingIn(context.sentenceStart, context.open).reverse().find((mention) => mention.end <= context.open && names.isPerson(mention.words));
  if (person) return { ...named(names, person), cue: null };
  // "Preguntada por los cortes, ella no lo descartó: «…»": a subject pronoun before the colon.
  for (const word of context.text.slice(context.sentenceStart, colon).matchAll(/(?<![\p{L}'’])\p{L}+/gu)) {
    if (!speech.pronouns.has(word[0].toLowerCase()) || speech.pluralPronoun(word[0])) continue;
    const start = context.sentenceStart + word.index;
    const pronoun = resolvePronoun(context.text, names, speech, context.open, start, start + word[0].length);
    if (pronoun.name) return { ...pronoun, cue: null };
  }
  // "Bruni: «…»": a lone name opening the sentence, that the article never writes as a body or a place.
  const first = nextWordAfter(context.text, context.sentenceStart);
  const lone = names.startingIn(first, first + 1).find((mention) => /^[\s\u00a0]*:[\s\u00a0]*$/u.test(context.text.slice(mention.end, context.open)));
  return lone && !names.isBody(lone.words) ? { ...named(names, lone), cue: null } : null;
}

/**
 * A source preposition and its source ("selon X", "according to X", "dem Minister zufolge"). A
 * text as source ("selon un projet de déclaration") is where the words were read, not who said
 * them: it counts only with `texts`, once everything else has failed.
 */
function byPreposition(context: QuoteContext, names: Names, speech: SpeechMatchers, texts = false): Attribution | null {
  const { text } = context;
  for (const [from, to] of [
    [context.close + 1, context.sentenceEnd],
    [context.sentenceStart, context.open],
  ] as const) {
    for (const found of speech.prepositionsIn(text, from, to)) {
      // "según informó la consejería", "come ha spiegato il sindaco": a verb between the
      // preposition and its source belongs to the cue.
      const verbAfter = speech.verbAt(text, nextWordAfter(text, found.index + found.text.length));
      const sourceAt = verbAfter ? verbAfter.index + verbAfter.text.length : found.index + found.text.length;
      const cue = text.slice(found.index, sourceAt);
      // "Secondo l'agenzia Unian, …, che ha ringraziato « … »": a speech verb nearer the quote has its own speaker.
      if (to === context.open && speech.verbsIn(text, sourceAt, to).length > 0) continue;
      const role = speech.roleAt(text, nextWordAfter(text, sourceAt), to);
      if (!texts && role && speech.roleKind(role.noun) === 'document') continue;
      const speaker = speakerAt(text, sourceAt, to, names, speech, context.open);
      // Inside a clause only a person is a source ("ist laut Katrin Odermatt"; not "migrará para seu partido").
      const opensClause = /(?:^|[,;:(—–«»“”"‘’„])[\s\u00a0]*$/u.test(text.slice(from, found.index));
      if (speech.clauseOnlySource(found.text) && !(opensClause && speaker?.name)) continue;
      if (speaker && (opensClause || (speaker.name !== null && names.isPersonName(speaker.name)))) return { ...speaker, cue };
    }
    for (const found of speech.postpositionsIn(text, from, to)) {
      const before = beforeWord(text, from, found.index, names, speech, context.open);
      if (before) return { ...before, cue: found.text };
    }
  }
  return null;
}

/**
 * The last attribution verb in [from, to) and its subject. A verb coordinated with an earlier one
 * ("X a affirmé … et a assuré « … »") shares its subject, so earlier verbs are tried in turn.
 */
function beforeQuote(text: string, from: number, to: number, names: Names, speech: SpeechMatchers): Attribution | null {
  const verbs = speech.verbsIn(text, from, to).reverse();
  const cue = verbs[0]?.text;
  if (cue === undefined) return null;
  let fallback: Omit<Attribution, 'cue'> | null = null;
  for (const verb of verbs) {
    const verbStart = verb.index;
    const verbEnd = verbStart + verb.text.length;
    // An inserted attribution names its subject after the verb: "X representa, diz Bivar, os …".
    if (/,[\s\u00a0]*$/u.test(text.slice(Math.max(from, verbStart - 3), verbStart))) {
      const inserted = speakerAt(text, verbEnd, to, names, speech, to);
      // Set off by commas on both sides; "X, who …, said the trust had …" reports a clause instead.
      const setOff = inserted?.mention && /^[\s\u00a0]*,/u.test(text.slice(inserted.mention.end, inserted.mention.end + 3));
      if (inserted?.name && setOff) return { ...inserted, cue };
      // ", sostiene, i negozi …": a bare inserted verb, its subject dropped, goes on with the
      // person the text is about.
      if (!inserted && /^[\s\u00a0]*,/u.test(text.slice(verbEnd, verbEnd + 3))) {
        const name = names.antecedentBefore(verbStart);
        if (name) return { name, mention: { start: verbStart, end: verbEnd }, cue };
      }
    }
    const person = beforeWord(text, from, verbStart, names, speech, to, true);
    if (person) return { ...person, cue };
    const clitic = pronounInCue(verb.text, speech);
    if (clitic) return { ...resolvePronoun(text, names, speech, to, verbStart + clitic.start, verbStart + clitic.end), cue };
    // The subject may follow an inverted verb ("a insisté M. X, qui …", "a déclaré ce mardi le
    // chancelier allemand Olaf Scholz, dont …"); a person there beats a place or a body before.
    // (A pronoun after the verb is the subject of what was said: "Labour said he had …".)
    const after = speakerAt(text, verbEnd, to, names, speech, to, false) ?? speakerAfterPhrase(text, verbEnd, to, names, speech) ?? pronounEndingClause(text, verbEnd, to, names, speech);
    if (after?.name) return { ...after, cue };
    // A body or a place ("Le G7 a réitéré") only if no earlier verb has a person for subject:
    // "Le dirigeant polonais a souligné que … la Russie poursuivra sa « … »".
    fallback ??= beforeWord(text, from, verbStart, names, speech, to);
  }
  if (fallback) return { ...fallback, cue };
  // "E acrescentou: “…”", "Añadió: «…»": a verb opening its sentence with no subject goes on
  // with the person the text is about.
  const verb = verbs[0] as { index: number; text: string };
  // "… greift zum Megafon und ruft: „…“": a verb joined by a conjunction shares the subject before.
  if (opensWithVerb(text, from, verb.index, speech) || speech.conjunctions.has(normalisedWordBefore(text, verb.index))) {
    const name = names.antecedentBefore(verb.index);
    if (name) return { name, mention: { start: verb.index, end: verb.index + verb.text.length }, cue };
  }
  return { name: null, mention: null, cue };
}

/**
 * "“A”, lembra ela. “B.”": a pronoun right after an inverted verb, closing its clause, is the
 * verb's subject (not "Labour said he had …", where it opens what was said).
 */
function pronounEndingClause(text: string, verbEnd: number, to: number, names: Names, speech: SpeechMatchers): Omit<Attribution, 'cue'> | null {
  const at = nextWordAfter(text, verbEnd);
  const word = /^(\p{L}+)[\s\u00a0]*[.,;!?]/u.exec(text.slice(at, Math.min(to, at + 20)));
  if (!word || !speech.pronouns.has((word[1] as string).toLowerCase())) return null;
  return resolvePronoun(text, names, speech, to, at, at + (word[1] as string).length);
}

/** How far back a body may be the author of a text quoted with no speaker before it ("señala la nota"). */
const DOCUMENT_REACH = 600;
/** How far back a body is the author of a text quoted, whoever was quoted before it. */
const NEAR_DOCUMENT = 250;

/** The body named last before `at`, within `reach`: one opening with a body noun, ending like a company, or an acronym. */
function bodyNamedBefore(names: Names, speech: SpeechMatchers, at: number, reach: number): string | null {
  const mentions = names.startingIn(Math.max(0, at - reach), at);
  for (let i = mentions.length - 1; i >= 0; i--) {
    const mention = mentions[i] as NameMention;
    if (mention.end > at || names.isQuoted(mention)) continue;
    const first = mention.words[0] as string;
    if (speech.roleKind(first) === 'body' || endsLikeCompany(mention.words) || mention.words.every(isAcronym)) return names.expansionAt(mention.start) ?? names.fullest(mention);
  }
  return null;
}

/**
 * Whether only conjunctions and inserted adverbs stand between the sentence start and the verb,
 * or a conjunction and "de" before an infinitive of narration ("Et de préciser : « … »").
 */
function opensWithVerb(text: string, from: number, verbAt: number, speech: SpeechMatchers): boolean {
  const before = text.slice(from, speech.adverbsBefore(text, from, verbAt)).trim();
  const [first, second, ...rest] = before.split(/[\s\u00a0]+/u);
  if (before === '' || (first !== undefined && second === undefined && speech.conjunctions.has(first.toLowerCase()))) return true;
  return first !== undefined && rest.length === 0 && speech.conjunctions.has(first.toLowerCase()) && /^d(?:e|['’])$/iu.test(second ?? '');
}

/**
 * The subject of a verb at `end`: a pronoun right before it, or the nearest name or role phrase
 * that can be a subject — not a name in a complement ("Elisabeth Waizenegger von der
 * Arbeitsgemeinschaft … aus Bayern erklärt", "David McLetchie, a partner with Tods Murray, said")
 * nor in a relative clause ("Anniken Huitfeldt, dont le pays …, a salué"). Inserted adverbs
 * before the verb are skipped ("the minister also said").
 */
function beforeWord(
  text: string,
  from: number,
  end: number,
  names: Names,
  speech: SpeechMatchers,
  quoteAt: number,
  personOnly = false,
): Omit<Attribution, 'cue'> | null {
  const stop = speech.adverbsBefore(text, from, end);
  // "Lui, commosso, ha ricordato", "Elle, émue, a déclaré": a pronoun before a word set off by commas.
  const inserted = /[\s\u00a0]*,[\s\u00a0]+\p{Ll}+(?:[\s\u00a0]+\p{Ll}+){0,2}[\s\u00a0]*,?[\s\u00a0]*$/u.exec(text.slice(Math.max(from, stop - 50), stop));
  for (const subjectEnd of inserted ? [stop, stop - inserted[0].length] : [stop]) {
    const lastWord = /(\p{L}+)$/u.exec(text.slice(from, subjectEnd));
    if (lastWord && speech.pronouns.has((lastWord[1] as string).toLowerCase())) {
      const start = subjectEnd - (lastWord[1] as string).length;
      return resolvePronoun(text, names, speech, quoteAt, start, subjectEnd);
    }
  }
  // "Der 61-Jährige fügte hinzu", "the 61-year-old said": the person the text is about.
  const age = speech.ageNounBefore(text, stop);
  if (age && age.start >= from) return { name: names.antecedentBefore(age.start, age.gender), mention: { start: age.start, end: age.end } };
  // "…, che ha ringraziato": a relative pronoun opening the verb's clause stands for the person
  // the comma follows, or, after a thing ("tramite collegamento video, che"), for the subject of
  // the main clause.
  const relative = /,[\s\u00a0]+(\p{L}+)$/u.exec(text.slice(Math.max(from, stop - 20), stop));
  if (relative && speech.relativePronouns.has((relative[1] as string).toLowerCase())) {
    const comma = stop - relative[0].length;
    const nameEnd = comma - (/[\s\u00a0]*$/u.exec(text.slice(from, comma))?.[0].length ?? 0);
    const person = names.startingIn(from, nameEnd).find((mention) => mention.end === nameEnd && names.isPerson(mention.words));
    if (person) return named(names, person);
    const main = names.startingIn(from, comma).find((mention) => mention.end <= comma && names.isPerson(mention.words) && outsideComplements(text, mention, speech));
    if (main && opensNounPhrase(text, from, main.start, speech)) return named(names, main);
  }
  // "a Scottish Labour Party spokesman said": the body the unnamed role speaks for.
  const body = spokenFor(text, from, stop, names, speech);
  if (body) return named(names, body);
  const candidates = subjectCandidates(text, from, stop, names, speech);
  // "Richard Parsons, chief executive of TimeWarner, said": a person before an organisation.
  const name = candidates.find((mention) => names.isPerson(mention.words)) ?? (personOnly ? undefined : candidates.find((mention) => opensNounPhrase(text, from, mention.start, speech)));
  // Never a role inside a quote ("« Tomamos una decisión así », dijo el alcalde").
  const found = roleEndingAt(text, from, stop, speech);
  const role = found && !names.isQuoted({ start: found.index, end: found.index + found.text.length }) ? found : null;
  // "Une habitante a raconté", "A resident said": an unnamed speaker, nobody named before.
  if (role && speech.indefiniteAt(text, role.index) && (!name || role.index > name.end)) return unnamedSpeaker(text, role.index, stop, names, speech);
  // A body ("la région", "der Stadt") is the subject only where no person is.
  const personRole = role !== null && speech.roleKind(role.noun) === 'person';
  // "X von der … und Trainer aus Grünau erklärt": a role joined by a conjunction describes X.
  const coordinated = role !== null && name !== undefined && speech.conjunctions.has(normalisedWordBefore(text, role.index));
  if (role && personRole && !coordinated && (!name || role.index > name.end)) return resolveRole(text, names, role, speech);
  if (name && (!personOnly || names.isPerson(name.words))) {
    // "Michel e Shmygal hanno proseguito …, parlando dell'« … »": two speakers, neither alone.
    const partner = coordinatedWith(text, name, names, speech);
    if (partner) return { name: null, mention: { start: Math.min(partner.start, name.start), end: Math.max(partner.end, name.end) } };
    return named(names, name);
  }
  if (role && !personRole && !personOnly) {
    const body = resolveRole(text, names, role, speech);
    if (body.name) return body;
  }
  return personOnly ? null : sourceOpening(text, from, stop, names, speech);
}

/**
 * "Dal ministero delle Imprese fanno sapere", "Desde Iberdrola señalaron", "Aus dem Ministerium
 * hieß es": a sentence opened by where its words come from, before a verb with no subject.
 */
function sourceOpening(text: string, from: number, stop: number, names: Names, speech: SpeechMatchers): Omit<Attribution, 'cue'> | null {
  const opener = speech.fromOpenerAt(text, nextWordAfter(text, from));
  if (!opener) return null;
  const at = nextWordAfter(text, opener.index + opener.text.length);
  if (at >= stop) return null;
  const name = names.startingIn(at, at + 1).find((mention) => mention.end <= stop && !names.isPerson(mention.words));
  if (name) return named(names, name);
  const role = speech.roleAt(text, at, stop);
  if (!role || speech.roleKind(role.noun) !== 'body') return null;
  // The body noun with the name of its complement ("ministero delle Imprese", "Ministerium für Arbeit").
  const end = complementEnd(text, role, stop);
  if (end !== null) return { name: withoutDeterminer(text, { ...role, text: text.slice(role.index, end) }, speech), mention: { start: role.index, end } };
  const body = resolveRole(text, names, role, speech);
  return body.name ? body : null;
}

/**
 * Where a capitalised complement of a role ends ("ministero delle Imprese", "préfecture du
 * Haut-Vallon", "Ministerium für Arbeit"): a small word, maybe an article, then capitalised
 * words; null when none follows before `stop`.
 */
function complementEnd(text: string, role: FoundRole, stop: number): number | null {
  const roleEnd = role.index + role.text.length;
  const complement = /^[\s\u00a0]+\p{Ll}+(?:['’]|[\s\u00a0]+)(?:\p{Ll}+[\s\u00a0]+)?\p{Lu}[\p{L}\p{M}'’-]*(?:[\s\u00a0]+\p{Lu}[\p{L}\p{M}'’-]*)*/u.exec(text.slice(roleEnd, stop));
  return complement ? roleEnd + complement[0].length : null;
}

/**
 * A speaker the article introduces with an indefinite article: the body of a spokesperson ("a
 * spokesman for the Home Office", "ein Sprecher der Stadtwerke"), or nobody named.
 */
function unnamedSpeaker(text: string, at: number, end: number, names: Names, speech: SpeechMatchers): Omit<Attribution, 'cue'> {
  const role = speech.roleAt(text, at, end);
  const spokesperson = role && speech.spokesRoleAt(role.noun, 0) ? speakerAt(text, at, end, names, speech, at, false) : null;
  // Only a body or name after the role: never another holder of the role named elsewhere.
  const named = spokesperson?.name && role && spokesperson.mention && spokesperson.mention.end > role.index + role.text.length;
  return named ? spokesperson : { name: null, mention: null, unnamed: true };
}

/**
 * The body an unnamed spokesperson speaks for, when that is the subject before `stop`: "a Scottish
 * Labour Party spokesman", "a spokeswoman for the Home Office", "der Sprecher der Leag".
 */
function spokenFor(text: string, from: number, stop: number, names: Names, speech: SpeechMatchers): NameMention | undefined {
  return names.startingIn(from, stop).find((mention) => {
    if (mention.end > stop) return false;
    const after = nextWordAfter(text, mention.end);
    const role = after > mention.end ? speech.spokesRoleAt(text, after) : null;
    if (role && after + role.text.length === stop - (/[\s\u00a0]*$/u.exec(text.slice(from, stop))?.[0].length ?? 0)) return true;
    // "spokeswoman for the Home Office": the role, a preposition and determiners, the body, then the verb.
    const preposition = speech.prepositionBefore(text, mention.start);
    if (text.slice(mention.end, stop).trim() !== '' || preposition < 0) return false;
    const before = text.slice(Math.max(from, mention.start - 40), preposition).trimEnd();
    const lastWord = /[\p{L}-]+$/u.exec(before);
    return lastWord !== null && speech.spokesRoleAt(before, lastWord.index) !== null;
  });
}

/** A person joined to this one by a conjunction ("Michel e Shmygal", "Marc Vidal et Paul Roux"), or undefined. */
function coordinatedWith(text: string, mention: NameMention, names: Names, speech: SpeechMatchers): NameMention | undefined {
  if (!names.isPerson(mention.words)) return undefined;
  const joined = (left: NameMention, right: NameMention) => {
    const between = /^[\s\u00a0]+(\p{L}+)[\s\u00a0]+$/u.exec(text.slice(left.end, right.start));
    return between !== null && speech.conjunctions.has((between[1] as string).toLowerCase());
  };
  const i = names.mentions.indexOf(mention);
  const before = names.mentions[i - 1];
  const after = names.mentions[i + 1];
  if (before && names.isPerson(before.words) && joined(before, mention)) return before;
  if (after && names.isPerson(after.words) && joined(mention, after)) return after;
  return undefined;
}

/** Names before `stop` that can be its subject, nearest first. */
function subjectCandidates(text: string, from: number, stop: number, names: Names, speech: SpeechMatchers): NameMention[] {
  const clauses = relativeClauses(text, from, stop, speech);
  const inClause = (at: number) => clauses.some((clause) => clause.start <= at && at < clause.end);
  return names
    .startingIn(from, stop)
    .reverse()
    .filter((mention) => {
      // A possessive ("Mr McLetchie's decision") determines a noun; it is no subject.
      if (mention.end > stop || mention.start < from || inClause(mention.start) || names.isQuoted(mention) || /^['’]s\b/u.test(text.slice(mention.end, mention.end + 3))) return false;
      const skipped = clauses.filter((clause) => clause.start >= mention.end && clause.end <= stop).reduce((sum, clause) => sum + clause.end - clause.start, 0);
      const complement = complementAfter(text, mention, stop, speech);
      return stop - mention.start - skipped - complement <= MAX_SUBJECT_GAP && outsideComplements(text, mention, speech);
    });
}

/**
 * The length of a prepositional complement between a name and its verb, which does not part them
 * ("Elisabeth Waizenegger von der Arbeitsgemeinschaft bäuerliche Landwirtschaft und Milchbäuerin
 * aus Bayern erklärt"); 0 when something else stands there or punctuation cuts the stretch.
 */
function complementAfter(text: string, mention: NameMention, stop: number, speech: SpeechMatchers): number {
  const first = nextWordAfter(text, mention.end);
  if (first === mention.end || first >= stop || stop - mention.end > MAX_COMPLEMENT) return 0;
  if (/[,;:.!?()«»‹›“”„"]/u.test(text.slice(mention.end, stop))) return 0;
  for (const word of text.slice(first, Math.min(stop, first + 20)).matchAll(/(?<=[\s\u00a0])\p{L}/gu)) {
    if (speech.prepositionBefore(text, first + word.index) === first) return stop - mention.end;
  }
  return 0;
}

/** A name that can be a subject: not after a preposition ("von der WWF"), not qualifying a role ("Telegraph executive X"). */
function outsideComplements(text: string, mention: NameMention, speech: SpeechMatchers): boolean {
  return speech.prepositionBefore(text, mention.start) < 0 && !speech.qualifiesRole(text, mention.end);
}

/** ", dont le pays se remet …,": stretches from a comma and a relative pronoun to the next comma. */
function relativeClauses(text: string, from: number, to: number, speech: SpeechMatchers): Array<{ start: number; end: number }> {
  const clauses: Array<{ start: number; end: number }> = [];
  for (const match of text.slice(from, to).matchAll(/,[\s\u00a0]+(\p{L}+)/gu)) {
    if (!speech.relativePronouns.has((match[1] as string).toLowerCase())) continue;
    const start = from + match.index;
    // The clause ends at the next comma that is no thousands separator ("12,000 signatures").
    const after = /,(?!\d)/gu;
    after.lastIndex = start + 1;
    const close = after.exec(text)?.index ?? -1;
    clauses.push({ start, end: close === -1 || close > to ? to : close });
  }
  return clauses;
}

/**
 * A name that is not a person can still be a subject where it opens its noun phrase ("Le G7 a
 * réitéré", "Labour said", ", the Home Office said"); after a verb it is an object ("Max
 * studiert Lehramt und sagt").
 */
function opensNounPhrase(text: string, from: number, at: number, speech: SpeechMatchers): boolean {
  const dropWord = (set: ReadonlySet<string>) => (word: string) => (set.has(word.trim().toLowerCase().replace(/’/gu, "'")) ? '' : word);
  const lastWord = /(?:^|(?<=[\s\u00a0]))(\p{L}+['’]?)[\s\u00a0]*$|\p{L}+['’]$/u;
  // A body noun before the name is part of its noun phrase ("die Gewerkschaft Verdi", "la société Renault").
  const dropBodyNoun = (word: string) => (speech.roleKind(word.trim()) === 'body' ? '' : word);
  const before = text
    .slice(from, at)
    .replace(lastWord, dropBodyNoun)
    .replace(lastWord, dropWord(speech.functionWords))
    .replace(lastWord, dropWord(speech.conjunctions));
  return /(?:^|[,;:.!?(—–«»“”„"])[\s\u00a0]*$/u.test(before);
}

/**
 * A role phrase ending at `stop`, or before the complements that end there: "une porte-parole
 * de la Commission européenne", "le ministre de l'Économie et des Finances".
 */
function roleEndingAt(text: string, from: number, stop: number, speech: SpeechMatchers): FoundRole | null {
  const direct = speech.roleBefore(text, from, stop);
  // A role in a complement ("la porte-parole du ministre", "o vice-presidente da Câmara") is no subject.
  if (direct && speech.prepositionBefore(text, direct.index) < 0) return direct;
  const tail = text.slice(Math.max(from, stop - 60), stop);
  if (/[,;:.!?()]/u.test(tail)) return null;
  const tailStart = stop - tail.length;
  for (const word of [...tail.matchAll(/(?<![\p{L}'’])\p{L}+['’]?/gu)].reverse()) {
    const at = tailStart + word.index;
    if (speech.prepositionBefore(text, nextWordAfter(text, at + word[0].length)) !== at) continue;
    const role = speech.roleBefore(text, from, at);
    if (role) return role;
  }
  return null;
}

/** The word right before `at`, lower case ("" at a sentence start or after punctuation). */
function normalisedWordBefore(text: string, at: number): string {
  return /(\p{L}+)[\s\u00a0]+$/u.exec(text.slice(Math.max(0, at - 30), at))?.[1]?.toLowerCase() ?? '';
}

function nextWordAfter(text: string, at: number): number {
  return at + (/^[\s\u00a0]*/u.exec(text.slice(at, at + 8))?.[0].length ?? 0);
}

/** The speaker named at `at` (after spaces): a name with or without title, a role phrase, a pronoun. */
function speakerAt(
  text: string,
  at: number,
  end: number,
  names: Names,
  speech: SpeechMatchers,
  quoteAt: number,
  allowPronoun = true,
): Omit<Attribution, 'cue'> | null {
  const gap = SPACES.exec(text.slice(at, end))?.[0].length ?? 0;
  const start = at + gap;
  const rest = text.slice(start, end);
  const honorific = /^(\S+)[ \u00a0]+/u.exec(rest);
  const nameStart = honorific && speech.isHonorific(honorific[1] as string) ? start + honorific[0].length : start;
  // A body takes its article ("según el CMS", "selon l'OMS", "according to the IEA").
  const name =
    names.startingIn(nameStart, nameStart + 1)[0] ??
    names.startingIn(start + 1, start + 7).find((mention) => plainlyAName(mention, speech) && speech.determinerEndsAt(text, start, mention.start));
  // "said the Russian president": a capitalised adjective before a role is no name.
  const adjectiveOfRole = name !== undefined && name.words.length === 1 && speech.roleAt(text, nextWordAfter(text, name.end), end) !== null;
  if (name && !adjectiveOfRole) {
    // "Calder Peak chief executive Dana Whitcombe said": a body's name qualifying a role, and
    // the person after the role speaks.
    const qualified = speech.roleAt(text, nextWordAfter(text, name.end), end);
    const holder = qualified ? personAfterRole(text, qualified.index + qualified.text.length, names, speech) : undefined;
    if (holder) return { name: names.fullest(holder), mention: { start, end: holder.end } };
    return { name: names.fullest(name), mention: { start, end: name.end } };
  }
  const age = speech.ageNounAt(text, start);
  if (age && age.end <= end) return { name: names.antecedentBefore(Math.min(quoteAt, age.start), age.gender), mention: { start: age.start, end: age.end } };
  const role = speech.roleAt(text, start, end);
  if (role) {
    const following = personAfterRole(text, start + role.text.length, names, speech);
    if (following) return { name: names.fullest(following), mention: { start, end: following.end } };
    return resolveRole(text, names, role, speech);
  }
  const word = /^\p{L}+/u.exec(rest);
  if (allowPronoun && word && speech.pronouns.has(word[0].toLowerCase())) return resolvePronoun(text, names, speech, quoteAt, start, start + word[0].length);
  return null;
}

/**
 * The name right after a role ending at `roleEnd` that holds it ("le président kazakh Daniyar
 * Seïtkaliev", "Vorstandschefin Dr. Katrin Wendler", "chairman and chief executive Richard
 * Parsons"; a title or more lower-case role words between). Not a body after a preposition ("o
 * deputado do PSOL"); past a complement with names of its own ("el ministro de Obras Públicas de
 * Valbruna, Julián Ortega"), a person only. The name of a body named by its noun ("la
 * porte-parole de l'association Sévrine à Vélo, Amandine Roux") only when no person follows.
 */
function personAfterRole(text: string, roleEnd: number, names: Names, speech: SpeechMatchers): NameMention | undefined {
  let bodyName: NameMention | undefined;
  const person = names.startingIn(roleEnd + 1, roleEnd + 51).find((mention) => {
    const between = text.slice(roleEnd, mention.start);
    // Never past the verb ("Ein Unternehmenssprecher sagte, die Anlage sei …"), nor past a comma
    // that opens another noun phrase ("De acordo com a parlamentar, a concessionária X"); right
    // after a comma, the name is in apposition, titled or not ("le porte-parole du gouvernement,
    // Paul Mercier", "the trust's chief executive, Dr Helen Marsh").
    if (speech.verbsIn(text, roleEnd, mention.start).length > 0) return false;
    const afterComma = between.includes(',') ? between.slice(between.lastIndexOf(',') + 1).trim() : '';
    if (afterComma !== '' && !afterComma.split(/[\s\u00a0]+/u).every((word) => speech.isHonorific(word))) return false;
    // Not a name in a complement, the role's or one of its own ("el consejero de Medio Ambiente,
    // Tomás …", "die Ministerin am Donnerstag bei einem Besuch in Kaltenau").
    if (speech.prepositionBefore(text, mention.start) >= 0) return false;
    if (/^(?:[\s\u00a0,]+(?:\p{Ll}+|\S+\.|\p{Ll}['’][^\s,]+))*[\s\u00a0,]*$/u.test(between)) {
      if (!names.isPerson(mention.words) && !plainlyAName(mention, speech)) return false;
      const noun = speech.roleBefore(text, roleEnd, mention.start);
      if (!noun || speech.roleKind(noun.noun) !== 'body') return true;
      bodyName ??= mention;
      return false;
    }
    // "il ministro degli Esteri Luigi Marra": a person past a complement naming the office.
    return /^(?:[\s\u00a0,]+(?:\p{Ll}+|\p{Ll}['’][^\s,]+|\p{Lu}[\p{L}\p{M}-]*))*[\s\u00a0,]*$/u.test(between) && names.isPerson(mention.words);
  });
  return person ?? bodyName;
}

/**
 * A name that cannot be a capitalised common noun: any name, except where every noun takes a
 * capital (German "ein Pendler"), an acronym ("G7", "OMS") or several capitalised words.
 */
function plainlyAName(mention: NameMention, speech: SpeechMatchers): boolean {
  return !speech.capitalisedNouns || mention.words.length > 1 || /^.+[\p{Lu}\p{N}]/u.test(mention.words[0] as string);
}

function named(names: Names, mention: NameMention): Omit<Attribution, 'cue'> {
  return { name: names.expansionAt(mention.start) ?? names.fullest(mention), mention: { start: mention.start, end: mention.end } };
}

/** A pronoun stands for the person the text is about just before it; never invent one. */
function resolvePronoun(text: string, names: Names, speech: SpeechMatchers, before: number, start: number, end: number): Omit<Attribution, 'cue'> {
  // "ont-ils déclaré", "they said": a group or a body quoted just before, never one person.
  if (speech.pluralPronoun(text.slice(start, end))) return { name: names.speakerBefore(Math.min(before, start), true), mention: { start, end } };
  const body = spokespersonJustBefore(text, names, speech, Math.min(before, start));
  if (body) return { name: body, mention: { start, end } };
  return { name: names.antecedentBefore(Math.min(before, start), speech.pronounGender(text.slice(start, end))), mention: { start, end } };
}

/**
 * "Ein Sprecher der Stadtwerke wies die Vorwürfe zurück. „…“, sagte er": a pronoun after a
 * sentence whose subject is a spokesperson stands for the body that person speaks for, when
 * nobody is named between.
 */
function spokespersonJustBefore(text: string, names: Names, speech: SpeechMatchers, index: number): string | null {
  const { sentences } = names;
  const p = sentences.paragraphOf(index);
  if (p < 0) return null;
  const own = sentences.around(p, index);
  const paragraphStart = names.paragraphStart(p);
  const previous = own.start > paragraphStart ? sentences.around(p, own.start - 1) : null;
  for (const sentence of previous ? [own, previous] : [own]) {
    if (names.startingIn(sentence.start, index).some((mention) => mention.end <= index && names.isPerson(mention.words))) return null;
    const role = speech.roleAt(text, nextWordAfter(text, sentence.start), Math.min(index, sentence.start + 80));
    if (!role || role.index !== nextWordAfter(text, sentence.start) || !speech.spokesRoleAt(role.noun, 0)) continue;
    const body = bodyAfter(text, role.index + role.text.length, names, speech);
    if (body) return body.name;
  }
  return null;
}

/**
 * A role phrase ("le président russe", "the prime minister") stands for the person the article
 * names with that role elsewhere ("le président kazakh, Daniyar Seïtkaliev", "Prime Minister Jane
 * Doe"), the same qualifier first ("russe"), or else for the person the text is about.
 */
function resolveRole(text: string, names: Names, role: FoundRole, speech: SpeechMatchers): Omit<Attribution, 'cue'> {
  const start = role.index;
  const end = role.index + role.text.length;
  // "A spokesman for the Home Office", "la porte-parole de l'OMS", "les dirigeants du G7": the body speaks.
  if (speech.spokesRoleAt(role.noun, 0)) {
    const body = bodyAfter(text, end, names, speech);
    if (body) return { name: body.name, mention: { start, end: body.end } };
    // "un portavoz de la compañía", "ein Sprecher des Unternehmens": a body noun in the complement.
    const complement = commonBodyAfter(text, end, speech);
    const name = complement ? bodyNamed(text, names, complement, speech) : null;
    if (complement && name) return { name, mention: { start, end: complement.index + complement.text.length } };
    // "garantiu a porta-voz" after "Uma porta-voz da Secretaria de Governo disse": the body the
    // same noun had before.
    const earlier = bodyOfNounBefore(text, names, role, speech);
    if (earlier) return { name: earlier, mention: { start, end } };
  }
  const noun = foldName(role.noun);
  const folded = names.foldedText;
  const phrase = foldName(role.text);
  const qualifier = phrase.slice(phrase.lastIndexOf(noun) + noun.length).trim();
  const kind = speech.roleKind(role.noun);
  // A text speaks for the body named just before it ("o Ministério da Educação defende a medida. «…», lê-se na nota"), else for whoever was quoted from a text before.
  if (kind === 'document') return { name: bodyNamedBefore(names, speech, start, NEAR_DOCUMENT) ?? names.speakerBefore(start) ?? bodyNamedBefore(names, speech, start, DOCUMENT_REACH), mention: { start, end } };
  if (kind === 'body') return { name: bodyNamed(text, names, role, speech), mention: { start, end } };
  if (kind === 'group') return { name: bodyOfNounBefore(text, names, role, speech) ?? names.speakerBefore(start, true), mention: { start, end } };
  // "the Russian president": an adjective before the noun must stand before the titled name too
  // ("Russian President Vladimir Putin"); without such a name, the speaker is not said.
  // Only a capitalised one ("Russian", "French"): "novo", "former", "new" qualify any holder.
  const head = role.text.slice(0, foldName(role.text).lastIndexOf(noun)).trim().split(/[\s\u00a0]+/u).filter(Boolean);
  const last = head[head.length - 1];
  const preQualifier = last !== undefined && /^\p{Lu}/u.test(last) && !speech.functionWords.has(last.toLowerCase()) ? foldName(last) : '';
  // Elsewhere in the text, the first place the role stands right before a person's name; each
  // kind of search is made once per document, not once per quote.
  const holder = (key: string, fits: (at: number) => boolean) =>
    names
      .memo(`role\u0000${key}`, () => roleHolders(text, folded, noun, names, speech, fits))
      .find((found) => !(found.at >= start && found.at < end) && found.person.start !== start);
  if (preQualifier !== '') {
    const found = holder(`${noun}\u0000before\u0000${preQualifier}`, (at) => endsBefore(folded, at, preQualifier));
    return { name: found ? names.fullest(found.person) : null, mention: { start, end } };
  }
  // A complement naming the body after the role ("o presidente da associação de pais") is
  // never dropped: any other president is somebody else.
  const complement = qualifier === '' ? roleComplement(text, end, speech) : '';
  const passes = complement !== '' ? [complement] : qualifier === '' ? [''] : [qualifier, ''];
  for (const wanted of passes) {
    // "Le président kazakh, Daniyar Seïtkaliev", "La ministre de la Santé, Claire Dubosc":
    // the person named right after the same role elsewhere, a qualifier in between allowed.
    const found = holder(`${noun}\u0000after\u0000${wanted}`, (at) => folded.startsWith(wanted, nextWordAfter(folded, at + noun.length)));
    if (found) return { name: names.fullest(found.person), mention: { start, end } };
  }
  return { name: names.antecedentBefore(start), mention: { start, end } };
}

/** "da associação de pais" after a role: a preposition and lower-case words, folded; "" when none follows. */
function roleComplement(text: string, end: number, speech: SpeechMatchers): string {
  const after = /^[\s\u00a0]+(\p{Ll}+['’]?[\s\u00a0]*(?:\p{Ll}+[\s\u00a0]+){0,3}(\p{Ll}+))/u.exec(text.slice(end, end + 60));
  if (!after) return '';
  // Its last word governed by a preposition after the role.
  const lastWordStart = end + after[0].length - (after[2] as string).length;
  return speech.prepositionBefore(text, lastWordStart) < end ? '' : foldName(after[1] as string);
}

/** Every place the role noun stands (where `fits` says) with a person named right after it, in the same sentence, or in apposition right before it. */
function roleHolders(text: string, folded: string, noun: string, names: Names, speech: SpeechMatchers, fits: (at: number) => boolean): Array<{ at: number; person: NameMention }> {
  const found: Array<{ at: number; person: NameMention }> = [];
  for (let at = folded.indexOf(noun); at !== -1; at = folded.indexOf(noun, at + 1)) {
    if (!fits(at)) continue;
    // Not a complement of the role ("la ministra da Agricultura e do Mar, Helena Sarmento").
    const person = names.startingIn(at + 1, at + 61).find((mention) => names.isPerson(mention.words) && speech.prepositionBefore(text, mention.start) < 0);
    if (person && !/[.!?;]/u.test(text.slice(at, person.start))) found.push({ at, person });
    // Or the person the role stands in apposition to ("Nuno Albergaria Sequeira, presidente da associação de pais").
    else {
      const before = names.startingIn(Math.max(0, at - 60), at).filter((mention) => names.isPerson(mention.words) && /^,[\s\u00a0]+(?:\p{Ll}+[\s\u00a0]+)?$/u.test(text.slice(mention.end, at))).pop();
      if (before) found.push({ at, person: before });
    }
  }
  return found;
}

/** Whether `word` ends right before `at`, white space between allowed, and starts at `from` or after. */
function endsBefore(text: string, at: number, word: string, from = 0): boolean {
  let i = at;
  while (i > from && /\s/u.test(text.charAt(i - 1))) i--;
  return i - word.length >= from && text.slice(i - word.length, i) === word;
}

/** The body named in a complement right after a role ("spokesman for the Home Office", "dirigeants du G7"). */
function bodyAfter(text: string, end: number, names: Names, speech: SpeechMatchers): { name: string; end: number } | null {
  const body = /^[\s\u00a0]+\p{L}+(?:['’]|[\s\u00a0]+)(?:\p{Ll}+['’]?[\s\u00a0]*)?((?:\p{Lu}[\p{L}\p{M}\p{N}'’-]*[\s\u00a0]+)*\p{Lu}[\p{L}\p{M}\p{N}'’-]*)/u.exec(text.slice(end, end + 80));
  const bodyName = body?.[1];
  if (!body || !bodyName) return null;
  const bodyStart = end + body[0].length - bodyName.length;
  // "for the Home Office", "de l'OMS", or a genitive article alone ("der Sprecher der Stadtwerke").
  if (speech.prepositionBefore(text, bodyStart) < end && !speech.determinedAt(text, bodyStart)) return null;
  // A body noun alone, capitalised as every German noun is ("des Unternehmens", "der
  // Bundesregierung"): the body the article names with it, or the company named before.
  const bodyNoun = speech.capitalisedNouns && !/[\s\u00a0]/u.test(bodyName) ? speech.roleAt(text, bodyStart, bodyStart + bodyName.length) : null;
  if (bodyNoun && bodyNoun.text.length === bodyName.length && speech.roleKind(bodyNoun.noun) === 'body') {
    const named = bodyNamed(text, names, bodyNoun, speech);
    return named ? { name: named, end: bodyStart + bodyName.length } : null;
  }
  // The name as the names pass read it, particles included ("the Department for Housing").
  const mention = names.startingIn(bodyStart, bodyStart + 1).find((found) => found.start === bodyStart && found.end >= bodyStart + bodyName.length);
  if (mention) return { name: names.expansionAt(bodyStart) ?? (mention.words.length === 1 ? bodyNominative(names.fullest(mention), speech) : names.fullest(mention)), end: mention.end };
  const words = bodyName.split(/[\s\u00a0]+/u);
  const name = names.expansionAt(bodyStart) ?? (words.length === 1 ? bodyNominative(names.fullest({ words, text: bodyName }), speech) : bodyName.replace(/[\s\u00a0]+/gu, ' '));
  return { name, end: bodyStart + bodyName.length };
}

/**
 * A group or spokesperson role without its body ("expliquent les sept dirigeants", "garantiu a
 * porta-voz") speaks for the body the same noun had earlier in the article ("les dirigeants du
 * G7", "Uma porta-voz da Secretaria Municipal de Governo"), the nearest first.
 */
function bodyOfNounBefore(text: string, names: Names, role: FoundRole, speech: SpeechMatchers): string | null {
  const noun = foldName(role.noun);
  const folded = names.foldedText;
  for (const at of earlierUses(folded, noun, role.index)) {
    if (/[\p{L}]/u.test(folded.charAt(at - 1)) || /[\p{L}]/u.test(folded.charAt(at + noun.length))) continue;
    const body = bodyAfter(text, at + noun.length, names, speech);
    if (body) return body.name;
  }
  return null;
}

/** A body noun after a preposition, right after `end` ("de la compañía", "des Unternehmens", "dell'azienda"). */
function commonBodyAfter(text: string, end: number, speech: SpeechMatchers): FoundRole | null {
  const after = /^[\s\u00a0]+(\p{L}+['’]?)[\s\u00a0]*/u.exec(text.slice(end, end + 30));
  if (!after) return null;
  const at = end + after[0].length;
  const linked = speech.prepositionBefore(text, at) >= end || speech.determinedAt(text, at);
  const role = linked ? speech.roleAt(text, at, Math.min(text.length, at + 40)) : null;
  return role && speech.roleKind(role.noun) === 'body' ? role : null;
}

/** How many earlier uses of a role noun are read back ("le gouvernement indien", "les dirigeants du G7"). */
const MAX_EARLIER_USES = 20;

/**
 * Where the noun stands before `before` in the folded text, nearest first: the last few uses
 * only, so a long text repeating the noun is read in linear time.
 */
function* earlierUses(folded: string, noun: string, before: number): Generator<number> {
  if (before < noun.length) return;
  let at = folded.lastIndexOf(noun, before - noun.length);
  for (let looked = 0; at !== -1 && looked < MAX_EARLIER_USES; looked++) {
    yield at;
    at = at === 0 ? -1 : folded.lastIndexOf(noun, at - 1);
  }
}

/**
 * The company a bare body noun stands for ("la compañía", "das Unternehmen") when the article
 * names none with that noun: the last name before it that ends like a company's ("… GmbH",
 * "… Industries"), or that stands in apposition to a body noun ("La empresa concesionaria del
 * servicio, Aguas Cerromar").
 */
function companyBefore(text: string, names: Names, at: number, speech: SpeechMatchers): string | null {
  const mentions = names.startingIn(Math.max(0, at - 3000), at);
  for (let i = mentions.length - 1; i >= 0; i--) {
    const mention = mentions[i] as NameMention;
    if (mention.end > at) continue;
    if (endsLikeCompany(mention.words)) return names.fullest(mention);
    const window = text.slice(Math.max(0, mention.start - 80), mention.start);
    // Within the mention's sentence.
    const from = mention.start - window.length + (window.search(/[^.!?\r\n]*$/u));
    const comma = /,[\s\u00a0]*$/u.exec(text.slice(from, mention.start));
    const role = comma ? roleEndingAt(text, from, mention.start - comma[0].length, speech) : null;
    if (role && speech.roleKind(role.noun) === 'body') return names.fullest(mention);
  }
  return null;
}

/**
 * A body designated by a common noun: the organisation the article names with that noun ("a
 * révélé l'organisation" after "l'Organisation mondiale de la santé"), else the noun with its
 * qualifier as written here or earlier ("le gouvernement indien"), else the company named before
 * (companyBefore); null for a bare noun with none of these.
 */
function bodyNamed(text: string, names: Names, role: FoundRole, speech: SpeechMatchers): string | null {
  const noun = foldName(role.noun);
  const named = names.mentions.findLast((mention) => mention.start < role.index + role.text.length && foldName(mention.words[0] as string) === noun);
  if (named) return names.expansionAt(named.start) ?? names.fullest(named);
  const spelledOut = names.expansionOpenedBy(role.noun);
  if (spelledOut) return spelledOut;
  // "selon la préfecture du Haut-Vallon": the noun and its named complement.
  const complemented = withNamedComplement(text, role, speech);
  if (complemented !== role) return withoutDeterminer(text, complemented, speech);
  const phrase = withoutDeterminer(text, role, speech);
  // One word in the genitive is named in the nominative ("des Landeswirtschaftsministeriums").
  const here = /[\s\u00a0]/u.test(phrase) ? phrase : bodyNominative(phrase, speech);
  // The noun alone, maybe declined ("des Unternehmens"), is no name of its own.
  const bare = foldName(here) === noun || (!/[\s\u00a0]/u.test(here) && foldName(here).startsWith(noun));
  if (!bare) return here;
  // A capital makes a bare noun one institution ("el Ayuntamiento", "the Government"); where every
  // noun takes one, only when no company was named before ("des Unternehmens" after "… GmbH").
  if (/^\p{Lu}/u.test(here)) return (speech.capitalisedNouns ? companyBefore(text, names, role.index, speech) : null) ?? here;
  const folded = names.foldedText;
  for (const at of earlierUses(folded, noun, role.index)) {
    for (const earlier of [speech.roleAt(text, at, Math.min(text.length, at + 60)), speech.roleBefore(text, Math.max(0, at - 30), at + noun.length)]) {
      if (!earlier || foldName(earlier.noun) !== noun) continue;
      // "La préfecture du Haut-Vallon a …", later "selon la préfecture".
      const phrase = withoutDeterminer(text, withNamedComplement(text, earlier, speech), speech);
      if (foldName(phrase) !== noun) return phrase;
    }
  }
  return companyBefore(text, names, role.index, speech);
}

/**
 * The role phrase with its capitalised complement ("préfecture du Haut-Vallon"), or the role as it
 * is when none follows — always where every noun takes a capital ("die Bundesregierung am Freitag").
 */
function withNamedComplement(text: string, role: FoundRole, speech: SpeechMatchers): FoundRole {
  const end = speech.capitalisedNouns ? null : complementEnd(text, role, Math.min(text.length, role.index + role.text.length + 80));
  return end === null ? role : { ...role, text: text.slice(role.index, end) };
}

/** The role phrase past its determiner, spaces single: "le gouvernement indien" → "gouvernement indien". */
function withoutDeterminer(text: string, role: FoundRole, speech: SpeechMatchers): string {
  let start = role.index;
  const words = [...role.text.matchAll(/[\p{L}\p{M}\p{N}-]+['’]?/gu)];
  const second = words[1];
  // An elided determiner ("l'organisation"), not a plural possessive ("mineworkers' union").
  if (words[0] && /['’]$/u.test(words[0][0]) && speech.determinerEndsAt(text, role.index, role.index + words[0][0].length)) start = role.index + words[0][0].length;
  else if (second && speech.determinedAt(text, role.index + second.index)) start = role.index + second.index;
  return text.slice(start, role.index + role.text.length).replace(/[\s\u00a0]+/gu, ' ').trim();
}

/** The pronoun inside an inverted cue ("a-t-il ajouté", "dit-elle", "sagte er"), as a range in the cue. */
function pronounInCue(cue: string, speech: SpeechMatchers): { start: number; end: number } | null {
  for (const match of cue.matchAll(/\p{L}+/gu)) {
    if (match.index > 0 && speech.pronouns.has(match[0].toLowerCase())) return { start: match.index, end: match.index + match[0].length };
  }
  return null;
}
