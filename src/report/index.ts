import type { Format } from '../cli/options.js';
import type { Formatter, FormatterOptions } from './formatter.js';
import { jsonFormatter } from './json.js';
import { ndjsonFormatter } from './ndjson.js';
import { prettyFormatter } from './pretty.js';

export type { Formatter, FormatterOptions, RunSummary } from './formatter.js';

const formatters: Record<Format, (options: FormatterOptions) => Formatter> = {
  pretty: prettyFormatter,
  json: jsonFormatter,
  ndjson: ndjsonFormatter,
};

export function createFormatter(format: Format, options: FormatterOptions): Formatter {
  return formatters[format](options);
}
