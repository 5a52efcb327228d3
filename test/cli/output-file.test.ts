import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { root, runCli } from '../helpers/cli.js';

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

  it('never overwrites an input, and does not read its own report as an article', () => {
    const folder = path.join(dir, 'wire');
    mkdirSync(folder);
    const article = path.join(folder, 'story.txt');
    copyFileSync(path.join(root, 'samples', 'en-trade-deal.txt'), article);
    const before = readFileSync(article, 'utf8');
    const refused = runCli(['-o', article, article]);
    expect([refused.status, refused.stdout]).toEqual([2, '']);
    expect(refused.stderr).toBe(`copydesk: ${article}: is also an input; the report would overwrite it (see copydesk --help)\n`);
    expect(readFileSync(article, 'utf8')).toBe(before);
    // A report written as a .md file inside the folder analysed: not read back as an empty article.
    const report = path.join(folder, 'report.md');
    const run = runCli(['--format', 'ndjson', '-o', report, folder]);
    expect(run.status).toBe(0);
    expect(readFileSync(report, 'utf8').trimEnd().split('\n').map((line) => (JSON.parse(line) as { file: string }).file)).toEqual([article]);
  });
});

