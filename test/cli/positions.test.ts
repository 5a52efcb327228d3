import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleReport, Report, Span } from '../../src/report/types.js';
import { runCli } from '../helpers/cli.js';
import { assertValidReport } from '../helpers/schema.js';

/*
 * The fixture, line by line. Lengths are in code points: U+1F30D (🌍) is one code point but two
 * UTF-16 units and four UTF-8 bytes; every accent below is a separate combining code point
 * (e + U+0300 / U+0301), so "Sète" is 5 code points, 4 graphemes.
 *
 *   L1  "🌍 Ferry towns near Sète agree on one timetable"
 *         🌍 1, " Ferry" 6, " towns" 6, " near" 5, " Sète" 6, " agree" 6, " on" 3, " one" 4,
 *         " timetable" 10  → 47
 *   L2  ""                                                                         → 0
 *   L3  "Three harbour councils voted to run one ferry timetable from next spring." → 73
 *   L4  ""                                                                         → 0
 *   L5  "  Le maire de Sète a déclaré que les habitants attendaient cette décision"
 *         two spaces, then Le 2, sp 3, maire 8, sp 9, de 11, sp 12, Sète 17, sp 18, a 19,
 *         sp 20, déclaré 29, sp 30, que 33, sp 34, les 37, sp 38, habitants 47, sp 48,
 *         attendaient 59, sp 60, cette 65, sp 66, décision 75  → 2 + 75 = 77
 *   L6  "depuis très longtemps et qu'elle arrivait enfin."
 *         depuis 6, sp 7, très 12, sp 13, longtemps 22, sp 23, et 25, sp 26, qu'elle 33,
 *         sp 34, arrivait 42, sp 43, enfin. 49  → 49
 *   L7  ""                                                                         → 0
 *   L8  "A café owner on the quay said travellers would wait less on cold piers."  → 72
 *   (the file ends with a line break)
 *
 * L5 and L6 are one paragraph (a single line break between them), in French, in an English
 * article (--lang en, so the article language does not depend on detection).
 */
const L1 = '🌍 Ferry towns near Se\u0300te agree on one timetable';
const L3 = 'Three harbour councils voted to run one ferry timetable from next spring.';
const L5 = '  Le maire de Se\u0300te a de\u0301clare\u0301 que les habitants attendaient cette de\u0301cision';
const L6 = "depuis tre\u0300s longtemps et qu'elle arrivait enfin.";
const L8 = 'A cafe\u0301 owner on the quay said travellers would wait less on cold piers.';
const LINES = [L1, '', L3, '', L5, L6, '', L8, ''];

const TITLE = L1;
const FRENCH = (eol: string) => `${L5.trimStart()}${eol}${L6}`;

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

let dir: string;
const files: Record<'crlf' | 'lf' | 'cr', string> = { crlf: '', lf: '', cr: '' };
const EOL = { crlf: '\r\n', lf: '\n', cr: '\r' } as const;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'copydesk-positions-'));
  for (const kind of ['crlf', 'lf', 'cr'] as const) {
    files[kind] = path.join(dir, `ferry-${kind}.txt`);
    writeFileSync(files[kind], Buffer.concat([BOM, Buffer.from(LINES.join(EOL[kind]), 'utf8')]));
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function analyse(...paths: string[]): ArticleReport[] {
  const run = runCli(['--format', 'json', '--lang', 'en', ...paths]);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const reports = JSON.parse(run.stdout) as Report[];
  return reports.map((report) => {
    assertValidReport(report);
    if ('error' in report) throw new Error(`${report.file}: ${report.error.message}`);
    return report;
  });
}

/** The text of the file as copydesk should see it: decoded, BOM removed. */
function decodedWithoutBom(file: string): string {
  const bytes = readFileSync(file);
  expect([...bytes.subarray(0, 3)]).toEqual([...BOM]);
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3));
}

function codePointSlice(text: string, span: Pick<Span, 'start' | 'end'>): string {
  return Array.from(text).slice(span.start, span.end).join('');
}

function spanOf(value: Span): Span {
  const { start, end, line, column, endLine, endColumn } = value;
  return { start, end, line, column, endLine, endColumn };
}

describe('positions through the CLI: UTF-8 BOM, CRLF, emoji, combining accents', () => {
  it('the fixture is what the comment above says', () => {
    expect(LINES.map((line) => Array.from(line).length)).toEqual([47, 0, 73, 0, 77, 49, 0, 72, 0]);
    expect(TITLE.length).toBe(48); // UTF-16 units: the emoji counts twice there, not in reports
    expect(decodedWithoutBom(files.crlf).startsWith('🌍')).toBe(true);
  });

  it('CRLF: the title and the French paragraph have the code point offsets, lines and columns counted by hand', () => {
    const [report] = analyse(files.crlf);
    if (!report) throw new Error('no report');
    expect(report.encoding).toBe('utf-8');
    // 47 + 73 + 77 + 49 + 72 code points of text, 8 CRLF = 16: 334 (the BOM is not counted).
    expect(report.chars).toBe(334);

    // Title: line 1 from column 1, 47 code points: end 47, endColumn 48.
    expect(report.title?.text).toBe(TITLE);
    expect(spanOf(report.title as Span)).toEqual({ start: 0, end: 47, line: 1, column: 1, endLine: 1, endColumn: 48 });

    // L5 starts at 47 + 2 (CRLF) + 0 + 2 + 73 + 2 + 0 + 2 = 128; the paragraph after its two
    // spaces: 130, column 3. It ends with L6: 128 + 77 + 2 (CRLF) + 49 = 256, line 6, column 50.
    const paragraphs = report.language.paragraphs;
    expect(paragraphs.map((p) => [p.code, p.name])).toEqual([['fra', 'French']]);
    const [french] = paragraphs;
    if (!french) throw new Error('no French paragraph');
    expect(spanOf(french)).toEqual({ start: 130, end: 256, line: 5, column: 3, endLine: 6, endColumn: 50 });

    const text = decodedWithoutBom(files.crlf);
    expect(Array.from(text)).toHaveLength(report.chars);
    expect(codePointSlice(text, report.title as Span)).toBe(report.title?.text);
    expect(codePointSlice(text, french)).toBe(FRENCH('\r\n'));
    expect(french.text).toBe(FRENCH('\r\n'));
  });

  it('LF and lone CR: the same lines and columns, offsets one code point less per line break', () => {
    const reports = analyse(files.lf, files.cr);
    expect(reports).toHaveLength(2);
    for (const [index, report] of reports.entries()) {
      const eol = index === 0 ? '\n' : '\r';
      expect(report.file).toBe(index === 0 ? files.lf : files.cr);
      // 334 - 8 = 326 code points.
      expect(report.chars).toBe(326);
      expect(spanOf(report.title as Span)).toEqual({ start: 0, end: 47, line: 1, column: 1, endLine: 1, endColumn: 48 });
      // L5 starts at 47 + 1 + 0 + 1 + 73 + 1 + 0 + 1 = 124; paragraph 126–251 (124 + 77 + 1 + 49).
      const [french, ...others] = report.language.paragraphs;
      expect(others).toEqual([]);
      if (!french) throw new Error('no French paragraph');
      expect(french.code).toBe('fra');
      expect(spanOf(french)).toEqual({ start: 126, end: 251, line: 5, column: 3, endLine: 6, endColumn: 50 });
      const text = decodedWithoutBom(index === 0 ? files.lf : files.cr);
      expect(codePointSlice(text, report.title as Span)).toBe(TITLE);
      expect(codePointSlice(text, french)).toBe(FRENCH(eol));
      expect(french.text).toBe(FRENCH(eol));
    }
  });
});
