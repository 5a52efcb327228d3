import { detectLanguages, type LanguageResult } from '../language/detect.js';
import type { LanguageInfo } from '../language/languages.js';
import { localeFor, type LocaleData } from '../locales/index.js';
import { splitParagraphs } from './paragraphs.js';
import { PositionIndex, type Span } from './positions.js';
import type { Segment } from './segments.js';
import { splitSentences } from './sentences.js';
import { findTitle } from './title.js';

/** One article, ready for the extractors. All offsets are UTF-16 indices into `text`. */
export interface Document {
  text: string;
  encoding: string;
  positions: PositionIndex;
  paragraphs: Segment[];
  /** Split on first use: the ICU sentence rules take ~12 ms to load, a cost only paid when needed. */
  readonly sentences: Segment[];
  title: Segment | null;
  language: LanguageResult;
  /** Word lists of the article's language; undefined where copydesk has none. */
  locale: LocaleData | undefined;
}

export interface DocumentOptions {
  /** The article language, when the user forces it. */
  language?: LanguageInfo | undefined;
  /** The languages to expect (`--languages fr,en`): detection chooses among them only. */
  languages?: readonly LanguageInfo[] | undefined;
}

export function buildDocument(text: string, encoding: string, options: DocumentOptions = {}): Document {
  const positions = new PositionIndex(text);
  const paragraphs = splitParagraphs(text);
  const language = detectLanguages(paragraphs, options.language, options.languages);
  const locale = localeFor(language.language.code);
  const tag = language.language.tag === 'und' ? 'en' : language.language.tag;
  let sentences: Segment[] | undefined;
  return {
    text,
    encoding,
    positions,
    paragraphs,
    get sentences() {
      sentences ??= paragraphs.flatMap((paragraph) => splitSentences(paragraph, tag, locale));
      return sentences;
    },
    title: findTitle(paragraphs),
    language,
    locale,
  };
}

/** The report span of a UTF-16 range, with its text. */
export function textSpanOf(doc: Document, start: number, end: number): Span & { text: string } {
  return { text: doc.text.slice(start, end), ...doc.positions.span(start, end) };
}
