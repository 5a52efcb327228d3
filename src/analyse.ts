import { runChecks, type RuleLevel } from './checks/index.js';
import { decode } from './document/decode.js';
import { buildDocument, textSpanOf, type Document } from './document/document.js';
import { InputError } from './input/input-error.js';
import type { LanguageInfo } from './language/languages.js';
import { extractAll } from './extract/index.js';
import {
  SCHEMA_VERSION,
  type ArticleReport,
  type ErrorReport,
  type LanguageReport,
  type Report,
} from './report/types.js';

export interface AnalyseOptions {
  /** Reference date (YYYY-MM-DD) given by the user. */
  referenceDate?: string | undefined;
  /**
   * Today (YYYY-MM-DD, UTC), the upper bound on the years an article's weekday–date pairs may fall
   * in when it states no year. Without it, such an article gets no inferred date.
   */
  today?: string | undefined;
  /** Article language given by the user. */
  language?: LanguageInfo | undefined;
  /** The languages to expect: the article's and its paragraphs' are detected among these only. */
  languages?: readonly LanguageInfo[] | undefined;
  /** Rule levels the user set (`--rule name-variant=off`); the others keep their default severity. */
  rules?: Readonly<Record<string, RuleLevel>> | undefined;
}

/** Analyses the raw bytes of one article; an unreadable one gives an error report. */
export function analyseBytes(file: string, bytes: Uint8Array, options: AnalyseOptions = {}): Report {
  try {
    const { text, encoding } = decode(bytes);
    return analyseText(file, text, encoding, options);
  } catch (error) {
    if (error instanceof InputError) return errorReport(file, error);
    throw error;
  }
}

/** Analyses one article's decoded text. */
export function analyseText(file: string, text: string, encoding: string, options: AnalyseOptions = {}): ArticleReport {
  const doc = buildDocument(text, encoding, { language: options.language, languages: options.languages });
  const extraction = extractAll(doc, { referenceDate: options.referenceDate ?? null, today: options.today ?? null });
  return {
    schemaVersion: SCHEMA_VERSION,
    file,
    encoding,
    chars: doc.positions.codePointLength,
    title: doc.title ? textSpanOf(doc, doc.title.start, doc.title.end) : null,
    language: languageReport(doc, options),
    referenceDate: extraction.referenceDate,
    quotes: extraction.quotes,
    figures: extraction.figures,
    dates: extraction.dates,
    entities: extraction.entities,
    findings: runChecks(doc, extraction, options.rules),
  };
}

export function errorReport(file: string, error: InputError): ErrorReport {
  return { schemaVersion: SCHEMA_VERSION, file, error: { code: error.code, message: error.message } };
}

function languageReport(doc: Document, options: AnalyseOptions): LanguageReport {
  const { language, confidence, reliable, paragraphs } = doc.language;
  return {
    code: language.code,
    name: language.name,
    confidence,
    reliable,
    source: options.language ? 'option' : 'detected',
    paragraphs: paragraphs.map((found) => ({
      code: found.language.code,
      name: found.language.name,
      confidence: found.confidence,
      ...textSpanOf(doc, found.paragraph.start, found.paragraph.end),
    })),
  };
}
