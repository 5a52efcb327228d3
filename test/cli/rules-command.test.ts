import { describe, expect, it } from 'vitest';
import { rules } from '../../src/checks/index.js';
import { runCli } from '../helpers/cli.js';

describe('copydesk rules', () => {
  it('lists every rule with its id, default severity and description, as a table or JSON', () => {
    const table = runCli(['rules']);
    expect(table.status).toBe(0);
    for (const rule of rules) expect(table.stdout).toContain(rule.id);
    const listed = JSON.parse(runCli(['rules', '--format', 'json']).stdout) as Array<{ id: string; severity: string; description: string }>;
    expect(listed).toEqual(rules.map(({ id, severity, description }) => ({ id, severity, description })));
    const lines = runCli(['rules', '--format', 'ndjson']).stdout.trimEnd().split('\n');
    expect(lines.map((line) => (JSON.parse(line) as { id: string }).id)).toEqual(rules.map((rule) => rule.id));
  });
});

describe('--rule', () => {
  it('sets a rule off or to another severity, repeatedly, the last one winning', () => {
    const findingsOf = (args: string[]) =>
      (JSON.parse(runCli(['--format', 'json', ...args, 'samples/fr-sommet-bilateral.txt']).stdout) as Array<{ findings: Array<{ rule: string; severity: string }> }>)[0]?.findings ?? [];
    expect(findingsOf([]).filter((finding) => finding.rule === 'date-conflict').map((finding) => finding.severity)).toEqual(['error']);
    expect(findingsOf(['--rule', 'date-conflict=info']).filter((finding) => finding.rule === 'date-conflict').map((finding) => finding.severity)).toEqual(['info']);
    expect(findingsOf(['--rule', 'date-conflict=info', '--rule', 'date-conflict=off']).filter((finding) => finding.rule === 'date-conflict')).toEqual([]);
  });

  it('refuses an unknown rule or level with one line on stderr and exit 2', () => {
    const unknown = runCli(['--rule', 'spelling=off', 'samples/']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe(`copydesk: --rule names no rule 'spelling' (rules: ${rules.map((rule) => rule.id).join(', ')}) (see copydesk --help)\n`);
    const level = runCli(['--rule', 'date-conflict=loud', 'samples/']);
    expect(level.status).toBe(2);
    expect(level.stderr).toBe("copydesk: --rule date-conflict wants off, info, warning or error, not 'loud' (see copydesk --help)\n");
  });
});

describe('findings in the terminal', () => {
  it('come right after the header, most severe first, then in text order', () => {
    const input = [
      'Sommet à Minsk',
      '',
      'Vladimir Poutine a rencontré Alexandre Lukachenko. Le président russe, allié de Loukachenko, a parlé. Lukachenko a répondu.',
      '',
      'Ce lundi 19 décembre, un sommet s’est tenu. Ce 19 novembre, le président s’est déplacé. Ce mardi 20 décembre, une déclaration.',
      '',
    ].join('\n');
    const run = runCli(['--lang', 'fr', '--no-color', '-'], { input });
    const lines = run.stdout.split('\n');
    const findings = lines.filter((line) => /^<stdin>:\d+:\d+ {2}(error|warning)/u.test(line));
    expect(findings.map((line) => line.split(/\s+/u).slice(1, 3).join(' '))).toEqual(['error date-conflict', 'warning name-variant']);
    expect(lines.indexOf(findings[0] as string)).toBeLessThan(lines.findIndex((line) => line.includes('Dates (')));
  });
});
