import type { Format } from '../cli/options.js';
import type { Formatter, FormatterOptions } from './formatter.js';
import { csvFormatter } from './csv.js';
import { githubFormatter } from './github.js';
import { jsonFormatter } from './json.js';
import { ndjsonFormatter } from './ndjson.js';
import { prettyFormatter } from './pretty.js';
import { sarifFormatter } from './sarif.js';

export type { Formatter, FormatterOptions, RunSummary } from './formatter.js';

const formatters: Record<Format, (options: FormatterOptions) => Formatter> = {
  pretty: prettyFormatter,
  json: jsonFormatter,
  ndjson: ndjsonFormatter,
  sarif: sarifFormatter,
  github: githubFormatter,
  csv: csvFormatter,
};

export function createFormatter(format: Format, options: FormatterOptions): Formatter {
  return formatters[format](options);
}
