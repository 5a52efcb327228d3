import type { Formatter } from './formatter.js';
import { isErrorReport, type FindingReport, type Severity } from './types.js';

/**
 * GitHub Actions workflow commands: one annotation per finding (`::error file=…,line=…,col=…,
 * endLine=…,endColumn=…,title=rule::message`), which a workflow run shows on the file and in its
 * summary; an unreadable input is an error annotation on its file. Columns count code points.
 */
export function githubFormatter(): Formatter {
  return {
    begin: () => '',
    report: (report) => {
      if (isErrorReport(report)) return `${command('error', { file: report.file, title: `copydesk ${report.error.code}` }, report.error.message)}\n`;
      return report.findings.map((finding) => `${findingCommand(report.file, finding)}\n`).join('');
    },
    end: () => '',
  };
}

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

function findingCommand(file: string, finding: FindingReport): string {
  const related = finding.related.map((span) => `${span.line}:${span.column} ${span.text}`).join('; ');
  const properties = { file, line: finding.line, col: finding.column, endLine: finding.endLine, endColumn: finding.endColumn, title: finding.rule };
  return command(COMMAND[finding.severity], properties, related === '' ? finding.message : `${finding.message}\n(see ${related})`);
}

/** One workflow command, its properties and message escaped as the runner reads them. */
export function command(name: string, properties: Record<string, string | number>, message: string): string {
  const list = Object.entries(properties)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${name} ${list}::${escapeData(message)}`;
}

/** Message text: %, CR and LF are percent-encoded, or the runner would cut or misread the command. */
export function escapeData(text: string): string {
  return text.replace(/%/gu, '%25').replace(/\r/gu, '%0D').replace(/\n/gu, '%0A');
}

/** A property value: as message text, and also `:` and `,`, which separate properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/gu, '%3A').replace(/,/gu, '%2C');
}
