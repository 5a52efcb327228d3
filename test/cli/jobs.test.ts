import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formattedTask } from '../../src/cli/main.js';
import { root, runCli } from '../helpers/cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-jobs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Twenty articles of very different lengths, so that workers finish out of order.
const samples = readdirSync(path.join(root, 'samples')).filter((name) => name.endsWith('.txt')).sort();
for (let i = 0; i < 20; i++) {
  const text = readFileSync(path.join(root, 'samples', samples[i % samples.length] as string), 'utf8');
  writeFileSync(path.join(dir, `a${String(i).padStart(2, '0')}.txt`), i % 3 === 0 ? text.repeat(8) : text.slice(0, 600 + i * 50));
}
writeFileSync(path.join(dir, 'a10.txt'), '');

describe('--jobs', () => {
  it('gives the reports in input order, the same as one thread, errors in their place', () => {
    const one = runCli(['--format', 'ndjson', '--jobs', '1', dir, '-'], { input: 'Titre\n\nLe ministre a parlé hier.\n' });
    const two = runCli(['--format', 'ndjson', '--jobs', '2', dir, '-'], { input: 'Titre\n\nLe ministre a parlé hier.\n' });
    const three = runCli(['--format', 'ndjson', '--jobs', '3', dir, '-'], { input: 'Titre\n\nLe ministre a parlé hier.\n' });
    expect(two.stdout).toBe(one.stdout);
    expect(three.stdout).toBe(one.stdout);
    expect([two.status, two.stderr]).toEqual([one.status, one.stderr]);
    const files = one.stdout.trimEnd().split('\n').map((line) => (JSON.parse(line) as { file: string; error?: { code: string } }));
    expect(files.map((report) => path.basename(report.file))).toEqual([...Array.from({ length: 20 }, (_, i) => `a${String(i).padStart(2, '0')}.txt`), '<stdin>']);
    expect(files[10]?.error?.code).toBe('empty');
  });

  it('writes the same JSON array and the same terminal view as one thread', () => {
    for (const format of ['json', 'pretty']) {
      const one = runCli(['--format', format, '--no-color', '--jobs', '1', dir]);
      expect(runCli(['--format', format, '--no-color', '--jobs', '2', dir]).stdout).toBe(one.stdout);
    }
  });

  it('wants a whole number of threads', () => {
    const run = runCli(['--jobs', '0', 'samples/']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("copydesk: --jobs wants a whole number of threads from 1 to 256, not '0' (see copydesk --help)\n");
  });

  it('has a worker leave a file larger than its heap allows to the main thread, unread', async () => {
    const file = path.join(dir, 'a01.txt');
    const source = { kind: 'file' as const, name: file, path: file };
    const options = { date: undefined, lang: undefined, rule: undefined, maxSize: 1e9, today: '2026-01-01', debug: false, format: 'ndjson' as const, section: 'all' as const };
    const size = readFileSync(file).length;
    expect(await formattedTask(source, 0, { ...options, largestInWorker: size - 1 })).toBeNull();
    const kept = await formattedTask(source, 0, { ...options, largestInWorker: size });
    expect(kept && 'text' in kept ? (JSON.parse(kept.text) as { file: string }).file : null).toBe(file);
  });
});
