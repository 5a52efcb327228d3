import { countBelow } from './search.js';
import type { LocaleData } from '../locales/types.js';
import { trimmedSegment, type Segment } from './segments.js';

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(tag: string): Intl.Segmenter {
  let segmenter = segmenters.get(tag);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(tag, { granularity: 'sentence' });
    segmenters.set(tag, segmenter);
  }
  return segmenter;
}

/** A capital initial ("J." in "J. K. Rowling") does not end a sentence. */
const INITIAL = /(?:^|[\s(«"“„‘'-])\p{Lu}\.$/u;
/** In languages that write ordinals with a dot ("am 1. März"), a short number does not either. */
const ORDINAL = /(?:^|\s)\d{1,3}\.$/u;
/** Sentence-final punctuation, possibly followed by closing quotes or brackets. */
const TERMINAL = /[.!?…]["»”’)\]]*$/u;
const LINE_BREAK_AT_END = /(?:\r\n|\r|\n)\s*$/u;
/** A lower-case word, possibly after an opening quote or bracket. */
const STARTS_LOWERCASE = /^\s*["«“‘'(\[]?\s*\p{Ll}/u;
/** Closing quote marks left after a sentence end by ICU: ". »" in French, a lone closing straight quote. */
const CLOSING_MARKS = /^(?:[ \t\u00a0\u202f]*[»”’›」』)\]]+|"(?=\s|$))+/u;

/**
 * Sentences of one paragraph, by Intl.Segmenter in the article's language, with the repairs
 * ICU needs on news text: no break after an abbreviation, an initial, a German-style ordinal,
 * or a line break inside a hard-wrapped sentence.
 */
export function splitSentences(paragraph: Segment, tag: string, locale: LocaleData | undefined): Segment[] {
  const pieces = [...segmenterFor(tag).segment(paragraph.text)];
  const sentences: Segment[] = [];
  let start = 0;
  pieces.forEach((piece, i) => {
    let end = piece.index + piece.segment.length;
    const next = pieces[i + 1];
    if (end <= start) return;
    if (next && continuesAfter(paragraph.text.slice(start, end), next.segment, locale)) return;
    end += closingMarksAt(paragraph.text, end);
    const sentence = trimmedSegment(paragraph.text, start, end);
    if (sentence) sentences.push({ ...sentence, start: paragraph.start + sentence.start, end: paragraph.start + sentence.end });
    start = end;
  });
  return sentences;
}

/** Where ICU may end a sentence: terminal punctuation (with closing marks) or a line break, before more text. */
const POSSIBLE_END = /[.!?…]+(?:[»”’›」』)\]"«‹]|[ \u00a0\u202f]+[»”’›」』)\]])*[ \t\u00a0\u202f]+(?=\S)|[ \t]*(?:\r\n|\r|\n)[ \t\u00a0\u202f]*(?=\S)/gu;

/**
 * The sentence around one position of a paragraph, found without ICU: the ends ICU's rules put
 * there (terminal punctuation followed by a capital, a digit or an opening mark; a line break),
 * with the same repairs as splitSentences. For extractors that need a few sentences only: the
 * ICU rules cost ~12 ms to load, more than the rest of a short run.
 */
export function sentenceAround(paragraph: Segment, index: number, locale: LocaleData | undefined): Segment {
  return sentenceIn(paragraph, index, sentenceEnds(paragraph.text, locale));
}

/**
 * Sentences of many positions of one document, by the rules of sentenceAround, each paragraph's
 * sentence ends found once (extractors ask for the sentences of every quote, and again for names).
 */
export class SentenceIndex {
  private readonly ends = new Map<number, Array<{ end: number; next: number }>>();

  constructor(
    private readonly paragraphs: readonly Segment[],
    private readonly locale: LocaleData | undefined,
  ) {}

  /** The paragraph holding `index` (its end included), or -1. */
  paragraphOf(index: number): number {
    // Paragraphs come in text order: the last one starting at or before `index` is the only candidate.
    const p = countBelow(this.paragraphs, index + 1, (paragraph) => paragraph.start) - 1;
    const paragraph = this.paragraphs[p];
    return paragraph !== undefined && index <= paragraph.end ? p : -1;
  }

  /** The sentence around `index` in paragraph `p`. */
  around(p: number, index: number): Segment {
    return sentenceIn(this.paragraphs[p] as Segment, index, this.endsOf(p));
  }

  /** Where each sentence of paragraph `p` starts (absolute offsets). */
  startsIn(p: number): number[] {
    const paragraph = this.paragraphs[p] as Segment;
    return [paragraph.start, ...this.endsOf(p).map((found) => paragraph.start + found.next)];
  }

  private endsOf(p: number): Array<{ end: number; next: number }> {
    let ends = this.ends.get(p);
    if (!ends) {
      ends = [...sentenceEnds((this.paragraphs[p] as Segment).text, this.locale)];
      this.ends.set(p, ends);
    }
    return ends;
  }
}

function sentenceIn(paragraph: Segment, index: number, ends: Iterable<{ end: number; next: number }>): Segment {
  const at = index - paragraph.start;
  let start = 0;
  let end = paragraph.text.length;
  for (const found of ends) {
    if (found.next <= at) start = found.next;
    else {
      end = found.end;
      break;
    }
  }
  const sentence = trimmedSegment(paragraph.text, start, end) ?? { start, end, text: paragraph.text.slice(start, end) };
  return { ...sentence, start: paragraph.start + sentence.start, end: paragraph.start + sentence.end };
}

/** Each sentence end of a paragraph: where its text ends and where the next sentence starts. */
function* sentenceEnds(text: string, locale: LocaleData | undefined): Generator<{ end: number; next: number }> {
  let start = 0;
  for (const match of text.matchAll(POSSIBLE_END)) {
    const boundary = match.index + match[0].length;
    const next = text.slice(boundary, boundary + 40);
    const isLineBreak = /[\r\n]/u.test(match[0]);
    // A lower-case word goes on the sentence, also after a dash ("—¿Y el resto? —le preguntó un periodista").
    if (!isLineBreak && /^(?:[—–][ \u00a0\u202f]?)?\p{Ll}/u.test(next)) continue;
    if (continuesAfter(text.slice(start, boundary), next, locale)) continue;
    yield { end: match.index + match[0].trimEnd().length, next: boundary };
    start = boundary;
  }
}

function continuesAfter(candidate: string, next: string, locale: LocaleData | undefined): boolean {
  const body = candidate.trimEnd();
  if (INITIAL.test(body)) return true;
  if (locale?.ordinalDot && ORDINAL.test(body)) return true;
  if (locale?.abbreviations.some((abbreviation) => endsWithWord(body, abbreviation))) return true;
  // A line break ICU took for a sentence end, inside a hard-wrapped sentence.
  return LINE_BREAK_AT_END.test(candidate) && !TERMINAL.test(body) && STARTS_LOWERCASE.test(next);
}

/** Length of the closing quote marks at `at` that belong to the sentence ending there. */
function closingMarksAt(text: string, at: number): number {
  return CLOSING_MARKS.exec(text.slice(at, at + 16))?.[0].length ?? 0;
}

/** Whether text ends with word, and word is not the tail of a longer word. */
function endsWithWord(text: string, word: string): boolean {
  if (!text.endsWith(word)) return false;
  const before = text.charAt(text.length - word.length - 1);
  return before === '' || !/[\p{L}\p{N}]/u.test(before);
}
