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
