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
 * Each worker's heap. V8 sizes a heap's growth by its limit: 128 MB took a two-thread run over
 * 3,000 articles from about 200 MB peak to 140 MB at the same speed. An article too large for it
 * (analysis takes 100–150 times an article's size) is sent back to this thread, whose heap is not
 * capped: by size before it is read (WorkerTaskOptions.largestInWorker), or when the worker runs
 * out of memory all the same.
 */
export const WORKER_HEAP = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 128 };
/** Articles larger than this are analysed on the main thread (see WORKER_HEAP). */
export const LARGEST_IN_WORKER = 256 * 1024;

/** What a worker posts back: a result, a failure, or `back` when the article is for the main thread. */
interface WorkerMessage<R> {
  index: number;
  result?: R;
  error?: string;
  back?: boolean;
}

export interface PoolOptions {
  /** The worker script (bin/worker.cjs); tests give their own. */
  workerFile?: string;
  heap?: { maxYoungGenerationSizeMb?: number; maxOldGenerationSizeMb?: number };
}

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
  pool: PoolOptions = {},
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
  // Loaded here, not with the command: worker threads cost every start ~2 ms otherwise.
  const { Worker: WorkerThread } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
  const workers: Worker[] = [];
  /** The index each busy worker is analysing. */
  const busy = new Map<Worker, number>();
  const alive = new Set<Worker>();

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
  const spawn = () => {
    const worker = new WorkerThread(pool.workerFile ?? workerFile(), { resourceLimits: pool.heap ?? WORKER_HEAP });
    workers.push(worker);
    alive.add(worker);
    worker.on('message', (message: WorkerMessage<R>) => {
      busy.delete(worker);
      if (message.back) here(message.index);
      else done.set(message.index, message.result ?? failed(sources[message.index] as S, message.error ?? 'worker failed'));
      dispatch(worker);
      notify();
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const index = busy.get(worker);
      busy.delete(worker);
      alive.delete(worker);
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        // Too large for a worker's heap: this thread's takes it, and a fresh worker goes on.
        if (index !== undefined) here(index);
        dispatch(spawn());
      } else if (index !== undefined) {
        // A worker that dies takes no other file with it: its own is reported, the others go on.
        done.set(index, failed(sources[index] as S, error.message));
      }
      notify();
    });
    return worker;
  };
  for (let i = 0; i < Math.min(jobs, sources.length); i++) dispatch(spawn());
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
