import { describe, expect, it } from 'vitest';
import { command, escapeData, escapeProperty, githubFormatter } from '../../src/report/github.js';
import type { ArticleReport, ErrorReport } from '../../src/report/types.js';
import { runCli } from '../helpers/cli.js';

const span = { start: 10, end: 14, line: 2, column: 3, endLine: 2, endColumn: 7 };

describe('--format github', () => {
  it('escapes %, CR and LF in messages, and also : and , in properties', () => {
    expect(escapeData('100% sure\r\nnext: a, b')).toBe('100%25 sure%0D%0Anext: a, b');
    expect(escapeProperty('wire/a,b:c%.txt')).toBe('wire/a%2Cb%3Ac%25.txt');
    expect(command('warning', { file: 'a:b,c.txt', line: 1, title: 'x' }, 'two\nlines')).toBe('::warning file=a%3Ab%2Cc.txt,line=1,title=x::two%0Alines');
  });

  it('writes one annotation per finding, its level from the severity, the conflicting spans after the message', () => {
    const report = {
      file: 'wire/dépêche, 1.txt',
      findings: [
        { ...span, rule: 'date-conflict', severity: 'error', message: "'Ce 19 novembre' and 'lundi 19 décembre': 100% apart", related: [{ ...span, line: 5, column: 1, text: 'lundi 19 décembre' }] },
        { ...span, rule: 'name-variant', severity: 'warning', message: 'two spellings', related: [] },
        { ...span, rule: 'sum-mismatch', severity: 'info', message: 'parts exceed the total', related: [] },
      ],
    } as unknown as ArticleReport;
    expect(githubFormatter().report(report, 0).split('\n')).toEqual([
      "::error file=wire/dépêche%2C 1.txt,line=2,col=3,endLine=2,endColumn=7,title=date-conflict::'Ce 19 novembre' and 'lundi 19 décembre': 100%25 apart%0A(see 5:1 lundi 19 décembre)",
      '::warning file=wire/dépêche%2C 1.txt,line=2,col=3,endLine=2,endColumn=7,title=name-variant::two spellings',
      '::notice file=wire/dépêche%2C 1.txt,line=2,col=3,endLine=2,endColumn=7,title=sum-mismatch::parts exceed the total',
      '',
    ]);
  });

  it('turns an unreadable input into an error annotation on its file', () => {
    const report: ErrorReport = { schemaVersion: 1, file: 'gone.txt', error: { code: 'not-found', message: 'no such file or directory' } };
    expect(githubFormatter().report(report, 0)).toBe('::error file=gone.txt,title=copydesk not-found::no such file or directory\n');
  });

  it('annotates the samples as the golden file shows, with the usual exit status', async () => {
    const run = runCli(['--format', 'github', 'samples/', 'no-such-file.txt']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('copydesk: no-such-file.txt: no such file or directory\n');
    for (const line of run.stdout.trimEnd().split('\n')) expect(line).toMatch(/^::(error|warning|notice) file=[^,:]+(,line=\d+,col=\d+,endLine=\d+,endColumn=\d+)?,title=[\w -]+::[^\r\n]+$/u);
    await expect(run.stdout).toMatchFileSnapshot('../golden/samples.github.txt');
  });
});
