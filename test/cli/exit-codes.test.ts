import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, exitCode } from '../../src/cli/exit-code.js';
import { FAIL_ON, failsOn, parseDateOption, type FailOn } from '../../src/cli/options.js';
import { emptySummary, type RunSummary } from '../../src/report/formatter.js';
import type { Report, Severity } from '../../src/report/types.js';
import { root, runCli, unreadableSocket } from '../helpers/cli.js';

const STACK_LINE = /^ {4}at /mu;

describe('exit status of runs', () => {
  it('is 1 on the samples, whose French story dates its summit twice on purpose, with nothing on stderr', () => {
    const run = runCli(['samples/']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^6 files analysed · 1 error · 1 warning\b/mu);
    expect(runCli(['--fail-on', 'none', 'samples/']).status).toBe(0);
    expect(runCli(['--rule', 'date-conflict=warning', 'samples/']).status).toBe(0);
  });

  describe('with an unreadable input', () => {
    let dir: string;
    let locked: string;
    let readable: string;
    let socket: Awaited<ReturnType<typeof unreadableSocket>>;

    beforeAll(async () => {
      dir = mkdtempSync(path.join(os.tmpdir(), 'copydesk-exit-'));
      readable = path.join(dir, 'readable.txt');
      writeFileSync(readable, 'The ferry timetable for the winter season was printed on Friday morning.\n');
      // A socket cannot be read as a file, whoever runs the tests (chmod 000 does not stop root).
      socket = await unreadableSocket(path.join(dir, 'locked.txt'));
      locked = socket.path;
    });

    afterAll(async () => {
      await socket.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it('is 2 even when the other inputs are readable, and those are still analysed', () => {
      const run = runCli(['--format', 'json', 'samples/en-trade-deal.txt', locked, readable]);
      expect(run.status).toBe(2);
      expect(run.stderr).toBe(`copydesk: ${locked}: not a regular file (socket or device)\n`);
      const reports = JSON.parse(run.stdout) as Report[];
      expect(reports.map((report) => ('error' in report ? report.error.code : 'ok'))).toEqual(['ok', 'unreadable', 'ok']);
    });

    it('is 2 with --fail-on none too: an unreadable input is never a pass', () => {
      const run = runCli(['--fail-on', 'none', locked]);
      expect(run.status).toBe(2);
    });

    it('is 2 for a missing input among readable ones', () => {
      const run = runCli(['samples/en-trade-deal.txt', path.join(dir, 'not-there.txt')]);
      expect(run.status).toBe(2);
      expect(run.stderr).toBe(`copydesk: ${path.join(dir, 'not-there.txt')}: no such file or directory\n`);
    });
  });

  describe('on a usage error', () => {
    const cases: Array<[label: string, args: string[], mentions: RegExp]> = [
      ['an unknown option', ['--colour-scheme', 'dark', 'samples/'], /unknown option '--colour-scheme'/u],
      ['--format xml', ['--format', 'xml', 'samples/'], /pretty, json, ndjson/u],
      ['--fail-on bogus', ['--fail-on', 'bogus', 'samples/'], /error, warning, info, none/u],
      ['--date 2022-13-45', ['--date', '2022-13-45', 'samples/'], /2022-13-45/u],
      ['--date 20-12-2022', ['--date', '20-12-2022', 'samples/'], /20-12-2022/u],
      ['--date 2023-02-29 (not a leap year)', ['--date', '2023-02-29', 'samples/'], /2023-02-29/u],
      ['--lang xx', ['--lang', 'xx', 'samples/'], /'xx'/u],
      ['--format without its value', ['samples/', '--format'], /--format/u],
      ['no input at all', [], /no input/u],
    ];

    it.each(cases)('%s: exit 2, one line on stderr, nothing on stdout', (_label, args, mentions) => {
      const run = runCli(args);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).not.toMatch(STACK_LINE);
      expect(run.stderr).toMatch(/^copydesk: [^\n]+\n$/u);
      expect(run.stderr).toMatch(mentions);
    });
  });

  it('--help: exit 0, usage and both kinds of examples on stdout, nothing on stderr', () => {
    for (const flag of ['--help', '-h']) {
      const run = runCli([flag]);
      expect(run.status).toBe(0);
      expect(run.stderr).toBe('');
      expect(run.stdout).toMatch(/^Usage: copydesk /u);
      expect(run.stdout).toContain('In a terminal');
      expect(run.stdout).toContain('In a pipeline');
      expect(run.stdout).toContain('--fail-on');
    }
  });

  it('--version: exit 0, the package.json version on stdout', () => {
    const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
    expect(version).toMatch(/^\d+\.\d+\.\d+/u);
    for (const flag of ['--version', '-V']) {
      const run = runCli([flag]);
      expect(run.status).toBe(0);
      expect(run.stderr).toBe('');
      expect(run.stdout).toBe(`${version}\n`);
    }
  });
});

function summary(findings: Partial<Record<Severity, number>>, unreadable = 0): RunSummary {
  const base = emptySummary();
  const counted = { ...base.findings, ...findings };
  return { files: 3 + unreadable, analysed: 3, unreadable, findings: counted };
}

describe('exitCode()', () => {
  const cases: Array<[label: string, summary: RunSummary, expected: Record<FailOn, number>]> = [
    ['no findings', summary({}), { error: 0, warning: 0, info: 0, none: 0 }],
    ['an error', summary({ error: 1 }), { error: 1, warning: 1, info: 1, none: 0 }],
    ['warnings only', summary({ warning: 2 }), { error: 0, warning: 1, info: 1, none: 0 }],
    ['info only', summary({ info: 5 }), { error: 0, warning: 0, info: 1, none: 0 }],
    ['every severity', summary({ error: 1, warning: 1, info: 1 }), { error: 1, warning: 1, info: 1, none: 0 }],
    ['an unreadable input, no findings', summary({}, 1), { error: 2, warning: 2, info: 2, none: 2 }],
    ['findings and an unreadable input', summary({ error: 4, warning: 1, info: 2 }, 2), { error: 2, warning: 2, info: 2, none: 2 }],
    ['info and an unreadable input', summary({ info: 1 }, 1), { error: 2, warning: 2, info: 2, none: 2 }],
  ];

  it.each(cases)('%s', (_label, given, expected) => {
    for (const level of FAIL_ON) expect([level, exitCode(given, level)]).toEqual([level, expected[level]]);
  });

  it('uses the documented codes', () => {
    expect([EXIT_OK, EXIT_FINDINGS, EXIT_USAGE]).toEqual([0, 1, 2]);
  });

  it('an empty run (no files) passes', () => {
    expect(exitCode(emptySummary(), 'info')).toBe(0);
  });
});

describe('failsOn()', () => {
  const table: Record<FailOn, Record<Severity, boolean>> = {
    error: { error: true, warning: false, info: false },
    warning: { error: true, warning: true, info: false },
    info: { error: true, warning: true, info: true },
    none: { error: false, warning: false, info: false },
  };

  it.each(FAIL_ON.map((level) => [level]))('--fail-on %s', (level) => {
    for (const severity of ['error', 'warning', 'info'] as const) {
      expect([severity, failsOn(severity, level)]).toEqual([severity, table[level][severity]]);
    }
  });

  it('covers every --fail-on level', () => {
    expect([...FAIL_ON].sort()).toEqual(Object.keys(table).sort());
  });
});

describe('parseDateOption()', () => {
  it('accepts real calendar days written YYYY-MM-DD', () => {
    for (const day of ['2022-12-20', '2024-02-29', '2000-02-29', '1999-01-01']) expect(parseDateOption(day)).toBe(day);
  });

  it('refuses impossible days and other spellings', () => {
    for (const day of ['2022-13-45', '20-12-2022', '2023-02-29', '1900-02-29', '2022-04-31', '2022-12-20T00:00', '2022-1-5', '']) {
      expect(() => parseDateOption(day), day).toThrow(/YYYY-MM-DD/u);
    }
  });
});
