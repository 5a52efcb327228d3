import { textSpanOf, type Document } from '../document/document.js';
import { countBelow } from '../document/search.js';
import type { DateReport, EntityReport, FigureReport, QuoteReport, ReferenceDateReport, TextSpan } from '../report/types.js';
import { extractDates } from './dates/index.js';
import { extractEntities } from './entities.js';
import { extractFigures } from './figures/index.js';
import { Names } from './names.js';
import { findNumbers } from './figures/numbers.js';
import { localeFor } from '../locales/index.js';
import { extractQuotes } from './quotes/index.js';

/** What the extractors find in one article, in report form (code point spans). */
export interface Extraction {
  quotes: QuoteReport[];
  figures: FigureReport[];
  dates: DateReport[];
  /** The article's own date: given, inferred from the text, or none. */
  referenceDate: ReferenceDateReport;
  entities: EntityReport[];
  /** Quote marks without their pair; not a report section, the quote-unbalanced rule reads it. */
  unbalancedQuoteMarks: TextSpan[];
  /** Every capitalised name run, common German nouns included; the name-variant rule reads it. */
  nameMentions: TextSpan[];
}

export interface ExtractOptions {
  /** The reference date the user gave, YYYY-MM-DD. */
  referenceDate: string | null;
  /** Today, YYYY-MM-DD: only bounds the years an article's weekdays are tried in. */
  today: string | null;
}

/**
 * Runs every extractor on the document. Quotes, figures, dates and entities each get their own
 * module here; quotes and entities share one reading of the names. Dates run after figures: a four-digit
 * number read as a quantity ("2000 soldats") is no year.
 */
export function extractAll(doc: Document, options: ExtractOptions): Extraction {
  const names = new Names(doc);
  const { quotes, unbalanced } = extractQuotes(doc, names);
  const locale = doc.locale ?? localeFor('eng');
  // Read once, for figures and for the amounts of dates ("il y a trois ans").
  const numbers = locale ? findNumbers(doc.text, locale) : [];
  const figures = extractFigures(doc, numbers);
  const figureRanges = figures.map((figure) => ({ start: doc.positions.fromCodePoint(figure.start), end: doc.positions.fromCodePoint(figure.end) }));
  const { dates, referenceDate } = extractDates(doc, { ...options, figures: figureRanges, numbers });
  const nameMentions = names.mentions.map((mention) => textSpanOf(doc, mention.start, mention.end));
  return {
    quotes,
    figures: withoutDateAmounts(figures, dates),
    dates,
    referenceDate,
    entities: extractEntities(doc, names, quotes, dates),
    unbalancedQuoteMarks: unbalanced,
    nameMentions,
  };
}

/**
 * The figures, less the durations that are the amount of a date ("il y a trois ans", "two years
 * later", "vor drei Jahren"): the date is the fact there, not a length of time.
 */
function withoutDateAmounts(figures: readonly FigureReport[], dates: readonly DateReport[]): FigureReport[] {
  const sorted = [...dates].sort((a, b) => a.start - b.start);
  return figures.filter((figure) => {
    if (figure.kind !== 'duration') return true;
    const i = countBelow(sorted, figure.start + 1, (date) => date.start) - 1;
    // Dates do not overlap, so only the last one starting at or before the figure can hold it.
    const date = sorted[i];
    return !(date && date.end >= figure.end);
  });
}
