import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { assertValidReport } from './helpers/schema.js';

describe('copydesk on the samples', () => {
  it('writes one valid JSON report per sample', () => {
    const run = runCli(['--format', 'json', 'samples/']);
    expect(run.status).toBe(1); // the French sample dates its summit twice, on purpose
    const reports = JSON.parse(run.stdout) as unknown[];
    expect(reports.length).toBeGreaterThanOrEqual(6);
    for (const report of reports) assertValidReport(report);
  });
});
