import { rules } from '../checks/index.js';
import type { Formatter, FormatterOptions } from './formatter.js';
import { indentLines as indent } from './indent.js';
import { isErrorReport, type FindingReport, type Severity, type Span, type TextSpan } from './types.js';

/**
 * SARIF 2.1.0 (the format code-scanning services read): one run whose tool lists copydesk's rules,
 * one result per finding with its physical location and the conflicting spans as related
 * locations. Columns and character offsets count Unicode code points, as everywhere in copydesk,
 * which the run declares (`columnKind`). Unreadable inputs are tool execution notifications, and
 * make the invocation unsuccessful. Results are written as each article is done.
 */
export function sarifFormatter(options: FormatterOptions): Formatter {
  const notifications: object[] = [];
  let results = 0;
  return {
    begin: () => `${sarifHead(options.version ?? 'unknown')}\n`,
    report: (report) => {
      if (isErrorReport(report)) {
        notifications.push({
          level: 'error',
          message: { text: `${report.file}: ${report.error.message}` },
          descriptor: { id: report.error.code },
          locations: [{ physicalLocation: { artifactLocation: artifactLocation(report.file) } }],
        });
        return '';
      }
      return report.findings.map((finding) => `${results++ === 0 ? '' : ',\n'}${indent(JSON.stringify(sarifResult(report.file, finding), null, 2), 8)}`).join('');
    },
    end: () => {
      const invocation = { executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications };
      return `${results === 0 ? '' : '\n'}      ],\n      "invocations": [\n${indent(JSON.stringify(invocation, null, 2), 8)}\n      ]\n    }\n  ]\n}\n`;
    },
  };
}

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** The log up to the opening of the run's results. */
function sarifHead(version: string): string {
  const driver = {
    name: 'copydesk',
    version,
    rules: rules.map((rule) => ({
      id: rule.id,
      name: pascalCase(rule.id),
      shortDescription: { text: rule.description },
      defaultConfiguration: { level: SARIF_LEVEL[rule.severity] },
    })),
  };
  const tool = indent(JSON.stringify({ driver }, null, 2), 6).trimStart();
  return `{\n  "$schema": "${SARIF_SCHEMA}",\n  "version": "2.1.0",\n  "runs": [\n    {\n      "tool": ${tool},\n      "columnKind": "unicodeCodePoints",\n      "results": [`;
}

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

const RULE_INDEX = new Map(rules.map((rule, index) => [rule.id, index]));

function sarifResult(file: string, finding: FindingReport): object {
  const ruleIndex = RULE_INDEX.get(finding.rule);
  return {
    ruleId: finding.rule,
    ...(ruleIndex === undefined ? {} : { ruleIndex }),
    level: SARIF_LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [{ physicalLocation: physicalLocation(file, finding) }],
    ...(finding.related.length === 0
      ? {}
      : { relatedLocations: finding.related.map((span, i) => ({ id: i + 1, message: { text: span.text }, physicalLocation: physicalLocation(file, span) })) }),
  };
}

function physicalLocation(file: string, span: Span | TextSpan): object {
  return {
    artifactLocation: artifactLocation(file),
    region: {
      startLine: span.line,
      startColumn: span.column,
      endLine: span.endLine,
      endColumn: span.endColumn,
      charOffset: span.start,
      charLength: span.end - span.start,
      ...('text' in span ? { snippet: { text: span.text } } : {}),
    },
  };
}

/**
 * A report's file as a URI reference: relative paths stay relative to the run's source root
 * (`%SRCROOT%`, the checkout a code-scanning upload resolves them against), absolute ones become
 * file: URIs. Each path segment is percent-encoded.
 */
export function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  const segments = file.replace(/\\/gu, '/').split('/');
  if (/^[A-Za-z]:$/u.test(segments[0] ?? '')) return { uri: `file:///${segments[0]}/${segments.slice(1).map(encodeURIComponent).join('/')}` };
  if (file.startsWith('/')) return { uri: `file://${segments.map(encodeURIComponent).join('/')}` };
  return { uri: segments.map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

function pascalCase(id: string): string {
  return id.replace(/(^|-)(\w)/gu, (_, _dash: string, letter: string) => letter.toUpperCase());
}
