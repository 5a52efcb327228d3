import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { Progress } from '../../src/cli/progress.js';
import { root } from '../helpers/cli.js';

async function run(args: string[], stderrIsTTY: boolean): Promise<{ code: number; stderr: string; stdout: string }> {
  const stdout = new PassThrough();
  const stderr = Object.assign(new PassThrough(), stderrIsTTY ? { isTTY: true } : {});
  const stdin = new PassThrough();
  stdin.end();
  let [out, err] = ['', ''];
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const code = await main(args, { stdout, stderr, stdin, env: {}, today: () => '2026-11-24' });
  return { code, stderr: err, stdout: out };
}

const samples = path.join(root, 'samples');

describe('progress on a terminal', () => {
  it('shows files done, rate and time left on a TTY stderr, and clears the line at the end', async () => {
    const result = await run(['--format', 'ndjson', '--jobs', '1', samples], true);
    expect(result.stderr).toMatch(/^\r\x1b\[Kcopydesk \[#+-*\] \d\/6 files · [\d.]+ files\/s · \d+:\d\d left/u);
    expect(result.stderr).toContain('6/6 files');
    expect(result.stderr.endsWith('\r\x1b[K')).toBe(true);
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(6);
  });

  it('never on a non-TTY stderr, never with --quiet, never for a few files', async () => {
    expect((await run(['--format', 'ndjson', samples], false)).stderr).toBe('');
    expect((await run(['--format', 'ndjson', '--quiet', samples], true)).stderr).toBe('');
    expect((await run(['--format', 'ndjson', path.join(samples, 'it-porto.txt'), path.join(samples, 'pt-agricultura.txt')], true)).stderr).toBe('');
  });

  it('counts without a total and time left when the total is unknown (pipeline mode)', () => {
    let now = 1_000;
    const written: string[] = [];
    const progress = new Progress({ write: (text: string) => written.push(text) } as unknown as NodeJS.WritableStream, null, () => now);
    now += 2_000;
    progress.tick();
    expect(progress.line(now)).toBe('copydesk 1 files · 0.5 files/s');
    expect(new Progress({ write: () => true } as unknown as NodeJS.WritableStream, 10, () => now).line(now + 4_000)).toBe('copydesk [--------------------] 0/10 files · 0.0 files/s');
  });
});
