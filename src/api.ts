/**
 * copydesk as a library: `import { analyse, analyseFile, rules } from 'copydesk'`. The same
 * reports as the command, typed; nothing is printed and the process is never exited. A bad
 * option throws a TypeError or RangeError; an article that cannot be read gives an error report,
 * as in the command's output.
 */
import { analyseBytes, analyseText } from './analyse.js';
import { rules as registry, type RuleLevel } from './checks/index.js';
import { DEFAULT_MAX_SIZE, FORMATS, UsageError, isCalendarDate, parseRuleOption, type Format } from './cli/options.js';
import { InputError } from './input/input-error.js';
import { readSource } from './input/read.js';
import { findLanguage, type LanguageInfo } from './language/languages.js';
import { addToSummary, digestOf, emptySummary } from './report/formatter.js';
import { packageVersion } from './version.js';
import { createFormatter } from './report/index.js';
import { CSV_SECTIONS, type CsvSection } from './report/csv.js';
import type { ArticleReport, Report, Severity } from './report/types.js';

export type {
  ArticleReport,
  DateReport,
  EntityReport,
  ErrorReport,
  FigureReport,
  FindingReport,
  LanguageReport,
  QuoteReport,
  ReferenceDateReport,
  Report,
  Severity,
  Span,
  TextSpan,
} from './report/types.js';
export { SCHEMA_VERSION, isErrorReport } from './report/types.js';
export type { RuleLevel } from './checks/index.js';
export type { CsvSection } from './report/csv.js';
export type { Format } from './cli/options.js';

export interface AnalyseOptions {
  /** The name the report gives the article (`file`); "<text>" by default. */
  file?: string;
  /** The reference date, YYYY-MM-DD: the day the article speaks from. Inferred from the text without it. */
  date?: string;
  /** The article's language (ISO 639-3 "fra" or 639-1 "fr"), instead of detecting it. */
  lang?: string;
  /** The languages to expect (["fr", "en"]): the article's and its paragraphs' are detected among these only. */
  languages?: readonly string[];
  /** Rule levels by rule id: `{ 'name-variant': 'off' }`. */
  rules?: Readonly<Record<string, RuleLevel>>;
  /**
   * Today, YYYY-MM-DD: the latest year an article's weekday–date pairs are tried in when it states
   * none. Without it, such an article gets no inferred date, so results never depend on the clock.
   */
  today?: string;
}

export interface AnalyseFileOptions extends Omit<AnalyseOptions, 'file'> {
  /** A larger file gives a `too-large` error report unread; 50 MB by default. */
  maxSize?: number;
}

/** A rule: its id, default severity and what it finds. */
export interface RuleInfo {
  id: string;
  severity: Severity;
  description: string;
}

/** Every rule copydesk checks, in the order the command lists them. */
export const rules: readonly RuleInfo[] = registry.map(({ id, severity, description }) => Object.freeze({ id, severity, description }));

/** Analyses an article's text. */
export function analyse(text: string, options: AnalyseOptions = {}): ArticleReport {
  if (typeof text !== 'string') throw new TypeError('analyse() wants the article text as a string');
  return analyseText(options.file ?? '<text>', text.replace(/^\ufeff/u, ''), 'utf-8', analyseOptions(options));
}

/** Reads and analyses an article file, decoded as the command decodes it (BOMs, UTF-16, legacy code pages). */
export async function analyseFile(path: string, options: AnalyseFileOptions = {}): Promise<Report> {
  if (typeof path !== 'string') throw new TypeError('analyseFile() wants a file path as a string');
  const checked = analyseOptions(options);
  const maxSize = options.maxSize ?? DEFAULT_MAX_SIZE;
  if (!(Number.isFinite(maxSize) && maxSize > 0)) throw new RangeError(`maxSize wants a number of bytes above 0, not ${String(options.maxSize)}`);
  try {
    const bytes = await readSource({ kind: 'file', name: path, path }, () => process.stdin, maxSize);
    return analyseBytes(path, bytes, checked);
  } catch (error) {
    if (error instanceof InputError) return { schemaVersion: 1, file: path, error: { code: error.code, message: error.message } };
    throw error;
  }
}

export interface FormatOptions {
  /** `csv`: the section tabulated (findings by default) and whether a byte order mark comes first. */
  section?: CsvSection;
  csvBom?: boolean;
}

/** Reports in one of the command's machine formats (json, ndjson, sarif, github, csv), as the command writes them. */
export function formatReports(reports: readonly Report[], format: Exclude<Format, 'pretty'>, options: FormatOptions = {}): string {
  if (!(FORMATS as readonly string[]).includes(format) || format === ('pretty' as string)) throw new RangeError(`formatReports() writes json, ndjson, sarif, github or csv, not ${String(format)}`);
  if (options.section !== undefined && !(CSV_SECTIONS as readonly string[]).includes(options.section)) throw new RangeError(`section must be one of ${CSV_SECTIONS.join(', ')}`);
  const formatter = createFormatter(format, { section: 'all', colour: 0, columns: 100, version: packageVersion(), csv: { section: options.section ?? 'findings', bom: options.csvBom === true } });
  const summary = emptySummary();
  let text = formatter.begin();
  reports.forEach((report, index) => {
    addToSummary(summary, digestOf(report));
    text += formatter.report(report, index);
  });
  return text + formatter.end(summary);
}

function analyseOptions(options: AnalyseOptions) {
  if (options.date !== undefined && !(typeof options.date === 'string' && isCalendarDate(options.date))) throw new RangeError(`date wants a calendar date written YYYY-MM-DD, not ${JSON.stringify(options.date)}`);
  if (options.today !== undefined && !(typeof options.today === 'string' && isCalendarDate(options.today))) throw new RangeError(`today wants a calendar date written YYYY-MM-DD, not ${JSON.stringify(options.today)}`);
  const language = options.lang === undefined ? undefined : findLanguage(String(options.lang));
  if (options.lang !== undefined && !language) throw new RangeError(`lang names no language copydesk knows: ${JSON.stringify(options.lang)}`);
  let languages: LanguageInfo[] | undefined;
  if (options.languages !== undefined) {
    if (!Array.isArray(options.languages) || options.languages.length === 0) throw new TypeError('languages wants a list of language codes such as ["fr", "en"]');
    languages = options.languages.map((code) => {
      const found = findLanguage(String(code));
      if (!found) throw new RangeError(`languages names no language copydesk knows: ${JSON.stringify(code)}`);
      return found;
    });
  }
  let levels: Record<string, RuleLevel> | undefined;
  try {
    for (const [id, level] of Object.entries(options.rules ?? {})) levels = parseRuleOption(`${id}=${level}`, levels);
  } catch (error) {
    if (error instanceof UsageError) throw new RangeError(error.message.replace(/^--rule /u, 'rules: '));
    throw error;
  }
  return { referenceDate: options.date, today: options.today, language, languages, rules: levels };
}
