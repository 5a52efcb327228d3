import { Chalk, type ChalkInstance } from 'chalk';
import { createRequire } from 'node:module';
import type TableConstructor from 'cli-table3';
import { bySeverity } from '../checks/index.js';
import type { Formatter, FormatterOptions, RunSummary } from './formatter.js';
import { isErrorReport, type ArticleReport, type DateReport, type Severity, type Span } from './types.js';

const require = createRequire(import.meta.url);

/** Longest text shown in a table cell before it is cut with an ellipsis, in code points. */
const MIN_TEXT_WIDTH = 30;
/** Control characters, and bidirectional overrides that could reorder what the terminal shows. */
const UNSAFE_FOR_TERMINAL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]+/gu;

/**
 * The fact-checker's view: per article a header (language, encoding, reference date), its
 * findings as `file:line:column  severity  rule  message` (most severe first), one table per
 * non-empty section, then a summary.
 */
export function prettyFormatter(options: FormatterOptions): Formatter {
  const chalk = new Chalk({ level: options.colour });
  const textWidth = Math.max(MIN_TEXT_WIDTH, options.columns - 40);
  return {
    begin: () => '',
    report: (report) => {
      if (isErrorReport(report)) return '';
      const view = options.section === 'quotes' ? quotesView(report, chalk, textWidth) : articleView(report, chalk, textWidth);
      return `${view}\n\n`;
    },
    end: (summary) => `${summaryLine(summary, chalk)}\n`,
  };
}

/** Where the true value lies, before the value: "> 5000" (more than), "≥", "<", "≤", "≈" (about). */
const BOUND_SIGNS: Record<string, string> = { above: '> ', 'at-least': '≥ ', below: '< ', 'at-most': '≤ ' };

function figureValue(figure: ArticleReport['figures'][number]): string {
  const sign = figure.bound ? BOUND_SIGNS[figure.bound] : figure.approx ? '≈ ' : '';
  return `${sign ?? ''}${figure.value.toLocaleString('en-US', { maximumFractionDigits: 6 })}`;
}

/** `copydesk quotes`: the file and its quotes table, nothing else. */
function quotesView(report: ArticleReport, chalk: ChalkInstance, width: number): string {
  const table = quotesSection(report, chalk, width);
  return [chalk.bold.underline(cell(report.file, Number.MAX_SAFE_INTEGER)), table === '' ? chalk.dim('  no quotes') : table].join('\n');
}

function quotesSection(report: ArticleReport, chalk: ChalkInstance, width: number): string {
  return section(chalk, 'Quotes', ['at', 'speaker', 'cue', 'quote'], report.quotes, (q) => [
    where(q),
    q.speaker?.name ?? chalk.dim('unknown'),
    q.cue ?? '',
    cell(`${q.partial ? '… ' : ''}${q.text}`, width),
  ]);
}

function articleView(report: ArticleReport, chalk: ChalkInstance, width: number): string {
  const lines = [chalk.bold.underline(cell(report.file, Number.MAX_SAFE_INTEGER)), `  ${headerLine(report, chalk)}`];
  if (report.title) lines.push(`  ${chalk.dim('title')} ${chalk.dim(where(report.title))}  ${cell(report.title.text, width + 20)}`);
  if (report.referenceDate.note) lines.push(`  ${chalk.dim(`reference date: ${report.referenceDate.note}`)}`);
  // What cannot all be true comes first, most severe first: it is what a fact-checker reads for.
  lines.push(...[...report.findings].sort(bySeverity).map((finding) => findingLine(report.file, finding, chalk)));
  const sections = [
    section(chalk, 'Paragraphs in another language', ['at', 'language', 'confidence', 'paragraph'], report.language.paragraphs, (p) => [
      where(p),
      `${p.name} (${p.code})`,
      p.confidence.toFixed(2),
      cell(p.text, width - 20),
    ]),
    quotesSection(report, chalk, width),
    section(chalk, 'Figures', ['at', 'text', 'kind', 'value', 'unit', 'context'], report.figures, (f) => [
      where(f),
      cell(f.text, 30),
      f.kind,
      figureValue(f),
      f.unit ?? '',
      cell(f.context ?? '', 30),
    ]),
    section(chalk, 'Dates', ['at', 'text', 'value', 'from'], report.dates, (d) => [
      where(d),
      cell(d.text, 40),
      d.value === null ? chalk.dim('unresolved') : d.endValue ? `${d.value} – ${d.endValue}` : d.value,
      chalk.dim(dateSource(d)),
    ]),
    section(chalk, 'Entities', ['name', 'type', 'mentions', 'variants'], report.entities, (e) => [
      cell(e.name, 40),
      e.type,
      String(e.mentions.length),
      cell(e.variants.join(', '), width),
    ]),
  ];
  lines.push(...sections.filter((text) => text !== ''));
  return lines.join('\n');
}

function headerLine(report: ArticleReport, chalk: ChalkInstance): string {
  const { language, referenceDate } = report;
  const name = language.code === 'und' ? chalk.yellow('language undetermined') : `${language.name} (${language.code})`;
  const sure = language.source === 'option' ? 'set by --lang' : `confidence ${language.confidence.toFixed(2)}`;
  const reliability = language.reliable ? '' : ` ${chalk.yellow('unreliable')}`;
  const evidence = referenceDate.evidence ? ` from '${referenceDate.evidence.text}' at ${where(referenceDate.evidence)}` : '';
  const date = referenceDate.value ? `${referenceDate.value} (${referenceDate.source}${evidence})` : chalk.dim('none');
  return [
    `${name} ${chalk.dim(sure)}${reliability}`,
    `${report.encoding}`,
    `${report.chars} characters`,
    `reference date ${date}`,
  ].join(chalk.dim(' · '));
}

function section<T>(chalk: ChalkInstance, title: string, head: string[], rows: readonly T[], toRow: (item: T) => string[]): string {
  if (rows.length === 0) return '';
  const Table = require('cli-table3') as typeof TableConstructor;
  // Colours come from our chalk instance only, so --no-color and NO_COLOR hold for tables too.
  const table = new Table({ head: head.map((label) => chalk.bold(label)), style: { head: [], border: [] } });
  for (const item of rows) table.push(toRow(item));
  return `  ${chalk.bold(title)} ${chalk.dim(`(${rows.length})`)}\n${table.toString()}`;
}

function findingLine(file: string, finding: ArticleReport['findings'][number], chalk: ChalkInstance): string {
  return `${cell(file, Number.MAX_SAFE_INTEGER)}:${finding.line}:${finding.column}  ${severityLabel(finding.severity, chalk)}  ${chalk.dim(finding.rule)}  ${cell(finding.message, Number.MAX_SAFE_INTEGER)}`;
}

function severityLabel(severity: Severity, chalk: ChalkInstance): string {
  if (severity === 'error') return chalk.red(severity);
  if (severity === 'warning') return chalk.yellow(severity);
  return chalk.blue(severity);
}

function summaryLine(summary: RunSummary, chalk: ChalkInstance): string {
  const parts = [
    `${summary.analysed} ${plural(summary.analysed, 'file')} analysed`,
    count(summary.findings.error, 'error', chalk.red),
    count(summary.findings.warning, 'warning', chalk.yellow),
    count(summary.findings.info, 'info', chalk.blue),
  ];
  if (summary.unreadable > 0) parts.push(chalk.red(`${summary.unreadable} unreadable`));
  return parts.join(chalk.dim(' · '));
}

function count(n: number, noun: string, colour: (text: string) => string): string {
  const text = `${n} ${noun === 'info' ? noun : plural(n, noun)}`;
  return n > 0 ? colour(text) : text;
}

function plural(n: number, noun: string): string {
  return n === 1 ? noun : `${noun}s`;
}

/** Where a date's value comes from, where the text does not state all of it. */
function dateSource(date: DateReport): string {
  if (date.value === null) return '';
  if (date.relative) return 'the date before';
  const { year, month, day, weekday } = date.stated;
  if (year === null && month === null && day === null) return weekday === null ? 'reference date' : 'weekday, reference date';
  const precision = date.value.length === 4 ? 1 : date.value.length === 7 ? 2 : 3;
  const missing = [year === null ? 'year' : '', precision > 1 && month === null ? 'month' : ''].filter(Boolean);
  return missing.length > 0 ? `${missing.join(', ')} implied` : '';
}

function where(span: Span): string {
  return `${span.line}:${span.column}`;
}

/** Text made safe and short for one table cell: one line, no control characters, ellipsis. */
function cell(text: string, width: number): string {
  const safe = text.replace(UNSAFE_FOR_TERMINAL, ' ');
  const points = Array.from(safe);
  return points.length <= width ? safe : `${points.slice(0, width - 1).join('')}…`;
}
