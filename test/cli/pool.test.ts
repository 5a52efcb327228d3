import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyseInPool } from '../../src/cli/pool.js';

describe('the worker pool', () => {
  it('keeps at most 8 results a worker waiting ahead of the reader, and yields them in order', async () => {
    const sources = Array.from({ length: 200 }, (_, i) => i);
    let started = 0;
    const seen: number[] = [];
    let widest = 0;
    // Every source analysed on this thread (no file): what is bounded is how far ahead the pool runs.
    const results = analyseInPool(
      sources,
      {},
      2,
      () => true,
      async (source: number) => {
        started++;
        await new Promise((resolve) => setTimeout(resolve, source % 7));
        return source;
      },
      (source: number) => -source,
    );
    for await (const result of results) {
      seen.push(result);
      widest = Math.max(widest, started - seen.length);
    }
    expect(seen).toEqual(sources);
    expect(widest).toBeLessThanOrEqual(2 * 8);
  });

  it('gives an article too large for a worker to this thread, and carries on with a fresh worker', async () => {
    const sources = ['a', 'b', 'huge', 'c', 'd', 'e'];
    const seen: string[] = [];
    const results = analyseInPool(
      sources,
      {},
      2,
      () => false,
      async (source: string) => `main:${source}`,
      (source: string, message: string) => `failed:${source}:${message}`,
      { workerFile: fileURLToPath(new URL('../fixtures/greedy-worker.cjs', import.meta.url)), heap: { maxOldGenerationSizeMb: 16 } },
    );
    for await (const result of results) seen.push(result);
    expect(seen).toEqual(['worker:a', 'worker:b', 'main:huge', 'worker:c', 'worker:d', 'worker:e']);
  }, 30_000);
});
