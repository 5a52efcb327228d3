import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { root } from './helpers/cli.js';

/**
 * The package as `npm pack` makes it, installed in an empty folder: the command runs, the library
 * imports, and its types compile. `npm test` has built dist/ already, so packing skips the build.
 */
const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-pack-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(command: string, args: string[], options: SpawnSyncOptions = {}): string {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 180_000, ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${String(result.stderr)}`);
  return String(result.stdout);
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

describe('npm pack', () => {
  it('makes a package that installs and runs in an empty folder', () => {
    const packed = JSON.parse(run(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { cwd: root })) as Array<{ filename: string; files: Array<{ path: string }> }>;
    const files = packed[0]!.files.map((file) => file.path);
    for (const needed of ['bin/copydesk', 'bin/worker.cjs', 'dist/copydesk.cjs', 'dist/api.js', 'dist/api.d.ts', 'dist/trigram-model.bin', 'dist/locales/fr/speech.json', 'schema/report.schema.json', 'schema/config.schema.json', 'README.md']) {
      expect(files).toContain(needed);
    }
    expect(files.filter((file) => file.startsWith('test/') || file.startsWith('src/'))).toEqual([]);

    const project = path.join(dir, 'project');
    mkdirSync(project);
    writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'uses-copydesk', version: '1.0.0', private: true, type: 'module' }));
    run(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', path.join(dir, packed[0]!.filename)], { cwd: project });
    expect(readdirSync(path.join(project, 'node_modules', 'copydesk'))).toContain('dist');

    // The command, through the bin link npm made.
    const sample = path.join(root, 'samples', 'en-trade-deal.txt');
    const report = JSON.parse(run(path.join(project, 'node_modules', '.bin', 'copydesk'), ['--format', 'ndjson', sample], { cwd: project })) as { file: string; quotes: unknown[] };
    expect(report.file).toBe(sample);
    expect(report.quotes.length).toBeGreaterThan(0);

    // The library, by its package name.
    writeFileSync(
      path.join(project, 'use.ts'),
      [
        "import { analyse, rules, type ArticleReport } from 'copydesk';",
        "const report: ArticleReport = analyse('Le ministre a déclaré : « Nous signerons demain. »', { date: '2022-12-20' });",
        "console.log(JSON.stringify({ quotes: report.quotes.length, dates: report.dates.map((date) => date.value), rules: rules.length }));",
        '',
      ].join('\n'),
    );
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    run(process.execPath, [tsc, '--strict', '--noEmit', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--types', 'node', '--typeRoots', path.join(root, 'node_modules', '@types'), 'use.ts'], { cwd: project });
    writeFileSync(path.join(project, 'use.mjs'), "import { analyse, rules } from 'copydesk';\nconst report = analyse('Le ministre a déclaré : « Nous signerons demain. »', { date: '2022-12-20' });\nconsole.log(JSON.stringify({ quotes: report.quotes.length, dates: report.dates.map((date) => date.value), rules: rules.length }));\n");
    expect(JSON.parse(run(process.execPath, ['use.mjs'], { cwd: project }))).toEqual({ quotes: 1, dates: ['2022-12-21'], rules: 7 });
  }, 240_000);
});
