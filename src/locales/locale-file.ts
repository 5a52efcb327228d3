import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DateData, FigureData, SpeechData } from './types.js';

/**
 * One of a language's word-list files, read from src/locales/<tag>/<name>.json (copied beside the
 * compiled code by the build) on first use. They are plain data, tens of thousands of forms in
 * all, so they stay out of the bundle: a run reads only its article's language.
 */
function loadLocaleFile<T>(tag: string, name: string): () => T {
  let data: T | undefined;
  return () => {
    data ??= JSON.parse(readFileSync(localeFile(tag, name), 'utf8')) as T;
    return data;
  };
}

export function loadSpeech(tag: string): () => SpeechData {
  return loadLocaleFile<SpeechData>(tag, 'speech');
}

export function loadFigures(tag: string): () => FigureData {
  return loadLocaleFile<FigureData>(tag, 'figures');
}

export function loadDates(tag: string): () => DateData {
  return loadLocaleFile<DateData>(tag, 'dates');
}

/** Beside the locale folders (src/locales, dist/locales), or under locales/ beside the bundle (dist/). */
function localeFile(tag: string, name: string): string {
  const places = [`./${tag}/${name}.json`, `./locales/${tag}/${name}.json`];
  const found = places.map((place) => fileURLToPath(new URL(place, import.meta.url))).find((file) => existsSync(file));
  if (!found) throw new Error(`${name} word list for '${tag}' is missing: run npm run build`);
  return found;
}
