/**
 * Build step: runs the bundle once on a short bilingual text, then saves V8's code cache of
 * everything that run compiled, for bin/load-bundle.cjs to start from.
 * Usage: node dist/build/code-cache.js
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { PassThrough, Readable } from 'node:stream';

const WARM_UP = `Sommet bilatéral à Minsk

Le président a déclaré lundi 19 décembre : « Nos échanges commerciaux ont atteint 38,5 milliards de dollars. »

The minister said on Monday that trade had grown by 2.5% to $38.5bn, "a record", according to officials.
`;

interface Bundle {
  loadBundle(): { cli: { main(argv: string[], io: unknown): Promise<number> }; script: { createCachedData(): Buffer } };
  cacheFile: string;
}

const require = createRequire(import.meta.url);
const { loadBundle, cacheFile } = require('../../bin/load-bundle.cjs') as Bundle;
const { cli, script } = loadBundle();
for (const format of ['json', 'pretty']) {
  await cli.main(['--format', format, '-'], {
    stdout: new PassThrough().resume(),
    stderr: new PassThrough().resume(),
    stdin: Readable.from([WARM_UP]),
    env: {},
  });
}
writeFileSync(cacheFile, script.createCachedData());
