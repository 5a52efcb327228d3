import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';

interface Task<S, O> {
  index: number;
  source: S;
  options: O;
}

/** Reports a pool may hold, done but not yet written, per worker: it bounds memory when one file is slow. */
const AHEAD_PER_WORKER = 8;

/**
 * Analyses sources on `jobs` worker threads and yields their results (reports, or reports already
 * formatted) in input order, each as soon as it and all before it are done. Sources `inMain` says so (standard input, expansion errors)
 * are analysed on this thread at their place. Dispatch stops while too many reports wait for a
 * slow one, so memory stays flat however many files there are.
 */
export async function* analyseInPool<S, O, R>(
  sources: readonly S[],
  options: O,
  jobs: number,
  inMain: (source: S) => boolean,
  analyseHere: (source: S, index: number) => Promise<R>,
  failed: (source: S, message: string) => R,
): AsyncGenerator<R> {
  const done = new Map<number, R>();
  let next = 0;
  let written = 0;
  let wake: (() => void) | null = null;
  const notify = () => {
    const resume = wake;
    wake = null;
    resume?.();
  };
  // A small young generation per worker: short-lived objects are collected sooner, which took a
  // two-thread run from about 240 MB to 190 MB at the same speed; old objects are not capped.
  // Loaded here, not with the command: worker threads cost every start ~2 ms otherwise.
  const { Worker: WorkerThread } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
  const workers = Array.from({ length: Math.min(jobs, sources.length) }, () => new WorkerThread(workerFile(), { resourceLimits: { maxYoungGenerationSizeMb: 8 } }));
  /** The index each busy worker is analysing. */
  const busy = new Map<Worker, number>();
  const alive = new Set(workers);

  const here = (index: number) =>
    void analyseHere(sources[index] as S, index).then((report) => {
      done.set(index, report);
      notify();
    });
  const dispatch = (worker: Worker) => {
    while (next < sources.length && next - written < jobs * AHEAD_PER_WORKER) {
      const index = next++;
      const source = sources[index] as S;
      if (inMain(source)) {
        here(index);
        continue;
      }
      busy.set(worker, index);
      worker.postMessage({ index, source, options } satisfies Task<S, O>);
      return;
    }
  };
  for (const worker of workers) {
    worker.on('message', (message: { index: number; result?: R; error?: string }) => {
      busy.delete(worker);
      done.set(message.index, message.result ?? failed(sources[message.index] as S, message.error ?? 'worker failed'));
      dispatch(worker);
      notify();
    });
    worker.on('error', (error) => {
      // A worker that dies takes no other file with it: its own is reported, the others go on.
      const index = busy.get(worker);
      busy.delete(worker);
      alive.delete(worker);
      if (index !== undefined) done.set(index, failed(sources[index] as S, error.message));
      notify();
    });
    dispatch(worker);
  }
  try {
    while (written < sources.length) {
      const report = done.get(written);
      if (report === undefined) {
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        continue;
      }
      done.delete(written);
      written++;
      // Room again: idle workers take the next files; with none left alive, this thread does.
      for (const worker of alive) if (!busy.has(worker)) dispatch(worker);
      if (alive.size === 0 && next < sources.length && next - written < jobs * AHEAD_PER_WORKER) here(next++);
      yield report;
    }
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/** bin/worker.cjs, from the bundle (dist/) or from the compiled modules (dist/cli/). */
function workerFile(): string {
  const places = ['../bin/worker.cjs', '../../bin/worker.cjs'].map((place) => fileURLToPath(new URL(place, import.meta.url)));
  return places.find((file) => existsSync(file)) ?? (places[0] as string);
}
