import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SpeechData } from './types.js';

/**
 * A language's speech words, read from src/locales/<tag>/speech.json (copied beside the compiled
 * code by the build) on first use. They are plain data, tens of thousands of forms in all, so
 * they stay out of the bundle: a run reads only its article's language.
 */
export function loadSpeech(tag: string): () => SpeechData {
  let data: SpeechData | undefined;
  return () => {
    data ??= JSON.parse(readFileSync(speechFile(tag), 'utf8')) as SpeechData;
    return data;
  };
}

/** Beside the locale folders (src/locales, dist/locales), or under locales/ beside the bundle (dist/). */
function speechFile(tag: string): string {
  const places = [`./${tag}/speech.json`, `./locales/${tag}/speech.json`];
  const found = places.map((place) => fileURLToPath(new URL(place, import.meta.url))).find((file) => existsSync(file));
  if (!found) throw new Error(`speech word list for '${tag}' is missing: run npm run build`);
  return found;
}
