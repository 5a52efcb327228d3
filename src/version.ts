import { createRequire } from 'node:module';

/** copydesk's version, from the nearest package.json above this module (dist/, the bundle, or src/ in tests). */
export function packageVersion(): string {
  const require = createRequire(import.meta.url);
  for (const candidate of ['../package.json', '../../package.json']) {
    try {
      const manifest = require(candidate) as { name?: string; version?: string };
      if (manifest.name === 'copydesk' && manifest.version) return manifest.version;
    } catch {
      // not at this depth
    }
  }
  return 'unknown';
}
