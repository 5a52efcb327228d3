import type { Formatter, FormatterOptions } from './formatter.js';
import { selectSection } from './section.js';

/** One JSON array of reports, written report by report so memory stays flat. */
export function jsonFormatter(options: FormatterOptions): Formatter {
  return {
    begin: () => '[',
    report: (report, index) => `${index === 0 ? '\n' : ',\n'}${indent(JSON.stringify(selectSection(report, options.section), null, 2))}`,
    end: (summary) => (summary.files === 0 ? ']\n' : '\n]\n'),
  };
}

/** Indents every line; split on \n only, since JSON strings may hold a raw U+2028. */
function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}
