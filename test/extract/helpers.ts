import { expect } from 'vitest';
import { analyseText } from '../../src/analyse.js';
import { findLanguage } from '../../src/language/languages.js';
import type { ArticleReport, FigureReport, QuoteReport, Span } from '../../src/report/types.js';

/** A small article: a headline line, a blank line, then paragraphs separated by blank lines. */
export function article(headline: string, ...paragraphs: string[]): string {
  return `${headline}\n\n${paragraphs.join('\n\n')}\n`;
}

/** The full report of an article, its language forced (short fixtures are easily mis-detected). */
export function analyse(lang: string, text: string): ArticleReport {
  const language = findLanguage(lang);
  if (!language) throw new Error(`unknown language ${lang}`);
  return analyseText('fixture.txt', text, 'utf-8', { language });
}

/** The quotes of an article, after checking that every span points at its text. */
export function quotesOf(lang: string, text: string): QuoteReport[] {
  const report = analyse(lang, text);
  for (const quote of report.quotes) {
    expectSpanOf(text, quote, quote.text);
    if (quote.speaker) expectSpanOf(text, quote.speaker, quote.speaker.mention);
  }
  return report.quotes;
}

/** The figures of a one-paragraph article, after checking that every span points at its text. */
export function figuresOf(lang: string, paragraph: string): FigureReport[] {
  const text = article('Titre', paragraph);
  const report = analyse(lang, text);
  for (const figure of report.figures) expectSpanOf(text, figure, figure.text);
  return report.figures;
}

/** The one quote of an article. */
export function onlyQuote(lang: string, text: string): QuoteReport {
  const quotes = quotesOf(lang, text);
  expect(quotes.map((quote) => quote.text)).toHaveLength(1);
  return quotes[0] as QuoteReport;
}

/** The span (code points, 1-based line and column) covers exactly `expected` in `text`. */
export function expectSpanOf(text: string, span: Span, expected: string): void {
  const points = Array.from(text);
  expect(points.slice(span.start, span.end).join('')).toBe(expected);
  expect({ line: span.line, column: span.column }).toEqual(lineColumn(points, span.start));
  expect({ line: span.endLine, column: span.endColumn }).toEqual(lineColumn(points, span.end));
}

/** Line and column of a code point offset; fixtures use LF line breaks only. */
function lineColumn(points: readonly string[], offset: number): { line: number; column: number } {
  let line = 1;
  let column = 1;
  for (const point of points.slice(0, offset)) {
    if (point === '\n') {
      line++;
      column = 1;
    } else column++;
  }
  return { line, column };
}

/** Code point offset of the n-th (0-based) occurrence of `needle` in `text`. */
export function codePointIndexOf(text: string, needle: string, occurrence = 0): number {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`'${needle}' not found`);
  }
  return Array.from(text.slice(0, at)).length;
}
