/**
 * Build step: writes franc's trigram models of every language copydesk can name (languages.ts)
 * to one binary file, so start-up reads them instead of parsing and indexing franc's data.
 * Usage: node dist/build/compile-model.js <output file>
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { data } from 'franc/data.js';
import { knownLanguageCodes } from '../language/languages.js';
import { buildScriptModel, serialiseModels } from '../language/script-model.js';

export function compileModels(): Buffer {
  const known = new Set(knownLanguageCodes());
  const models = Object.entries(data as Record<string, Record<string, string>>).flatMap(([script, lists]) => {
    const kept = Object.fromEntries(Object.entries(lists).filter(([code]) => known.has(code)));
    return Object.keys(kept).length > 0 ? [buildScriptModel(script, kept)] : [];
  });
  return serialiseModels(models);
}

const output = process.argv[2];
if (output && process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(output, compileModels());
}
