import type { Segment } from '../document/segments.js';
import { CANDIDATE_CODES, UNDETERMINED, languageInfo, type LanguageInfo } from './languages.js';
import { WINDOW, rankLanguages } from './trigrams.js';

/** Paragraphs shorter than this are never reported as being in another language. */
export const MIN_PARAGRAPH_LENGTH = 40;
/** Texts shorter than this never give a reliable article language. */
const MIN_RELIABLE_LENGTH = 40;
/** Evidence (see `evidence`) at which an answer is reliable: confidence 0.5. */
const RELIABLE_EVIDENCE = 1;
/** Evidence a paragraph needs to be reported in another language than the article's. */
const PARAGRAPH_EVIDENCE = 1.5;

export interface LanguageGuess {
  language: LanguageInfo;
  confidence: number;
  reliable: boolean;
}

export interface ParagraphLanguage {
  paragraph: Segment;
  language: LanguageInfo;
  confidence: number;
}

export interface LanguageResult extends LanguageGuess {
  /** Paragraphs whose language reliably differs from the article's. */
  paragraphs: ParagraphLanguage[];
}

type Scores = Map<string, number>;

const CANDIDATES: ReadonlySet<string> = new Set(CANDIDATE_CODES);

interface ScoredChunk {
  paragraph: Segment;
  length: number;
  scores: Scores;
}

/**
 * The article's language and the paragraphs in another one. Every paragraph is scored by franc
 * (restricted to the candidate languages, or to `allowed` when the user names the languages to
 * expect) once; the article's scores are the length-weighted mean of its paragraphs', so the
 * whole body counts, not only franc's first 2,048 characters.
 */
export function detectLanguages(paragraphs: readonly Segment[], forced?: LanguageInfo, allowed?: readonly LanguageInfo[]): LanguageResult {
  const expected = allowed && allowed.length > 0 ? new Set(allowed.map((language) => language.code)) : CANDIDATES;
  const candidates = forced && !expected.has(forced.code) ? new Set([...expected, forced.code]) : expected;
  const chunks = paragraphs.map((paragraph) => scoreParagraph(paragraph, candidates));
  const article = forced ? { language: forced, confidence: 1, reliable: true } : guessArticle(chunks);
  if (article.language.code === UNDETERMINED.code) return { ...article, paragraphs: [] };
  return { ...article, paragraphs: otherLanguageParagraphs(chunks, article.language.code) };
}

function scoreParagraph(paragraph: Segment, candidates: ReadonlySet<string>): ScoredChunk {
  const scores: Scores = new Map();
  let length = 0;
  for (const piece of windows(paragraph.text)) {
    const ranking = rankLanguages(piece, candidates);
    if (ranking.length === 0) continue;
    for (const [code, score] of ranking) scores.set(code, (scores.get(code) ?? 0) + score * piece.length);
    length += piece.length;
  }
  if (length > 0) for (const [code, total] of scores) scores.set(code, total / length);
  return { paragraph, length, scores };
}

function guessArticle(chunks: readonly ScoredChunk[]): LanguageGuess {
  const totals: Scores = new Map();
  let length = 0;
  for (const chunk of chunks) {
    length += chunk.length;
    for (const [code, score] of chunk.scores) totals.set(code, (totals.get(code) ?? 0) + score * chunk.length);
  }
  const ranked = [...totals].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const [best, second] = ranked;
  if (!best || length === 0) return { language: UNDETERMINED, confidence: 0, reliable: false };
  const margin = (best[1] - (second?.[1] ?? 0)) / length;
  const strength = evidence(margin, length);
  return {
    language: languageInfo(best[0]),
    confidence: confidenceOf(strength),
    reliable: strength >= RELIABLE_EVIDENCE && length >= MIN_RELIABLE_LENGTH,
  };
}

function otherLanguageParagraphs(chunks: readonly ScoredChunk[], articleCode: string): ParagraphLanguage[] {
  const found: ParagraphLanguage[] = [];
  for (const chunk of chunks) {
    if (chunk.length < MIN_PARAGRAPH_LENGTH) continue;
    const [best] = [...chunk.scores].sort((a, b) => b[1] - a[1]);
    if (!best || best[0] === articleCode) continue;
    const strength = evidence(best[1] - (chunk.scores.get(articleCode) ?? 0), chunk.length);
    if (strength < PARAGRAPH_EVIDENCE) continue;
    found.push({ paragraph: chunk.paragraph, language: languageInfo(best[0]), confidence: confidenceOf(strength) });
  }
  return found;
}

/**
 * How strongly one language beats another: franc's normalised score margin, scaled by the square
 * root of the text length, since margins on short texts are noisy. Thresholds measured on
 * paragraphs of real articles in eight languages (see README, Language).
 */
function evidence(margin: number, length: number): number {
  return margin * Math.sqrt(length);
}

function confidenceOf(strength: number): number {
  return Math.round((strength / (strength + 1)) * 1000) / 1000;
}

/** The text in pieces franc reads whole, cut at white space. */
function* windows(text: string): Generator<string> {
  let rest = text;
  while (rest.length > WINDOW) {
    const cut = rest.lastIndexOf(' ', WINDOW);
    const at = cut > WINDOW / 2 ? cut : WINDOW;
    yield rest.slice(0, at);
    rest = rest.slice(at);
  }
  yield rest;
}
