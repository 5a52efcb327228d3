import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describeFsError } from '../input/sources.js';
import { CSV_SECTIONS, type CsvSection } from '../report/csv.js';
import type { LanguageInfo } from '../language/languages.js';
import type { RuleLevel } from '../checks/index.js';
import { FAIL_ON, FORMATS, UsageError, isCalendarDate, parseJobsOption, parseLanguageOption, parseLanguagesOption, parseRuleOption, parseSizeOption, type FailOn, type Format } from './options.js';

/** The names a configuration file may have, looked for in this order in each folder. */
export const CONFIG_NAMES = ['copydesk.config.json', '.copydeskrc.json'] as const;

/** What a configuration file may set: defaults the command line overrides. */
export interface ConfigValues {
  format?: Format;
  lang?: LanguageInfo;
  languages?: LanguageInfo[];
  failOn?: FailOn;
  rule?: Record<string, RuleLevel>;
  /** "infer" (the text's own date, else none), "today" (the run's UTC date) or a fixed YYYY-MM-DD. */
  referenceDate?: 'infer' | 'today' | string;
  maxSize?: number;
  jobs?: number;
  section?: CsvSection;
  csvBom?: boolean;
}

/**
 * The keys of a configuration file and how each is read; schema/config.schema.json describes the
 * same, for editors, and a test holds the two together.
 */
const KEYS: Record<string, (value: unknown, into: ConfigValues) => void> = {
  $schema: (value) => expectType(value, 'string', '$schema', 'a URL'),
  format: (value, into) => (into.format = oneOf(value, FORMATS, 'format')),
  lang: (value, into) => (into.lang = parseLanguageOption(expectType(value, 'string', 'lang', 'a language code such as fr or fra'))),
  languages: (value, into) => {
    if (!Array.isArray(value) || value.length === 0 || !value.every((code) => typeof code === 'string')) throw new UsageError('"languages" must be a list of language codes such as ["fr", "en"]');
    into.languages = parseLanguagesOption(value.join(','));
  },
  failOn: (value, into) => (into.failOn = oneOf(value, FAIL_ON, 'failOn')),
  rules: (value, into) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new UsageError('"rules" must be an object such as {"name-variant": "off"}');
    into.rule = Object.entries(value).reduce<Record<string, RuleLevel>>((levels, [id, level]) => {
      if (typeof level !== 'string') throw new UsageError(`"rules"."${id}" must be off, info, warning or error`);
      return parseRuleOption(`${id}=${level}`, levels);
    }, {});
  },
  referenceDate: (value, into) => {
    const text = expectType(value, 'string', 'referenceDate', '"infer", "today" or a date YYYY-MM-DD');
    if (text !== 'infer' && text !== 'today' && !isCalendarDate(text)) throw new UsageError(`"referenceDate" must be "infer", "today" or a date YYYY-MM-DD, not ${JSON.stringify(text)}`);
    into.referenceDate = text;
  },
  maxSize: (value, into) => {
    if (typeof value !== 'string' && typeof value !== 'number') throw new UsageError('"maxSize" must be a size such as "50MB" or a number of bytes');
    into.maxSize = parseSizeOption(String(value));
  },
  jobs: (value, into) => {
    if (typeof value !== 'number') throw new UsageError('"jobs" must be a whole number of threads from 1 to 256');
    into.jobs = parseJobsOption(String(value));
  },
  section: (value, into) => (into.section = oneOf(value, CSV_SECTIONS, 'section')),
  csvBom: (value, into) => (into.csvBom = expectType(value, 'boolean', 'csvBom', 'true or false')),
};

/** The configuration file that applies in `cwd`: the nearest one in it or a folder above, or null. */
export function findConfig(cwd: string): string | null {
  for (let folder = path.resolve(cwd); ; folder = path.dirname(folder)) {
    for (const name of CONFIG_NAMES) {
      const file = path.join(folder, name);
      if (existsSync(file)) return file;
    }
    if (path.dirname(folder) === folder) return null;
  }
}

/** Reads and checks a configuration file; a problem is a UsageError naming the file and the key. */
export function loadConfig(file: string): ConfigValues {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`${file}: cannot read the configuration file: ${describeFsError(error as NodeJS.ErrnoException)[1]}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\ufeff/u, ''));
  } catch (error) {
    throw new UsageError(`${file}: not valid JSON: ${(error as Error).message}`);
  }
  try {
    return readConfig(data);
  } catch (error) {
    if (error instanceof UsageError) throw new UsageError(`${file}: ${error.message}`);
    throw error;
  }
}

/** Checks parsed configuration data: a JSON object with known keys and right values. */
export function readConfig(data: unknown): ConfigValues {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new UsageError('a configuration file holds one JSON object');
  const values: ConfigValues = {};
  for (const [key, value] of Object.entries(data)) {
    const read = Object.hasOwn(KEYS, key) ? KEYS[key] : undefined;
    if (!read) throw new UsageError(`unknown key "${key}" (known: ${Object.keys(KEYS).filter((name) => name !== '$schema').join(', ')})`);
    try {
      read(value, values);
    } catch (error) {
      // The option parsers' messages name the option ("--lang does not know…"): name the key instead.
      if (error instanceof UsageError && !error.message.startsWith('"')) throw new UsageError(`"${key}": ${error.message.replace(/^--[\w-]+ /u, '')}`);
      throw error;
    }
  }
  return values;
}

function expectType<T extends 'string' | 'boolean'>(value: unknown, type: T, key: string, what: string): T extends 'string' ? string : boolean {
  if (typeof value !== type) throw new UsageError(`"${key}" must be ${what}, not ${JSON.stringify(value)}`);
  return value as T extends 'string' ? string : boolean;
}

function oneOf<T extends string>(value: unknown, choices: readonly T[], key: string): T {
  if (typeof value !== 'string' || !(choices as readonly string[]).includes(value)) throw new UsageError(`"${key}" must be one of ${choices.join(', ')}, not ${JSON.stringify(value)}`);
  return value as T;
}
