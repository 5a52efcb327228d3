#!/usr/bin/env node
// copydesk benchmark: prints a table of medians. Run with `npm run bench` after `npm run build`.
// Timings are wall-clock on a shared machine: read the medians and ratios, not single runs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateArticles } from './articles.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = path.join(root, 'bin', 'copydesk');
const samplesDir = path.join(root, 'samples');
const args = new Map(process.argv.slice(2).map((arg) => arg.replace(/^--/, '').split('=')));
const coldRuns = Number(args.get('cold-runs') ?? 25);
const articleCount = Number(args.get('articles') ?? 3000);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const wall = (command, commandArgs, options = {}) => {
  const start = process.hrtime.bigint();
  const run = spawnSync(command, commandArgs, { stdio: ['ignore', 'ignore', 'pipe'], ...options });
  if (run.status !== 0 && run.status !== 1) throw new Error(`${commandArgs.join(' ')} failed: ${run.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
};
const rows = [];
const row = (measure, value, note = '') => rows.push([measure, value, note]);

// 1. Cold start: one article, against bare `node -e ''`, runs interleaved so drift hits both.
const article = path.join(samplesDir, 'fr-sommet-bilateral.txt');
const bare = [];
const cold = [];
const ratios = [];
for (let i = 0; i < coldRuns; i++) {
  const b = wall(process.execPath, ['-e', '']);
  const c = wall(process.execPath, [bin, '--format', 'json', article]);
  bare.push(b);
  cold.push(c);
  ratios.push(c / b);
}
row('bare node -e "" (ms)', median(bare).toFixed(1), `median of ${coldRuns}`);
row('copydesk, one 3 KB article (ms)', median(cold).toFixed(1), 'json output, cold process');
row('cold start ratio', `${median(ratios).toFixed(2)}x`, 'median of paired ratios; target <= 1.3x');

// 2. Language detection on one 3 KB article, in process (warm).
const { detectLanguages } = await import(path.join(root, 'dist', 'language', 'detect.js'));
const { splitParagraphs } = await import(path.join(root, 'dist', 'document', 'paragraphs.js'));
const { analyseText } = await import(path.join(root, 'dist', 'analyse.js'));
const samples = readdirSync(samplesDir).filter((name) => name.endsWith('.txt')).map((name) => readFileSync(path.join(samplesDir, name), 'utf8'));
const perArticle = (fn, texts, rounds = 200) => {
  for (const text of texts.slice(0, 50)) fn(text);
  const times = [];
  for (let r = 0; r < rounds; r++) {
    const text = texts[r % texts.length];
    const start = process.hrtime.bigint();
    fn(text);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
};
const paragraphsOf = samples.map((text) => splitParagraphs(text));
let k = 0;
const detect = perArticle(() => detectLanguages(paragraphsOf[k++ % paragraphsOf.length]), samples, 3000);
row('language detection, 3 KB article (ms)', detect.toFixed(3), 'median, whole body, paragraphs included; target well under 1 ms');
row('full analysis, 3 KB article (ms)', perArticle((text) => analyseText('x', text, 'utf-8'), samples, 3000).toFixed(3), 'median, in process');
// Figures and dates alone, on documents built beforehand (language detected once), to see their share.
const { buildDocument } = await import(path.join(root, 'dist', 'document', 'document.js'));
const { extractFigures } = await import(path.join(root, 'dist', 'extract', 'figures', 'index.js'));
const documents = samples.map((text) => buildDocument(text, 'utf-8'));
let d = 0;
row('figures, 3 KB article (ms)', perArticle(() => extractFigures(documents[d++ % documents.length]), samples, 3000).toFixed(3), 'median, in process, document built beforehand');
const { extractDates } = await import(path.join(root, 'dist', 'extract', 'dates', 'index.js'));
row('dates, 3 KB article (ms)', perArticle(() => extractDates(documents[d++ % documents.length], { referenceDate: null, today: '2026-01-01', figures: [] }), samples, 3000).toFixed(3), 'median, in process, document built beforehand');

// 3. Throughput: generated articles in the samples' languages, one process, ndjson to /dev/null.
const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-bench-'));
try {
  const generated = generateArticles(samples, articleCount);
  let bytes = 0;
  generated.forEach((text, i) => {
    const file = path.join(dir, `article-${String(i).padStart(6, '0')}.txt`);
    writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
  });
  const runs = [1, 2, 3].map(() => wall(process.execPath, [bin, '--format', 'ndjson', dir]));
  const seconds = median(runs) / 1000;
  row(`throughput, ${articleCount} articles (articles/s)`, (articleCount / seconds).toFixed(0), `median of 3 runs, ${(bytes / articleCount / 1024).toFixed(1)} KB average`);
  row('throughput (MB/s)', (bytes / 1e6 / seconds).toFixed(2), 'one process, sequential');
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const width = Math.max(...rows.map((r) => r[0].length));
const valueWidth = Math.max(...rows.map((r) => String(r[1]).length));
console.log(`copydesk benchmark · node ${process.version} · ${new Date().toISOString().slice(0, 10)}`);
for (const [measure, value, note] of rows) console.log(`${measure.padEnd(width)}  ${String(value).padStart(valueWidth)}  ${note}`);
