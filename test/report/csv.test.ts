import { describe, expect, it } from 'vitest';
import { CSV_SECTIONS, csvField } from '../../src/report/csv.js';
import { runCli } from '../helpers/cli.js';
import { parseCsv } from '../helpers/csv.js';

describe('--format csv', () => {
  it('quotes text, doubles quotes inside, and defuses what a spreadsheet would run as a formula', () => {
    expect(csvField('il a dit "oui", puis\r\nnon')).toBe('"il a dit ""oui"", puis\r\nnon"');
    expect(csvField('=SUM(A1)')).toBe(`"'=SUM(A1)"`);
    expect(csvField('- Nous continuerons')).toBe(`"'- Nous continuerons"`);
    expect(csvField('@x')).toBe(`"'@x"`);
    expect(csvField(-12.5)).toBe('-12.5');
    expect(csvField(true)).toBe('true');
    expect(csvField(null)).toBe('');
    expect(parseCsv(`a,${csvField('x "y", z\r\nw')}\r\n`)).toEqual([['a', 'x "y", z\r\nw']]);
  });

  it.each(CSV_SECTIONS)('tabulates %s: one row per item of the JSON report, with the file and position', (section) => {
    const run = runCli(['--format', 'csv', '--section', section, 'samples/']);
    expect(run.status).toBe(1);
    const [header, ...rows] = parseCsv(run.stdout);
    expect(header?.slice(0, 3)).toEqual(['file', 'line', 'column']);
    expect(header?.at(-1)).toBe('error');
    for (const row of rows) expect(row).toHaveLength(header!.length);
    const reports = JSON.parse(runCli(['--format', 'json', 'samples/']).stdout) as Array<Record<string, Array<{ line?: number; column?: number; mentions?: Array<{ line: number; column: number }> }>> & { file: string }>;
    const expected = reports.flatMap((report) => report[section]!.map((item) => [report.file, String(item.line ?? item.mentions?.[0]?.line), String(item.column ?? item.mentions?.[0]?.column)]));
    expect(expected.length).toBeGreaterThan(0);
    expect(rows.map((row) => row.slice(0, 3))).toEqual(expected);
  });

  it('reads back the quotes exactly, speakers and cues included', () => {
    const rows = parseCsv(runCli(['quotes', '--format', 'csv', 'samples/en-trade-deal.txt']).stdout);
    const header = rows[0]!;
    const quotes = (JSON.parse(runCli(['--format', 'json', 'samples/en-trade-deal.txt']).stdout) as Array<{ quotes: Array<{ text: string; speaker: { name: string } | null; cue: string | null }> }>)[0]!.quotes;
    const column = (name: string) => header.indexOf(name);
    expect(rows.slice(1).map((row) => [row[column('text')], row[column('speaker')], row[column('cue')]])).toEqual(quotes.map((quote) => [quote.text, quote.speaker?.name ?? '', quote.cue ?? '']));
  });

  it('starts with a byte order mark only when asked, and gives an unreadable input a row of its own', () => {
    const plain = runCli(['--format', 'csv', 'samples/en-trade-deal.txt', 'gone.txt']);
    expect(plain.status).toBe(2);
    expect(plain.stdout.startsWith('file,')).toBe(true);
    expect(parseCsv(plain.stdout).at(-1)).toEqual(['gone.txt', '', '', '', '', '', '', '', '', '', '', 'not-found: no such file or directory']);
    expect(runCli(['--format', 'csv', '--csv-bom', 'samples/en-trade-deal.txt']).stdout.startsWith('\ufefffile,')).toBe(true);
  });

  it('wants --section and --csv-bom with --format csv only, and quotes from copydesk quotes', () => {
    expect(runCli(['--format', 'json', '--section', 'dates', 'samples/']).stderr).toBe('copydesk: --section goes with --format csv (see copydesk --help)\n');
    expect(runCli(['--csv-bom', 'samples/']).status).toBe(2);
    expect(runCli(['quotes', '--format', 'csv', '--section', 'dates', 'samples/']).stderr).toContain('copydesk quotes tabulates quotes, not dates');
    expect(runCli(['quotes', '--format', 'sarif', 'samples/']).status).toBe(2);
  });

  it('writes the samples as the golden file shows', async () => {
    await expect(runCli(['--format', 'csv', '--section', 'figures', 'samples/']).stdout).toMatchFileSnapshot('../golden/samples.figures.csv');
  });
});
