'use strict';
// Loads copydesk's bundle (dist/copydesk.cjs) with V8's code cache (dist/copydesk.cjs.cache),
// made at build time after a warm-up run: start-up then skips compiling what a run needs.
// A cache from another Node.js version is rejected by V8 and the bundle compiles as usual.
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

const bundle = path.join(__dirname, '..', 'dist', 'copydesk.cjs');
const cacheFile = `${bundle}.cache`;

function loadBundle() {
  let source;
  try {
    source = fs.readFileSync(bundle, 'utf8');
  } catch {
    process.stderr.write('copydesk: not built yet: run `npm install` (or `npm run build`) in the copydesk folder\n');
    process.exit(2);
  }
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: bundle,
    cachedData,
  });
  const module = { exports: {} };
  const localRequire = require('node:module').createRequire(bundle);
  script.runInThisContext()(module.exports, localRequire, module, bundle, path.dirname(bundle));
  return { cli: module.exports, script };
}

module.exports = { loadBundle, cacheFile };
