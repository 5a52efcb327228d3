import iconv from 'iconv-lite';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { ArticleReport, ErrorReport, Report } from '../../src/report/types.js';
import { root, runCli, unprivileged, unreadableSocket, type CliRun } from '../helpers/cli.js';
import { assertValidReport } from '../helpers/schema.js';

// ---------------------------------------------------------------------------------------------
// Helpers

const STACK_LINE = /^ {4}at /mu;

/**
 * Under root, chmod does not stop reads: such runs drop to nobody (runCli passes uid/gid), when
 * nobody can run this checkout; null when it cannot (a checkout inside a private folder).
 */
const asUnprivileged = unprivileged();

const tempDirs: string[] = [];

/** A fresh directory under the system temp dir, readable by others (for the unprivileged runs). */
function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'copydesk-inputs-'));
  chmodSync(dir, 0o755);
  tempDirs.push(dir);
  return dir;
}

/** Writes a file (creating its folders, all readable by others). */
function put(file: string, content: string | Uint8Array): string {
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o755 });
  writeFileSync(file, content);
  chmodSync(file, 0o644);
  return file;
}

/** Gives back permissions taken away by a test, so the temp tree can be removed. */
function restorePermissions(dir: string): void {
  chmodSync(dir, 0o755);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) restorePermissions(full);
    else chmodSync(full, 0o644);
  }
}

afterAll(() => {
  for (const dir of tempDirs) {
    restorePermissions(dir);
    rmSync(dir, { recursive: true, force: true });
  }
});

function jsonReports(run: CliRun): Report[] {
  const parsed = JSON.parse(run.stdout) as unknown;
  expect(Array.isArray(parsed)).toBe(true);
  const reports = parsed as Report[];
  for (const report of reports) assertValidReport(report);
  return reports;
}

function stderrLines(run: CliRun): string[] {
  return run.stderr.split('\n').filter((line) => line !== '');
}

function isError(report: Report | undefined): report is ErrorReport {
  return report !== undefined && 'error' in report;
}

function article(report: Report | undefined): ArticleReport {
  if (report === undefined || isError(report)) throw new Error(`expected an analysed article, got ${JSON.stringify(report)}`);
  return report;
}

/** [file, error code or "ok"] for each report, in output order. */
function outline(reports: readonly Report[]): Array<[string, string]> {
  return reports.map((report) => [report.file, isError(report) ? report.error.code : 'ok']);
}

/** Every error entry gives exactly one stderr line "copydesk: <file>: <cause>", in order, with the same cause. */
function expectDiagnosticsMatch(run: CliRun, reports: readonly Report[]): void {
  const expected = reports.filter(isError).map((report) => `copydesk: ${report.file}: ${report.error.message}`);
  expect(stderrLines(run)).toEqual(expected);
  for (const report of reports.filter(isError)) {
    expect(report.error.message).not.toMatch(/[\r\n]/u);
    expect(report.error.message.trim()).not.toBe('');
    expect(Object.keys(report).sort()).toEqual(['error', 'file', 'schemaVersion']);
    expect(report.schemaVersion).toBe(1);
  }
  expect(run.stderr).not.toMatch(STACK_LINE);
}

/** Runs main() in this process from cwd (globs resolve against it); the report file names. */
async function mainIn(cwd: string, args: string[]): Promise<{ code: number; files: string[]; stderr: string }> {
  const previous = process.cwd();
  process.chdir(cwd);
  try {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let out = '';
    let err = '';
    stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const stdin = new PassThrough();
    stdin.end();
    const code = await main(args, { stdout, stderr, stdin, env: {} });
    const files = out
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => (JSON.parse(line) as Report).file);
    return { code, files, stderr: err };
  } finally {
    process.chdir(previous);
  }
}

// Original fixture sentences, written for these tests.
const HARBOUR = 'The harbour board met on Monday and agreed to repaint the old lighthouse before the summer.\n';
const LIBRARY = 'The town library will open on Sundays from next month, the council said in a short statement.\n';
const FERRY_NOTE = 'Ferry passengers waited forty minutes on the pier after a rope jammed in the winch.\n';

/** A real, minimal PNG image (1×1 pixel): binary bytes with NULs. */
const PNG_BYTES = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

// ---------------------------------------------------------------------------------------------

describe('a file argument', () => {
  it('is analysed and named exactly as given', () => {
    const run = runCli(['--format', 'json', 'samples/it-porto.txt', './samples/de-energie.txt']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const reports = jsonReports(run);
    expect(outline(reports)).toEqual([
      ['samples/it-porto.txt', 'ok'],
      ['./samples/de-energie.txt', 'ok'],
    ]);
    expect(article(reports[0]).language.code).toBe('ita');
    expect(article(reports[1]).language.code).toBe('deu');
  });
});

describe('a directory argument', () => {
  let dir: string;
  let tree: string;

  beforeAll(() => {
    dir = tempDir();
    tree = path.join(dir, 'tree');
    put(path.join(tree, 'b.txt'), HARBOUR);
    put(path.join(tree, 'a.md'), `# Lighthouse\n\n${HARBOUR}`);
    // Code unit order puts upper case first; a locale-aware sort would put it last.
    put(path.join(tree, 'Zeta.md'), LIBRARY);
    // '.' sorts before '/', so a.md comes before a/e.txt; and a/e.txt before b.txt (sorted by
    // whole path, not files of a directory first).
    put(path.join(tree, 'a', 'e.txt'), FERRY_NOTE);
    put(path.join(tree, 'sub', 'c.txt'), LIBRARY);
    put(path.join(tree, 'sub', 'deeper', 'd.md'), HARBOUR);
    put(path.join(tree, 'sub', 'deeper', 'shout.TXT'), FERRY_NOTE);
    // Not articles: other extensions, hidden entries, package folders.
    put(path.join(tree, 'notes.json'), '{"note": "not an article"}\n');
    put(path.join(tree, 'README'), LIBRARY);
    put(path.join(tree, 'picture.png'), PNG_BYTES);
    put(path.join(tree, '.hidden.txt'), HARBOUR);
    put(path.join(tree, '.drafts', 'draft.txt'), HARBOUR);
    put(path.join(tree, 'sub', '.cache', 'cached.md'), HARBOUR);
    put(path.join(tree, 'node_modules', 'pkg', 'readme.md'), LIBRARY);
    put(path.join(tree, 'sub', 'node_modules', 'other', 'notes.txt'), LIBRARY);
  });

  it('is walked recursively: only .txt and .md, sorted by path, hidden entries and node_modules skipped', () => {
    const run = runCli(['--format', 'json', tree]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const reports = jsonReports(run);
    expect(outline(reports)).toEqual(
      ['Zeta.md', 'a.md', 'a/e.txt', 'b.txt', 'sub/c.txt', 'sub/deeper/d.md', 'sub/deeper/shout.TXT'].map((name) => [
        path.join(tree, name),
        'ok',
      ]),
    );
    // The files really were read: the Markdown heading is the title of a.md.
    expect(article(reports[1]).title?.text).toBe('Lighthouse');
    expect(article(reports[2]).chars).toBe(Array.from(FERRY_NOTE).length);
  });

  it('is expanded in its place among the other arguments', () => {
    const run = runCli(['--format', 'json', 'samples/en-trade-deal.txt', path.join(tree, 'sub'), 'samples/it-porto.txt'], { cwd: root });
    expect(run.status).toBe(0);
    expect(outline(jsonReports(run)).map(([file]) => file)).toEqual([
      'samples/en-trade-deal.txt',
      path.join(tree, 'sub', 'c.txt'),
      path.join(tree, 'sub', 'deeper', 'd.md'),
      path.join(tree, 'sub', 'deeper', 'shout.TXT'),
      'samples/it-porto.txt',
    ]);
  });
});

describe('a glob pattern argument', () => {
  let dir: string;

  beforeAll(() => {
    dir = tempDir();
    put(path.join(dir, 'wire', 'b.txt'), HARBOUR);
    put(path.join(dir, 'wire', 'a', 'e.txt'), FERRY_NOTE);
    put(path.join(dir, 'wire', 'a.txt'), LIBRARY);
    put(path.join(dir, 'wire', 'Zeta.txt'), LIBRARY);
    put(path.join(dir, 'wire', 'sub', 'c.txt'), HARBOUR);
    put(path.join(dir, 'wire', 'sub', 'skip.md'), HARBOUR);
    put(path.join(dir, 'wire', '.hidden.txt'), HARBOUR);
    put(path.join(dir, 'wire', '.drafts', 'draft.txt'), HARBOUR);
  });

  const expectedMatches = ['wire/Zeta.txt', 'wire/a.txt', 'wire/a/e.txt', 'wire/b.txt', 'wire/sub/c.txt'];

  it('is expanded by copydesk itself, matches sorted, hidden entries not matched', () => {
    // spawn passes the pattern unexpanded, as a quoted pattern in a shell would be.
    const run = runCli(['--format', 'json', 'wire/**/*.txt'], { cwd: dir });
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(outline(jsonReports(run))).toEqual(expectedMatches.map((file) => [file, 'ok']));
  });

  it('gives the same matches through main() in-process (the TypeScript sources, not the bundle)', async () => {
    const run = await mainIn(dir, ['--format', 'ndjson', 'wire/**/*.txt']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.files).toEqual(expectedMatches);
  });

  it('names the matches in the form of the pattern (absolute stays absolute, ../ stays ../), like a shell', async () => {
    const absolute = await mainIn(root, ['--format', 'ndjson', path.join(dir, 'wire', 'a', '*.txt')]);
    expect(absolute.code).toBe(0);
    expect(absolute.files).toEqual([path.join(dir, 'wire', 'a', 'e.txt')]);
    const upward = await mainIn(path.join(dir, 'wire', 'sub'), ['--format', 'ndjson', '../a/*.txt']);
    expect(upward.code).toBe(0);
    expect(upward.files).toEqual(['../a/e.txt']);
  });

  it('that matches nothing is an error entry (no-match) in its place; the other inputs are analysed', () => {
    const run = runCli(['--format', 'json', 'wire/b.txt', 'wire/**/*.docx', 'wire/a.txt'], { cwd: dir });
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(run.status).toBe(2);
    const reports = jsonReports(run);
    expect(outline(reports)).toEqual([
      ['wire/b.txt', 'ok'],
      ['wire/**/*.docx', 'no-match'],
      ['wire/a.txt', 'ok'],
    ]);
    expectDiagnosticsMatch(run, reports);
  });
});

describe('standard input', () => {
  const piped = 'A reader wrote in to say that the harbour clock runs five minutes fast every winter.\n';

  it('is read for "-" and named <stdin>, in its place among the arguments', () => {
    const run = runCli(['--format', 'json', 'samples/pt-agricultura.txt', '-', 'samples/es-elecciones.txt'], { input: piped });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const reports = jsonReports(run);
    expect(outline(reports)).toEqual([
      ['samples/pt-agricultura.txt', 'ok'],
      ['<stdin>', 'ok'],
      ['samples/es-elecciones.txt', 'ok'],
    ]);
    const fromStdin = article(reports[1]);
    expect(fromStdin.chars).toBe(Array.from(piped).length);
    expect(fromStdin.encoding).toBe('utf-8');
  });

  it('is named by --stdin-filename', () => {
    const run = runCli(['--format', 'json', '--stdin-filename', 'desk/story.txt', '-'], { input: piped });
    expect(run.status).toBe(0);
    expect(outline(jsonReports(run))).toEqual([['desk/story.txt', 'ok']]);
  });
});

describe('bad inputs', () => {
  let dir: string;
  let good1: string;
  let good2: string;

  beforeAll(() => {
    dir = tempDir();
    good1 = put(path.join(dir, 'good-one.txt'), HARBOUR);
    good2 = put(path.join(dir, 'good-two.txt'), LIBRARY);
    put(path.join(dir, 'image.txt'), PNG_BYTES);
    put(path.join(dir, 'empty.txt'), '');
    put(path.join(dir, 'blank.txt'), ' \n\t\n   \r\n');
    put(path.join(dir, 'bom-only.txt'), Buffer.from([0xef, 0xbb, 0xbf]));
    put(path.join(dir, 'no-articles', 'data.json'), '{}\n');
    put(path.join(dir, 'no-articles', 'node_modules', 'x.txt'), HARBOUR);
    put(path.join(dir, 'no-articles', '.hidden.md'), HARBOUR);
  });

  it('each give one stderr line and an error entry in input order; exit 2; the rest is analysed', () => {
    const at = (name: string) => path.join(dir, name);
    const args = [
      good1,
      at('missing.txt'),
      at('no-articles'),
      at('image.txt'),
      at('empty.txt'),
      at('blank.txt'),
      at('bom-only.txt'),
      '-',
      at('missing-dir/inner.txt'),
      good2,
    ];
    const run = runCli(['--format', 'json', ...args], { input: '' });
    expect(run.status).toBe(2);
    expect(run.stderr).not.toMatch(STACK_LINE);
    const reports = jsonReports(run);
    expect(outline(reports)).toEqual([
      [good1, 'ok'],
      [at('missing.txt'), 'not-found'],
      [at('no-articles'), 'no-articles'],
      [at('image.txt'), 'binary'],
      [at('empty.txt'), 'empty'],
      [at('blank.txt'), 'empty'],
      [at('bom-only.txt'), 'empty'],
      ['<stdin>', 'empty'],
      [at('missing-dir/inner.txt'), 'not-found'],
      [good2, 'ok'],
    ]);
    expectDiagnosticsMatch(run, reports);
    expect(stderrLines(run)).toHaveLength(8);
    // The analysed ones are complete reports of the right text.
    expect(article(reports[0]).chars).toBe(Array.from(HARBOUR).length);
    expect(article(reports[9]).chars).toBe(Array.from(LIBRARY).length);
  });

  it('a file that exists but cannot be read (a socket) is an error entry (unreadable)', async () => {
    const socket = await unreadableSocket(path.join(dir, 'socket.txt'));
    try {
      const run = runCli(['--format', 'json', good1, socket.path, good2]);
      expect(run.stderr).toBe(`copydesk: ${socket.path}: not a regular file (socket or device)\n`);
      expect(run.status).toBe(2);
      expect(outline(jsonReports(run))).toEqual([
        [good1, 'ok'],
        [socket.path, 'unreadable'],
        [good2, 'ok'],
      ]);
    } finally {
      await socket.close();
    }
  });

  it.skipIf(asUnprivileged === null)('an unreadable file, and an unreadable directory inside a directory, are error entries (unreadable)', () => {
    const readable = put(path.join(dir, 'unreadable-case', 'readable.txt'), FERRY_NOTE);
    const locked = put(path.join(dir, 'unreadable-case', 'locked.txt'), HARBOUR);
    const walked = path.join(dir, 'walked');
    put(path.join(walked, 'a.txt'), HARBOUR);
    put(path.join(walked, 'shut', 'inside.txt'), LIBRARY);
    put(path.join(walked, 'z.txt'), LIBRARY);
    chmodSync(locked, 0o000);
    chmodSync(path.join(walked, 'shut'), 0o000);
    try {
      const run = runCli(['--format', 'json', readable, locked, walked, good2], asUnprivileged ?? {});
      expect(run.stderr).not.toMatch(STACK_LINE);
      expect(run.status).toBe(2);
      const reports = jsonReports(run);
      expect(outline(reports)).toEqual([
        [readable, 'ok'],
        [locked, 'unreadable'],
        [path.join(walked, 'a.txt'), 'ok'],
        [path.join(walked, 'shut'), 'unreadable'],
        [path.join(walked, 'z.txt'), 'ok'],
        [good2, 'ok'],
      ]);
      expectDiagnosticsMatch(run, reports);
      expect(stderrLines(run)).toHaveLength(2);
      expect(stderrLines(run)[0]).toMatch(/permission denied/iu);
    } finally {
      chmodSync(locked, 0o644);
      chmodSync(path.join(walked, 'shut'), 0o755);
    }
  });

  it('the pretty format also reports them on stderr only, and counts them in the summary', () => {
    const run = runCli([good1, path.join(dir, 'missing.txt'), path.join(dir, 'empty.txt')]);
    expect(run.status).toBe(2);
    expect(stderrLines(run)).toEqual([
      `copydesk: ${path.join(dir, 'missing.txt')}: no such file or directory`,
      `copydesk: ${path.join(dir, 'empty.txt')}: empty file`,
    ]);
    expect(run.stdout).not.toContain('copydesk:');
    expect(run.stdout).toContain(good1);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toMatch(/^1 file analysed · .* · 2 unreadable$/u);
  });
});

describe('text encodings', () => {
  // Curly apostrophe, euro sign and guillemets exist in Windows-1252 (0x92, 0x80, 0xAB/0xBB)
  // but not in ISO-8859-1, and the bytes are not valid UTF-8.
  const title = 'Les élus de la côte s’accordent sur un horaire commun pour les bacs';
  const french = [
    title,
    '',
    'Le conseil a approuvé mardi soir un projet de 2,5 millions d’euros, jugé « très attendu » par les riverains de la baie.',
    '',
    'La décision entrera en vigueur au printemps prochain, a précisé la mairie, qui promet des billets à 3 € pour les écoliers.',
    '',
  ].join('\n');

  it('reads Windows-1252 and UTF-16LE (with BOM) files and says which encoding it read', () => {
    const dir = tempDir();
    const legacy = put(path.join(dir, 'legacy.txt'), iconv.encode(french, 'windows-1252'));
    const utf16 = put(path.join(dir, 'wide.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(french, 'utf16le')]));
    const run = runCli(['--format', 'json', legacy, utf16]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const [first, second] = jsonReports(run).map(article);
    expect(first?.file).toBe(legacy);
    expect(first?.encoding).toBe('windows-1252');
    expect(second?.file).toBe(utf16);
    expect(second?.encoding).toBe('utf-16le');
    for (const report of [first, second]) {
      expect(report?.title?.text).toBe(title);
      expect(report?.chars).toBe(Array.from(french).length);
      expect(report?.language.code).toBe('fra');
    }
  });
});
