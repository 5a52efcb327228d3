import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, root, runCli } from '../helpers/cli.js';
import { assertValidReport } from '../helpers/schema.js';

const samples = readdirSync(path.join(root, 'samples'))
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => `samples/${name}`);
const records = samples.map((file) => JSON.stringify({ id: file, text: readFileSync(path.join(root, file), 'utf8') }));

function reportsOf(stdout: string): Array<Record<string, unknown>> {
  return stdout
    .trimEnd()
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('--input ndjson (pipeline mode)', () => {
  it('gives, record by record and in order, the reports file mode gives, with the id echoed', () => {
    const piped = runCli(['--input', 'ndjson'], { input: `${records.join('\n')}\n` });
    expect(piped.stderr).toBe('');
    const fromFiles = reportsOf(runCli(['--format', 'ndjson', ...samples], {}).stdout);
    const fromRecords = reportsOf(piped.stdout);
    expect(fromRecords.map((report) => report.id)).toEqual(samples);
    for (const report of fromRecords) assertValidReport(report);
    expect(fromRecords.map(({ id: _id, ...report }) => report)).toEqual(fromFiles);
  });

  it('reports a bad line in its place, analyses the others, and exits 2', () => {
    const input = [records[0], 'not json', JSON.stringify({ id: 7 }), JSON.stringify({ id: 'x', text: 'Ce lundi 19 décembre, hier.', date: '2022-12-20', lang: 'fr' }), ''].join('\n');
    const run = runCli(['--input', 'ndjson'], { input });
    expect(run.status).toBe(2);
    const reports = reportsOf(run.stdout);
    for (const report of reports) assertValidReport(report);
    expect(reports.map((report) => [report.file, report.id ?? null, (report.error as { code: string } | undefined)?.code ?? 'ok'])).toEqual([
      [samples[0], samples[0], 'ok'],
      ['<stdin>:2', null, 'bad-record'],
      ['<stdin>:3', 7, 'bad-record'],
      ['x', 'x', 'ok'],
    ]);
    expect(run.stderr).toBe(`copydesk: <stdin>:2: not a JSON line: Unexpected token 'o', "not json" is not valid JSON\ncopydesk: <stdin>:3: "text" must be a string\n`);
    const dated = reports[3] as { referenceDate: { value: string }; language: { code: string }; dates: Array<{ text: string; value: string }> };
    expect(dated.referenceDate.value).toBe('2022-12-20');
    expect(dated.language.code).toBe('fra');
    expect(dated.dates.map((date) => [date.text, date.value])).toEqual([
      ['Ce lundi 19 décembre', '2022-12-19'],
      ['hier', '2022-12-19'],
    ]);
  });

  it('gives the same output split across processes as in one (the contract of parallel --pipe, Hadoop Streaming)', () => {
    const many = Array.from({ length: 12 }, (_, i) => records[i % records.length] as string).map((line, i) => line.replace(/^\{"id":"[^"]*"/u, `{"id":"r${i}"`));
    const whole = runCli(['--input', 'ndjson'], { input: `${many.join('\n')}\n` }).stdout;
    const parts = [many.slice(0, 5), many.slice(5, 9), many.slice(9)].map((chunk) => runCli(['--input', 'ndjson'], { input: `${chunk.join('\n')}\n` }).stdout);
    expect(parts.join('')).toBe(whole);
    expect(reportsOf(whole)).toHaveLength(12);
    // With GNU parallel where it is installed (Debian package "parallel"); -k keeps input order.
    const parallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' });
    if (parallel.status !== 0) return;
    // (--fail-on none: parallel counts a job that exits 1, an article with findings, as failed.)
    const split = spawnSync('parallel', ['--pipe', '-k', '-N', '3', '-j', '3', process.execPath, bin, '--input', 'ndjson', '--fail-on', 'none'], { input: `${many.join('\n')}\n`, encoding: 'utf8', cwd: root });
    expect(split.status).toBe(0);
    expect(split.stdout).toBe(whole);
  });

  it('refuses files and standard input', () => {
    const run = runCli(['--input', 'ndjson', 'samples/']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('copydesk: --input ndjson reads standard input; give no files (see copydesk --help)\n');
  });
});

describe('--max-size', () => {
  it('refuses a larger file, record or standard input with one line, and analyses the rest', () => {
    const run = runCli(['--format', 'ndjson', '--max-size', '3KB', 'samples/en-trade-deal.txt', 'samples/fr-sommet-bilateral.txt']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('copydesk: samples/fr-sommet-bilateral.txt: 3.3 KB is larger than --max-size (3 KB); raise it to analyse this input\n');
    expect(reportsOf(run.stdout).map((report) => (report.error as { code: string } | undefined)?.code ?? 'ok')).toEqual(['ok', 'too-large']);
    const record = runCli(['--input', 'ndjson', '--max-size', '100'], { input: `${JSON.stringify({ id: 'big', text: 'x'.repeat(200) })}\n` });
    expect(reportsOf(record.stdout)[0]).toMatchObject({ id: 'big', error: { code: 'too-large' } });
    const stdin = runCli(['--max-size', '1KB', '-'], { input: 'Titre\n\n' + 'mot '.repeat(600) });
    expect(stdin.status).toBe(2);
    expect(stdin.stderr).toMatch(/^copydesk: <stdin>: more than .* is larger than --max-size \(1 KB\)/u);
  });

  it('wants a size', () => {
    const run = runCli(['--max-size', 'lots', 'samples/']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("copydesk: --max-size wants a size such as 50MB, 800KB or 1048576, not 'lots' (see copydesk --help)\n");
  });
});
