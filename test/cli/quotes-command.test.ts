import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { bin, root, runCli } from '../helpers/cli.js';
import { assertValidReport } from '../helpers/schema.js';

describe('copydesk quotes', () => {
  it('writes reports holding only the quotes, with options before or after the command name', () => {
    for (const args of [
      ['quotes', '--format', 'ndjson', 'samples/fr-sommet-bilateral.txt', 'samples/en-trade-deal.txt'],
      ['--format', 'ndjson', 'quotes', 'samples/fr-sommet-bilateral.txt', 'samples/en-trade-deal.txt'],
    ]) {
      const run = runCli(args);
      expect(run.stderr).toBe('');
      const reports = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(reports.map((report) => report.file)).toEqual(['samples/fr-sommet-bilateral.txt', 'samples/en-trade-deal.txt']);
      for (const report of reports) {
        assertValidReport(report);
        expect(Object.keys(report).sort()).toEqual(['file', 'quotes', 'schemaVersion']);
        expect((report.quotes as unknown[]).length).toBeGreaterThan(0);
      }
    }
  });

  it('prints one quotes table per article in the pretty format, and nothing else of the report', () => {
    const run = runCli(['quotes', 'samples/en-trade-deal.txt']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Quotes (');
    expect(run.stdout).toContain('Catherine Holloway');
    expect(run.stdout).not.toContain('reference date');
  });

  it('takes the same usage checks as the main command', () => {
    const run = runCli(['quotes', '--format', 'xml', 'samples/']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("copydesk: --format must be one of pretty, json, ndjson, sarif, github, csv, not 'xml' (see copydesk --help)\n");
  });
});

describe('a reader that goes away', () => {
  it('ends the run quietly when stdout is closed early (copydesk … | head)', () => {
    // Far more output than a pipe buffers, so writes go on after head has gone (on worker
    // threads too: 360 files). --fail-on none: the samples' planted findings are not the point.
    const inputs = Array.from({ length: 60 }, () => 'samples/').join(' ');
    const run = spawnSync('bash', ['-c', `"${process.execPath}" "${bin}" --format ndjson --fail-on none ${inputs} | head -c 20 >/dev/null; echo "status=\${PIPESTATUS[0]}"`], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('status=0');
  });
});
