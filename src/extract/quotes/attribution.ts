import { foldName, type NameMention, type Names } from '../names.js';
import type { SpeechMatchers } from './lexicon.js';

/** Who said a quote, as found in the text around it. */
export interface Attribution {
  /** Fullest form of the speaker's name; null when only a cue was found. */
  name: string | null;
  /** The words naming the speaker here ("M. Nazirov", "le président kazakh", "il"), UTF-16 range. */
  mention: { start: number; end: number } | null;
  cue: string | null;
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
  /** The speaker of the quote before, when it stands in the same or the previous paragraph. */
  previousSpeaker: Attribution | null;
}

const SKIP_PUNCTUATION = /^[\s\u00a0\u202f,.;:!?…—–-]*/u;
const SPACES = /^[\s\u00a0\u202f]*/u;
/** Longest stretch between a subject and its verb that still reads as one clause ("X, the minister, said"). */
const MAX_SUBJECT_GAP = 80;

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
    byColon(context, names) ??
    (context.previousSentenceStart === null
      ? null
      : (beforeQuote(context.text, context.previousSentenceStart, context.sentenceStart, names, speech) ??
        byPreposition({ ...context, close: context.sentenceStart - 1, sentenceEnd: context.sentenceStart, open: context.sentenceStart, sentenceStart: context.previousSentenceStart }, names, speech)))
  );
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
    const afterCue = at + cueText.length;
    const speaker = speakerAt(text, afterCue, context.sentenceEnd, names, speech, context.open) ?? speakerAfterPhrase(text, afterCue, context.sentenceEnd, names, speech);
    if (speaker) return { ...speaker, cue: cueText };
    if (clitic) return { ...resolvePronoun(names, context.open, clitic.start + at, clitic.end + at), cue: cueText };
    // A verb with no subject ("«…», dice beffardo", "—añadió."): in languages that drop
    // subject pronouns, the speaker goes on from the quote before.
    // The verb itself is what designates the speaker here, so it is the mention.
    const verbMention = { start: at, end: at + cueText.length };
    if (context.previousSpeaker?.name) return { name: context.previousSpeaker.name, mention: verbMention, cue: cueText };
    const person = names.lastPersonBefore(context.open);
    if (person) return { name: names.fullest(person), mention: verbMention, cue: cueText };
    return { name: null, mention: null, cue: cueText };
  }
  // Normal order: speaker then cue (", Smith said", ", he added", ", the prime minister said").
  const speaker = speakerAt(text, at, context.sentenceEnd, names, speech, context.open);
  if (speaker?.mention) {
    const between = text.slice(speaker.mention.end, context.sentenceEnd);
    const gap = SPACES.exec(between)?.[0].length ?? 0;
    const verb = speech.verbAt(text, speaker.mention.end + gap);
    if (verb) return { ...speaker, cue: verb.text };
  }
  return null;
}

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
  const person = names.mentions.find(
    (mention) => mention.start >= from && mention.end <= clauseEnd && names.isPerson(mention.words) && !afterDeterminer(text, mention.start, speech),
  );
  if (person) return named(names, person);
  for (const word of text.slice(from, clauseEnd).matchAll(/(?<![\p{L}'’-])\p{L}/gu)) {
    const role = speech.roleAt(text, from + word.index, clauseEnd);
    if (role) return resolveRole(text, names, role.index, role.index + role.text.length, speech);
  }
  return null;
}

/** "X : « … »": the person named in the sentence before the colon that opens the quote. */
function byColon(context: QuoteContext, names: Names): Attribution | null {
  const before = context.text.slice(context.sentenceStart, context.open);
  if (!/:[\s\u00a0\u202f]*$/u.test(before)) return null;
  const person = [...names.mentions].reverse().find((mention) => mention.start >= context.sentenceStart && mention.end <= context.open && names.isPerson(mention.words));
  return person ? { ...named(names, person), cue: null } : null;
}

function byPreposition(context: QuoteContext, names: Names, speech: SpeechMatchers): Attribution | null {
  const { text } = context;
  for (const [from, to] of [
    [context.close + 1, context.sentenceEnd],
    [context.sentenceStart, context.open],
  ] as const) {
    for (const found of speech.prepositionsIn(text, from, to)) {
      const speaker = speakerAt(text, found.index + found.text.length, to, names, speech, context.open);
      if (speaker) return { ...speaker, cue: found.text };
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
  for (const verb of verbs) {
    const verbStart = verb.index;
    // An inserted attribution names its subject after the verb: "X representa, diz Bivar, os …".
    if (/,[\s\u00a0]*$/u.test(text.slice(Math.max(from, verbStart - 3), verbStart))) {
      const inserted = speakerAt(text, verbStart + verb.text.length, to, names, speech, to);
      if (inserted?.name) return { ...inserted, cue };
    }
    const person = beforeWord(text, from, verbStart, names, speech, to, true);
    if (person) return { ...person, cue };
    const clitic = pronounInCue(verb.text, speech);
    if (clitic) return { ...resolvePronoun(names, to, verbStart + clitic.start, verbStart + clitic.end), cue };
    // The subject may follow an inverted verb ("a insisté M. X, qui …", "a déclaré ce mardi le
    // chancelier allemand Olaf Scholz, dont …"); a person there beats a place or a body before.
    const verbEnd = verbStart + verb.text.length;
    // (A pronoun after the verb is the subject of what was said: "Labour said he had …".)
    const after = speakerAt(text, verbEnd, to, names, speech, to, false) ?? speakerAfterPhrase(text, verbEnd, to, names, speech);
    if (after) return { ...after, cue };
    const subject = beforeWord(text, from, verbStart, names, speech, to);
    if (subject) return { ...subject, cue };
  }
  return { name: null, mention: null, cue };
}

/** The speaker named right before `end`: a name, a role phrase or a pronoun, appositions allowed. */
function beforeWord(
  text: string,
  from: number,
  end: number,
  names: Names,
  speech: SpeechMatchers,
  quoteAt: number,
  personOnly = false,
): Omit<Attribution, 'cue'> | null {
  const window = text.slice(from, end);
  const trimmed = window.replace(/[\s\u00a0\u202f,]+$/u, '');
  const lastWord = /(\p{L}+)$/u.exec(trimmed);
  if (lastWord && speech.pronouns.has((lastWord[1] as string).toLowerCase())) {
    const start = from + (lastWord.index ?? 0);
    return resolvePronoun(names, quoteAt, start, start + (lastWord[1] as string).length);
  }
  const nearby = [...names.mentions].reverse().filter((mention) => mention.end <= end && mention.start >= Math.max(from, end - MAX_SUBJECT_GAP));
  // "Richard Parsons, chief executive of TimeWarner, said": a person before an organisation.
  const name = nearby.find((mention) => names.isPerson(mention.words)) ?? nearby[0];
  const role = speech.roleBefore(text, from, from + trimmed.length);
  if (role && (!name || role.index > name.end)) {
    return resolveRole(text, names, role.index, role.index + role.text.length, speech);
  }
  if (name && (!personOnly || names.isPerson(name.words))) return named(names, name);
  return null;
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
  const nameStart = honorific && speech.honorifics.has((honorific[1] as string).toLowerCase().replace(/\.$/u, '')) ? start + honorific[0].length : start;
  const name = names.mentions.find((mention) => mention.start === nameStart);
  if (name) return { name: names.fullest(name), mention: { start, end: name.end } };
  const role = speech.roleAt(text, start, end);
  if (role) {
    const roleEnd = start + role.text.length;
    // "le président kazakh Daniyar Seïtkaliev", "Vorstandschefin Dr. Katrin Wendler", "chairman
    // and chief executive Richard Parsons": a name right after the role (a title or more
    // lower-case role words between) is the speaker.
    const following = names.mentions.find(
      (mention) => mention.start > roleEnd && mention.start <= roleEnd + 40 && /^(?:[\s\u00a0,]+(?:\p{Ll}+|\S+\.|\p{Ll}['’][^\s,]+))*[\s\u00a0,]*$/u.test(text.slice(roleEnd, mention.start)),
    );
    if (following) return { name: names.fullest(following), mention: { start, end: following.end } };
    return resolveRole(text, names, start, roleEnd, speech);
  }
  const word = /^\p{L}+/u.exec(rest);
  if (allowPronoun && word && speech.pronouns.has(word[0].toLowerCase())) return resolvePronoun(names, quoteAt, start, start + word[0].length);
  return null;
}

function afterDeterminer(text: string, at: number, speech: SpeechMatchers): boolean {
  const before = /(\p{L}+)['’]?[\s\u00a0]*$/u.exec(text.slice(Math.max(0, at - 12), at));
  return before !== null && speech.functionWords.has((before[1] as string).toLowerCase());
}

function named(names: Names, mention: NameMention): Omit<Attribution, 'cue'> {
  return { name: names.fullest(mention), mention: { start: mention.start, end: mention.end } };
}

/** A pronoun stands for the person mentioned last before the quote; never invent one. */
function resolvePronoun(names: Names, before: number, start: number, end: number): Omit<Attribution, 'cue'> {
  const person = names.lastPersonBefore(Math.min(before, start));
  return { name: person ? names.fullest(person) : null, mention: { start, end } };
}

/**
 * A role phrase ("le président russe", "the prime minister") stands for the person the article
 * names with that role elsewhere ("le président kazakh, Daniyar Seïtkaliev", "Prime Minister Jane
 * Doe"), or else for the person mentioned last before it.
 */
function resolveRole(text: string, names: Names, start: number, end: number, speech: SpeechMatchers): Omit<Attribution, 'cue'> {
  const core = foldName(stripDeterminer(text.slice(start, end), speech));
  const roleWord = core.split(' ')[0] ?? core;
  const folded = foldName(text);
  // "Le président kazakh, Daniyar Seïtkaliev", "La ministre de la Santé, Claire Dubosc":
  // the person named right after the same role elsewhere, a qualifier in between allowed.
  for (let at = folded.indexOf(roleWord); at !== -1; at = folded.indexOf(roleWord, at + 1)) {
    if (at >= start && at < end) continue;
    const person = names.mentions.find((mention) => mention.start > at && mention.start - at <= 60 && names.isPerson(mention.words));
    if (person && !/[.!?;]/u.test(text.slice(at, person.start)) && person.start !== start) {
      return { name: names.fullest(person), mention: { start, end } };
    }
  }
  const person = names.lastPersonBefore(start);
  return { name: person ? names.fullest(person) : null, mention: { start, end } };
}

/** The role phrase without its determiner: "le président russe" → "président russe". */
function stripDeterminer(phrase: string, speech: SpeechMatchers): string {
  const words = phrase.split(/[ \u00a0]+/u);
  const first = (words[0] ?? '').toLowerCase();
  if (words.length > 1 && speech.functionWords.has(first)) return words.slice(1).join(' ');
  return phrase.replace(/^\p{L}['’]/u, '');
}

/** The pronoun inside an inverted cue ("a-t-il ajouté", "dit-elle", "sagte er"), as a range in the cue. */
function pronounInCue(cue: string, speech: SpeechMatchers): { start: number; end: number } | null {
  for (const match of cue.matchAll(/\p{L}+/gu)) {
    if (match.index > 0 && speech.pronouns.has(match[0].toLowerCase())) return { start: match.index, end: match.index + match[0].length };
  }
  return null;
}
