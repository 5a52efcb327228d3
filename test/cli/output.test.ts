import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { colourLevel } from '../../src/cli/colour.js';
import { main } from '../../src/cli/main.js';
import type { ArticleReport, ErrorReport, Report } from '../../src/report/types.js';
import { root, runCli, type CliRun } from '../helpers/cli.js';
import { assertValidReport } from '../helpers/schema.js';

const ESC = '\u001b[';
const STACK_LINE = /^ {4}at /mu;
const ANSI = /\u001b\[[0-9;]*m/gu;

const samples = readdirSync(path.join(root, 'samples'))
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => `samples/${name}`);

/** Expected article language of each sample, from its name. */
const SAMPLE_LANGUAGES: Record<string, [code: string, name: string]> = {
  de: ['deu', 'German'],
  en: ['eng', 'English'],
  es: ['spa', 'Spanish'],
  fr: ['fra', 'French'],
  it: ['ita', 'Italian'],
  pt: ['por', 'Portuguese'],
};

function languageOfSample(file: string): [string, string] {
  const language = SAMPLE_LANGUAGES[path.basename(file).slice(0, 2)];
  if (!language) throw new Error(`no expected language for ${file}`);
  return language;
}

function isError(report: Report): report is ErrorReport {
  return 'error' in report;
}

function article(report: Report | undefined): ArticleReport {
  if (report === undefined || isError(report)) throw new Error(`expected an analysed article, got ${JSON.stringify(report)}`);
  return report;
}

function stderrLines(run: CliRun): string[] {
  return run.stderr.split('\n').filter((line) => line !== '');
}

const PIPED = 'Late on Thursday the ferry company said the evening crossing would leave twenty minutes early.\n';
const MISSING = 'samples/no-such-article.txt';

/** A temporary directory holding no .txt or .md file. */
const noArticles = mkdtempSync(path.join(os.tmpdir(), 'copydesk-output-'));
writeFileSync(path.join(noArticles, 'figures.csv'), 'year,passengers\n2021,1200\n');
afterAll(() => rmSync(noArticles, { recursive: true, force: true }));

describe('stdout and stderr in the machine formats', () => {
  // samples, a missing file, standard input, a directory without articles: in this order.
  const args = ['samples/', MISSING, '-', noArticles];
  const expectedFiles = [...samples, MISSING, '<stdin>', noArticles];
  let json: CliRun;
  let ndjson: CliRun;
  const jsonReports = () => JSON.parse(json.stdout) as Report[];
  const ndjsonReports = () => ndjson.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Report);

  beforeAll(() => {
    json = runCli(['--format', 'json', ...args], { input: PIPED });
    ndjson = runCli(['--format', 'ndjson', ...args], { input: PIPED });
  });

  it('json: stdout is one complete JSON array even with bad inputs; diagnostics only on stderr', () => {
    expect(json.status).toBe(2);
    const parsed = JSON.parse(json.stdout) as unknown;
    expect(Array.isArray(parsed)).toBe(true);
    expect(jsonReports().map((report) => report.file)).toEqual(expectedFiles);
    expect(stderrLines(json)).toEqual([
      `copydesk: ${MISSING}: no such file or directory`,
      `copydesk: ${noArticles}: directory holds no .txt or .md files`,
    ]);
    expect(json.stderr).not.toMatch(STACK_LINE);
    expect(json.stdout).not.toContain('copydesk:');
  });

  it('ndjson: exactly one JSON object per line, one line per input, in input order', () => {
    expect(ndjson.status).toBe(2);
    expect(ndjson.stdout.endsWith('\n')).toBe(true);
    const lines = ndjson.stdout.slice(0, -1).split('\n');
    expect(lines).toHaveLength(expectedFiles.length);
    for (const line of lines) {
      const value = JSON.parse(line) as unknown;
      expect(typeof value === 'object' && value !== null && !Array.isArray(value)).toBe(true);
    }
    expect(ndjsonReports().map((report) => report.file)).toEqual(expectedFiles);
    expect(ndjson.stderr).toBe(json.stderr);
  });

  it('every report of both formats (samples, stdin, error entries) is valid against the schema', () => {
    expect(jsonReports().length + ndjsonReports().length).toBe(2 * expectedFiles.length);
    for (const report of [...jsonReports(), ...ndjsonReports()]) assertValidReport(report);
    const codes = jsonReports().map((report) => (isError(report) ? report.error.code : 'ok'));
    expect(codes).toEqual([...samples.map(() => 'ok'), 'not-found', 'ok', 'no-articles']);
  });

  it('json and ndjson give the same reports', () => {
    expect(ndjsonReports()).toEqual(jsonReports());
  });

  it('the samples and standard input are analysed', () => {
    for (const [index, file] of samples.entries()) {
      const report = article(jsonReports()[index]);
      expect(report.language.code).toBe(languageOfSample(file)[0]);
      expect(report.language.source).toBe('detected');
      expect(report.referenceDate.source).not.toBe('option');
    }
    expect(article(jsonReports()[samples.length + 1]).chars).toBe(Array.from(PIPED).length);
  });
});

describe('options in the reports', () => {
  it('--date sets the reference date and --lang the language, for every input', () => {
    const run = runCli(['--format', 'ndjson', '--date', '2022-12-20', '--lang', 'fr', 'samples/en-trade-deal.txt', '-'], { input: PIPED });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const reports = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Report);
    expect(reports).toHaveLength(2);
    for (const report of reports) {
      assertValidReport(report);
      const analysed = article(report);
      expect(analysed.referenceDate).toEqual({ value: '2022-12-20', source: 'option', evidence: null, note: null });
      expect(analysed.language).toMatchObject({ code: 'fra', name: 'French', source: 'option' });
    }
  });

  it('--lang takes ISO 639-3 codes too', () => {
    const run = runCli(['--format', 'json', '--lang', 'deu', 'samples/it-porto.txt']);
    expect(run.status).toBe(0);
    const [report] = JSON.parse(run.stdout) as Report[];
    expect(article(report).language).toMatchObject({ code: 'deu', name: 'German', source: 'option' });
  });
});

describe('the pretty format', () => {
  it('is the default: a header per file with its language, a final summary line, not JSON', () => {
    const run = runCli(['samples/']);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    expect(() => JSON.parse(run.stdout)).toThrow();
    expect(run.stdout).not.toContain(ESC);
    const lines = run.stdout.trimEnd().split('\n');
    for (const file of samples) {
      const at = lines.indexOf(file);
      expect(at, `header of ${file}`).toBeGreaterThanOrEqual(0);
      const [code, name] = languageOfSample(file);
      expect(lines[at + 1]).toMatch(new RegExp(`^  ${name} \\(${code}\\) `, 'u'));
    }
    // Headers come in input (sorted) order.
    const order = samples.map((file) => lines.indexOf(file));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(lines.at(-1)).toMatch(/^6 files analysed · \d+ errors? · \d+ warnings? · \d+ info$/u);
  });

  it('says so when --lang set the language', () => {
    const run = runCli(['--lang', 'en', '--date', '2022-12-20', 'samples/en-trade-deal.txt']);
    expect(run.status).toBe(0);
    const header = run.stdout.split('\n')[1] ?? '';
    expect(header).toMatch(/^ {2}English \(eng\) set by --lang/u);
    expect(header).toContain('reference date 2022-12-20 (option)');
  });
});

describe('colour in the pretty output', () => {
  // The French sample has a table: a paragraph in another language.
  const FRENCH = 'samples/fr-sommet-bilateral.txt';
  const tableBorders = (text: string) => text.split('\n').filter((line) => /^[┌├└]/u.test(line));
  const tableLines = (text: string) => text.split('\n').filter((line) => /^[┌│├└]/u.test(line));

  let plain: CliRun;
  beforeAll(() => {
    plain = runCli([FRENCH]);
  });

  it('none on a non-TTY stdout without colour variables; the table is there and plain too', () => {
    expect(plain.status).toBe(1);
    expect(plain.stdout).not.toContain(ESC);
    expect(tableBorders(plain.stdout).length).toBeGreaterThanOrEqual(3);
    expect(plain.stdout).toContain('Paragraphs in another language');
  });

  it('FORCE_COLOR=1 colours the output and the table header; the text is otherwise the same', () => {
    const run = runCli([FRENCH], { env: { FORCE_COLOR: '1' } });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(ESC);
    const header = tableLines(run.stdout).find((line) => line.includes('language'));
    expect(header).toContain(ESC);
    expect(run.stdout.replace(ANSI, '')).toBe(plain.stdout);
  });

  it('--color colours a non-TTY stdout', () => {
    const run = runCli(['--color', FRENCH]);
    expect(run.stdout).toContain(ESC);
    expect(run.stdout.replace(ANSI, '')).toBe(plain.stdout);
  });

  const uncoloured: Array<[label: string, args: string[], env: NodeJS.ProcessEnv]> = [
    ['NO_COLOR=1', [FRENCH], { NO_COLOR: '1' }],
    ['--no-color', ['--no-color', FRENCH], {}],
    ['--no-color with FORCE_COLOR=1', ['--no-color', FRENCH], { FORCE_COLOR: '1' }],
    ['--no-color after --color', ['--color', '--no-color', FRENCH], {}],
    ['FORCE_COLOR=0 with --no-color', ['--no-color', FRENCH], { FORCE_COLOR: '0' }],
  ];

  it.each(uncoloured)('%s: no escape codes anywhere, tables included', (_label, args, env) => {
    const run = runCli(args, { env });
    expect(run.status).toBe(1);
    expect(run.stdout).not.toContain(ESC);
    const table = tableLines(run.stdout);
    expect(table.length).toBeGreaterThanOrEqual(5);
    for (const line of table) expect(line).not.toContain(ESC);
    expect(run.stdout).toBe(plain.stdout);
  });

  it('colour never reaches the machine formats', () => {
    const run = runCli(['--format', 'ndjson', '--color', FRENCH], { env: { FORCE_COLOR: '3' } });
    expect(run.stdout).not.toContain(ESC);
    assertValidReport(JSON.parse(run.stdout) as unknown);
  });
});

describe('colourLevel()', () => {
  const tty = { flag: undefined, isTTY: true };
  const pipe = { flag: undefined, isTTY: false };

  it('follows the terminal when nothing is set', () => {
    expect(colourLevel({ ...tty, env: {} })).toBe(1);
    expect(colourLevel({ ...tty, env: { TERM: 'xterm' } })).toBe(1);
    expect(colourLevel({ ...tty, env: { TERM: 'xterm-256color' } })).toBe(2);
    expect(colourLevel({ ...tty, env: { TERM: 'xterm-256color', COLORTERM: 'truecolor' } })).toBe(3);
    expect(colourLevel({ ...pipe, env: {} })).toBe(0);
    expect(colourLevel({ ...pipe, env: { TERM: 'xterm-256color', COLORTERM: 'truecolor' } })).toBe(0);
  });

  it('TERM=dumb has no colour on a terminal', () => {
    expect(colourLevel({ ...tty, env: { TERM: 'dumb' } })).toBe(0);
  });

  it('NO_COLOR set to any non-empty value turns colour off; empty NO_COLOR does not', () => {
    expect(colourLevel({ ...tty, env: { NO_COLOR: '1' } })).toBe(0);
    expect(colourLevel({ ...tty, env: { NO_COLOR: 'yes' } })).toBe(0);
    expect(colourLevel({ ...tty, env: { NO_COLOR: '0' } })).toBe(0);
    expect(colourLevel({ ...tty, env: { NO_COLOR: '' } })).toBe(1);
    expect(colourLevel({ ...pipe, env: { NO_COLOR: '' } })).toBe(0);
  });

  it('FORCE_COLOR sets the level, terminal or not, and wins over NO_COLOR and TERM=dumb', () => {
    const cases: Array<[string, number]> = [
      ['0', 0],
      ['1', 1],
      ['2', 2],
      ['3', 3],
      ['true', 1],
      ['false', 0],
      ['', 1],
    ];
    for (const [value, level] of cases) {
      expect([value, colourLevel({ ...pipe, env: { FORCE_COLOR: value } })]).toEqual([value, level]);
      expect([value, colourLevel({ ...tty, env: { FORCE_COLOR: value, TERM: 'xterm-256color' } })]).toEqual([value, level]);
    }
    expect(colourLevel({ ...pipe, env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).toBe(1);
    expect(colourLevel({ ...tty, env: { FORCE_COLOR: '2', TERM: 'dumb' } })).toBe(2);
    expect(colourLevel({ ...tty, env: { FORCE_COLOR: '7' } })).toBe(3);
  });

  it('--no-color wins over everything', () => {
    for (const env of [{}, { FORCE_COLOR: '1' }, { FORCE_COLOR: '3' }, { FORCE_COLOR: 'true' }, { TERM: 'xterm-256color' }]) {
      expect(colourLevel({ flag: false, isTTY: true, env })).toBe(0);
      expect(colourLevel({ flag: false, isTTY: false, env })).toBe(0);
    }
  });

  it('--color colours a pipe, over NO_COLOR, FORCE_COLOR=0 and TERM=dumb, at the level known', () => {
    expect(colourLevel({ flag: true, isTTY: false, env: {} })).toBe(1);
    expect(colourLevel({ flag: true, isTTY: false, env: { NO_COLOR: '1' } })).toBe(1);
    expect(colourLevel({ flag: true, isTTY: false, env: { FORCE_COLOR: '0' } })).toBe(1);
    expect(colourLevel({ flag: true, isTTY: false, env: { FORCE_COLOR: 'false' } })).toBe(1);
    expect(colourLevel({ flag: true, isTTY: true, env: { TERM: 'dumb' } })).toBe(1);
    expect(colourLevel({ flag: true, isTTY: false, env: { FORCE_COLOR: '3' } })).toBe(3);
    expect(colourLevel({ flag: true, isTTY: false, env: { TERM: 'xterm-256color' } })).toBe(2);
  });
});

describe('main() in-process with fake streams', () => {
  const FRENCH = path.join(root, 'samples', 'fr-sommet-bilateral.txt');

  async function runMain(args: string[], options: { isTTY: boolean; env: NodeJS.ProcessEnv }) {
    const stdout = Object.assign(new PassThrough(), options.isTTY ? { isTTY: true, columns: 100 } : {});
    const stderr = new PassThrough();
    const stdin = new PassThrough();
    stdin.end();
    let out = '';
    let err = '';
    stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const code = await main(args, { stdout, stderr, stdin, env: options.env });
    return { code, stdout: out, stderr: err };
  }

  it('colours a TTY stdout', async () => {
    const run = await runMain([FRENCH], { isTTY: true, env: { TERM: 'xterm-256color' } });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(ESC);
    expect(run.stdout).toContain('French (fra)');
  });

  it('does not colour a non-TTY stdout', async () => {
    const run = await runMain([FRENCH], { isTTY: false, env: { TERM: 'xterm-256color' } });
    expect(run.code).toBe(1);
    expect(run.stdout).not.toContain(ESC);
    expect(run.stdout).toContain('French (fra)');
  });

  it('does not colour a TTY with NO_COLOR=1, --no-color or TERM=dumb', async () => {
    for (const [args, env] of [
      [[FRENCH], { TERM: 'xterm', NO_COLOR: '1' }],
      [['--no-color', FRENCH], { TERM: 'xterm' }],
      [[FRENCH], { TERM: 'dumb' }],
    ] as Array<[string[], NodeJS.ProcessEnv]>) {
      const run = await runMain(args, { isTTY: true, env });
      expect(run.code).toBe(1);
      expect(run.stdout).toContain('French (fra)');
      expect(run.stdout).not.toContain(ESC);
    }
  });

  it('writes usage errors to stderr only and returns 2', async () => {
    const run = await runMain(['--format', 'xml', FRENCH], { isTTY: true, env: {} });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^copydesk: [^\n]+\n$/u);
  });
});
