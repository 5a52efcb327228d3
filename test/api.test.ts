import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyse, analyseFile, formatReports, rules } from '../src/api.js';
import { root, runCli } from './helpers/cli.js';

const samples = ['samples/fr-sommet-bilateral.txt', 'samples/en-trade-deal.txt', 'samples/de-energie.txt'];
const cliReports = (args: string[]) => JSON.parse(runCli(['--format', 'json', '--date', '2023-03-14', ...args]).stdout) as unknown[];

afterEach(() => vi.restoreAllMocks());

describe('the library API', () => {
  it('analyse() gives the report the command gives for the same text', () => {
    const expected = cliReports(samples);
    samples.forEach((file, i) => {
      const text = readFileSync(path.join(root, file), 'utf8');
      expect(analyse(text, { file, date: '2023-03-14' })).toEqual(expected[i]);
    });
  });

  it('analyseFile() reads and decodes a file as the command does, and gives an error report for one it cannot read', async () => {
    const expected = cliReports([...samples, 'samples/no-such-file.txt']);
    const reports = await Promise.all([...samples, 'samples/no-such-file.txt'].map((file) => analyseFile(path.join(root, file), { date: '2023-03-14' })));
    expect(reports.map((report) => ({ ...report, file: path.relative(root, report.file) }))).toEqual(expected);
  });

  it('prints nothing and never exits the process, whatever the input', async () => {
    const writes = [vi.spyOn(process.stdout, 'write'), vi.spyOn(process.stderr, 'write'), vi.spyOn(console, 'log'), vi.spyOn(console, 'error'), vi.spyOn(console, 'warn')];
    const exit = vi.spyOn(process, 'exit').mockImplementation(() => undefined as never);
    analyse('');
    analyse('\u0000\u0001 binary?');
    await analyseFile(root);
    await analyseFile(path.join(root, 'samples', 'no-such-file.txt'));
    await analyseFile(path.join(root, 'samples', 'en-trade-deal.txt'), { maxSize: 10 });
    for (const spy of [...writes, exit]) expect(spy).not.toHaveBeenCalled();
  });

  it('throws a TypeError or RangeError for a wrong option, naming it', async () => {
    expect(() => analyse('x', { date: '2023-02-29' })).toThrow(new RangeError('date wants a calendar date written YYYY-MM-DD, not "2023-02-29"'));
    expect(() => analyse('x', { lang: 'klingon' })).toThrow(RangeError);
    expect(() => analyse('x', { languages: ['fr', 'klingon'] })).toThrow(new RangeError('languages names no language copydesk knows: "klingon"'));
    expect(() => analyse('x', { languages: [] })).toThrow(TypeError);
    expect(() => analyse('x', { rules: { 'name-variant': 'loud' as 'off' } })).toThrow(/^rules: name-variant wants off, info, warning or error/u);
    expect(() => analyse(42 as unknown as string)).toThrow(TypeError);
    await expect(analyseFile('x.txt', { maxSize: -1 })).rejects.toThrow(RangeError);
  });

  it('lists the rules as `copydesk rules --format json` does', () => {
    expect(rules).toEqual(JSON.parse(runCli(['rules', '--format', 'json']).stdout));
  });

  it('formats reports as the command writes them', async () => {
    const reports = await Promise.all(['samples/fr-sommet-bilateral.txt', 'gone.txt'].map((file) => analyseFile(file, { date: '2023-03-14' })));
    for (const format of ['sarif', 'github', 'ndjson', 'json'] as const) {
      expect(formatReports(reports, format)).toBe(runCli(['--format', format, '--date', '2023-03-14', 'samples/fr-sommet-bilateral.txt', 'gone.txt']).stdout);
    }
    expect(formatReports(reports, 'csv', { section: 'dates', csvBom: true })).toBe(runCli(['--format', 'csv', '--section', 'dates', '--csv-bom', '--date', '2023-03-14', 'samples/fr-sommet-bilateral.txt', 'gone.txt']).stdout);
  });
});
