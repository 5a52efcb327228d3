#!/usr/bin/env node
// Mutation harness: `npm run eval:mutations -- [dir ...]`. Takes the project's samples and the
// articles of each directory (any .txt below it), injects one known error at a time, and counts
// how often the right rule flags the right place: a finding of the expected rule whose span, or
// one of its related spans, overlaps the changed words.
//   name     one mention of a name used at least twice, respelt (u → ou, a dropped accent, two
//            letters swapped, a letter doubled): name-variant
//   weekday  the weekday of a weekday–date pair changed to the next day's name: weekday-mismatch
//   month    the month of a weekday–date pair or of a "this day" date changed to the next one:
//            weekday-mismatch or date-conflict
//   figure   one occurrence of a figure the article gives twice changed by one: figure-conflict
//   quote    one word changed in one copy of a quote the article gives twice, or, where none is
//            given twice, in a copy of its first long quote set above it as a headline: quote-mismatch
// Each mutant is analysed twice: from its text alone, and with --date set to the reference date
// copydesk found for the original article (as a pipeline that knows the publication date would).
// Every mutation is deterministic: the same articles give the same table.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const { analyseText } = await import(path.join(root, 'dist', 'analyse.js'));
const { localeFor } = await import(path.join(root, 'dist', 'locales', 'index.js'));

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const dirs = [path.join(root, 'samples'), ...args.filter((arg) => !arg.startsWith('--'))];
const TODAY = new Date().toISOString().slice(0, 10);

function* textFiles(folder) {
  for (const name of readdirSync(folder).sort()) {
    const full = path.join(folder, name);
    if (statSync(full).isDirectory()) yield* textFiles(full);
    else if (name.endsWith('.txt')) yield full;
  }
}

const analyse = (text, referenceDate) => analyseText('mutant.txt', text, 'utf-8', { today: TODAY, referenceDate });
/** Code point offset → UTF-16 index. */
const utf16 = (text, offset) => Array.from(text).slice(0, offset).join('').length;

/** Replace [start, end) (UTF-16) and say where the new words stand in code points. */
function mutate(text, start, end, replacement) {
  const mutated = text.slice(0, start) + replacement + text.slice(end);
  const from = Array.from(text.slice(0, start)).length;
  return { text: mutated, span: { start: from, end: from + Array.from(replacement).length } };
}

const RESPELLINGS = [
  (word) => (/u/u.test(word) && !/ou/u.test(word) ? word.replace(/u/u, 'ou') : /ou/u.test(word) ? word.replace(/ou/u, 'u') : null),
  (word) => (/[\u00c0-\u017f]/u.test(word.slice(1)) ? word.slice(0, 1) + word.slice(1).normalize('NFD').replace(/\p{M}/gu, '') : null),
  (word) => (word.length >= 6 ? word.slice(0, 3) + word[4] + word[3] + word.slice(5) : null),
  (word) => {
    const at = word.slice(2).search(/[bcdfgklmnprstvz]/u);
    return at < 0 ? null : word.slice(0, at + 3) + word[at + 2] + word.slice(at + 3);
  },
];

/** Names (people, bodies, places) the article writes at least twice: one mention, respelt. */
function nameMutations(text, report) {
  const places = new Map();
  for (const entity of report.entities) {
    if (entity.type === 'other') continue;
    for (const mention of entity.mentions) {
      for (const match of mention.text.matchAll(/\p{Lu}[\p{Ll}\p{M}]{4,}/gu)) {
        const start = utf16(text, mention.start) + match.index;
        places.set(match[0], [...(places.get(match[0]) ?? []), start]);
      }
    }
  }
  const out = [];
  let k = 0;
  for (const [word, starts] of [...places].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (starts.length < 2 || out.length >= 3) continue;
    const start = starts[starts.length - 1];
    for (let tries = 0; tries < RESPELLINGS.length; tries++) {
      const respelt = RESPELLINGS[(k + tries) % RESPELLINGS.length](word);
      if (respelt && respelt !== word) {
        out.push({ kind: 'name', rules: ['name-variant'], ...mutate(text, start, start + word.length, respelt), what: `${word} → ${respelt}` });
        k++;
        break;
      }
    }
  }
  return out;
}

function dateMutations(text, report) {
  const locale = localeFor(report.language.code);
  if (!locale) return [];
  const { weekdays, months } = locale.dates();
  const out = [];
  const pairs = report.dates.filter((date) => date.stated.weekday !== null && date.stated.day !== null && date.stated.month !== null);
  for (const date of pairs.slice(0, 2)) {
    const start = utf16(text, date.start);
    const written = text.slice(start, utf16(text, date.end));
    const forms = weekdays[date.stated.weekday - 1];
    const found = forms.map((form) => new RegExp(`(?<![\\p{L}])${form}(?![\\p{L}])`, 'iu').exec(written)).find(Boolean);
    if (!found) continue;
    const next = weekdays[date.stated.weekday % 7][0];
    const replacement = found[0][0] === found[0][0].toUpperCase() ? next[0].toUpperCase() + next.slice(1) : next;
    out.push({ kind: 'weekday', rules: ['weekday-mismatch'], ...mutate(text, start + found.index, start + found.index + found[0].length, replacement), what: `${found[0]} → ${replacement}` });
  }
  const deictic = report.dates.filter((date) => date.deictic && date.stated.day !== null && date.stated.month !== null);
  const monthTargets = [...new Set([...pairs, ...(deictic.length >= 2 ? deictic : [])])].slice(0, 2);
  for (const date of monthTargets) {
    const start = utf16(text, date.start);
    const written = text.slice(start, utf16(text, date.end));
    const forms = months[date.stated.month - 1].filter((form) => !form.includes('.'));
    const found = forms.map((form) => new RegExp(`(?<![\\p{L}])${form}(?![\\p{L}])`, 'iu').exec(written)).find(Boolean);
    if (!found) continue;
    const previous = months[date.stated.month % 12][0];
    const replacement = found[0][0] === found[0][0].toUpperCase() ? previous[0].toUpperCase() + previous.slice(1) : previous;
    out.push({ kind: 'month', rules: ['weekday-mismatch', 'date-conflict'], ...mutate(text, start + found.index, start + found.index + found[0].length, replacement), what: `${found[0]} → ${replacement}` });
  }
  return out;
}

function figureMutations(text, report) {
  const seen = new Map();
  // The same quantity given twice: the same number, unit and context, its words written beside it.
  for (const figure of report.figures) {
    const digits = /\d[\d.,\u00a0\u202f ]*\d|\d/u.exec(figure.text)?.[0];
    if (!digits || figure.context === null || !/\p{L}/u.test(figure.text)) continue;
    const key = `${digits}\u0000${figure.unit}\u0000${figure.context}`;
    seen.set(key, [...(seen.get(key) ?? []), figure]);
  }
  const out = [];
  for (const [key, figures] of seen) {
    const digits = key.split('\u0000')[0];
    if (figures.length < 2 || out.length >= 2) continue;
    const last = figures[figures.length - 1];
    const start = utf16(text, last.start) + last.text.indexOf(digits);
    const changed = digits.replace(/\d(?=\D*$)/u, (d) => String((Number(d) + 1) % 10));
    out.push({ kind: 'figure', rules: ['figure-conflict'], ...mutate(text, start, start + digits.length, changed), what: `${digits} → ${changed}` });
  }
  return out;
}

function quoteMutations(text, report) {
  const out = [];
  const byText = new Map();
  // A statement given twice, long enough to be one (five words or more; "Russkiy mir" is a term).
  for (const quote of report.quotes) if ((quote.text.match(/[\p{L}\p{N}]+/gu) ?? []).length >= 5) byText.set(quote.text, [...(byText.get(quote.text) ?? []), quote]);
  for (const [quoted, copies] of byText) {
    if (copies.length < 2 || out.length >= 2) continue;
    const last = copies[copies.length - 1];
    const words = [...quoted.matchAll(/\p{L}{4,}/gu)];
    const word = words[Math.floor(words.length / 2)];
    if (!word) continue;
    const start = utf16(text, last.start) + word.index;
    const replacement = word[0].split('').reverse().join('');
    out.push({ kind: 'quote', rules: ['quote-mismatch'], ...mutate(text, start, start + word[0].length, replacement), what: `${word[0]} → ${replacement}` });
  }
  if (out.length > 0) return out;
  // No statement given twice: give the first long one again as a headline, one word changed there.
  const quote = report.quotes.find((q) => (q.text.match(/[\p{L}\p{N}]+/gu) ?? []).length >= 8);
  if (!quote) return out;
  const open = text.slice(utf16(text, quote.start) - 1, utf16(text, quote.start)).trim() || '"';
  const close = text.slice(utf16(text, quote.end), utf16(text, quote.end) + 1).trim() || '"';
  const words = [...quote.text.matchAll(/\p{L}{4,}/gu)];
  const word = words[Math.floor(words.length / 2)];
  if (!word) return out;
  const replacement = word[0].split('').reverse().join('');
  const headline = `${open}${quote.text.slice(0, word.index)}${replacement}${quote.text.slice(word.index + word[0].length)}${close}`;
  const from = Array.from(open + quote.text.slice(0, word.index)).length;
  out.push({ kind: 'quote', rules: ['quote-mismatch'], text: `${headline}\n\n${text}`, span: { start: from, end: from + Array.from(replacement).length }, what: `headline copy: ${word[0]} → ${replacement}` });
  return out;
}

const overlaps = (a, b) => Math.min(a.end, b.end) > Math.max(a.start, b.start);
const rows = new Map();
const notes = [];
let articles = 0;
for (const dir of dirs) {
  for (const file of textFiles(dir)) {
    const text = readFileSync(file, 'utf8').replace(/^\uFEFF/u, '');
    const report = analyse(text);
    articles++;
    const mutations = [...nameMutations(text, report), ...dateMutations(text, report), ...figureMutations(text, report), ...quoteMutations(text, report)];
    for (const mutation of mutations) {
      const row = rows.get(mutation.kind) ?? { made: 0, caught: 0, dated: 0 };
      rows.set(mutation.kind, row);
      row.made++;
      const caughtIn = (mutant) => mutant.findings.some((finding) => mutation.rules.includes(finding.rule) && [finding, ...finding.related].some((span) => overlaps(span, mutation.span)));
      const mutant = analyse(mutation.text);
      // A pipeline that knows the publication date passes it: the original's date, if it had one.
      const dated = report.referenceDate.value ? analyse(mutation.text, report.referenceDate.value) : mutant;
      if (caughtIn(mutant)) row.caught++;
      else if (verbose) notes.push(`${path.relative(root, file)}: ${mutation.kind} ${mutation.what} not caught (${mutant.findings.map((f) => f.rule).join(', ') || 'no findings'})`);
      if (caughtIn(dated)) row.dated++;
    }
  }
}

const pct = (n, d) => (d === 0 ? '    -' : ((100 * n) / d).toFixed(1).padStart(5));
console.log(`copydesk mutations · ${articles} articles (samples${dirs.length > 1 ? ` and ${dirs.slice(1).join(', ')}` : ''})`);
console.log('kind      made  caught      %   with the publication date given      %');
const total = { made: 0, caught: 0, dated: 0 };
const line = (name, row) => `${name.padEnd(8)} ${String(row.made).padStart(5)} ${String(row.caught).padStart(7)}  ${pct(row.caught, row.made)}   ${String(row.dated).padStart(31)}  ${pct(row.dated, row.made)}`;
for (const kind of ['name', 'weekday', 'month', 'figure', 'quote']) {
  const row = rows.get(kind) ?? { made: 0, caught: 0, dated: 0 };
  for (const key of Object.keys(total)) total[key] += row[key];
  console.log(line(kind, row));
}
console.log(line('all', total));
for (const note of notes) console.log(`  ${note}`);
