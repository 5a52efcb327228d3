import type { Rule } from './rule.js';

/** A quote mark without its pair: the quote was cut at its paragraph, so check where it ends. */
export const quoteUnbalanced: Rule = {
  id: 'quote-unbalanced',
  severity: 'warning',
  description: 'A quotation mark has no matching mark in its paragraph (and the next paragraph does not reopen it).',
  check(_doc, extraction) {
    return extraction.unbalancedQuoteMarks.map((mark) => {
      const { text, ...span } = mark;
      return {
        ...span,
        message: `'${text}' at line ${mark.line}, column ${mark.column} has no matching quotation mark; the quote was cut at the end of its paragraph`,
        related: [],
      };
    });
  },
};
