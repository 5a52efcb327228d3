import type { Formatter, FormatterOptions } from './formatter.js';
import { selectSection } from './section.js';

/** One report per line (newline-delimited JSON), each written as soon as its file is done. */
export function ndjsonFormatter(options: FormatterOptions): Formatter {
  return {
    begin: () => '',
    report: (report) => `${JSON.stringify(selectSection(report, options.section))}\n`,
    end: () => '',
  };
}
