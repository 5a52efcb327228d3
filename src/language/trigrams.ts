import { expressions } from 'franc/expressions.js';
import { scriptModels } from './model-file.js';
import type { ScriptModel } from './script-model.js';
import { slotOf } from './trigram-table.js';

/**
 * franc's language models and franc's distance, computed faster for a fixed set of candidate
 * languages: each distinct trigram of the text is looked up once in one table holding its rank
 * in every candidate language, instead of once per language. Rankings and scores are franc's own
 * (francAll with `only`), which a test checks; loading franc's index would also build tables for
 * all its 187 languages, about 30 ms of start-up.
 */

/** franc's penalty for a trigram missing from a language model. */
const MISSING = 300;
/** franc only reads this many characters. */
export const WINDOW = 2048;
const MIN_LENGTH = 10;
const SPACE = 0x20;

export type Ranking = Array<[code: string, score: number]>;

const scriptExpressions = expressions as Record<string, RegExp>;
/** Trigrams of one text that no language of the model has, packed as numbers, for counting. */
const unknownKeys = new Float64Array(2 * WINDOW + 2);
/** The cleaned text of one window; lower-casing at most doubles a text's length ("İ" → "i̇"). */
const cleaned = new Uint16Array(2 * WINDOW + 2);
/** Scratch counts per model row, left all zero after each use. */
const rowCounts = new WeakMap<ScriptModel, Int32Array>();

/** The franc ranking of `value` (at most WINDOW characters) among the candidate languages. */
export function rankLanguages(value: string, candidates: ReadonlySet<string>): Ranking {
  const text = value.length > WINDOW ? value.slice(0, WINDOW) : value;
  if (text.length < MIN_LENGTH) return [];
  const script = topScript(text);
  if (!script) return [];
  const model = scriptModels().get(script);
  // Scripts franc has no trigrams for stand for one language each (jpn, kor, ell, …).
  if (!model) return candidates.has(script) ? [[script, 1]] : [];
  const ranking = distances(text, model).filter(([code]) => candidates.has(code));
  return ranking.length === 0 ? [] : normalise(text.length, ranking);
}

/** franc's script choice: the one with the highest share of the text's characters. */
function topScript(text: string): string | undefined {
  // No other script can beat a Latin majority: skip the 30 expressions when a cheap count shows one.
  if (countBasicLatin(text) > text.length / 2) return 'Latin';
  const latin = share(text, scriptExpressions.Latin as RegExp);
  let top: string | undefined;
  let topShare = -1;
  for (const [script, expression] of Object.entries(scriptExpressions)) {
    const value = script === 'Latin' ? latin : share(text, expression);
    if (value > topShare) {
      topShare = value;
      top = script;
    }
  }
  return topShare > 0 ? top : undefined;
}

/** Letters of the ASCII and Latin-1/Extended-A/B blocks: a lower bound of franc's Latin count. */
function countBasicLatin(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) count++;
    else if (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) count++;
  }
  return count;
}

function share(text: string, expression: RegExp): number {
  return (text.match(expression)?.length ?? 0) / text.length;
}

/**
 * franc's distance of the text to each language: for every distinct trigram of the cleaned text,
 * |count - rank - 1| when the language has it, MISSING when it does not. Computed as "MISSING
 * for every trigram, less the savings of the trigrams each language has", so each trigram only
 * touches the few languages that list it. Plain loops over typed arrays, no closures: besides
 * running fast, they keep V8's optimising compile short, which a one-article run waits for at exit.
 */
function distances(text: string, model: ScriptModel): Ranking {
  let counts = rowCounts.get(model);
  if (!counts) rowCounts.set(model, (counts = new Int32Array(model.rows.size)));
  const seenRows: number[] = [];
  const unknown = countTrigrams(cleaned, cleanInto(text, cleaned), model, counts, seenRows);
  const totals = new Float64Array(model.languages.length).fill((seenRows.length + unknown) * MISSING);
  subtractSavings(totals, seenRows, counts, model);
  const ranking: Ranking = model.languages.map((code, j) => [code, totals[j] as number]);
  return ranking.sort((a, b) => a[1] - b[1]);
}

/**
 * Counts the cleaned text's trigrams per model row (first occurrences listed in seenRows) and
 * returns how many distinct trigrams the model lacks. The table probe is inlined through slotOf.
 */
function countTrigrams(units: Uint16Array, length: number, model: ScriptModel, counts: Int32Array, seenRows: number[]): number {
  const slots = model.rows.storage;
  const mask = model.rows.indexMask;
  let unknown = 0;
  for (let i = 0; i + 2 < length; i++) {
    const first = units[i] as number;
    const rest = ((units[i + 1] as number) << 16) | (units[i + 2] as number);
    const slot = slotOf(slots, mask, first, rest);
    if (slots[slot] === -1) {
      unknownKeys[unknown++] = first * 0x100000000 + (rest >>> 0);
      continue;
    }
    const row = slots[slot + 2] as number;
    const seen = counts[row] as number;
    if (seen === 0) seenRows.push(row);
    counts[row] = seen + 1;
  }
  return countDistinct(unknownKeys.subarray(0, unknown));
}

function countDistinct(keys: Float64Array): number {
  keys.sort();
  let distinct = 0;
  for (let i = 0; i < keys.length; i++) if (i === 0 || keys[i] !== keys[i - 1]) distinct++;
  return distinct;
}

/** Takes each seen trigram's saving off the languages that list it, and resets its count. */
function subtractSavings(totals: Float64Array, seenRows: readonly number[], counts: Int32Array, model: ScriptModel): void {
  for (const row of seenRows) {
    const count = counts[row] as number;
    counts[row] = 0;
    for (let entry = model.rowStarts[row] as number; entry < (model.rowStarts[row + 1] as number); entry++) {
      // franc compares a trigram's count with its model rank; kept as franc has it.
      const language = model.entryLanguage[entry] as number;
      const saving = MISSING - Math.abs(count - (model.entryRank[entry] as number) - 1);
      totals[language] = (totals[language] as number) - saving;
    }
  }
}

/**
 * Writes trigram-utils' cleaned text into `into` and returns its length: ` ${text with ASCII
 * punctuation and digits made spaces, white space collapsed, trimmed, lower-cased} `.
 */
function cleanInto(text: string, into: Uint16Array): number {
  const lower = lowerCaseAsFranc(text);
  let length = 0;
  into[length++] = SPACE;
  let pendingSpace = false;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if ((code >= 0x21 && code <= 0x40) || isWhiteSpace(code)) {
      pendingSpace = length > 1;
      continue;
    }
    if (pendingSpace) into[length++] = SPACE;
    pendingSpace = false;
    into[length++] = code;
  }
  into[length++] = SPACE;
  return length;
}

/**
 * Lower case as franc gets it, after its cleaning. The only context-dependent lower-casing in
 * JavaScript is the final sigma (Σ → ς before a non-letter), and punctuation counts as such a
 * context, so text holding a Σ is cleaned first, in franc's order.
 */
function lowerCaseAsFranc(text: string): string {
  if (!text.includes('\u03a3')) return text.toLowerCase();
  return text.replace(/[\u0021-\u0040]+/gu, ' ').toLowerCase();
}

/** The characters JavaScript's \s matches. */
function isWhiteSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** franc's normalisation: 1 for the best language, less for the others. */
function normalise(length: number, ranking: Ranking): Ranking {
  const min = ranking[0]?.[1] ?? 0;
  const max = length * MISSING - min;
  return ranking.map(([code, distance]) => [code, 1 - (distance - min) / max || 0]);
}
