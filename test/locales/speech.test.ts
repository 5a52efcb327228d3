import { readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MAX_PHRASE_WORDS } from '../../src/extract/quotes/lexicon.js';

/*
 * The quotes matcher puts every speech.json list in a Set as is and looks text up in its
 * normalised form (lower case, straight apostrophe, single spaces, at most MAX_PHRASE_WORDS
 * words), so a list entry in any other form can never match.
 */

const LOCALES = fileURLToPath(new URL('../../src/locales/', import.meta.url));

const tags = readdirSync(LOCALES).filter((entry) => {
  try {
    return statSync(`${LOCALES}${entry}/speech.json`).isFile();
  } catch {
    return false;
  }
});

/** Every list of a speech file, by its path in the file ("verbs", "pronouns.feminine"). */
function listsOf(data: unknown, path = ''): Array<[string, unknown[]]> {
  if (Array.isArray(data)) return [[path, data]];
  if (data !== null && typeof data === 'object') {
    return Object.entries(data).flatMap(([key, value]) => listsOf(value, path === '' ? key : `${path}.${key}`));
  }
  return [];
}

/** Words as the matcher counts them: letters and digits, with inner apostrophes and hyphens. */
function wordCount(phrase: string): number {
  return phrase.match(/[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*['’]?/gu)?.length ?? 0;
}

const cases = tags.flatMap((tag) => {
  const data: unknown = JSON.parse(readFileSync(`${LOCALES}${tag}/speech.json`, 'utf8'));
  return listsOf(data).map(([list, entries]) => ({ tag, list, entries }));
});

describe('speech.json word lists are canonical', () => {
  it('finds the speech files of the languages copydesk attributes quotes in', () => {
    expect(tags).toEqual(expect.arrayContaining(['de', 'en', 'es', 'fr', 'it', 'pt']));
    expect(cases.length).toBeGreaterThan(0);
  });

  it('has a sensible phrase length limit', () => {
    expect(Number.isInteger(MAX_PHRASE_WORDS)).toBe(true);
    expect(MAX_PHRASE_WORDS).toBeGreaterThanOrEqual(1);
  });

  describe.each(cases)('$tag: $list', ({ entries }) => {
    it('holds only non-empty strings', () => {
      const bad = entries.filter((entry) => typeof entry !== 'string' || entry === '');
      expect(bad).toEqual([]);
    });

    const strings = entries.filter((entry): entry is string => typeof entry === 'string');

    it('is lower case', () => {
      expect(strings.filter((entry) => entry !== entry.toLowerCase())).toEqual([]);
    });

    it('uses the straight apostrophe only', () => {
      expect(strings.filter((entry) => entry.includes('’'))).toEqual([]);
    });

    it('has single spaces and no leading or trailing space', () => {
      const bad = strings.filter((entry) => entry !== entry.trim() || /\s{2,}/u.test(entry) || /[^\S ]/u.test(entry));
      expect(bad).toEqual([]);
    });

    it('has no duplicates', () => {
      const seen = new Set<string>();
      const duplicates = strings.filter((entry) => {
        if (seen.has(entry)) return true;
        seen.add(entry);
        return false;
      });
      expect(duplicates).toEqual([]);
    });

    it(`has no phrase of more than MAX_PHRASE_WORDS words`, () => {
      expect(strings.filter((entry) => wordCount(entry) > MAX_PHRASE_WORDS)).toEqual([]);
    });
  });
});
