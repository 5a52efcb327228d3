import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rules } from '../../src/checks/index.js';
import { readConfig } from '../../src/cli/config.js';
import { FORMATS, UsageError } from '../../src/cli/options.js';
import { CSV_SECTIONS } from '../../src/report/csv.js';
import { root, runCli } from '../helpers/cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const sample = path.join(root, 'samples', 'fr-sommet-bilateral.txt');

/** A project folder with a configuration file, and a folder below it to run from. */
function project(name: string, file: string, config: unknown): { top: string; below: string } {
  const top = path.join(dir, name);
  const below = path.join(top, 'articles', '2024');
  mkdirSync(below, { recursive: true });
  writeFileSync(path.join(top, file), typeof config === 'string' ? config : JSON.stringify(config));
  return { top, below };
}

const schema = JSON.parse(readFileSync(path.join(root, 'schema', 'config.schema.json'), 'utf8')) as { properties: Record<string, { enum?: string[]; propertyNames?: { enum: string[] } }> };
const ajv = new Ajv2020({ allErrors: true, strict: false });
(addFormats as unknown as (instance: Ajv2020) => void)(ajv);
const validate = ajv.compile(schema);

describe('configuration file', () => {
  it('is found in the working folder or above, and sets defaults the command line overrides', () => {
    const { below } = project('found', 'copydesk.config.json', { format: 'ndjson', failOn: 'none', rules: { 'name-variant': 'off' }, referenceDate: '2023-03-14' });
    const run = runCli([sample], { cwd: below });
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as { referenceDate: { value: string; source: string }; findings: Array<{ rule: string }> };
    expect(report.referenceDate).toMatchObject({ value: '2023-03-14', source: 'option' });
    expect(report.findings.map((finding) => finding.rule)).toEqual(['date-conflict']);
    const overridden = runCli(['--format', 'json', '--fail-on', 'error', '--rule', 'name-variant=warning', '--date', '2023-03-15', sample], { cwd: below });
    expect(overridden.status).toBe(1);
    const [again] = JSON.parse(overridden.stdout) as Array<typeof report>;
    expect(again?.referenceDate.value).toBe('2023-03-15');
    expect(again?.findings.map((finding) => finding.rule).sort()).toEqual(['date-conflict', 'name-variant']);
  });

  it('may be .copydeskrc.json, named with --config, or ignored with --no-config', () => {
    const { below, top } = project('rc', '.copydeskrc.json', { format: 'csv', section: 'dates' });
    expect(runCli([sample], { cwd: below }).stdout.startsWith('file,line,column,endLine,endColumn,start,end,text,value')).toBe(true);
    expect(runCli(['--no-config', '--format', 'ndjson', sample], { cwd: below }).stdout.startsWith('{"schemaVersion":1')).toBe(true);
    const other = path.join(top, 'other.json');
    writeFileSync(other, JSON.stringify({ format: 'github' }));
    expect(runCli(['--config', other, sample], { cwd: below }).stdout.startsWith('::error file=')).toBe(true);
  });

  it('restricts detection to its "languages", which --languages overrides', () => {
    const { below } = project('languages', 'copydesk.config.json', { format: 'ndjson', languages: ['fr', 'de'] });
    const paragraphs = (args: string[]) => (JSON.parse(runCli([...args, sample], { cwd: below }).stdout) as { language: { paragraphs: Array<{ code: string }> } }).language.paragraphs.map((paragraph) => paragraph.code);
    expect(paragraphs([])).toEqual([]);
    expect(paragraphs(['--languages', 'fr,en'])).toEqual(['eng']);
    expect(runCli(['--languages', 'fr,,xx', sample], { cwd: below }).stderr).toBe("copydesk: --languages does not know the language 'xx' (give ISO 639-3 codes such as fra, or 639-1 such as fr) (see copydesk --help)\n");
  });

  it('takes "today" as the run\'s date, and "infer" as the text\'s own', () => {
    const { below } = project('today', 'copydesk.config.json', { format: 'ndjson', referenceDate: 'today' });
    const today = () => new Date().toISOString().slice(0, 10);
    const before = today();
    const value = (JSON.parse(runCli([sample], { cwd: below }).stdout) as { referenceDate: { value: string } }).referenceDate.value;
    // A run across midnight (UTC) may take either day.
    expect([before, today()]).toContain(value);
    const inferred = project('infer', 'copydesk.config.json', { format: 'ndjson', referenceDate: 'infer' });
    expect((JSON.parse(runCli([sample], { cwd: inferred.below }).stdout) as { referenceDate: { source: string } }).referenceDate.source).toBe('inferred');
  });

  it('is a usage error naming the file and the key when it is wrong, and nothing is analysed', () => {
    const cases: Array<[unknown, string]> = [
      [{ fromat: 'json' }, 'unknown key "fromat" (known: format, lang, languages, failOn, rules, referenceDate, maxSize, jobs, section, csvBom)'],
      [{ format: 'xml' }, '"format" must be one of pretty, json, ndjson, sarif, github, csv, not "xml"'],
      [{ rules: { 'no-such-rule': 'off' } }, `"rules": names no rule 'no-such-rule' (rules: ${rules.map((rule) => rule.id).join(', ')})`],
      [{ rules: { 'name-variant': 'loud' } }, `"rules": name-variant wants off, info, warning or error, not 'loud'`],
      [{ lang: 'xx' }, `"lang": does not know the language 'xx' (give an ISO 639-3 code such as fra, or 639-1 such as fr)`],
      [{ referenceDate: '2023-02-29' }, '"referenceDate" must be "infer", "today" or a date YYYY-MM-DD, not "2023-02-29"'],
      [{ jobs: 'four' }, '"jobs" must be a whole number of threads from 1 to 256'],
      ['{"format": "json",}', 'not valid JSON'],
      ['[]', 'a configuration file holds one JSON object'],
    ];
    cases.forEach(([config, message], i) => {
      const { below, top } = project(`bad${i}`, 'copydesk.config.json', config);
      const run = runCli([sample], { cwd: below });
      expect([run.status, run.stdout]).toEqual([2, '']);
      expect(run.stderr).toContain(`copydesk: ${path.join(top, 'copydesk.config.json')}: ${message}`);
      expect(run.stderr.split('\n')).toHaveLength(2);
    });
    expect(runCli(['--config', 'missing.json', sample], { cwd: dir }).stderr).toBe(`copydesk: ${path.join(dir, 'missing.json')}: cannot read the configuration file: no such file or directory (see copydesk --help)\n`);
  });

  it('has a JSON schema (schema/config.schema.json) that agrees with the reader', () => {
    expect(schema.properties.format?.enum).toEqual([...FORMATS]);
    expect(schema.properties.section?.enum).toEqual([...CSV_SECTIONS]);
    expect(schema.properties.rules?.propertyNames?.enum).toEqual(rules.map((rule) => rule.id));
    const configs: unknown[] = [
      {},
      { $schema: './node_modules/copydesk/schema/config.schema.json', format: 'sarif', lang: 'fr', failOn: 'warning', rules: { 'quote-mismatch': 'off' }, referenceDate: 'today', maxSize: '800KB', jobs: 4, section: 'quotes', csvBom: true },
      { maxSize: 1048576, referenceDate: '2024-02-29' },
      { languages: ['fr', 'eng'] },
      { languages: [] },
      { languages: 'fr' },
      { languages: [7] },
      { referenceDate: '2023-02-29' },
      { referenceDate: 'yesterday' },
      { format: 'xml' },
      { failOn: 'fatal' },
      { rules: { 'name-variant': 'loud' } },
      { rules: { nope: 'off' } },
      { rules: [] },
      { jobs: 0 },
      { jobs: 2.5 },
      { jobs: '2' },
      { maxSize: 'lots' },
      { maxSize: 0 },
      { section: 'all' },
      { csvBom: 'yes' },
      { colour: true },
      [],
      'json',
    ];
    for (const config of configs) {
      let readerAccepts = true;
      try {
        readConfig(config);
      } catch (error) {
        if (!(error instanceof UsageError)) throw error;
        readerAccepts = false;
      }
      expect([config, validate(config)]).toEqual([config, readerAccepts]);
    }
  });
});
