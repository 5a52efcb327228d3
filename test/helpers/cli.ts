import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const bin = fileURLToPath(new URL('../../bin/copydesk', import.meta.url));

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built copydesk command (bin/copydesk → dist/) in a child process, with colour
 * variables cleared so each test sets what it checks.
 */
export function runCli(args: string[], options: { input?: string | Buffer; env?: NodeJS.ProcessEnv; cwd?: string } & Pick<SpawnSyncOptions, 'uid' | 'gid'> = {}): CliRun {
  const { FORCE_COLOR: _force, NO_COLOR: _no, ...env } = process.env;
  const run = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? root,
    input: options.input ?? '',
    env: { ...env, ...options.env },
    encoding: 'utf8',
    uid: options.uid,
    gid: options.gid,
    timeout: 30_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

let unprivilegedCache: { uid: number; gid: number } | {} | null | undefined;

/**
 * Spawn options under which chmod 000 makes a file unreadable: none when the tests do not run as
 * root; uid/gid of "nobody" under root, if nobody can run the command from this checkout (a
 * checkout inside a private folder cannot be); null when neither works.
 */
export function unprivileged(): { uid: number; gid: number } | {} | null {
  if (unprivilegedCache !== undefined) return unprivilegedCache;
  if (process.getuid?.() !== 0) return (unprivilegedCache = {});
  const nobody = { uid: 65534, gid: 65534 };
  unprivilegedCache = runCli(['--version'], nobody).status === 0 ? nobody : null;
  return unprivilegedCache;
}

/**
 * A path that exists and that nobody, root included, can read as a file: a listening Unix
 * socket (reading it fails with ENXIO). Call close() when done.
 */
export async function unreadableSocket(file: string): Promise<{ path: string; close: () => Promise<void> }> {
  const { createServer } = await import('node:net');
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(file, resolve);
  });
  return { path: file, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
