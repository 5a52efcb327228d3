import type { Formatter, FormatterOptions } from './formatter.js';
import { indentLines } from './indent.js';
import { selectSection } from './section.js';

/** One JSON array of reports, written report by report so memory stays flat. */
export function jsonFormatter(options: FormatterOptions): Formatter {
  return {
    begin: () => '[',
    report: (report, index) => `${index === 0 ? '\n' : ',\n'}${indentLines(JSON.stringify(selectSection(report, options.section), null, 2), 2)}`,
    end: (summary) => (summary.files === 0 ? ']\n' : '\n]\n'),
  };
}
