import { describe, expect, it } from 'vitest';
import { rules } from '../../src/checks/index.js';
import { artifactLocation } from '../../src/report/sarif.js';
import { runCli } from '../helpers/cli.js';
import { assertValidSarif, validateSarif } from '../helpers/sarif.js';



interface Region {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  charOffset: number;
  charLength: number;
  snippet?: { text: string };
}
interface Location {
  physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region?: Region };
}
interface SarifLog {
  version: string;
  runs: Array<{
    tool: { driver: { name: string; rules: Array<{ id: string; defaultConfiguration: { level: string } }> } };
    columnKind: string;
    results: Array<{ ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: Location[]; relatedLocations?: Array<Location & { id: number }> }>;
    invocations: Array<{ executionSuccessful: boolean; toolExecutionNotifications: Array<{ level: string; descriptor: { id: string }; message: { text: string }; locations: Location[] }> }>;
  }>;
}

function sarifOf(args: string[]): { log: SarifLog; status: number | null; stdout: string } {
  const run = runCli(['--format', 'sarif', ...args]);
  const log = JSON.parse(run.stdout) as SarifLog;
  assertValidSarif(log);
  return { log, status: run.status, stdout: run.stdout };
}

describe('--format sarif', () => {
  it('writes one valid SARIF 2.1.0 run whose results are the findings of the JSON report, with their places', async () => {
    const { log, status, stdout } = sarifOf(['samples/']);
    expect(status).toBe(1);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0]!;
    expect(run.columnKind).toBe('unicodeCodePoints');
    expect(run.tool.driver.rules.map((rule) => [rule.id, rule.defaultConfiguration.level])).toEqual(rules.map((rule) => [rule.id, rule.severity === 'info' ? 'note' : rule.severity]));
    const reports = JSON.parse(runCli(['--format', 'json', 'samples/']).stdout) as Array<{ file: string; findings: Array<{ rule: string; severity: string; message: string; start: number; end: number; line: number; column: number; endLine: number; endColumn: number; related: Array<{ text: string; start: number; line: number }> }> }>;
    const findings = reports.flatMap((report) => report.findings.map((finding) => ({ ...finding, file: report.file })));
    expect(findings.length).toBeGreaterThan(0);
    expect(run.results).toHaveLength(findings.length);
    run.results.forEach((result, i) => {
      const finding = findings[i]!;
      expect(result.ruleId).toBe(finding.rule);
      expect(run.tool.driver.rules[result.ruleIndex]?.id).toBe(finding.rule);
      expect(result.message.text).toBe(finding.message);
      expect(result.locations[0]?.physicalLocation).toEqual({
        artifactLocation: { uri: finding.file, uriBaseId: '%SRCROOT%' },
        region: { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn, charOffset: finding.start, charLength: finding.end - finding.start },
      });
      expect(result.relatedLocations?.map((related) => [related.physicalLocation.region?.snippet?.text, related.physicalLocation.region?.charOffset])).toEqual(finding.related.map((span) => [span.text, span.start]));
    });
    expect(run.invocations[0]?.executionSuccessful).toBe(true);
    await expect(stdout).toMatchFileSnapshot('../golden/samples.sarif');
  });

  it('names an unreadable input in a tool notification, marks the run unsuccessful, and exits 2', () => {
    const { log, status } = sarifOf(['samples/en-trade-deal.txt', 'no-such-file.txt']);
    expect(status).toBe(2);
    const invocation = log.runs[0]!.invocations[0]!;
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications.map((note) => [note.level, note.descriptor.id, note.locations[0]?.physicalLocation.artifactLocation.uri])).toEqual([['error', 'not-found', 'no-such-file.txt']]);
  });

  it('is checked against a schema that does reject a wrong log', () => {
    const { log } = sarifOf(['samples/fr-sommet-bilateral.txt']);
    const broken = structuredClone(log) as unknown as { runs: Array<{ results: Array<{ level: string }> }> };
    broken.runs[0]!.results[0]!.level = 'fatal';
    expect(validateSarif(broken)).toBe(false);
  });

  it('is valid with no finding at all', () => {
    const { log } = sarifOf(['--rule', 'date-conflict=off', '--rule', 'name-variant=off', 'samples/en-trade-deal.txt']);
    expect(log.runs[0]!.results).toEqual([]);
  });

  it('writes file paths as URI references: relative ones under %SRCROOT%, absolute ones as file URIs', () => {
    expect(artifactLocation('wire/a b#1.txt')).toEqual({ uri: 'wire/a%20b%231.txt', uriBaseId: '%SRCROOT%' });
    expect(artifactLocation('/srv/wire/été.txt')).toEqual({ uri: 'file:///srv/wire/%C3%A9t%C3%A9.txt' });
    expect(artifactLocation('C:\\wire\\x.txt')).toEqual({ uri: 'file:///C:/wire/x.txt' });
  });
});
