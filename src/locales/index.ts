import type { LocaleData } from './types.js';
import { de } from './de/index.js';
import { en } from './en/index.js';
import { es } from './es/index.js';
import { fr } from './fr/index.js';
import { it } from './it/index.js';
import { nl } from './nl/index.js';
import { pl } from './pl/index.js';
import { pt } from './pt/index.js';
import { ru } from './ru/index.js';

export type { LocaleData } from './types.js';

/** Every language copydesk has word lists for, by ISO 639-3 code. */
export const locales: ReadonlyMap<string, LocaleData> = new Map(
  [de, en, es, fr, it, nl, pl, pt, ru].map((locale) => [locale.code, locale]),
);

export function localeFor(code: string): LocaleData | undefined {
  return locales.get(code);
}
