import { readdirSync, statSync, type Stats } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { InputError } from './input-error.js';

/** One article to analyse, as named on the command line or found under a directory. */
export type Source =
  | { kind: 'file'; name: string; path: string }
  | { kind: 'stdin'; name: string }
  | { kind: 'error'; name: string; error: InputError };

/** Extensions of the files copydesk takes from a directory. */
export const ARTICLE_EXTENSIONS = ['.txt', '.md'] as const;
const GLOB_MAGIC = /[*?[\]{}!]/u;
/** Directory entries never walked into: hidden ones (.git, .cache) and package folders. */
const SKIPPED_DIRECTORIES = new Set(['node_modules']);

export interface ExpandOptions {
  stdinName: string;
}

/**
 * Turns command-line arguments into sources, in argument order: a file as given, a directory as
 * its articles (recursively, sorted), a glob pattern as its matches (sorted), "-" as standard
 * input. An argument that yields nothing becomes an error source, so nothing is silently lost.
 */
export async function expandArguments(args: readonly string[], options: ExpandOptions): Promise<Source[]> {
  const expanded = await Promise.all(args.map((arg) => expandArgument(arg, options)));
  return expanded.flat();
}

async function expandArgument(arg: string, options: ExpandOptions): Promise<Source[]> {
  if (arg === '-') return [{ kind: 'stdin', name: options.stdinName }];
  const info = statOrError(arg);
  if (!(info instanceof Error)) {
    if (!info.isDirectory()) return [{ kind: 'file', name: arg, path: arg }];
    const found = articlesUnder(arg);
    if (found.length > 0) return found;
    return [errorSource(arg, 'no-articles', `directory holds no ${ARTICLE_EXTENSIONS.join(' or ')} files`)];
  }
  if (info.code === 'ENOENT' && GLOB_MAGIC.test(arg)) return expandGlob(arg);
  return [errorSource(arg, ...describeFsError(info))];
}

/**
 * Matches of a glob pattern, named the way the pattern writes them ("../wire/a.txt", not a path
 * relative to the working directory): the pattern's literal leading folders are kept as written.
 */
async function expandGlob(pattern: string): Promise<Source[]> {
  // Loaded on first use, with require: the bundle runs in a vm.Script, where import() is not available.
  const { glob } = createRequire(import.meta.url)('tinyglobby') as typeof import('tinyglobby');
  const { base, rest } = splitGlob(pattern);
  const matches = await glob(rest, { cwd: base === '' ? '.' : base, onlyFiles: true, dot: false, expandDirectories: false });
  if (matches.length === 0) return [errorSource(pattern, 'no-match', 'no file matches this pattern')];
  return sortPaths(matches.map((match) => (base === '' ? match : path.join(base, match)))).map((file) => ({ kind: 'file', name: file, path: file }));
}

/** "../wire/**\/*.txt" → base "../wire", rest "**\/*.txt". */
export function splitGlob(pattern: string): { base: string; rest: string } {
  const segments = pattern.split('/');
  const firstMagic = segments.findIndex((segment) => GLOB_MAGIC.test(segment));
  const base = segments.slice(0, firstMagic).join('/');
  return { base: base === '' && pattern.startsWith('/') ? '/' : base, rest: segments.slice(firstMagic).join('/') };
}

// Synchronous file system calls: a CLI reading files one by one gains nothing from the thread
// pool, and starting it costs several milliseconds of start-up.
function statOrError(file: string): Stats | NodeJS.ErrnoException {
  try {
    return statSync(file);
  } catch (error) {
    return error as NodeJS.ErrnoException;
  }
}

/**
 * Every article file below dir, sorted by path (code unit order, the same on every machine); a
 * subdirectory that cannot be listed is an error source in its place.
 */
function articlesUnder(dir: string): Source[] {
  const found: Source[] = [];
  const pending = [dir];
  while (pending.length > 0) {
    const current = pending.pop() as string;
    let entries;
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch (error) {
      const [code, message] = describeFsError(error as NodeJS.ErrnoException);
      found.push(errorSource(current, code, `cannot list directory: ${message}`));
      continue;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) pending.push(full);
      } else if (isArticleName(entry.name) && (entry.isFile() || entry.isSymbolicLink())) {
        found.push({ kind: 'file', name: full, path: full });
      }
    }
  }
  return found.sort((a, b) => compareCodeUnits(a.name, b.name));
}

export function isArticleName(name: string): boolean {
  const extension = path.extname(name).toLowerCase();
  return (ARTICLE_EXTENSIONS as readonly string[]).includes(extension);
}

function sortPaths(paths: string[]): string[] {
  return paths.sort(compareCodeUnits);
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function errorSource(name: string, ...[code, message]: ConstructorParameters<typeof InputError>): Source {
  return { kind: 'error', name, error: new InputError(code, message) };
}

/** A short cause for a file system error, without the path or the errno number. */
export function describeFsError(error: NodeJS.ErrnoException): [InputError['code'], string] {
  switch (error.code) {
    case 'ENOENT':
      return ['not-found', 'no such file or directory'];
    case 'ENOTDIR':
      return ['not-found', 'a part of the path is not a directory'];
    case 'EACCES':
    case 'EPERM':
      return ['unreadable', 'permission denied'];
    case 'EISDIR':
      return ['unreadable', 'is a directory'];
    case 'ELOOP':
      return ['unreadable', 'too many levels of symbolic links'];
    case 'ENXIO':
    case 'ESPIPE':
      return ['unreadable', 'not a regular file (socket or device)'];
    case 'ERR_FS_FILE_TOO_LARGE':
      return ['unreadable', 'file too large to read'];
    default:
      return ['unreadable', error.code ? `cannot read (${error.code})` : 'cannot read'];
  }
}
