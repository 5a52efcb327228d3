import type { Formatter, FormatterOptions } from './formatter.js';
import { isErrorReport, type ArticleReport, type Span } from './types.js';

/** The report sections `--format csv` can tabulate, one row per item. */
export const CSV_SECTIONS = ['findings', 'quotes', 'figures', 'dates', 'entities'] as const;
export type CsvSection = (typeof CSV_SECTIONS)[number];

type Cell = string | number | boolean | null;

/** Every row starts with where the item is; an unreadable input is one row with only `file` and `error`. */
const POSITION = ['file', 'line', 'column', 'endLine', 'endColumn', 'start', 'end'] as const;

/** The columns after the position, and each item's cells for them. */
const SECTIONS: { [S in CsvSection]: { columns: readonly string[]; rows: (report: ArticleReport) => Array<{ at: Span | null; cells: Cell[] }> } } = {
  findings: {
    columns: ['rule', 'severity', 'message', 'related'],
    rows: (report) =>
      report.findings.map((finding) => ({
        at: finding,
        cells: [finding.rule, finding.severity, finding.message, finding.related.map((span) => `${span.line}:${span.column} ${span.text}`).join(' | ')],
      })),
  },
  quotes: {
    columns: ['text', 'partial', 'speaker', 'speakerMention', 'speakerLine', 'speakerColumn', 'cue'],
    rows: (report) =>
      report.quotes.map((quote) => ({
        at: quote,
        cells: [quote.text, quote.partial, quote.speaker?.name ?? null, quote.speaker?.mention ?? null, quote.speaker?.line ?? null, quote.speaker?.column ?? null, quote.cue],
      })),
  },
  figures: {
    columns: ['text', 'kind', 'value', 'unit', 'approx', 'bound', 'context'],
    rows: (report) => report.figures.map((figure) => ({ at: figure, cells: [figure.text, figure.kind, figure.value, figure.unit, figure.approx, figure.bound, figure.context] })),
  },
  dates: {
    columns: ['text', 'value', 'endValue', 'relative', 'statedYear', 'statedMonth', 'statedDay', 'statedWeekday', 'deictic'],
    rows: (report) =>
      report.dates.map((date) => ({
        at: date,
        cells: [date.text, date.value, date.endValue, date.relative, date.stated.year, date.stated.month, date.stated.day, date.stated.weekday, date.deictic],
      })),
  },
  entities: {
    // An entity has no one place: its row stands at its first mention and lists them all.
    columns: ['name', 'type', 'variants', 'mentions', 'positions'],
    rows: (report) =>
      report.entities.map((entity) => ({
        at: entity.mentions[0] ?? null,
        cells: [entity.name, entity.type, entity.variants.join(' | '), entity.mentions.length, entity.mentions.map((mention) => `${mention.line}:${mention.column}`).join(' ')],
      })),
  },
};

/**
 * RFC 4180 CSV of one report section (`--section`, findings by default): a header row, then one
 * row per item of every article with its file and position, so a fact-checker can paste a run into
 * a spreadsheet. Lines end with CRLF; text fields are quoted, quotes inside doubled. `--csv-bom`
 * starts the output with a byte order mark, which spreadsheet programs need to read UTF-8.
 */
export function csvFormatter(options: FormatterOptions): Formatter {
  const section = SECTIONS[options.csv?.section ?? 'findings'];
  const width = POSITION.length + section.columns.length + 1;
  return {
    begin: () => `${options.csv?.bom ? '\ufeff' : ''}${[...POSITION, ...section.columns, 'error'].join(',')}\r\n`,
    report: (report) => {
      if (isErrorReport(report)) {
        const cells: Cell[] = Array.from({ length: width }, () => null);
        cells[0] = report.file;
        cells[width - 1] = `${report.error.code}: ${report.error.message}`;
        return csvRow(cells);
      }
      return section
        .rows(report)
        .map(({ at, cells }) => csvRow([report.file, at?.line ?? null, at?.column ?? null, at?.endLine ?? null, at?.endColumn ?? null, at?.start ?? null, at?.end ?? null, ...cells, null]))
        .join('');
    },
    end: () => '',
  };
}

function csvRow(cells: readonly Cell[]): string {
  return `${cells.map(csvField).join(',')}\r\n`;
}

/**
 * One field. Text is always quoted; text a spreadsheet would take for a formula (= + - @, or a
 * tab or carriage return first) gets a leading apostrophe, since article text is untrusted input.
 */
export function csvField(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  const safe = /^[=+\-@\t\r]/u.test(cell) ? `'${cell}` : cell;
  return `"${safe.replace(/"/gu, '""')}"`;
}
