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
});
