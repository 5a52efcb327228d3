/**
 * Languages copydesk can name, by ISO 639-3 code (franc's codes), with their English name and
 * the BCP 47 tag Intl.Segmenter takes. `candidate` languages are the ones article and paragraph
 * detection chooses from: the major languages of the world's news press. franc's minority
 * neighbours (Scots, Galician, Nynorsk, …) are left out of detection because on real articles
 * franc picks them for their big neighbours far more often than it finds them; --lang still
 * accepts them.
 */
export interface LanguageInfo {
  code: string;
  name: string;
  tag: string;
  candidate: boolean;
}

const TABLE: ReadonlyArray<[code: string, name: string, tag: string, candidate: boolean]> = [
  ['eng', 'English', 'en', true],
  ['fra', 'French', 'fr', true],
  ['deu', 'German', 'de', true],
  ['spa', 'Spanish', 'es', true],
  ['ita', 'Italian', 'it', true],
  ['por', 'Portuguese', 'pt', true],
  ['nld', 'Dutch', 'nl', true],
  ['pol', 'Polish', 'pl', true],
  ['rus', 'Russian', 'ru', true],
  ['ukr', 'Ukrainian', 'uk', true],
  ['bel', 'Belarusian', 'be', true],
  ['bul', 'Bulgarian', 'bg', true],
  ['srp', 'Serbian', 'sr', true],
  ['mkd', 'Macedonian', 'mk', true],
  ['hrv', 'Croatian', 'hr', true],
  ['slv', 'Slovenian', 'sl', true],
  ['ces', 'Czech', 'cs', true],
  ['slk', 'Slovak', 'sk', true],
  ['hun', 'Hungarian', 'hu', true],
  ['ron', 'Romanian', 'ro', true],
  ['swe', 'Swedish', 'sv', true],
  ['dan', 'Danish', 'da', true],
  ['nob', 'Norwegian Bokmål', 'nb', true],
  ['fin', 'Finnish', 'fi', true],
  ['ekk', 'Estonian', 'et', true],
  ['lvs', 'Latvian', 'lv', true],
  ['lit', 'Lithuanian', 'lt', true],
  ['cat', 'Catalan', 'ca', true],
  ['tur', 'Turkish', 'tr', true],
  ['als', 'Albanian', 'sq', true],
  ['ell', 'Greek', 'el', true],
  ['ind', 'Indonesian', 'id', true],
  ['vie', 'Vietnamese', 'vi', true],
  ['swh', 'Swahili', 'sw', true],
  ['afr', 'Afrikaans', 'af', true],
  ['kaz', 'Kazakh', 'kk', true],
  ['arb', 'Arabic', 'ar', true],
  ['pes', 'Persian', 'fa', true],
  ['urd', 'Urdu', 'ur', true],
  ['heb', 'Hebrew', 'he', true],
  ['hin', 'Hindi', 'hi', true],
  ['ben', 'Bengali', 'bn', true],
  ['tam', 'Tamil', 'ta', true],
  ['tha', 'Thai', 'th', true],
  ['kat', 'Georgian', 'ka', true],
  ['hye', 'Armenian', 'hy', true],
  ['cmn', 'Chinese', 'zh', true],
  ['jpn', 'Japanese', 'ja', true],
  ['kor', 'Korean', 'ko', true],
  ['sco', 'Scots', 'sco', false],
  ['glg', 'Galician', 'gl', false],
  ['nno', 'Norwegian Nynorsk', 'nn', false],
  ['bos', 'Bosnian', 'bs', false],
  ['zlm', 'Malay', 'ms', false],
  ['tgl', 'Tagalog', 'tl', false],
  ['eus', 'Basque', 'eu', false],
  ['epo', 'Esperanto', 'eo', false],
];

export const UNDETERMINED: LanguageInfo = { code: 'und', name: 'Undetermined', tag: 'und', candidate: false };

const byCode = new Map(TABLE.map(([code, name, tag, candidate]) => [code, { code, name, tag, candidate }]));
const byTag = new Map(TABLE.map(([code, name, tag, candidate]) => [tag, { code, name, tag, candidate }]));

/** Every language detection may answer. */
export const CANDIDATE_CODES: readonly string[] = TABLE.filter((row) => row[3]).map((row) => row[0]);

/** A language by ISO 639-3 code or BCP 47 / ISO 639-1 tag ("fra" or "fr"), case-insensitive. */
export function findLanguage(codeOrTag: string): LanguageInfo | undefined {
  const key = codeOrTag.toLowerCase();
  return byCode.get(key) ?? byTag.get(key);
}

export function languageInfo(code: string): LanguageInfo {
  return byCode.get(code) ?? { code, name: code, tag: 'und', candidate: false };
}

/** Every language --lang accepts, by code. */
export function knownLanguageCodes(): string[] {
  return [...byCode.keys()];
}
