/**
 * Build step: bundles the command into dist/copydesk.cjs, one CommonJS file that starts faster
 * than some forty ES modules loaded one by one. Libraries needed only by some runs (tables,
 * code-page guessing, globs) stay outside and are required on first use.
 * Usage: node dist/build/bundle.js
 */
import { build, type Plugin } from 'esbuild';
import { cpSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * commander requires child_process for executable subcommands, which copydesk has none of;
 * loading it costs ~4 ms of every start. The stub fails loudly if it is ever used.
 */
const noChildProcess: Plugin = {
  name: 'no-child-process',
  setup(builder) {
    builder.onResolve({ filter: /^(node:)?child_process$/ }, () => ({ path: 'child_process', namespace: 'stub' }));
    builder.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
      contents: "module.exports = new Proxy({}, { get(_, name) { throw new Error('copydesk: child_process.' + String(name) + ' is not bundled'); } });",
      loader: 'js',
    }));
  },
};

/**
 * chalk detects the terminal's colours when loaded, through tty and os (~4 ms of start-up), for its
 * default instance. copydesk never uses that instance: it decides the level itself (src/cli/colour.ts)
 * and makes its own. chalk's browser variant of the detection loads nothing.
 */
const noColourDetection: Plugin = {
  name: 'no-colour-detection',
  setup(builder) {
    builder.onResolve({ filter: /^#supports-color$/ }, () => ({
      path: fileURLToPath(new URL('../../node_modules/chalk/source/vendor/supports-color/browser.js', import.meta.url)),
    }));
  },
};

await build({
  absWorkingDir: root,
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/copydesk.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  // Not 'node20': esbuild's table for Node lacks regular-expression features, and it would rewrite
  // every \p{…} literal into a `new RegExp` call made again on each evaluation.
  target: 'es2023',
  logLevel: 'warning',
  external: ['cli-table3', 'chardet', 'iconv-lite', 'tinyglobby'],
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [noChildProcess, noColourDetection],
});

// The locales' word lists are data read at run time (src/locales/locale-file.ts): beside the
// compiled locale folders, which the bundle's run-time path also points at.
for (const tag of readdirSync(`${root}/src/locales`, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
  for (const file of readdirSync(`${root}/src/locales/${tag.name}`).filter((name) => name.endsWith('.json'))) {
    cpSync(`${root}/src/locales/${tag.name}/${file}`, `${root}/dist/locales/${tag.name}/${file}`);
  }
}
