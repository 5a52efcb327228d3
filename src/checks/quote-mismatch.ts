import type { QuoteReport } from '../report/types.js';
import { quoted, spanOf, textSpan } from './messages.js';
import type { Rule, RuleFinding } from './rule.js';

/** Quotes shorter than this many words are too short to tell a copy from another statement. */
const MIN_WORDS = 5;
/** A word held by more statements than this is too common to pick the ones worth comparing. */
const COMMON_WORD_QUOTES = 20;
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
    const findings: RuleFinding[] = [];
    const seen = new Set<string>();
    /** Earlier statements by the longer words they hold: only those sharing words are compared. */
    const byWord = new Map<string, Statement[]>();
    for (const quote of extraction.quotes) {
      const words = wordsOf(quote.text);
      const key = words.join(' ');
      // Too short to tell, or the same words again: no mismatch to report.
      if (words.length < MIN_WORDS || seen.has(key)) continue;
      seen.add(key);
      const later: Statement = { quote, words, set: new Set(words) };
      const shared = new Map<Statement, number>();
      for (const word of later.set) {
        const holders = word.length >= 4 ? byWord.get(word) : undefined;
        // A word in very many statements tells none apart ("that", "nous"): skipped, which keeps the cost linear.
        if (holders && holders.length <= COMMON_WORD_QUOTES) for (const earlier of holders) shared.set(earlier, (shared.get(earlier) ?? 0) + 1);
      }
      for (const [earlier, count] of shared) {
        // Words in common, in any order, bound the words in common in order: most pairs stop here.
        if ((2 * count) / (earlier.words.length + later.words.length) < SAME_STATEMENT / 2) continue;
        const common = lcs(earlier.words, later.words);
        const shorter = Math.min(earlier.words.length, later.words.length);
        if (common === shorter || (2 * common) / (earlier.words.length + later.words.length) < SAME_STATEMENT) continue;
        findings.push({
          ...spanOf(later.quote),
          message: `${quoted(later.quote)} repeats the quote at line ${earlier.quote.line} with other words: ${difference(earlier.words, later.words)}`,
          related: [textSpan(earlier.quote)],
        });
        break;
      }
      for (const word of later.set) {
        if (word.length < 4) continue;
        const holders = byWord.get(word);
        if (holders) holders.push(later);
        else byWord.set(word, [later]);
      }
    }
    return findings;
  },
};

interface Statement {
  quote: QuoteReport;
  words: string[];
  set: ReadonlySet<string>;
}

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
