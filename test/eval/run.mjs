#!/usr/bin/env node
// Measures copydesk against hand-annotated articles: `npm run eval -- <dir> [--verbose]`, where
// <dir> holds <lang>/<id>.txt articles with <lang>/<id>.json gold annotations (format: the eval
// GUIDE.md). It only reads annotations to score; nothing here tunes the analysis.
// Quotes: a match is a token-overlap F1 >= 0.8, one-to-one; predicted quotes matching a gold
// `otherQuoted` span are neither rewarded nor punished. Speaker accuracy is over matched quotes.
// Figures: a match is an overlapping span (gold gives texts: each occurrence in the article is a
// place), one-to-one; value accuracy over matched figures (value equal, and currency for money).
// Dates: a gold date is found when a predicted date overlaps one of its text's occurrences (each
// occurrence serves one gold date; one range may serve two: "entre 2001 et 2020"); a predicted
// date is right when it overlaps an occurrence of a gold date. Value accuracy is over found gold
// dates whose value is not null (the value or the range's end equal). The gold reference date is
// passed as --date only when it comes from the manifest; the ones read from the text are
// counted as inferred when copydesk gives the same day.
// Findings: gold inconsistencies found by the right rule, and the other findings (false alarms).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const { analyseBytes } = await import(path.join(root, 'dist', 'analyse.js'));

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const dir = args.find((arg) => !arg.startsWith('--'));
if (!dir) {
  console.error('usage: npm run eval -- <directory of annotated articles> [--verbose]');
  process.exit(2);
}

function* goldFiles(folder) {
  for (const name of readdirSync(folder).sort()) {
    const full = path.join(folder, name);
    if (statSync(full).isDirectory()) yield* goldFiles(full);
    else if (name.endsWith('.json')) yield full;
  }
}

const tokens = (text) => (String(text ?? '').normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
function overlapF1(a, b) {
  const x = tokens(a);
  const y = tokens(b);
  if (x.length === 0 || y.length === 0) return 0;
  const counts = new Map();
  for (const t of y) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of x) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      common++;
      counts.set(t, n - 1);
    }
  }
  if (common === 0) return 0;
  const precision = common / x.length;
  const recall = common / y.length;
  return (2 * precision * recall) / (precision + recall);
}
const sameName = (a, b) => {
  const fold = (s) => (s == null ? null : s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[\s-]+/gu, ' ').trim());
  return fold(a) === fold(b);
};

/** One-to-one matches by best overlap first. */
function match(predicted, gold) {
  const pairs = [];
  predicted.forEach((p, i) => gold.forEach((g, j) => {
    const f1 = overlapF1(p.text, g.text);
    if (f1 >= 0.8) pairs.push([f1, i, j]);
  }));
  pairs.sort((a, b) => b[0] - a[0]);
  const usedP = new Set();
  const usedG = new Set();
  const matched = [];
  for (const [, i, j] of pairs) {
    if (usedP.has(i) || usedG.has(j)) continue;
    usedP.add(i);
    usedG.add(j);
    matched.push([i, j]);
  }
  return { matched, usedP, usedG };
}

/** Code-point offsets of every occurrence of `needle` in `text` (report spans count code points). */
function occurrences(text, needle) {
  const found = [];
  for (let at = text.indexOf(needle); at !== -1 && needle !== ''; at = text.indexOf(needle, at + 1)) {
    const start = [...text.slice(0, at)].length;
    found.push({ start, end: start + [...needle].length });
  }
  return found;
}

/**
 * Figures: a match is a predicted span overlapping one occurrence of a gold figure's text, one to
 * one (the same text written twice is two gold figures, two occurrences); the same text first,
 * then the largest overlap.
 */
function matchFigures(text, predicted, gold) {
  const pairs = [];
  const places = gold.map((figure) => occurrences(text, figure.text));
  predicted.forEach((p, i) =>
    places.forEach((list, j) =>
      list.forEach((place, k) => {
        const overlap = Math.min(p.end, place.end) - Math.max(p.start, place.start);
        if (overlap > 0) pairs.push([p.text === gold[j].text ? 1 : 0, overlap, i, j, `${gold[j].text}@${k}`]);
      }),
    ),
  );
  pairs.sort((a, b) => b[0] - a[0] || b[1] - a[1]);
  const usedP = new Set();
  const usedG = new Set();
  const usedPlaces = new Set();
  const matched = [];
  for (const [, , i, j, place] of pairs) {
    if (usedP.has(i) || usedG.has(j) || usedPlaces.has(place)) continue;
    usedP.add(i);
    usedG.add(j);
    usedPlaces.add(place);
    matched.push([i, j]);
  }
  return { matched, usedP, usedG };
}

const sameValue = (a, b) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

const emptyRow = () => ({ articles: 0, language: 0, tp: 0, fp: 0, fn: 0, speakerRight: 0, matched: 0, ftp: 0, ffp: 0, ffn: 0, valueRight: 0, dtp: 0, dfn: 0, dright: 0, dwrong: 0, dvalues: 0, dvalueRight: 0, references: 0, inferred: 0, inconsistencies: 0, caught: 0, falseAlarms: 0 });
const rows = new Map();
const row = (language) => {
  if (!rows.has(language)) rows.set(language, emptyRow());
  return rows.get(language);
};
const notes = [];
for (const goldFile of goldFiles(dir)) {
  const gold = JSON.parse(readFileSync(goldFile, 'utf8'));
  const textFile = goldFile.replace(/\.json$/, '.txt');
  const given = gold.referenceDateSource === 'manifest' ? gold.referenceDate : undefined;
  const report = analyseBytes(path.relative(dir, textFile), readFileSync(textFile), { referenceDate: given, today: new Date().toISOString().slice(0, 10) });
  const r = row(gold.language);
  if (report.error) {
    notes.push(`${report.file}: ${report.error.message}`);
    continue;
  }
  r.articles++;
  if (report.language.code === gold.language) r.language++;
  else notes.push(`${report.file}: language ${report.language.code}, gold ${gold.language}`);

  const goldQuotes = gold.quotes ?? [];
  const { matched, usedP, usedG } = match(report.quotes, goldQuotes);
  const other = (gold.otherQuoted ?? []).map((text) => ({ text }));
  for (const [i, j] of matched) {
    r.tp++;
    r.matched++;
    const predictedSpeaker = report.quotes[i].speaker?.name ?? null;
    const goldSpeaker = goldQuotes[j].speaker ?? null;
    if (sameName(predictedSpeaker, goldSpeaker)) r.speakerRight++;
    else if (verbose) notes.push(`${report.file}: speaker ${JSON.stringify(predictedSpeaker)} for gold ${JSON.stringify(goldSpeaker)}: «${goldQuotes[j].text.slice(0, 60)}»`);
  }
  report.quotes.forEach((quote, i) => {
    if (usedP.has(i)) return;
    if (other.some((o) => overlapF1(quote.text, o.text) >= 0.8)) return;
    r.fp++;
    if (verbose) notes.push(`${report.file}:${quote.line}: extra quote «${quote.text.slice(0, 70)}»`);
  });
  goldQuotes.forEach((quote, j) => {
    if (usedG.has(j)) return;
    r.fn++;
    if (verbose) notes.push(`${report.file}: missed quote «${quote.text.slice(0, 70)}» (${quote.speaker})`);
  });

  const text = readFileSync(textFile, 'utf8').replace(/^\uFEFF/u, '');
  const goldFigures = gold.figures ?? [];
  const figures = matchFigures(text, report.figures, goldFigures);
  for (const [i, j] of figures.matched) {
    r.ftp++;
    const predicted = report.figures[i];
    const expected = goldFigures[j];
    const right = sameValue(predicted.value, expected.value) && (expected.kind !== 'money' || predicted.unit === expected.unit);
    if (right) r.valueRight++;
    else if (verbose) notes.push(`${report.file}: figure "${predicted.text}" = ${predicted.value} ${predicted.unit ?? ''} for gold "${expected.text}" = ${expected.value} ${expected.unit ?? ''}`);
  }
  report.figures.forEach((figure, i) => {
    if (figures.usedP.has(i)) return;
    r.ffp++;
    if (verbose) notes.push(`${report.file}:${figure.line}: extra figure "${figure.text}" (${figure.kind} ${figure.value})`);
  });
  goldFigures.forEach((figure, j) => {
    if (figures.usedG.has(j)) return;
    r.ffn++;
    if (verbose) notes.push(`${report.file}: missed figure "${figure.text}" (${figure.kind} ${figure.value})`);
  });

  scoreDates(r, report, text, gold);
  scoreFindings(r, report, text, gold);
}

/**
 * Findings: a gold inconsistency is found when a finding of its rule ("name-spelling" is
 * name-variant) points at, or relates, one of its texts; any finding matching no gold
 * inconsistency is a false alarm.
 */
function scoreFindings(r, report, text, gold) {
  const points = Array.from(text);
  const words = (finding) => [points.slice(finding.start, finding.end).join(''), ...finding.related.map((related) => related.text)];
  const ruleOf = (rule) => (rule === 'name-spelling' ? 'name-variant' : rule);
  const expected = gold.inconsistencies ?? [];
  const used = new Set();
  for (const inconsistency of expected) {
    r.inconsistencies++;
    const hits = report.findings.filter((finding) => finding.rule === ruleOf(inconsistency.rule) && words(finding).some((word) => inconsistency.texts.some((t) => word.includes(t) || t.includes(word))));
    if (hits.length > 0) r.caught++;
    else if (verbose) notes.push(`${report.file}: missed inconsistency ${inconsistency.rule} ${JSON.stringify(inconsistency.texts)}`);
    for (const hit of hits) used.add(hit);
  }
  for (const finding of report.findings) {
    if (used.has(finding)) continue;
    r.falseAlarms++;
    if (verbose) notes.push(`${report.file}:${finding.line}: false alarm ${finding.rule}: ${finding.message}`);
  }
}

function scoreDates(r, report, text, gold) {
  const goldDates = gold.dates ?? [];
  const overlaps = (p, place) => Math.min(p.end, place.end) > Math.max(p.start, place.start);
  const usedPlaces = new Set();
  for (const date of goldDates) {
    const places = occurrences(text, date.text).map((place, k) => ({ ...place, key: `${date.text}@${k}` }));
    const place = places.find((candidate) => !usedPlaces.has(candidate.key) && report.dates.some((p) => overlaps(p, candidate)));
    if (!place) {
      r.dfn++;
      if (verbose) notes.push(`${report.file}: missed date "${date.text}" (${date.value})`);
      continue;
    }
    usedPlaces.add(place.key);
    r.dtp++;
    if (date.value === null) continue;
    r.dvalues++;
    const predicted = report.dates.filter((p) => overlaps(p, place));
    if (predicted.some((p) => p.value === date.value || p.endValue === date.value)) r.dvalueRight++;
    else if (verbose) notes.push(`${report.file}: date "${predicted.map((p) => p.text).join('", "')}" = ${predicted.map((p) => p.value).join(', ')} for gold "${date.text}" = ${date.value}`);
  }
  const goldPlaces = goldDates.flatMap((date) => occurrences(text, date.text));
  for (const p of report.dates) {
    if (goldPlaces.some((place) => overlaps(p, place))) r.dright++;
    else {
      r.dwrong++;
      if (verbose) notes.push(`${report.file}:${p.line}: extra date "${p.text}" (${p.value})`);
    }
  }
  if (gold.referenceDateSource === 'text') {
    r.references++;
    if (report.referenceDate.value === gold.referenceDate) r.inferred++;
    else if (verbose) notes.push(`${report.file}: reference date ${report.referenceDate.value} (${report.referenceDate.note}), gold ${gold.referenceDate} from "${gold.referenceDateEvidence}"`);
  }
}

const pct = (n, d) => (d === 0 ? '   -' : ((100 * n) / d).toFixed(1).padStart(5));
const line = (name, r) => {
  const precision = r.tp / Math.max(1, r.tp + r.fp);
  const recall = r.tp / Math.max(1, r.tp + r.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const fPrecision = r.ftp / Math.max(1, r.ftp + r.ffp);
  const fRecall = r.ftp / Math.max(1, r.ftp + r.ffn);
  const fF1 = fPrecision + fRecall === 0 ? 0 : (2 * fPrecision * fRecall) / (fPrecision + fRecall);
  const figures = `${String(r.ftp + r.ffn).padStart(7)} ${pct(r.ftp, r.ftp + r.ffp)} ${pct(r.ftp, r.ftp + r.ffn)} ${(r.ftp + r.ffp + r.ffn === 0 ? '   -' : (100 * fF1).toFixed(1).padStart(5))}   ${pct(r.valueRight, r.ftp)}`;
  const dP = r.dright / Math.max(1, r.dright + r.dwrong);
  const dR = r.dtp / Math.max(1, r.dtp + r.dfn);
  const dF1 = dP + dR === 0 ? 0 : (2 * dP * dR) / (dP + dR);
  const dates = `${String(r.dtp + r.dfn).padStart(5)} ${pct(r.dright, r.dright + r.dwrong)} ${pct(r.dtp, r.dtp + r.dfn)} ${(r.dtp + r.dfn + r.dwrong === 0 ? '   -' : (100 * dF1).toFixed(1).padStart(5))}  ${pct(r.dvalueRight, r.dvalues)}  ${r.references === 0 ? '  -' : `${r.inferred}/${r.references}`.padStart(3)}`;
  return `${name.padEnd(8)} ${String(r.articles).padStart(8)} ${pct(r.language, r.articles)}    ${String(r.tp + r.fn).padStart(5)} ${pct(r.tp, r.tp + r.fp)} ${pct(r.tp, r.tp + r.fn)} ${(r.tp + r.fp + r.fn === 0 ? '   -' : (100 * f1).toFixed(1).padStart(5))}   ${pct(r.speakerRight, r.matched)}  ${figures}  ${dates}`;
};
console.log(`copydesk eval · ${path.resolve(dir)}`);
console.log('language articles  lang%    quotes    P     R    F1   speaker%  figures    P     R    F1   value%  dates    P     R    F1  value%  ref');
const total = emptyRow();
for (const [language, r] of [...rows].sort()) {
  console.log(line(language, r));
  for (const key of Object.keys(total)) total[key] += r[key];
}
console.log(line('all', total));
console.log(`findings: ${total.caught} of ${total.inconsistencies} gold inconsistencies found; ${total.falseAlarms} other findings (false alarms)`);
for (const note of notes) console.log(`  ${note}`);
