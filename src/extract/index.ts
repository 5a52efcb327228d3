import type { Document } from '../document/document.js';
import type { DateReport, EntityReport, FigureReport, QuoteReport } from '../report/types.js';

/** What the extractors find in one article, in report form (code point spans). */
export interface Extraction {
  quotes: QuoteReport[];
  figures: FigureReport[];
  dates: DateReport[];
  entities: EntityReport[];
}

export interface ExtractOptions {
  /** The reference date, YYYY-MM-DD, when one is known. */
  referenceDate: string | null;
}

/**
 * Runs every extractor on the document. Quotes, figures, dates and entities each get their own
 * module here; until they exist the sections stay empty.
 */
export function extractAll(_doc: Document, _options: ExtractOptions): Extraction {
  return { quotes: [], figures: [], dates: [], entities: [] };
}
