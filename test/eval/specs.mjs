#!/usr/bin/env node
// Scores copydesk's figure extraction against the public test cases of Microsoft Recognizers-Text:
// `npm run specs -- <dir> [--verbose] [--limit=N]`, where <dir> holds <Model>/<Language>/<Model>.json
// (CurrencyModel, PercentModel, NumberModel, DimensionModel; English, French; the format is in
// that folder's README.md). A manual measurement tool: nothing in the project reads these files.
// Strict pass: for each case, copydesk's results for the model equal the expected Results: same
// count and, in order of position, the same text (case-insensitive, whitespace-normalised) and the
// same value (relative tolerance 1e-9); for money also the ISO currency when the case gives one.
// "texts" asks for the texts only (detection without normalisation). Currency compares money
// figures, Percent percent figures, Dimension quantity figures (value only; units are printed in
// verbose mode), Number the output of readNumbers. Cases not in news language (see skipReason) are
// still counted in the totals, and scored again without them in the "news" columns.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const { analyseText } = await import(path.join(root, 'dist', 'analyse.js'));
const { findLanguage } = await import(path.join(root, 'dist', 'language', 'languages.js'));
const { readNumbers } = await import(path.join(root, 'dist', 'extract', 'figures', 'index.js'));
const { localeFor } = await import(path.join(root, 'dist', 'locales', 'index.js'));

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const limitArg = args.find((arg) => arg.startsWith('--limit='));
const limit = limitArg ? Number(limitArg.slice('--limit='.length)) : 15;
const dir = args.find((arg) => !arg.startsWith('--'));
if (!dir) {
  console.error('usage: npm run specs -- <directory of Recognizers-Text specs> [--verbose] [--limit=N]');
  process.exit(2);
}

// The anchor's strict pass counts: the table "The anchor's own score on these files" in the specs'
// README.md (Recognizers-Text's JavaScript packages, @microsoft/recognizers-text-suite 1.3.1).
const FILES = [
  { model: 'CurrencyModel', language: 'English', anchor: [146, 180] },
  { model: 'CurrencyModel', language: 'French', anchor: [101, 114] },
  { model: 'PercentModel', language: 'English', anchor: [17, 20] },
  { model: 'PercentModel', language: 'French', anchor: [21, 35] },
  { model: 'NumberModel', language: 'English', anchor: [199, 235] },
  { model: 'NumberModel', language: 'French', anchor: [131, 273] },
  { model: 'DimensionModel', language: 'English', anchor: [81, 100] },
  { model: 'DimensionModel', language: 'French', anchor: [54, 59] },
];
const LANGUAGES = { English: { tag: 'en', locale: 'eng' }, French: { tag: 'fr', locale: 'fra' } };
const KINDS = { CurrencyModel: 'money', PercentModel: 'percent', DimensionModel: 'quantity' };

// Recognizers' unit names to the symbols copydesk reports, for the verbose unit notes only.
const UNIT_SYMBOLS = {
  pound: 'lb', livre: 'lb', milliliter: 'ml', millilitre: 'ml', inch: 'in', pouce: 'in', mile: 'mi',
  barrel: 'bbl', baril: 'bbl', foot: 'ft', pied: 'ft', ounce: 'oz', onces: 'oz', acre: 'acre',
  gallon: 'gal', 'cubic foot': 'ft³', 'pieds cube': 'ft³', 'square meter': 'm²', 'mètre carré': 'm²',
  ton: 't', tonne: 't', 'metric ton': 't', 'tonne métrique': 't', 'mile per hour': 'mph',
  'miles par heure': 'mph', meter: 'm', mètres: 'm', kilometer: 'km', kilomètres: 'km',
  millimeter: 'mm', millimètres: 'mm', centimètres: 'cm', decimeter: 'dm', décimètres: 'dm',
  hectomètre: 'hm', 'square kilometer': 'km²', 'kilomètre carré': 'km²', 'kilometer per hour': 'km/h',
  kilogram: 'kg', gram: 'g', microgram: 'µg', microgramme: 'µg', litre: 'l', picometer: 'pm',
  megabyte: 'MB', megabit: 'Mb', bit: 'bit', degree: '°', radian: 'rad',
};

/**
 * Why a case is not news language, or null. Kept short and explicit: cases the authors mark as not
 * supported by design, results without a number (a bare "dollar", "%", "m" is not a figure),
 * Indian numbering (lakh, 12,34,567), URLs, and made-up or test-harness strings.
 */
function skipReason(item) {
  if (item.NotSupportedByDesign) return 'not supported by design';
  if (item.Results.some((r) => r.Resolution?.value == null || r.Resolution.value === 'null')) return 'result without a number';
  const input = item.Input;
  if (/\blakh\b|\d,\d\d,\d{3}/iu.test(input)) return 'Indian numbering';
  if (/https?:\/\//u.test(input)) return 'URL';
  if (/\^|^-?\d+(\.\d+)?e-?\d+$/iu.test(input)) return 'exponent notation';
  if (/\bscp\d*-?\d|^\d+\s?[a-z]+\d+$|\d{4,}[a-z]\d|\bkuai\b|\bmao\b/iu.test(input)) return 'code or made-up string';
  return null;
}

function parseValue(raw, commaDecimal) {
  if (raw == null || raw === 'null') return null;
  let text = String(raw).trim().replace(/%$/u, '');
  if (commaDecimal) text = text.replace(',', '.');
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

const normText = (text) => String(text ?? '').normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();
const sameValue = (a, b) => a != null && b != null && Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));

/**
 * Expected results in order of position. A few cases give wrong Start offsets (the French phone
 * number lists "1" last), so each result is placed at the occurrence of its text nearest to its
 * Start, one occurrence per result.
 */
function expectedOf(item, commaDecimal) {
  const input = item.Input.toLowerCase();
  const taken = new Set();
  return item.Results.map((r) => {
    const given = r.Start ?? r.Resolution?.Start ?? 0;
    const needle = String(r.Text ?? '').toLowerCase();
    let start = given;
    let best = Infinity;
    for (let at = input.indexOf(needle); at !== -1 && needle !== ''; at = input.indexOf(needle, at + 1)) {
      if (!taken.has(at) && Math.abs(at - given) < best) {
        best = Math.abs(at - given);
        start = at;
      }
    }
    taken.add(start);
    // Recognizers reports "50 cents" as 50 Cent; copydesk normalises to the currency's unit
    // (0.5 USD), so the expected value of a hundredth unit is divided by 100 to compare.
    const hundredth = /^(?:cents?|pence|penny|centimes?|kopecks?)$/iu.test(r.Resolution?.unit ?? '');
    const value = parseValue(r.Resolution?.value, commaDecimal);
    return {
      text: r.Text,
      value: hundredth && value !== null ? value / 100 : value,
      unit: r.Resolution?.unit ?? null,
      iso: r.Resolution?.isoCurrency || null,
      start,
    };
  }).sort((a, b) => a.start - b.start);
}

function gotOf(item, model, language) {
  if (model === 'NumberModel') {
    return readNumbers(item.Input, localeFor(LANGUAGES[language].locale))
      .map((n) => ({ text: n.text, value: n.value, unit: null, start: n.start }))
      .sort((a, b) => a.start - b.start);
  }
  const report = analyseText('case.txt', item.Input, 'utf-8', { language: findLanguage(LANGUAGES[language].tag) });
  return (report.figures ?? [])
    .filter((f) => f.kind === KINDS[model])
    .map((f) => ({ text: f.text, value: f.value, unit: f.unit ?? null, start: f.start }))
    .sort((a, b) => a.start - b.start);
}

function score(model, expected, got) {
  if (expected.length !== got.length) return { strict: false, texts: false };
  let strict = true;
  let texts = true;
  expected.forEach((e, i) => {
    const g = got[i];
    if (normText(e.text) !== normText(g.text)) texts = strict = false;
    if (!sameValue(e.value, g.value)) strict = false;
    if (model === 'CurrencyModel' && e.iso && e.iso !== g.unit) strict = false;
  });
  return { strict, texts };
}

const show = (list, withUnit) =>
  list.length === 0 ? '(none)' : list.map((x) => `"${x.text}"=${x.value}${withUnit && x.unit ? ` ${x.unit}` : ''}`).join(' | ');

const pct = (n, d) => (d === 0 ? '    -' : ((100 * n) / d).toFixed(1).padStart(5));
const emptyRow = () => ({ cases: 0, strict: 0, texts: 0, news: 0, newsStrict: 0, newsTexts: 0, anchorPass: 0, anchorCases: 0 });
const line = (name, r) =>
  `${name.padEnd(24)} ${String(r.cases).padStart(5)} ${String(r.strict).padStart(6)} ${pct(r.strict, r.cases)}  ${pct(r.texts, r.cases)}   ${String(r.anchorPass).padStart(4)}/${String(r.anchorCases).padEnd(4)} ${pct(r.anchorPass, r.anchorCases)}   ${String(r.news).padStart(5)} ${pct(r.newsStrict, r.news)}  ${pct(r.newsTexts, r.news)}`;

const rows = [];
const notes = [];
for (const { model, language, anchor } of FILES) {
  const file = path.join(dir, model, language, `${model}.json`);
  const cases = JSON.parse(readFileSync(file, 'utf8'));
  const commaDecimal = language === 'French';
  const r = emptyRow();
  [r.anchorPass, r.anchorCases] = anchor;
  const failures = [];
  cases.forEach((item, index) => {
    const expected = expectedOf(item, commaDecimal);
    let got;
    let error = null;
    try {
      got = gotOf(item, model, language);
    } catch (caught) {
      got = [];
      error = caught instanceof Error ? caught.message : String(caught);
    }
    const { strict, texts } = error ? { strict: false, texts: false } : score(model, expected, got);
    const skip = skipReason(item);
    r.cases++;
    if (strict) r.strict++;
    if (texts) r.texts++;
    if (!skip) {
      r.news++;
      if (strict) r.newsStrict++;
      if (texts) r.newsTexts++;
    }
    const unitNotes = [];
    if (model === 'DimensionModel' && texts) {
      expected.forEach((e, i) => {
        const symbol = e.unit ? UNIT_SYMBOLS[e.unit.toLowerCase()] : undefined;
        if (e.unit && symbol !== got[i].unit) unitNotes.push(`unit ${got[i].unit} for ${e.unit}${symbol ? ` (${symbol})` : ''}`);
      });
    }
    if (!strict || unitNotes.length > 0) failures.push({ index, item, expected, got, error, skip, strict, unitNotes });
  });
  rows.push([`${model}/${language}`, r]);
  if (verbose) {
    const failed = failures.filter((f) => !f.strict);
    notes.push(`${model}/${language}: ${failed.length} failing case(s)${failed.length > limit ? `, first ${limit} shown` : ''}`);
    for (const f of failed.slice(0, limit)) {
      const tag = f.skip ? ` [not counted in news: ${f.skip}]` : '';
      notes.push(`  #${f.index}${tag} ${JSON.stringify(f.item.Input.length > 140 ? `${f.item.Input.slice(0, 140)}…` : f.item.Input)}`);
      notes.push(`      expected ${show(f.expected, model === 'CurrencyModel' || model === 'DimensionModel')}`);
      notes.push(`      got      ${f.error ? `error: ${f.error}` : show(f.got, model !== 'NumberModel')}`);
    }
    const unitMismatches = failures.filter((f) => f.unitNotes.length > 0);
    if (unitMismatches.length > 0) {
      notes.push(`  unit mismatches (not scored): ${unitMismatches.length} case(s)`);
      for (const f of unitMismatches.slice(0, limit)) notes.push(`    #${f.index} ${f.unitNotes.join('; ')}`);
    }
  }
}

console.log(`copydesk specs · ${path.resolve(dir)}`);
console.log('file                     cases strict     %   texts%   anchor          %    news strict% texts%');
const total = emptyRow();
for (const [name, r] of rows) {
  console.log(line(name, r));
  for (const key of Object.keys(total)) total[key] += r[key];
}
console.log(line('all', total));
for (const note of notes) console.log(note);
