import type { Document } from '../document/document.js';
import type { DateReport, EntityReport, FigureReport, QuoteReport, TextSpan } from '../report/types.js';
import { extractFigures } from './figures/index.js';
import { extractQuotes } from './quotes/index.js';

/** What the extractors find in one article, in report form (code point spans). */
export interface Extraction {
  quotes: QuoteReport[];
  figures: FigureReport[];
  dates: DateReport[];
  entities: EntityReport[];
  /** Quote marks without their pair; not a report section, the quote-unbalanced rule reads it. */
  unbalancedQuoteMarks: TextSpan[];
}

export interface ExtractOptions {
  /** The reference date, YYYY-MM-DD, when one is known. */
  referenceDate: string | null;
}

/**
 * Runs every extractor on the document. Quotes, figures, dates and entities each get their own
 * module here; dates and entities stay empty until theirs exist.
 */
export function extractAll(doc: Document, _options: ExtractOptions): Extraction {
  const { quotes, unbalanced } = extractQuotes(doc);
  return { quotes, figures: extractFigures(doc), dates: [], entities: [], unbalancedQuoteMarks: unbalanced };
}
