import { findLanguage, type LanguageInfo } from '../language/languages.js';
import { findRule, rules, type RuleLevel } from '../checks/index.js';
import type { Severity } from '../report/types.js';

export const FORMATS = ['pretty', 'json', 'ndjson', 'sarif', 'github', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

/** What `copydesk rules` writes: its table, or the rules as JSON or NDJSON. */
export const RULES_FORMATS = ['pretty', 'json', 'ndjson'] as const;
export type RulesFormat = (typeof RULES_FORMATS)[number];

export const FAIL_ON = ['error', 'warning', 'info', 'none'] as const;
export type FailOn = (typeof FAIL_ON)[number];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** A wrong option value, said in one line. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Checks a --date value: a real calendar day written YYYY-MM-DD. */
export function parseDateOption(value: string): string {
  if (isCalendarDate(value)) return value;
  throw new UsageError(`--date wants a calendar date written YYYY-MM-DD, not '${value}'`);
}

/** A real calendar day written YYYY-MM-DD ("2023-02-29" is not one). */
export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Reads a --languages value: language codes separated by commas ("fr,en", "fra,eng,deu"). */
export function parseLanguagesOption(value: string): LanguageInfo[] {
  const codes = value.split(',').map((code) => code.trim()).filter((code) => code !== '');
  if (codes.length === 0) throw new UsageError(`--languages wants language codes separated by commas, such as fr,en, not '${value}'`);
  const languages = codes.map((code) => {
    const language = findLanguage(code);
    if (!language) throw new UsageError(`--languages does not know the language '${code}' (give ISO 639-3 codes such as fra, or 639-1 such as fr)`);
    return language;
  });
  return languages.filter((language, i) => languages.findIndex((other) => other.code === language.code) === i);
}

export function parseLanguageOption(value: string): LanguageInfo {
  const language = findLanguage(value);
  if (!language) throw new UsageError(`--lang does not know the language '${value}' (give an ISO 639-3 code such as fra, or 639-1 such as fr)`);
  return language;
}

const SEVERITY_RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 };

/** Whether a finding of this severity makes the run fail under --fail-on. */
export function failsOn(severity: Severity, failOn: FailOn): boolean {
  return failOn !== 'none' && SEVERITY_RANK[severity] >= SEVERITY_RANK[failOn];
}

const LEVELS: readonly RuleLevel[] = ['off', 'info', 'warning', 'error'];

/** Reads one `--rule ID=LEVEL` into the levels given so far (the option repeats; the last wins). */
export function parseRuleOption(value: string, previous: Readonly<Record<string, RuleLevel>> = {}): Record<string, RuleLevel> {
  const match = /^([\w-]+)=(\w+)$/u.exec(value.trim());
  if (!match) throw new UsageError(`--rule wants ID=off|info|warning|error, such as name-variant=off, not '${value}'`);
  const [, id = '', level = ''] = match;
  if (!findRule(id)) throw new UsageError(`--rule names no rule '${id}' (rules: ${rules.map((rule) => rule.id).join(', ')})`);
  if (!(LEVELS as readonly string[]).includes(level)) throw new UsageError(`--rule ${id} wants off, info, warning or error, not '${level}'`);
  return { ...previous, [id]: level as RuleLevel };
}

/** The default --max-size: 50 MB. */
export const DEFAULT_MAX_SIZE = 50 * 1024 * 1024;

/** Reads a --max-size value: bytes, or a number with KB, MB or GB (powers of 1024). */
export function parseSizeOption(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(b|kb?|mb?|gb?)?$/iu.exec(value.trim());
  const unit = (match?.[2] ?? 'b').toLowerCase().charAt(0);
  const size = match ? Math.floor(Number(match[1]) * ({ b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 } as Record<string, number>)[unit]!) : NaN;
  if (!Number.isFinite(size) || size <= 0) throw new UsageError(`--max-size wants a size such as 50MB, 800KB or 1048576, not '${value}'`);
  return size;
}

/** Reads a --jobs value: a whole number of worker threads, 1 or more. */
export function parseJobsOption(value: string): number {
  const jobs = /^\d+$/u.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) throw new UsageError(`--jobs wants a whole number of threads from 1 to 256, not '${value}'`);
  return jobs;
}
