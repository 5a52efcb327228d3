import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deserialiseModels, type ScriptModel } from './script-model.js';

/** Built by `npm run build` (compile-model.ts) from franc's data, next to the compiled code. */
export const MODEL_FILE_NAME = 'trigram-model.bin';

/** Where the model may be: beside the bundle (dist/), or dist/ seen from dist/language or src/language. */
const PLACES = [`./${MODEL_FILE_NAME}`, `../${MODEL_FILE_NAME}`, `../../dist/${MODEL_FILE_NAME}`];

let loaded: Map<string, ScriptModel> | undefined;

/**
 * franc's models of the languages copydesk can name, per script, precompiled: reading them takes
 * well under a millisecond, where building them from franc's data at start-up took over ten.
 */
export function scriptModels(): Map<string, ScriptModel> {
  if (!loaded) {
    const file = PLACES.map((place) => fileURLToPath(new URL(place, import.meta.url))).find((path) => existsSync(path));
    if (!file) throw new Error(`language model ${MODEL_FILE_NAME} is missing: run npm run build`);
    loaded = new Map(deserialiseModels(readFileSync(file)).map((model) => [model.script, model]));
  }
  return loaded;
}
