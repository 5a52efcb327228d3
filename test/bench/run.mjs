#!/usr/bin/env node
// copydesk benchmark: prints a table of medians. Run with `npm run bench` after `npm run build`.
// Timings are wall-clock on a shared machine: read the medians and ratios, not single runs.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateArticles } from './articles.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = path.join(root, 'bin', 'copydesk');
const samplesDir = path.join(root, 'samples');
const args = new Map(process.argv.slice(2).map((arg) => arg.replace(/^--/, '').split('=')));
const coldRuns = Number(args.get('cold-runs') ?? 25);
const articleCount = Number(args.get('articles') ?? 10000);
const throughputRuns = Number(args.get('runs') ?? 1);

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

// 3. Throughput: generated articles in the samples' languages, --jobs 1 and 2, ndjson to nowhere;
//    then one 1 MB and one 10 MB article.
const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-bench-'));
try {
  const generated = generateArticles(samples, articleCount);
  let bytes = 0;
  mkdirSync(path.join(dir, 'articles'));
  generated.forEach((text, i) => {
    const file = path.join(dir, 'articles', `article-${String(i).padStart(6, '0')}.txt`);
    writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
  });
  // One process per run, ndjson to nowhere; peak memory read by a preloaded exit hook.
  const rssFile = path.join(dir, 'rss.txt');
  const measured = (args) => {
    const time = wall(process.execPath, ['--require', path.join(root, 'test', 'bench', 'peak-rss.cjs'), bin, ...args], { env: { ...process.env, COPYDESK_BENCH_RSS: rssFile } });
    return { time, rss: Number(readFileSync(rssFile, 'utf8')) / 1024 };
  };
  for (const jobs of [1, 2]) {
    const runs = Array.from({ length: throughputRuns }, () => measured(['--format', 'ndjson', '--jobs', String(jobs), '--quiet', path.join(dir, 'articles')]));
    const seconds = median(runs.map((run) => run.time)) / 1000;
    row(`throughput --jobs ${jobs}, ${articleCount} articles (articles/s)`, (articleCount / seconds).toFixed(0), `median of ${throughputRuns}, ${(bytes / articleCount / 1024).toFixed(1)} KB average; ${(bytes / 1e6 / seconds).toFixed(2)} MB/s`);
    row(`peak memory --jobs ${jobs} (MB)`, Math.max(...runs.map((run) => run.rss)).toFixed(0), 'resident, worker threads included; target < 200');
  }
  // Long single articles: generated articles end to end, 1 MB and 10 MB.
  const joined = generated.join('\n');
  for (const megabytes of [1, 10]) {
    let text = '';
    while (Buffer.byteLength(text) < megabytes * 1024 * 1024) text += joined;
    const file = path.join(dir, `long-${megabytes}.txt`);
    writeFileSync(file, text.slice(0, megabytes * 1024 * 1024));
    const run = measured(['--format', 'json', file]);
    row(`one ${megabytes} MB article (s)`, (run.time / 1000).toFixed(1), `peak memory ${run.rss.toFixed(0)} MB; time should grow linearly with size`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// 4. Degenerate articles: each shape at two sizes; the ratio of their times should stay near 2
//    (linear), never near 4 (every pair compared). In process, language given.
const { findLanguage } = await import(path.join(root, 'dist', 'language', 'languages.js'));
const french = findLanguage('fr');
const shapes = {
  'many quotes in one run-on sentence': (n) => 'et le ministre, qui « parle », '.repeat(n),
  'many quotes, one name': (n) => '« Nous signerons », a déclaré Jean Dupont. '.repeat(4 * n),
  'one date repeated': (n) => 'Le lundi 19 décembre 2022, il a parlé. '.repeat(4 * n),
  'many weekday–date pairs': (n) => Array.from({ length: 4 * n }, (_, i) => `Ce ${['lundi', 'mardi', 'mercredi'][i % 3]} ${(i % 28) + 1} mars, rien. `).join(''),
  'many figures of one quantity': (n) => Array.from({ length: 4 * n }, (_, i) => `Il y avait ${1000 + (i % 500)} soldats. `).join(''),
  'many straight quotes': (n) => '"a" '.repeat(20 * n),
  'many surnames shared': (n) => Array.from({ length: 3 * n }, (_, i) => `Pierre${i} Dupont a parlé. `).join(''),
  'many quoted paragraphs': (n) => 'Le ministre a dit « oui ».\n\n'.repeat(4 * n),
  'many quotes by unnamed roles': (n) => '« Non », a dit le Premier ministre. « Oui », a dit le ministre des Affaires étrangères. '.repeat(2 * n),
  'quotes in text without spaces': (n) => '北京市政府表示：「我们将签署协议。」'.repeat(4 * n),
  'many spokespeople of a bare body noun': (n) => 'La société Ardent SA investit. ' + '« Non », a dit un porte-parole de la société. '.repeat(3 * n),
  'many dash lines': (n) => '— Nous partons, a dit le ministre.\n\n— Et le reste ? lui a demandé un journaliste.\n\n'.repeat(n),
};
for (const [shape, make] of Object.entries(shapes)) {
  const time = (n) => {
    const text = make(n);
    const start = process.hrtime.bigint();
    analyseText('x', text, 'utf-8', { language: french, today: '2026-01-01' });
    return { ms: Number(process.hrtime.bigint() - start) / 1e6, kb: text.length / 1024 };
  };
  const [small, large] = [time(500), time(1000)];
  row(`degenerate: ${shape} (x2 size)`, `${(large.ms / small.ms).toFixed(1)}x`, `${small.kb.toFixed(0)} KB ${small.ms.toFixed(0)} ms, ${large.kb.toFixed(0)} KB ${large.ms.toFixed(0)} ms; linear is 2x`);
}

const width = Math.max(...rows.map((r) => r[0].length));
const valueWidth = Math.max(...rows.map((r) => String(r[1]).length));
console.log(`copydesk benchmark · node ${process.version} · ${new Date().toISOString().slice(0, 10)}`);
for (const [measure, value, note] of rows) console.log(`${measure.padEnd(width)}  ${String(value).padStart(valueWidth)}  ${note}`);
