#!/usr/bin/env node
// Measures copydesk against hand-annotated articles: `npm run eval -- <dir>`, where <dir> holds
// <lang>/<id>.txt articles with <lang>/<id>.json gold annotations (format: eval GUIDE.md).
// Reads the annotations only to score; nothing here tunes the analysis. Prints a table.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const { analyseBytes } = await import(path.join(root, 'dist', 'analyse.js'));

const dir = process.argv[2];
if (!dir) {
  console.error('usage: npm run eval -- <directory of annotated articles>');
  process.exit(2);
}

function* goldFiles(folder) {
  for (const name of readdirSync(folder).sort()) {
    const full = path.join(folder, name);
    if (statSync(full).isDirectory()) yield* goldFiles(full);
    else if (name.endsWith('.json')) yield full;
  }
}

const byLanguage = new Map();
const misses = [];
let articles = 0;
let correct = 0;
let reliable = 0;
for (const goldFile of goldFiles(dir)) {
  const gold = JSON.parse(readFileSync(goldFile, 'utf8'));
  const textFile = goldFile.replace(/\.json$/, '.txt');
  const report = analyseBytes(path.relative(dir, textFile), readFileSync(textFile));
  if (report.error) {
    misses.push(`${report.file}: ${report.error.message}`);
    continue;
  }
  articles++;
  const ok = report.language.code === gold.language;
  const row = byLanguage.get(gold.language) ?? { total: 0, correct: 0 };
  row.total++;
  if (ok) row.correct++;
  byLanguage.set(gold.language, row);
  if (ok) correct++;
  else misses.push(`${report.file}: language ${report.language.code}, gold ${gold.language}`);
  if (report.language.reliable) reliable++;
  for (const paragraph of report.language.paragraphs) {
    console.log(`  other-language paragraph  ${report.file}:${paragraph.line}  ${paragraph.code}  ${paragraph.text.slice(0, 60)}`);
  }
}

console.log(`\ncopydesk eval · ${articles} articles in ${path.resolve(dir)}`);
console.log('language  articles  correct');
for (const [code, row] of [...byLanguage].sort()) console.log(`${code.padEnd(8)}  ${String(row.total).padStart(8)}  ${String(row.correct).padStart(7)}`);
console.log(`all       ${String(articles).padStart(8)}  ${String(correct).padStart(7)}  (${((100 * correct) / Math.max(1, articles)).toFixed(1)} %; reliable: ${reliable})`);
for (const miss of misses) console.log(`miss: ${miss}`);
