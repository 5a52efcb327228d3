import type { Formatter } from './formatter.js';

/** One report per line (newline-delimited JSON), each written as soon as its file is done. */
export function ndjsonFormatter(): Formatter {
  return {
    begin: () => '',
    report: (report) => `${JSON.stringify(report)}\n`,
    end: () => '',
  };
}
