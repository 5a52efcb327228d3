import { textSpanOf, type Document } from '../../document/document.js';
import type { Segment } from '../../document/segments.js';
import { SentenceIndex } from '../../document/sentences.js';
import type { QuoteReport, TextSpan } from '../../report/types.js';
import { Names } from '../names.js';
import { attribute, sentenceSubject, type Attribution, type QuoteContext } from './attribution.js';
import { speechMatchers, type SpeechMatchers } from './lexicon.js';
import { scanMarks } from './marks.js';

export interface QuoteExtraction {
  quotes: QuoteReport[];
  /** Quote marks left without their pair (for the quote-unbalanced rule). */
  unbalanced: TextSpan[];
}

/** A quoted stretch of one paragraph, before it is judged a quote or not. */
interface Candidate {
  /** Opening and closing mark positions; close is the paragraph end for a quote left open. */
  open: number;
  close: number;
  /** The quoted words, trimmed, as a UTF-16 range. */
  start: number;
  end: number;
  /** Continues in the next paragraph (the next one reopens the mark). */
  continues: boolean;
  /** Continues the previous paragraph's quote. */
  continued: boolean;
  dash: boolean;
  /** Resumes the quote before it after an attribution set inside the marks ("« A, a-t-il dit. B »"). */
  resumes?: boolean;
}

/** Fewer words than this, without a speech cue in the sentence: a term, a title or scare quotes. */
const MIN_UNATTRIBUTED_WORDS = 6;
const OPENING_MARK_AT_START = /^[«»‹›“„‚‘"「『]/u;
const DASH_AT_START = /^[—–][ \u00a0\u202f]*/u;
const DASH_INSIDE = /[ \u00a0\u202f][—–]|[—–][ \u00a0\u202f]|[—–]$/u;
const TERMINAL = /[.!?…]$/u;
const WORDS = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/**
 * Every direct quote of the article with its speaker. Marks are paired per paragraph; a quote
 * left open continues when the next paragraph reopens it, and is otherwise cut at its paragraph
 * with its lone mark reported as unbalanced.
 */
export function extractQuotes(doc: Document, shared?: Names): QuoteExtraction {
  const speech = speechMatchers(doc.locale);
  const { candidates, unbalanced } = findCandidates(doc, speech);
  if (candidates.length === 0) return { quotes: [], unbalanced: unbalanced.map((at) => textSpanOf(doc, at, at + 1)) };
  const names = shared ?? new Names(doc, new SentenceIndex(doc.paragraphs, doc.locale));
  const { sentences } = names;
  names.setQuoted(candidates);
  const contexts = candidates.map((candidate) => contextOf(doc, sentences, candidate));
  const found: Array<Attribution | null> = [];
  candidates.forEach((candidate, i) => {
    const previous = i > 0 ? nearbySpeaker(doc, candidates[i - 1] as Candidate, found[i - 1] ?? null, candidate) : null;
    let attribution = attribute({ ...(contexts[i] as Omit<QuoteContext, 'previousSpeaker'>), previousSpeaker: previous }, names, speech);
    // A quote standing alone at the head of its paragraph, with nothing attributing it, goes on
    // from the quote before (interviews, statements quoted paragraph after paragraph).
    if (mayInherit(attribution) && previous && opensParagraph(doc, candidate)) attribution = { ...previous, cue: attribution?.cue ?? null };
    // "«A», ha aggiunto, «B»", "“A,” she said, “B.”": the second half has the first half's speaker.
    const before = found[i - 1];
    const previousCandidate = candidates[i - 1];
    if (mayInherit(attribution) && before?.name && previousCandidate && (candidate.resumes || brokenBy(doc.text, previousCandidate, candidate, speech))) attribution = { ...before };
    // "«A», afirmou o gestor, adiantando que … «no início do próximo ano»": a quote naming nobody
    // in the sentence of a quote with a speaker is that speaker's.
    if (mayInherit(attribution) && before?.name && contexts[i]?.sentenceStart === contexts[i - 1]?.sentenceStart) attribution = { ...before, cue: attribution?.cue ?? before.cue };
    // "„A“, sagt Lea Wanninger. Die 27-Jährige arbeitet … „B.“": a whole sentence quoted with no
    // cue, later in the paragraph of a quote with a speaker, nobody else named between.
    if (mayInherit(attribution) && !attribution?.cue && before?.name && previousCandidate && sameParagraph(doc, previousCandidate, candidate) && !isPartial(doc, candidate) && !namesSomeoneElse(doc.text, names, speech, before.name, previousCandidate.close, candidate.open)) {
      attribution = { ...before, cue: null };
    }
    found.push(attribution);
    if (attribution?.name) names.noteSpeaker(candidate.open, attribution.name);
  });
  const attributions = shareAlongChains(candidates, found);
  const accepted = candidates.map((candidate, i) => isQuote(doc, candidate, contexts[i] as Omit<QuoteContext, 'previousSpeaker'>, attributions[i] ?? null, speech));
  let echoes: EchoSource[] | undefined;
  let headFragments = 0;
  const quotes = candidates.flatMap((candidate, i) => {
    let attribution = attributions[i] ?? null;
    const context = contexts[i] as Omit<QuoteContext, 'previousSpeaker'>;
    if (!accepted[i]) {
      if (!inHead(doc, candidate) || ++headFragments > MAX_HEAD_FRAGMENTS) return [];
      echoes ??= echoSources(doc.text, candidates, (j) => (accepted[j] ? (attributions[j] ?? null) : null));
      const echoed = echoedQuote(doc.text, candidate, echoes);
      if (!echoed) return [];
      attribution = { ...echoed, cue: null };
    }
    const subject = attribution?.name || attribution?.cue || !isPartial(doc, candidate) ? null : sentenceSubject(context, names, speech);
    return [toReport(doc, candidate, subject ?? attribution)];
  });
  return { quotes, unbalanced: unbalanced.map((at) => textSpanOf(doc, at, at + 1)) };
}

/** Paragraphs at the head of an article (headline, standfirst) whose quoted words may echo a quote below. */
const HEAD_PARAGRAPHS = 2;
/** Headline fragments compared with the body's quotes, at most: a headline holds a few. */
const MAX_HEAD_FRAGMENTS = 10;
/** Shortest word that counts in comparing a headline's quoted words with a quote's. */
const MIN_ECHO_WORD = 4;

function inHead(doc: Document, candidate: Candidate): boolean {
  const lastHead = doc.paragraphs[Math.min(HEAD_PARAGRAPHS, doc.paragraphs.length) - 1];
  return lastHead !== undefined && candidate.open < lastHead.end;
}

interface EchoSource {
  open: number;
  words: string[];
  attribution: Attribution;
}

/** The quotes a headline may echo: accepted ones with a named speaker, their words read once. */
function echoSources(text: string, candidates: readonly Candidate[], attributionOf: (index: number) => Attribution | null): EchoSource[] {
  return candidates.flatMap((candidate, j) => {
    const attribution = attributionOf(j);
    return attribution?.name && attribution.mention ? [{ open: candidate.open, words: wordsOf(text.slice(candidate.start, candidate.end)), attribution }] : [];
  });
}

/**
 * A short fragment quoted in the headline or standfirst (Polonia « sella su frontera ») has no cue
 * there: it echoes a quote of the body ("… para « sellar la frontera », dijo el ministro"), and
 * is that speaker's. Every longer word of the fragment must reappear, in order, as a word of the
 * quote with the same beginning, allowing a changed ending ("sella" / "sellar").
 */
function echoedQuote(text: string, fragment: Candidate, sources: readonly EchoSource[]): Attribution | null {
  const words = wordsOf(text.slice(fragment.start, fragment.end)).filter((word) => word.length >= MIN_ECHO_WORD);
  if (words.length < 2) return null;
  return sources.find((source) => source.open > fragment.open && appearInOrder(words, source.words))?.attribution ?? null;
}

function wordsOf(text: string): string[] {
  return (text.match(WORDS) ?? []).map((word) => word.toLowerCase());
}

function appearInOrder(words: readonly string[], within: readonly string[]): boolean {
  let at = 0;
  for (const word of words) {
    while (at < within.length && !sameStem(word, within[at] as string)) at++;
    if (at === within.length) return false;
    at++;
  }
  return true;
}

/** Same word but for its ending: a shared beginning of all but the last two letters of the shorter, four at least. */
function sameStem(a: string, b: string): boolean {
  const need = Math.max(MIN_ECHO_WORD, Math.min(a.length, b.length) - 2);
  return a.length >= need && b.length >= need && a.slice(0, need) === b.slice(0, need);
}

/** Longest attribution standing between the two halves of one quote. */
const MAX_BREAK = 80;

/** Whether only an attribution stands between two quotes, ending with a comma: one quote broken by it. */
function brokenBy(text: string, first: Candidate, second: Candidate, speech: SpeechMatchers): boolean {
  // Dash speech resumed after its attribution, in the same paragraph.
  if (first.dash && second.dash && !/[\r\n]/u.test(text.slice(first.open, second.open))) return true;
  const between = text.slice(first.close + 1, second.open);
  return between.length <= MAX_BREAK && /,[\s\u00a0\u202f]*$/u.test(between) && !/[.!?;:\r\n]/u.test(between) && speech.verbsIn(text, first.close + 1, second.open).length > 0;
}

/** Whether a quote may take another quote's speaker: it names none, and does not say it is somebody unnamed. */
function mayInherit(attribution: Attribution | null): boolean {
  return !attribution?.name && !attribution?.unnamed;
}

/** How many paragraphs back the quote before may stand for its speaker to go on. */
const SPEAKER_REACH = 2;

/** The previous quote's speaker, when that quote stands at most SPEAKER_REACH paragraphs before. */
function nearbySpeaker(doc: Document, previous: Candidate, attribution: Attribution | null, current: Candidate): Attribution | null {
  if (!attribution?.name) return null;
  const paragraphOf = (at: number) => doc.paragraphs.findIndex((paragraph) => paragraph.start <= at && at < paragraph.end);
  return paragraphOf(current.open) - paragraphOf(previous.open) <= SPEAKER_REACH ? attribution : null;
}

function sameParagraph(doc: Document, a: Candidate, b: Candidate): boolean {
  return !/[\r\n]/u.test(doc.text.slice(a.close, b.open));
}

/**
 * Whether somebody other than `speaker` is named between two offsets: another person, or someone
 * introduced with an indefinite article ("una vecina que prefirió no dar su nombre").
 */
function namesSomeoneElse(text: string, names: Names, speech: SpeechMatchers, speaker: string, from: number, to: number): boolean {
  if (names.startingIn(from, to).some((mention) => mention.end <= to && names.isPerson(mention.words) && names.fullest(mention) !== speaker)) return true;
  for (const word of text.slice(from, to).matchAll(/(?<![\p{L}'’])\p{L}+/gu)) {
    const at = from + word.index;
    if (speech.indefiniteAt(text, at) && speech.roleAt(text, at, to) !== null) return true;
  }
  return false;
}

function opensParagraph(doc: Document, candidate: Candidate): boolean {
  return doc.paragraphs.some((paragraph) => paragraph.start === candidate.open);
}

/** A quote running over paragraphs has one speaker, named in any of its parts: each part gets it. */
function shareAlongChains(candidates: readonly Candidate[], attributions: Array<Attribution | null>): Array<Attribution | null> {
  let chainStart = 0;
  candidates.forEach((candidate, i) => {
    if (!candidate.continued) chainStart = i;
    if (candidate.continues) return;
    const named = attributions.slice(chainStart, i + 1).find((attribution) => attribution?.name);
    if (!named) return;
    for (let j = chainStart; j <= i; j++) if (mayInherit(attributions[j] ?? null)) attributions[j] = named;
  });
  return attributions;
}

function findCandidates(doc: Document, speech: SpeechMatchers): { candidates: Candidate[]; unbalanced: number[] } {
  const candidates: Candidate[] = [];
  const unbalanced: number[] = [];
  let continuing = false;
  doc.paragraphs.forEach((paragraph, p) => {
    const next = doc.paragraphs[p + 1];
    const scanned = scanMarks(paragraph.text);
    const outer = scanned.pairs.filter((pair) => pair.depth === 0);
    let opensContinued = continuing;
    continuing = false;
    for (const pair of outer) {
      const open = paragraph.start + pair.open;
      const close = paragraph.start + pair.close;
      // The next paragraph reopens with the same mark, or with » after « (Spanish "comillas de seguir").
      const continues = pair.unclosed && next !== undefined && OPENING_MARK_AT_START.test(next.text) && (next.text.startsWith(pair.openMark) || (pair.openMark === '«' && next.text.startsWith('»')));
      if (pair.unclosed && !continues) unbalanced.push(open);
      const inner = trimRange(doc.text, open + 1, close);
      if (inner.end > inner.start) {
        const previous = candidates[candidates.length - 1];
        // "A. "B.": a quote reopened after a sentence end goes on with the same speaker.
        if (pair.reopens && previous) previous.continues = true;
        candidates.push(...splitAtIncise(doc.text, { open, close, ...inner, continues, continued: (opensContinued && pair.open === 0) || (pair.reopens && previous !== undefined), dash: false }, speech));
      }
      opensContinued = false;
      if (continues) continuing = true;
    }
    for (const stray of scanned.strayClosers) unbalanced.push(paragraph.start + stray);
    if (speech.dashDialogue && outer.length === 0) {
      const dash = dashQuote(doc.text, paragraph, speech);
      if (dash) candidates.push(dash);
      const resumed = dash ? speechAfterIncise(doc.text, paragraph, dash) : null;
      if (resumed) candidates.push(resumed);
    }
  });
  return { candidates, unbalanced: unbalanced.sort((a, b) => a - b) };
}

/** Longest attribution set inside a quote's marks. */
const MAX_INCISE = 120;
/** Where an attribution inside the marks ends: a full stop before a capital, or a comma before a small letter. */
const INCISE_END = /^[^.;:!?«»“”„"]*?(?:\.[ \u00a0\u202f]+(?=\p{Lu})|,[ \u00a0\u202f]+(?=\p{Ll}))/u;

/**
 * "« Une pompe est tombée en panne, a déclaré le directeur, Thierry Vaillancourt. Mais … »",
 * "« Nous irons, poursuit-il, jusqu'au bout »": French sets the attribution inside the marks,
 * between commas or after a comma up to a full stop. The quote is two, the attribution between
 * them: a comma, then a speech verb naming its speaker (namesSpeaker), then at most MAX_INCISE
 * characters. Both halves keep two words at least, and the second takes the first's speaker.
 */
function splitAtIncise(text: string, candidate: Candidate, speech: SpeechMatchers): Candidate[] {
  if (!speech.inciseInMarks) return [candidate];
  const body = text.slice(candidate.start, candidate.end);
  for (const match of body.matchAll(/,[ \u00a0\u202f]+/gu)) {
    const at = match.index + match[0].length;
    const verb = speech.verbAt(body, at);
    const incise = verb ? inciseAt(body, at, speech) : null;
    if (!verb || incise === null || !namesSpeaker(verb.text, body.slice(at + verb.text.length, at + incise), speech)) continue;
    const resume = at + incise;
    if ((body.slice(0, match.index).match(WORDS)?.length ?? 0) < 2 || (body.slice(resume).match(WORDS)?.length ?? 0) < 2) continue;
    const comma = candidate.start + match.index;
    const first: Candidate = { ...candidate, close: comma, end: comma, continues: false };
    const second: Candidate = { ...candidate, open: candidate.start + resume - 1, start: candidate.start + resume, continued: false, resumes: true };
    return [first, ...splitAtIncise(text, second, speech)];
  }
  return [candidate];
}

/**
 * The length of the attribution starting at `at` inside a quote: up to a full stop before a
 * capital, or a comma before a small letter — unless a role opens what follows that comma, an
 * apposition to the speaker ("a lancé Mathis Caradec, secrétaire régional de l'UCA. Nous …").
 */
function inciseAt(body: string, at: number, speech: SpeechMatchers): number | null {
  const tail = body.slice(at, at + MAX_INCISE);
  const end = INCISE_END.exec(tail);
  if (!end) return null;
  if (/\.[ \u00a0\u202f]+$/u.test(end[0])) return end[0].length;
  const apposition = speech.roleAt(body, at + end[0].length, Math.min(body.length, at + MAX_INCISE)) !== null;
  const stop = apposition ? /^[^.;:!?«»“”„"]*?\.[ \u00a0\u202f]+(?=\p{Lu})/u.exec(tail) : null;
  return stop ? stop[0].length : end[0].length;
}

/**
 * Whether an attribution inside the marks says who speaks, as an incise does ("poursuit-il", "a
 * déclaré le directeur, Thierry Vaillancourt", "ajoute le maire") — not the speaker's own verb
 * going on ("Ces données soulignent non seulement l'impact …"): a subject pronoun joined to the
 * verb, a capitalised word after it, or a few words opening with a determiner.
 */
function namesSpeaker(verb: string, after: string, speech: SpeechMatchers): boolean {
  if (verb.includes('-')) return true;
  const words = after.match(WORDS) ?? [];
  if (words.some((word) => /^\p{Lu}/u.test(word))) return true;
  return words.length > 0 && words.length <= 4 && speech.functionWords.has((words[0] as string).toLowerCase());
}

/** An author, a handle in brackets, and a date ending in a year: how embedded posts are signed. */
const EMBED_SIGNATURE = /\(@[\p{L}\p{N}_]+\)[^()]*\d{4}\s*$/u;

/** "— Nous continuerons, a déclaré le ministre." : the words after the dash, up to the next dash or the cue. */
function dashQuote(text: string, paragraph: Segment, speech: SpeechMatchers): Candidate | null {
  const dash = DASH_AT_START.exec(paragraph.text);
  if (!dash) return null;
  const from = dash[0].length;
  const body = paragraph.text.slice(from);
  // "— Jane Doe (@janedoe) July 7, 2022": the signature line of an embedded post, not speech.
  if (EMBED_SIGNATURE.test(body)) return null;
  let length = body.length;
  const nextDash = DASH_INSIDE.exec(body);
  if (nextDash) length = nextDash.index;
  else {
    for (const match of body.matchAll(/,[ \u00a0]+/gu)) {
      if (speech.verbAt(body, match.index + match[0].length)) {
        length = match.index;
        break;
      }
    }
  }
  const open = paragraph.start;
  const close = paragraph.start + from + length;
  const inner = trimRange(text, paragraph.start + from, close);
  if (inner.end <= inner.start) return null;
  return { open, close: Math.min(close, paragraph.end - 1), ...inner, continues: false, continued: false, dash: true };
}

/**
 * "—No nos vamos —aseguró el gerente—. Vamos a mantener …": the speech that resumes after the
 * attribution set between dashes, up to the next dash or the paragraph's end.
 */
function speechAfterIncise(text: string, paragraph: Segment, first: Candidate): Candidate | null {
  const rest = text.slice(first.close, paragraph.end);
  const incise = /^[ \u00a0\u202f]*[—–][^—–\r\n]{1,80}?[—–][ \u00a0\u202f]*[.,;:]?[ \u00a0\u202f]*(?=\S)/u.exec(rest);
  if (!incise) return null;
  const open = first.close + incise[0].length;
  const after = text.slice(open, paragraph.end);
  const nextDash = DASH_INSIDE.exec(after);
  const close = open + (nextDash ? nextDash.index : after.length);
  const inner = trimRange(text, open, close);
  if (inner.end - inner.start < 2) return null;
  return { open: open - 1, close: Math.min(close, paragraph.end - 1), ...inner, continues: false, continued: false, dash: true };
}

function trimRange(text: string, from: number, to: number): { start: number; end: number } {
  let start = from;
  let end = to;
  while (start < end && /[\s\u00a0\u202f]/u.test(text.charAt(start))) start++;
  while (end > start && /[\s\u00a0\u202f]/u.test(text.charAt(end - 1))) end--;
  return { start, end };
}

function contextOf(doc: Document, sentences: SentenceIndex, candidate: Candidate): Omit<QuoteContext, 'previousSpeaker'> {
  const p = sentences.paragraphOf(candidate.open);
  const paragraph = doc.paragraphs[p] as Segment;
  const opening = sentences.around(p, candidate.open);
  const closing = sentences.around(p, Math.min(candidate.close, paragraph.end - 1));
  const opensSentence = doc.text.slice(opening.start, candidate.open).trim() === '';
  let previousSentenceStart: number | null = null;
  const priorSentenceStart = opening.start > paragraph.start ? sentences.around(p, opening.start - 1).start : null;
  if (opensSentence) {
    if (priorSentenceStart !== null) previousSentenceStart = priorSentenceStart;
    else if (p > 0) {
      const before = doc.paragraphs[p - 1] as Segment;
      previousSentenceStart = sentences.around(p - 1, Math.max(before.start, before.end - 1)).start;
    }
  }
  // Attributions stand near their quote: a run-on "sentence" of thousands of characters is read
  // only within ATTRIBUTION_REACH of it, or every quote in it would read all of it.
  const sentenceStart = wordStartFrom(doc.text, opening.start, candidate.open - ATTRIBUTION_REACH);
  const close = candidate.dash ? candidate.close - 1 : candidate.close;
  return {
    text: doc.text,
    open: candidate.open,
    close,
    sentenceStart,
    sentenceEnd: wordEndUntil(doc.text, Math.max(closing.end, Math.min(candidate.close + 1, paragraph.end)), close + 1 + ATTRIBUTION_REACH),
    previousSentenceStart: previousSentenceStart === null ? null : wordStartFrom(doc.text, previousSentenceStart, sentenceStart - ATTRIBUTION_REACH),
    priorSentenceStart: priorSentenceStart === null ? null : wordStartFrom(doc.text, priorSentenceStart, sentenceStart - ATTRIBUTION_REACH),
  };
}

/** How far from its quote an attribution is looked for, in UTF-16 units: twice the farthest seen in real articles (about 500). */
const ATTRIBUTION_REACH = 1000;

/** `start`, or when it lies before `limit`, the first word start at or after `limit` (or `limit` itself, in text without spaces). */
function wordStartFrom(text: string, start: number, limit: number): number {
  if (start >= limit) return start;
  for (let at = limit; at < Math.min(text.length, limit + WORD_REACH); at++) if (/\s/u.test(text.charAt(at))) return at + 1;
  return limit;
}

/** `end`, or when it lies after `limit`, the last word end at or before `limit` (or `limit` itself, in text without spaces). */
function wordEndUntil(text: string, end: number, limit: number): number {
  if (end <= limit) return end;
  for (let at = limit; at > Math.max(0, limit - WORD_REACH); at--) if (/\s/u.test(text.charAt(at - 1))) return at - 1;
  return limit;
}

/** How far a window edge moves to fall between words. */
const WORD_REACH = 40;

/**
 * A quote reproduces someone's words: it has an attribution, or it is long enough to be a
 * statement. Short spans without any speech cue are terms, names, titles or scare quotes.
 */
function isQuote(doc: Document, candidate: Candidate, context: Omit<QuoteContext, 'previousSpeaker'>, attribution: Attribution | null, speech: SpeechMatchers): boolean {
  // An attribution (a speech word, or a person introducing it: "Zelensky : « … »") makes it a quote.
  if (candidate.dash || candidate.continued || attribution?.cue || attribution?.name) return true;
  const quoted = doc.text.slice(candidate.start, candidate.end);
  const words = quoted.match(WORDS)?.length ?? 0;
  if (words >= MIN_UNATTRIBUTED_WORDS) return !looksLikeTitle(quoted);
  // An exclamation or a question ("Klima retten!"), or words on a sign or a banner ("»Schluss mit
  // dem Krieg«, steht auf einem Banner"): somebody's words, unless capitalised like a title.
  return words >= 2 && capitalisedShare(quoted) < 0.6 && (/[!?]$/u.test(quoted) || inscribed(context, speech));
}

function capitalisedShare(text: string): number {
  const words = text.match(WORDS) ?? [];
  return words.length === 0 ? 0 : words.filter((word) => /^\p{Lu}/u.test(word)).length / words.length;
}

/** A word for signs, banners or reading stands in the quote's sentence, outside the quote. */
function inscribed(context: Omit<QuoteContext, 'previousSpeaker'>, speech: SpeechMatchers): boolean {
  return speech.inscriptionIn(context.text, context.sentenceStart, context.open) || speech.inscriptionIn(context.text, context.close + 1, context.sentenceEnd);
}

/** Title Case without a verb-like lower-case word: "The Art of the Deal", "Guerre et Paix". */
function looksLikeTitle(text: string): boolean {
  const words = text.match(WORDS) ?? [];
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  return !TERMINAL.test(text) && capitalised >= Math.ceil(words.length * 0.6);
}

function toReport(doc: Document, candidate: Candidate, attribution: Attribution | null): QuoteReport {
  const quoted = textSpanOf(doc, candidate.start, candidate.end);
  const speaker =
    attribution?.name && attribution.mention
      ? { name: attribution.name, mention: doc.text.slice(attribution.mention.start, attribution.mention.end), ...doc.positions.span(attribution.mention.start, attribution.mention.end) }
      : null;
  return { ...quoted, partial: isPartial(doc, candidate), speaker, cue: attribution?.cue ?? null };
}

/**
 * A fragment embedded in the reporter's sentence (condamné l'invasion « illégale ») rather than
 * a full statement: it neither opens its sentence, nor follows a colon or a dash, nor reads as a
 * sentence of its own (capital first, final punctuation).
 */
function isPartial(doc: Document, candidate: Candidate): boolean {
  if (candidate.dash || candidate.continued) return false;
  const before = doc.text.slice(Math.max(0, candidate.open - 40), candidate.open).replace(/[\s\u00a0\u202f]+$/u, '');
  if (before === '' || /[:—–]$/u.test(before) || /[.!?…»”]$/u.test(before) || /(?:^|\n)$/u.test(before)) return false;
  const quoted = doc.text.slice(candidate.start, candidate.end);
  return !(/^\p{Lu}/u.test(quoted) && (TERMINAL.test(quoted) || /[.!?…,]$/u.test(quoted)));
}
