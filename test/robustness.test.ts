import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseText } from '../src/analyse.js';
import type { ArticleReport, Span } from '../src/report/types.js';
import { root } from './helpers/cli.js';
import { formatReports } from '../src/api.js';
import { CSV_SECTIONS } from '../src/report/csv.js';
import { parseCsv } from './helpers/csv.js';
import { assertValidSarif } from './helpers/sarif.js';
import { assertValidReport } from './helpers/schema.js';

/**
 * Seeded random documents (the samples' sentences cut and mixed with every quotation mark, number
 * and date shape, emoji, combining marks, right-to-left and CJK text, control characters, the
 * three line ends and lone surrogates): each must give a valid report whose every span points at
 * its own text, in code points, with the right line and column. What matters is that no article
 * breaks the analysis, not what is found.
 */

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const sentences = readdirSync(path.join(root, 'samples'))
  .filter((name) => name.endsWith('.txt'))
  .flatMap((name) => readFileSync(path.join(root, 'samples', name), 'utf8').split(/(?<=[.!?»”“])\s+/u));

const PIECES = [
  '«', '»', '“', '”', '„', '‚', '‘', '’', '"', "'", '「', '」', '『', '』', '‹', '›', '— ', ' – ', '-',
  '38,5 milliards de dollars', '$38.5bn', '2,5 %', '12 000 soldats', 'trois ans', '1 234 567', '0,0001', '-12', '1e9', '99999999999999999999',
  '19/12/2022', '2022-12-19', '31/02/2023', 'lundi 19 décembre', 'Monday, December 19', 'hier', 'il y a 3 ans', 'XXe siècle', 'entre 2001 et 2020', '2000 soldats',
  '🇫🇷', '👍🏽', '👨‍👩‍👧', 'e\u0301', '\u200d', '\u200b', '\ufeff', 'مرحبا بالعالم', 'שלום', '北京市', '東京', 'Привет, мир',
  '\u0000', '\u0007', '\t', '\r', '\n', '\r\n', '\n\n', '\r\n\r\n', '\u2028', '\u00a0', '\u202f',
  '\ud800', '\udc00', 'M.', 'Dr.', 'a déclaré', 'said', 'sagte', ':', ',', '.', '…', '(', ')', '[', ']', '%', '€', '£', '¥',
  'Lukachenko', 'Loukachenko', 'Vladimir Poutine', 'TimeWarner', 'Time Warner', 'WWF', 'WFF',
];

function randomDocument(next: () => number): string {
  const parts: string[] = [];
  const length = Math.floor(next() * 60);
  for (let i = 0; i < length; i++) {
    const roll = next();
    if (roll < 0.35) parts.push(sentences[Math.floor(next() * sentences.length)] ?? '');
    else if (roll < 0.45) {
      // A sentence cut anywhere, surrogate pairs included.
      const sentence = sentences[Math.floor(next() * sentences.length)] ?? '';
      parts.push(sentence.slice(Math.floor(next() * sentence.length)));
    } else parts.push(PIECES[Math.floor(next() * PIECES.length)] ?? '');
    parts.push(next() < 0.7 ? ' ' : '');
  }
  return parts.join('');
}

/** Line and column of every code point offset: CRLF, CR and LF each end one line. */
function positions(text: string): Array<{ line: number; column: number }> {
  const points = Array.from(text);
  const table: Array<{ line: number; column: number }> = [];
  let line = 1;
  let column = 1;
  for (let i = 0; i < points.length; i++) {
    table.push({ line, column });
    const point = points[i];
    if (point === '\n' || (point === '\r' && points[i + 1] !== '\n')) {
      line++;
      column = 1;
    } else column++;
  }
  table.push({ line, column });
  return table;
}

function spansOf(report: ArticleReport): Array<Span & { text?: string }> {
  return [
    ...(report.title ? [report.title] : []),
    ...report.language.paragraphs,
    ...(report.referenceDate.evidence ? [report.referenceDate.evidence] : []),
    ...report.quotes.flatMap((quote) => [quote, ...(quote.speaker ? [{ ...quote.speaker, text: quote.speaker.mention }] : [])]),
    ...report.figures,
    ...report.dates,
    ...report.entities.flatMap((entity) => entity.mentions),
    ...report.findings.flatMap((finding) => [finding, ...finding.related]),
  ];
}

describe('any text', () => {
  it('gives a valid report whose spans all point at their text (400 seeded random documents)', () => {
    const next = random(20261124);
    for (let n = 0; n < 400; n++) {
      const text = randomDocument(next);
      let report: ArticleReport;
      try {
        report = analyseText(`random-${n}.txt`, text, 'utf-8', { today: '2026-11-24' });
      } catch (error) {
        throw new Error(`document ${n} (${JSON.stringify(text.slice(0, 200))}…) broke the analysis: ${(error as Error).stack}`);
      }
      assertValidReport(report);
      const points = Array.from(text);
      const table = positions(text);
      expect(report.chars).toBe(points.length);
      for (const span of spansOf(report)) {
        const where = `document ${n}, span ${JSON.stringify(span)}`;
        expect(span.start <= span.end && span.start >= 0 && span.end <= points.length, where).toBe(true);
        if (span.text !== undefined) expect(points.slice(span.start, span.end).join(''), where).toBe(span.text);
        expect({ line: span.line, column: span.column }, where).toEqual(table[span.start]);
        expect({ line: span.endLine, column: span.endColumn }, where).toEqual(table[span.end]);
      }
    }
  }, 120_000);

  it('formats any report as valid SARIF, well-formed workflow commands and RFC 4180 CSV (80 random documents)', () => {
    const next = random(777);
    const reports = Array.from({ length: 80 }, (_, n) => {
      // Odd file names too: spaces, commas, colons, percent signs, accents, a line break.
      const file = ['wire/a b.txt', 'x,y:z%.txt', 'été/dépêche.md', 'C:\\news\\a.txt', '/srv/a\nb.txt'][n % 5] as string;
      return analyseText(file, randomDocument(next), 'utf-8', { today: '2026-11-24' });
    });
    assertValidSarif(JSON.parse(formatReports(reports, 'sarif')));
    for (const line of formatReports(reports, 'github').split('\n').filter((line) => line !== '')) {
      expect(line).toMatch(/^::(error|warning|notice) file=[^,:\r\n]*(,line=\d+,col=\d+,endLine=\d+,endColumn=\d+)?,title=[^,:\r\n]+::[^\r\n]*$/u);
    }
    for (const section of CSV_SECTIONS) {
      const [header, ...rows] = parseCsv(formatReports(reports, 'csv', { section }));
      for (const row of rows) expect(row).toHaveLength(header!.length);
    }
    const ndjson = formatReports(reports, 'ndjson').trimEnd().split('\n');
    expect(ndjson).toHaveLength(reports.length);
    for (const line of ndjson) assertValidReport(JSON.parse(line));
  }, 120_000);
});

