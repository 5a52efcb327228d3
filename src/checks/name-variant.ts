import { textSpanOf, type Document } from '../document/document.js';
import { foldName, LowerCaseWords } from '../extract/names.js';
import { speechMatchers } from '../extract/quotes/lexicon.js';
import type { LocaleData } from '../locales/types.js';
import type { TextSpan } from '../report/types.js';
import { quoted, spanOf } from './messages.js';
import type { Rule, RuleFinding } from './rule.js';

/** A place in the text, UTF-16 offsets: converted to a report span only when reported. */
interface Place {
  start: number;
  end: number;
}

/** One way the article writes a name, with every place it does. */
interface Form {
  text: string;
  places: Place[];
}

/** Shorter names than this differ by one letter too often to be one name misspelt ("Marin", "Marina"). */
const MIN_EDIT_LENGTH = 6;

/**
 * One name written two ways: the same letters once transliterations are folded (ou/u, y/i/j,
 * ck/k, ph/f, ı/i, doubled letters) or diacritics dropped (Yılmaz / Yilmaz); the same words with
 * and without a space (TimeWarner / Time Warner); an acronym with one letter changed or two
 * swapped (WWF / WFF); or, for names of six letters and more, one letter off (Kowalczyk /
 * Kowalcyzk). Endings that change with the
 * case ("Putin" / "Putina", "Gipfel" / "Gipfels") and a capital's dropped accent ("Etats" /
 * "États") are not variants; nor are people who share a surname, or a surname beside its full name.
 */
export const nameVariant: Rule = {
  id: 'name-variant',
  severity: 'warning',
  description: 'One name spelled two ways ("Lukachenko" / "Loukachenko", "TimeWarner" / "Time Warner", "WWF" / "WFF").',
  check(doc, extraction) {
    const entityMentions = extraction.entities.flatMap((entity) => entity.mentions);
    const words = wordForms(doc, entityMentions);
    const names = nameForms(doc, entityMentions);
    const findings: RuleFinding[] = [];
    const reported = new Set<string>();
    const report = (a: Form, b: Form) => {
      const [rare, usual] = a.places.length < b.places.length || (a.places.length === b.places.length && (a.places[0] as Place).start > (b.places[0] as Place).start) ? [a, b] : [b, a];
      const key = `${rare.text}\u0000${usual.text}`;
      if (reported.has(key)) return;
      reported.add(key);
      const first = textSpanOf(doc, (usual.places[0] as Place).start, (usual.places[0] as Place).end);
      const times = usual.places.length === 1 ? 'once' : `${usual.places.length} times`;
      for (const place of rare.places) {
        const span = textSpanOf(doc, place.start, place.end);
        findings.push({
          ...spanOf(span),
          message: `${quoted(span)} is written '${usual.text}' elsewhere (${times}, first at line ${first.line}): one name, two spellings`,
          related: [first],
        });
      }
    };
    for (const [a, b] of pairsByKey(words, transliterated)) if (!accentOfCapitalOnly(a.text, b.text)) report(a, b);
    for (const [a, b] of pairsByKey(names, (text) => fold(text).replace(/[\s-]+/gu, ''))) if (/\s/u.test(a.text) !== /\s/u.test(b.text)) report(a, b);
    // One letter off is weaker evidence: one of the two must name a person, a body or a place,
    // and neither may be a common word capitalised where a sentence opens ("Dieser" / "Dieter").
    const typed = new Set(wordForms(doc, extraction.entities.filter((entity) => entity.type !== 'other').flatMap((entity) => entity.mentions)).map((form) => form.text));
    const abbreviations = doc.locale?.abbreviations ?? [];
    // A capitalised word seen only where sentences open, and in lower case elsewhere or in the
    // language's word lists, is a common word ("Dieser" / "Dieter").
    const common = commonWords(doc);
    const lowerWords = new LowerCaseWords(doc.text);
    const opensOnly = (form: Form) =>
      form.places.every((place) => opensSentence(doc.text, place.start, abbreviations)) &&
      (common.has(form.text.toLowerCase()) || lowerWords.has(form.text.toLowerCase()));
    // Against every capitalised word of the text: a misspelt "Bunedstag", or a surname opening a
    // sentence alone ("Fererira adelantó"), is no name run of its own.
    const capitalised = capitalisedWords(doc);
    for (const [a, b] of pairsByKey(capitalised, transliterated)) if ((typed.has(a.text) || typed.has(b.text)) && !accentOfCapitalOnly(a.text, b.text) && !opensOnly(a) && !opensOnly(b)) report(a, b);
    // Nor, standing alone, one of the language's role or body nouns capitalised as an institution
    // ("Presidência" / "Previdência"); inside a longer name it may be misspelt ("Home Offcie").
    const speech = speechMatchers(doc.locale);
    const listedNoun = (form: Form) => speech.roleAt(form.text, 0, form.text.length)?.text.length === form.text.length;
    // Read only when a pair of such nouns comes up.
    let inLongerName: ReadonlySet<string> | undefined;
    const longerNameWords = () => (inLongerName ??= new Set(wordForms(doc, entityMentions.filter((mention) => /[\s\u00a0]/u.test(mention.text))).map((form) => form.text)));
    const institutionNoun = (a: Form, b: Form) => (listedNoun(a) || listedNoun(b)) && !longerNameWords().has(a.text) && !longerNameWords().has(b.text);
    for (const [a, b] of oneOff(capitalised)) if ((typed.has(a.text) || typed.has(b.text)) && !opensOnly(a) && !opensOnly(b) && !institutionNoun(a, b)) report(a, b);
    return findings.sort((x, y) => x.start - y.start);
  },
};

/** Every word of the mentions, hyphenated parts apart ("WWF-Jugend" gives "WWF"), possessives cut. */
function wordForms(doc: Document, mentions: readonly TextSpan[]): Form[] {
  const forms = new Map<string, Form>();
  for (const mention of mentions) {
    let at = doc.positions.fromCodePoint(mention.start);
    for (const part of mention.text.split(/([\s\u00a0-]+)/u)) {
      const word = part.replace(/['’]s$/u, '');
      if (word.length >= 2 && /^\p{Lu}/u.test(word)) add(forms, word, { start: at, end: at + word.length });
      at += part.length;
    }
  }
  return [...forms.values()];
}

/** Every capitalised word of the text, with its places. */
function capitalisedWords(doc: Document): Form[] {
  const forms = new Map<string, Form>();
  for (const match of doc.text.matchAll(/(?<![\p{L}\p{M}\p{N}])\p{Lu}[\p{L}\p{M}]+/gu)) add(forms, match[0], { start: match.index, end: match.index + match[0].length });
  return [...forms.values()];
}

/** Each mention's whole text, possessive cut ("Time Warner's" is "Time Warner"). */
function nameForms(doc: Document, mentions: readonly TextSpan[]): Form[] {
  const forms = new Map<string, Form>();
  for (const mention of mentions) {
    const text = mention.text.replace(/['’]s$/u, '');
    const start = doc.positions.fromCodePoint(mention.start);
    add(forms, text, { start, end: start + text.length });
  }
  return [...forms.values()];
}

function add(forms: Map<string, Form>, text: string, place: Place): void {
  const form = forms.get(text);
  if (form) form.places.push(place);
  else forms.set(text, { text, places: [place] });
}

/** Pairs of different forms sharing a key. */
function pairsByKey(forms: readonly Form[], key: (text: string) => string): Array<[Form, Form]> {
  const groups = new Map<string, Form[]>();
  for (const form of forms) {
    const k = key(form.text);
    const group = groups.get(k);
    if (group) group.push(form);
    else groups.set(k, [form]);
  }
  const pairs: Array<[Form, Form]> = [];
  for (const group of groups.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const [a, b] = [group[i] as Form, group[j] as Form];
        if (a.text.toLowerCase() !== b.text.toLowerCase()) pairs.push([a, b]);
      }
    }
  }
  return pairs;
}

/**
 * Forms one edit apart (a letter changed, added, dropped, or two swapped): long names where one
 * form stands once, and acronyms with the same letters. Found through one-deletion keys, so the
 * cost grows with the number of forms, not its square.
 */
function oneOff(forms: readonly Form[]): Array<[Form, Form]> {
  const byDeletion = new Map<string, Form[]>();
  const candidates = forms.filter((form) => isAcronym(form.text) || Array.from(form.text).length >= MIN_EDIT_LENGTH);
  for (const form of candidates) {
    for (const key of deletions(fold(form.text))) {
      const group = byDeletion.get(key);
      if (group) group.push(form);
      else byDeletion.set(key, [form]);
    }
  }
  const pairs: Array<[Form, Form]> = [];
  const seen = new Set<string>();
  for (const group of byDeletion.values()) {
    if (group.length < 2) continue;
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const [a, b] = [group[i] as Form, group[j] as Form];
        const key = [a.text, b.text].sort().join('\u0000');
        if (a === b || seen.has(key)) continue;
        seen.add(key);
        if (isOneOffVariant(a, b)) pairs.push([a, b]);
      }
    }
  }
  return pairs;
}

function isOneOffVariant(a: Form, b: Form): boolean {
  const [x, y] = [fold(a.text), fold(b.text)];
  if (x === y || editDistance(x, y) !== 1) return false;
  if (isAcronym(a.text) && isAcronym(b.text)) return x.length === y.length && x.length >= 3 && sameLetters(x, y);
  if (isAcronym(a.text) || isAcronym(b.text) || inflected(a.text, b.text)) return false;
  return true;
}

/** The word and each of its one-letter deletions. */
function deletions(word: string): string[] {
  const keys = [word];
  for (let i = 0; i < word.length; i++) keys.push(word.slice(0, i) + word.slice(i + 1));
  return keys;
}

/** Levenshtein distance with adjacent swaps counted as one edit (optimal string alignment). */
function editDistance(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  const d: number[][] = Array.from({ length: x.length + 1 }, (_, i) => Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      const row = d[i] as number[];
      row[j] = Math.min((d[i - 1] as number[])[j]! + 1, row[j - 1]! + 1, (d[i - 1] as number[])[j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) row[j] = Math.min(row[j]!, (d[i - 2] as number[])[j - 2]! + 1);
    }
  }
  return (d[x.length] as number[])[y.length] as number;
}

/** Folded forms seen so far: names repeat across articles, and the four replacements after foldName are not free. */
const folded = new Map<string, string>();

/** Lower case, accents and letters foreign to ASCII folded: "Yılmaz" → "yilmaz", "Łukasz" → "lukasz". */
function fold(text: string): string {
  let result = folded.get(text);
  if (result === undefined) {
    result = foldName(text).replace(/ı/gu, 'i').replace(/ł/gu, 'l').replace(/ø/gu, 'o').replace(/ß/gu, 'ss');
    if (folded.size > 50_000) folded.clear();
    folded.set(text, result);
  }
  return result;
}

/** Transliterations folded: "Loukachenko" and "Lukachenko", "Zelenskyy" and "Zelensky". */
function transliterated(text: string): string {
  return fold(text)
    .replace(/ou/gu, 'u')
    .replace(/ck/gu, 'k')
    .replace(/ph/gu, 'f')
    .replace(/[yj]/gu, 'i')
    .replace(/(\p{L})\1+/gu, '$1');
}

/** "Etats" / "États": French capitals often go without their accent; no variant. */
function accentOfCapitalOnly(a: string, b: string): boolean {
  return a.slice(1) === b.slice(1) && fold(a.charAt(0)) === fold(b.charAt(0));
}

/** Endings that inflect a name or make an adjective of it: vowels and the consonants of case endings ("Putinem", "Kaczyńskiego", "Gipfels", "Путина", "Cultura" / "Cultural"). */
const ENDING = /^[aeiouyąęómnsghlr\u0430\u0435\u0438\u043e\u0443\u044b\u044d\u044e\u044f\u0439\u043c\u0445\u0432\u0433]{0,3}$/u;

/** Forms that share a stem of four letters and differ only by their endings: case endings, not spellings. */
function inflected(a: string, b: string): boolean {
  const [x, y] = [fold(a), fold(b)];
  if (x === y) return false;
  const common = commonPrefixLength(x, y);
  return common >= 4 && ENDING.test(x.slice(common)) && ENDING.test(y.slice(common));
}

function sameLetters(a: string, b: string): boolean {
  return new Set(a).size === new Set(b).size && [...new Set(a)].every((letter) => b.includes(letter));
}

function commonPrefixLength(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

const commonByLocale = new WeakMap<LocaleData, ReadonlySet<string>>();

/** Function words of the language, and its date words ("dieser", "letzten", "dernier"): built once per language. */
function commonWords(doc: Document): ReadonlySet<string> {
  const cached = doc.locale ? commonByLocale.get(doc.locale) : undefined;
  if (cached) return cached;
  const words = new Set(speechMatchers(doc.locale).functionWords);
  const dates = doc.locale?.dates();
  for (const shift of dates?.shifts ?? []) for (const word of shift.words) words.add(word);
  for (const cue of dates?.cues ?? []) words.add(cue);
  if (doc.locale) commonByLocale.set(doc.locale, words);
  return words;
}

/** Right after a sentence end or a line break, an opening quotation mark allowed (»Dieser …). */
function opensSentence(text: string, at: number, abbreviations: readonly string[]): boolean {
  const before = text.slice(Math.max(0, at - 12), at);
  if (!/(?:^|[.!?…]["»”’)]*[\s\u00a0]+|[\r\n][\s\u00a0]*)["«»“„‘‚]?[\s\u00a0]*$/u.test(before)) return false;
  // "m.in. Donald Tusk", "M. Seitkaliev": a dot that ends an abbreviation ends no sentence.
  const word = /(\S+)[\s\u00a0]+$/u.exec(before)?.[1] ?? '';
  return !abbreviations.some((abbreviation) => word.endsWith(abbreviation));
}

function isAcronym(word: string): boolean {
  return word.length >= 2 && word === word.toUpperCase() && /^\p{Lu}+$/u.test(word);
}
