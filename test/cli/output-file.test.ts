import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-output-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('-o, --output', () => {
  it('writes to the file exactly what stdout would get, nothing to stdout, with the same exit status', () => {
    for (const format of ['json', 'ndjson', 'sarif', 'csv', 'pretty']) {
      const file = path.join(dir, `report.${format}`);
      const toFile = runCli(['--format', format, '-o', file, 'samples/', 'gone.txt']);
      const toStdout = runCli(['--format', format, '--no-color', 'samples/', 'gone.txt']);
      expect([toFile.status, toFile.stdout, toFile.stderr]).toEqual([toStdout.status, '', toStdout.stderr]);
      expect(readFileSync(file, 'utf8')).toBe(toStdout.stdout);
    }
  });

  it('replaces a file already there', () => {
    const file = path.join(dir, 'twice.ndjson');
    runCli(['--format', 'ndjson', '--output', file, 'samples/']);
    runCli(['--format', 'ndjson', '--output', file, 'samples/en-trade-deal.txt']);
    expect(readFileSync(file, 'utf8').trimEnd().split('\n')).toHaveLength(1);
  });

  it('refuses a place it cannot write, in one line, before analysing anything, with status 2', () => {
    const missing = runCli(['-o', path.join(dir, 'no', 'such', 'dir.json'), 'samples/']);
    expect([missing.status, missing.stdout]).toEqual([2, '']);
    expect(missing.stderr).toBe(`copydesk: ${path.join(dir, 'no', 'such', 'dir.json')}: cannot write the report there: no such directory\n`);
    expect(runCli(['-o', dir, 'samples/']).stderr).toBe(`copydesk: ${dir}: cannot write the report there: is a directory\n`);
  });
});
