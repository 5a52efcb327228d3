import { createRequire } from 'node:module';
import { analyseText, errorReport, type AnalyseOptions } from '../analyse.js';
import { InputError } from '../input/input-error.js';
import { tooLarge } from '../input/read.js';
import { findLanguage } from '../language/languages.js';
import type { Report } from '../report/types.js';
import { parseDateOption, UsageError } from './options.js';

/** One line of `--input ndjson`: `{"id": …, "text": "…", "date": "YYYY-MM-DD"?, "lang": "fr"?}`. */
export interface ArticleRecord {
  id: string | number | undefined;
  text: string;
  date: string | undefined;
  lang: string | undefined;
}

/** Each non-blank line of a stream with its 1-based line number, as it arrives. */
export async function* lines(stream: NodeJS.ReadableStream): AsyncGenerator<{ line: string; number: number }> {
  // Loaded only in pipeline mode: readline costs every other start about a millisecond.
  const { createInterface } = createRequire(import.meta.url)('node:readline') as typeof import('node:readline');
  const reader = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  let number = 0;
  for await (const line of reader) {
    number++;
    if (line.trim() !== '') yield { line, number };
  }
}

/** A line that is no article record; keeps the record's id when it had one. */
export class RecordError extends InputError {
  constructor(
    message: string,
    readonly id?: string | number,
  ) {
    super('bad-record', message);
  }
}

/** Reads one record; a line that is not one gives a RecordError saying why. */
export function parseRecord(line: string): ArticleRecord | RecordError {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return new RecordError(`not a JSON line: ${(error as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return new RecordError('not a JSON object');
  const { id, text, date, lang } = value as Record<string, unknown>;
  if (id !== undefined && typeof id !== 'string' && typeof id !== 'number') return new RecordError('"id" must be a string or a number');
  const known = id as string | number | undefined;
  if (typeof text !== 'string') return new RecordError('"text" must be a string', known);
  if (date !== undefined && typeof date !== 'string') return new RecordError('"date" must be a string YYYY-MM-DD', known);
  if (lang !== undefined && typeof lang !== 'string') return new RecordError('"lang" must be a language code such as fr or fra', known);
  return { id: known, text, date, lang };
}

/** The record's name in its report: its id, or `<stdin>:LINE` without one. */
export function recordName(id: string | number | undefined, stdinName: string, number: number): string {
  return id === undefined ? `${stdinName}:${number}` : String(id);
}

/** Analyses one record with the run's options, the record's own date and language first. */
export function analyseRecord(record: ArticleRecord, name: string, options: AnalyseOptions, maxSize: number): Report {
  const withId = <T extends Report>(report: T): T => (record.id === undefined ? report : { ...report, id: record.id });
  try {
    const size = Buffer.byteLength(record.text);
    if (size > maxSize) throw tooLarge(size, maxSize);
    const referenceDate = record.date === undefined ? options.referenceDate : checkedDate(record.date);
    const language = record.lang === undefined ? options.language : findLanguage(record.lang);
    if (!language && record.lang !== undefined) throw new InputError('bad-record', `"lang" names no language copydesk knows ('${record.lang}')`);
    const text = record.text.replace(/^\uFEFF/u, '');
    if (text.trim() === '') throw new InputError('empty', 'the text is empty');
    return withId(analyseText(name, text, 'utf-8', { ...options, referenceDate, language }));
  } catch (error) {
    if (error instanceof InputError) return withId(errorReport(name, error));
    throw error;
  }
}

function checkedDate(date: string): string {
  try {
    return parseDateOption(date);
  } catch (error) {
    if (error instanceof UsageError) throw new InputError('bad-record', `"date" must be a calendar date written YYYY-MM-DD, not '${date}'`);
    throw error;
  }
}
