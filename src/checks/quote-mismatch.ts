import type { QuoteReport } from '../report/types.js';
import { quoted, spanOf, textSpan } from './date-words.js';
import type { Rule, RuleFinding } from './rule.js';

/** Quotes shorter than this many words are too short to tell a copy from another statement. */
const MIN_WORDS = 5;
/** Share of words two quotes must have in common, in order, to be one statement given twice. */
const SAME_STATEMENT = 0.6;

/**
 * The same quote reproduced twice with different words (a headline and the body, a lede and a
 * later paragraph): two quotes sharing most of their words in order, neither a fragment of the
 * other, flagged at the later one with the words that differ.
 */
export const quoteMismatch: Rule = {
  id: 'quote-mismatch',
  severity: 'warning',
  description: 'The same quote given twice with different words (headline and body).',
  check(_doc, extraction) {
    const quotes = extraction.quotes.map((quote) => ({ quote, words: wordsOf(quote.text) })).filter((entry) => entry.words.length >= MIN_WORDS).map((entry) => ({ ...entry, set: new Set(entry.words) }));
    const findings: RuleFinding[] = [];
    const flagged = new Set<QuoteReport>();
    for (let j = 1; j < quotes.length; j++) {
      const later = quotes[j] as (typeof quotes)[number];
      for (let i = 0; i < j; i++) {
        const earlier = quotes[i] as (typeof quotes)[number];
        // Words in common, in any order, bound the words in common in order: most pairs stop here.
        const shared = later.words.filter((word) => earlier.set.has(word)).length;
        if ((2 * shared) / (earlier.words.length + later.words.length) < SAME_STATEMENT) continue;
        const common = lcs(earlier.words, later.words);
        const shorter = Math.min(earlier.words.length, later.words.length);
        if (common === shorter || (2 * common) / (earlier.words.length + later.words.length) < SAME_STATEMENT || flagged.has(later.quote)) continue;
        flagged.add(later.quote);
        findings.push({
          ...spanOf(later.quote),
          message: `${quoted(later.quote)} repeats the quote at line ${earlier.quote.line} with other words: ${difference(earlier.words, later.words)}`,
          related: [textSpan(earlier.quote)],
        });
      }
    }
    return findings;
  },
};

function wordsOf(text: string): string[] {
  return (text.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** Length of the longest common subsequence of two word lists. */
function lcs(a: readonly string[], b: readonly string[]): number {
  return table(a, b)[a.length]?.[b.length] ?? 0;
}

function table(a: readonly string[], b: readonly string[]): number[][] {
  const t = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = t[i] as number[];
      row[j] = a[i - 1] === b[j - 1] ? (t[i - 1] as number[])[j - 1]! + 1 : Math.max((t[i - 1] as number[])[j]!, row[j - 1]!);
    }
  }
  return t;
}

/** "'maintenri' for 'maintenir'": the words of the later quote that the earlier does not have, and the reverse. */
function difference(a: readonly string[], b: readonly string[]): string {
  const t = table(a, b);
  const removed: string[] = [];
  const added: string[] = [];
  let [i, j] = [a.length, b.length];
  while (i > 0 || j > 0) {
    if (i > 0 && j > 0 && a[i - 1] === b[j - 1]) [i, j] = [i - 1, j - 1];
    else if (j > 0 && (i === 0 || (t[i] as number[])[j - 1]! >= (t[i - 1] as number[])[j]!)) added.unshift(b[--j] as string);
    else removed.unshift(a[--i] as string);
  }
  const said = (words: string[]) => (words.length === 0 ? 'nothing' : `'${words.slice(0, 6).join(' ')}${words.length > 6 ? ' …' : ''}'`);
  return `${said(added)} where it had ${said(removed)}`;
}
