import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { bin, root } from '../helpers/cli.js';

/**
 * Streaming, shown without timing anything: each report must reach stdout while the input after it
 * has not even been written yet, and a process whose heap is far smaller than its input and output
 * must still get through them.
 */

const article = readFileSync(path.join(root, 'samples', 'fr-sommet-bilateral.txt'), 'utf8');
const record = (id: string): string => `${JSON.stringify({ id, text: article })}\n`;

/** A running copydesk whose stdout lines can be awaited one by one. */
function start(args: string[], nodeArgs: string[] = []) {
  const child = spawn(process.execPath, [...nodeArgs, bin, ...args], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const waiting: Array<() => void> = [];
  let pending = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    pending += chunk;
    for (let end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n')) {
      lines.push(pending.slice(0, end));
      pending = pending.slice(end + 1);
    }
    waiting.splice(0).forEach((wake) => wake());
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const lineCount = async (count: number): Promise<string[]> => {
    while (lines.length < count) {
      if (child.exitCode !== null) throw new Error(`copydesk exited with ${lines.length} of ${count} lines: ${stderr}`);
      await new Promise<void>((wake) => waiting.push(wake));
    }
    return lines.slice(0, count);
  };
  return { child, lines, lineCount, exited, stderr: () => stderr };
}

describe('streaming output', () => {
  it('writes each NDJSON report of a record stream before the next record is sent', async () => {
    const run = start(['--input', 'ndjson']);
    for (let i = 1; i <= 3; i++) {
      run.child.stdin.write(record(`r${i}`));
      // The next record is written only once this report is out: collecting reports first would hang here.
      const lines = await run.lineCount(i);
      expect((JSON.parse(lines[i - 1] as string) as { id: string }).id).toBe(`r${i}`);
    }
    run.child.stdin.end();
    expect(await run.exited).toBe(1); // the sample's planted date conflict is an error finding
    expect(run.lines).toHaveLength(3);
  }, 60_000);

  const fifoDir = mkdtempSync(path.join(tmpdir(), 'copydesk-stream-'));
  afterAll(() => rmSync(fifoDir, { recursive: true, force: true }));
  const fifo = path.join(fifoDir, 'last.txt');
  const hasFifo = spawnSync('mkfifo', [fifo]).status === 0;

  it.skipIf(!hasFifo).each([['1'], ['2']])('writes the reports of earlier files while a later one is still being written (--jobs %s)', async (jobs) => {
    const files = ['de-energie.txt', 'en-trade-deal.txt', 'it-porto.txt'].map((name) => path.join(root, 'samples', name));
    const run = start(['--format', 'ndjson', '--jobs', jobs, ...files, fifo]);
    // Nothing has been written into the last file yet: its reader is blocked until the three reports are out.
    const lines = await run.lineCount(3);
    expect(lines.map((line) => (JSON.parse(line) as { file: string }).file)).toEqual(files);
    writeFileSync(fifo, 'Le ministre a déclaré : « Nous signerons demain. »\n');
    await run.lineCount(4);
    expect(await run.exited).toBe(0);
    expect((JSON.parse(run.lines[3] as string) as { file: string; quotes: unknown[] }).quotes).toHaveLength(1);
  }, 60_000);

  it('gets through a record stream several times larger than its heap', async () => {
    // 600 records of 50 KB each (30 MB in, 5 MB of reports out) through a 16 MB old generation:
    // holding the lines, or the reports, instead of streaming them would run out of memory.
    const pad = 'x'.repeat(47_000);
    const count = 600;
    const run = start(['--input', 'ndjson', '--fail-on', 'none'], ['--max-old-space-size=16']);
    Readable.from(
      (function* () {
        for (let i = 0; i < count; i++) yield `${JSON.stringify({ id: i, text: article, pad })}\n`;
      })(),
    ).pipe(run.child.stdin);
    expect(await run.exited).toBe(0);
    expect(run.stderr()).toBe('');
    expect(run.lines.map((line) => (JSON.parse(line) as { id: number }).id)).toEqual(Array.from({ length: count }, (_, i) => i));
  }, 120_000);
});
