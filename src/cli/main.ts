import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { once } from 'node:events';
import { createWriteStream, statSync, type WriteStream } from 'node:fs';
import path from 'node:path';
import { analyseBytes, errorReport } from '../analyse.js';
import { InputError } from '../input/input-error.js';
import { readSource } from '../input/read.js';
import { expandArguments } from '../input/sources.js';
import { CSV_SECTIONS, type CsvSection } from '../report/csv.js';
import { findConfig, loadConfig, type ConfigValues } from './config.js';
import type { LanguageInfo } from '../language/languages.js';
import { addToSummary, digestOf, emptySummary, type Digest } from '../report/formatter.js';
import { packageVersion } from '../version.js';
import { createFormatter } from '../report/index.js';
import type { Report } from '../report/types.js';
import { colourLevel } from './colour.js';
import { exitCode, EXIT_USAGE } from './exit-code.js';
import { DEFAULT_MAX_SIZE, FAIL_ON, FORMATS, RULES_FORMATS, UsageError, parseDateOption, parseJobsOption, parseLanguageOption, parseLanguagesOption, parseRuleOption, parseSizeOption, type FailOn, type Format, type RulesFormat } from './options.js';
import { analyseRecord, lines, parseRecord, recordName, RecordError } from './records.js';
import { analyseInPool, LARGEST_IN_WORKER } from './pool.js';
import { Progress } from './progress.js';
import { availableParallelism } from 'node:os';
import { rules, type RuleLevel } from '../checks/index.js';
import { rulesListing } from '../report/rules.js';

/** Where the CLI reads and writes; the real process by default, streams in tests. */
export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  /** Standard error and input: getters for the real process, since creating a stream costs ms. */
  readonly stderr: NodeJS.WritableStream;
  readonly stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
  /** Today, YYYY-MM-DD in UTC; a function so tests can fix it. */
  today?: () => string;
  /** The working folder, where the configuration file is looked for (process.cwd() by default). */
  cwd?: () => string;
}

interface CliOptions {
  format: Format;
  failOn: FailOn;
  date?: string;
  lang?: LanguageInfo;
  /** The languages to expect; detection chooses among them only. */
  languages?: LanguageInfo[];
  rule?: Record<string, RuleLevel>;
  input: 'files' | 'ndjson';
  maxSize: number;
  /** Worker threads; undefined: as many as cores, for runs of many files. */
  jobs?: number;
  /** No progress display. */
  quiet?: boolean;
  stdinFilename: string;
  color?: boolean;
  /** `--format csv`: the section tabulated, and a byte order mark first. */
  section?: CsvSection;
  csvBom?: boolean;
  /** Write the report to this file instead of stdout. */
  output?: string;
  /** A configuration file to read, or false (`--no-config`) for none; by default the nearest one. */
  config?: string | false;
}

const EXAMPLES = `
Examples:
  In a terminal (coloured tables, one block per article):
    $ copydesk article.txt
    $ copydesk samples/                     every .txt and .md file below, sorted
    $ copydesk --date 2022-12-20 --lang fr depeche.txt

  In a pipeline (reports on stdout, diagnostics on stderr):
    $ copydesk --format json 'wire/**/*.txt' > reports.json
    $ curl -s "$URL" | copydesk --format ndjson --stdin-filename story.txt -
    $ copydesk --format ndjson --fail-on warning wire/ | jq -c '.findings[]'
    $ copydesk --input ndjson < records.ndjson > reports.ndjson   {"id","text","date"?,"lang"?} per line
    $ copydesk --jobs 4 --format ndjson archive/                 four worker threads, input order kept
    $ copydesk rules                                             every rule, its severity and what it finds

  In CI and spreadsheets:
    $ copydesk --format github articles/                         annotations in a GitHub Actions run
    $ copydesk --format sarif -o copydesk.sarif articles/        SARIF 2.1.0 for code scanning
    $ copydesk --format csv --section quotes --csv-bom wire/ > quotes.csv

  Defaults for a folder and those below it: copydesk.config.json or .copydeskrc.json
    {"format": "ndjson", "failOn": "warning", "rules": {"name-variant": "off"}}

Exit status:
  0  no finding at or above --fail-on
  1  at least one finding at or above --fail-on
  2  a usage error, or at least one input that could not be read
`;

/** Runs copydesk with command-line arguments (without "node" and the script); returns the exit code. */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  let parsed: ParsedArguments;
  try {
    parsed = parseArguments(argv, io);
  } catch (error) {
    return handleParseError(error, io);
  }
  const { inputs, section } = parsed;
  if (parsed.listRules) {
    const options = withDefaults(parsed.options);
    io.stdout.write(rulesListing(rules, options.format as RulesFormat, colourLevel({ flag: options.color, env: io.env, isTTY: io.stdout.isTTY === true }), io.stdout.columns ?? 100));
    return 0;
  }
  let options: CliOptions;
  try {
    options = withConfig(parsed.options, section, io);
  } catch (error) {
    return handleParseError(error, io);
  }
  if (options.output === undefined) return analyseInputs(inputs, options, section, io);
  // Opening the report file empties it: it must not be one of the articles.
  const outputPath = path.resolve(cwdOf(io), options.output);
  if (inputs.some((input) => path.resolve(cwdOf(io), input) === outputPath)) {
    io.stderr.write(`copydesk: ${options.output}: is also an input; the report would overwrite it (see copydesk --help)\n`);
    return EXIT_USAGE;
  }
  const output = await openOutput(options.output, io);
  if (typeof output === 'number') return output;
  // The report goes to the file; stderr and stdin stay the process's (read lazily, as getters).
  const code = await analyseInputs(inputs, options, section, Object.create(io, { stdout: { value: output } }) as Io);
  await new Promise<void>((resolve) => output.end(resolve));
  return code;
}

async function analyseInputs(inputs: string[], options: CliOptions, section: Section, io: Io): Promise<number> {
  if (options.input === 'ndjson') {
    if (inputs.length > 0 && !(inputs.length === 1 && inputs[0] === '-')) {
      io.stderr.write(`copydesk: --input ndjson reads standard input; give no files (see copydesk --help)\n`);
      return EXIT_USAGE;
    }
    return analyseRecords(options, section, io);
  }
  if (inputs.length === 0) {
    io.stderr.write(`copydesk: no input given: name files, directories, glob patterns or - for standard input (see copydesk --help)\n`);
    return EXIT_USAGE;
  }
  return analyseAll(inputs, options, section, io);
}

/**
 * The options of a run: the command line's, over the configuration file's (`--config`, or the
 * nearest copydesk.config.json or .copydeskrc.json), over the defaults.
 */
function withConfig(given: Partial<CliOptions>, section: Section, io: Io): CliOptions {
  const cwd = cwdOf(io);
  const file = given.config === false ? null : given.config !== undefined ? path.resolve(cwd, given.config) : findConfig(cwd);
  const { referenceDate, rule, ...config } = file ? loadConfig(file) : ({} as ConfigValues);
  const date = given.date ?? (referenceDate === 'today' ? todayOf(io) : referenceDate === 'infer' ? undefined : referenceDate);
  const rules = rule || given.rule ? { ...rule, ...given.rule } : undefined;
  const options = withDefaults({ ...definedOnly(config), ...given, ...definedOnly({ date, rule: rules }) });
  if (options.format !== 'csv' && (given.section !== undefined || given.csvBom)) throw new UsageError(`--${given.section !== undefined ? 'section' : 'csv-bom'} goes with --format csv`);
  if (section === 'quotes') {
    if (options.format === 'sarif' || options.format === 'github') throw new UsageError(`copydesk quotes lists quotes, and --format ${options.format} reports findings: use copydesk --format ${options.format}`);
    if (given.section !== undefined && given.section !== 'quotes') throw new UsageError(`copydesk quotes tabulates quotes, not ${given.section}: use copydesk --format csv --section ${given.section}`);
    options.section = 'quotes';
  }
  return options;
}

/** Opens `--output FILE` for writing, or says why it cannot be and returns the usage exit status. */
async function openOutput(file: string, io: Io): Promise<WriteStream | number> {
  const stream = createWriteStream(file);
  try {
    await once(stream, 'open');
    return stream;
  } catch (error) {
    io.stderr.write(`copydesk: ${file}: cannot write the report there: ${describeWriteError(error as NodeJS.ErrnoException)}\n`);
    return EXIT_USAGE;
  }
}

function describeWriteError(error: NodeJS.ErrnoException): string {
  const causes: Record<string, string> = {
    ENOENT: 'no such directory',
    ENOTDIR: 'a part of the path is not a directory',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'is a directory',
    ENOSPC: 'no space left on the device',
    EROFS: 'read-only file system',
  };
  return causes[error.code ?? ''] ?? (error.code ? `write failed (${error.code})` : error.message);
}

function processIo(): Io {
  return {
    stdout: process.stdout,
    get stderr() {
      return process.stderr;
    },
    get stdin() {
      return process.stdin;
    },
    env: process.env,
  };
}

/** Which part of the report a run prints: everything, or one section (`copydesk quotes …`). */
export type Section = 'all' | 'quotes';

interface ParsedArguments {
  inputs: string[];
  /** As given on the command line: the configuration file's values and the defaults come under them. */
  options: Partial<CliOptions>;
  section: Section;
  /** `copydesk rules`: list the rules instead of analysing. */
  listRules?: boolean;
}

function parseArguments(argv: readonly string[], io: Io): ParsedArguments {
  let parsed: ParsedArguments | undefined;
  const program = withSharedOptions(new Command(), io)
    .enablePositionalOptions()
    .name('copydesk')
    .description('Reads news articles and reports their language, quotes, figures and dates, with line:column positions, and what in them cannot all be true.')
    .version(packageVersion(), '-V, --version', 'print the version')
    .addHelpText('after', EXAMPLES)
    .action((inputs: string[], options: Partial<CliOptions>) => {
      parsed = { inputs, options: definedOnly(options), section: 'all' };
    });
  withSharedOptions(program.command('quotes'), io)
    .description('print only the direct quotes and their speakers (a table, or reports holding only `quotes`)')
    .action((inputs: string[], options: Partial<CliOptions>) => {
      // Options given before the command name belong to the program: both count, the later wins.
      parsed = { inputs, options: { ...definedOnly(program.opts<Partial<CliOptions>>()), ...definedOnly(options) }, section: 'quotes' };
    });
  program
    .command('rules')
    .description('list every rule: its id, default severity and what it finds')
    .addOption(new Option('-f, --format <format>', 'output format (default: pretty)').choices(RULES_FORMATS))
    .option('--color', 'colour the table even when stdout is not a terminal')
    .option('--no-color', 'never colour the output')
    .helpOption('-h, --help', 'show this help')
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text), outputError: () => {} })
    .action((options: Partial<CliOptions>) => {
      parsed = { inputs: [], options: { ...definedOnly(program.opts<Partial<CliOptions>>()), ...definedOnly(options) }, section: 'all', listRules: true };
    });
  program.parse(argv as string[], { from: 'user' });
  return parsed as ParsedArguments;
}

function withDefaults(options: Partial<CliOptions>): CliOptions {
  // Records in, reports out one per line: --input ndjson writes NDJSON unless told otherwise.
  const format = options.format ?? (options.input === 'ndjson' ? 'ndjson' : 'pretty');
  return { failOn: 'error', stdinFilename: '<stdin>', input: 'files', maxSize: DEFAULT_MAX_SIZE, ...definedOnly(options), format };
}

function definedOnly<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** The arguments and options every copydesk command takes. */
function withSharedOptions(command: Command, io: Io): Command {
  return command
    .argument('[inputs...]', 'article files, directories (.txt and .md inside, recursively), glob patterns, or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format: pretty, json, ndjson, sarif, github (workflow annotations) or csv (default: pretty)').choices(FORMATS))
    .addOption(new Option('--section <section>', 'with --format csv: the section tabulated (default: findings)').choices(CSV_SECTIONS))
    .option('--csv-bom', 'with --format csv: start with a byte order mark, for spreadsheet programs')
    .option('-o, --output <file>', 'write the report to this file instead of stdout')
    .option('--config <file>', 'read this configuration file (default: the nearest copydesk.config.json or .copydeskrc.json)')
    .option('--no-config', 'read no configuration file')
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a finding at or above this severity exists (default: error)').choices(FAIL_ON))
    .option('--date <YYYY-MM-DD>', 'reference date: the day the article speaks from', wrap(parseDateOption))
    .option('--lang <code>', 'article language, instead of detecting it (ISO 639-3 such as fra, or 639-1 such as fr)', wrap(parseLanguageOption))
    .option('--languages <codes>', 'the languages to expect, separated by commas (fr,en): articles and paragraphs are detected among these only', wrap(parseLanguagesOption))
    .option('--rule <id=level>', 'set a rule to off, info, warning or error (repeatable; copydesk rules lists them)', wrap(parseRuleOption))
    .addOption(new Option('--input <kind>', 'files (default), or ndjson: one {"id","text","date"?,"lang"?} per line on standard input').choices(['files', 'ndjson']))
    .option('--max-size <size>', 'refuse inputs larger than this (default: 50MB)', wrap(parseSizeOption))
    .option('--jobs <n>', 'analyse on n worker threads (default: one per core, for runs of 8 files or more)', wrap(parseJobsOption))
    .option('-q, --quiet', 'no progress display on a terminal (diagnostics still go to stderr)')
    .option('--stdin-filename <name>', 'name for standard input in the report (default: <stdin>)')
    .option('--color', 'colour the pretty output even when stdout is not a terminal')
    .option('--no-color', 'never colour the output (NO_COLOR=1 does the same)')
    .helpOption('-h, --help', 'show this help')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: () => {},
    });
}

/** commander option parsers signal a bad value with InvalidArgumentError. */
function wrap<T>(parse: (value: string, previous: T) => T): (value: string, previous: T) => T {
  return (value, previous) => {
    try {
      return parse(value, previous);
    } catch (error) {
      throw new InvalidArgumentError(error instanceof Error ? error.message : String(error));
    }
  };
}

function handleParseError(error: unknown, io: Io): number {
  if (error instanceof CommanderError) {
    if (error.exitCode === 0) return 0; // --help or --version, already printed
    io.stderr.write(`copydesk: ${usageMessage(error)} (see copydesk --help)\n`);
    return EXIT_USAGE;
  }
  if (error instanceof UsageError) {
    io.stderr.write(`copydesk: ${error.message} (see copydesk --help)\n`);
    return EXIT_USAGE;
  }
  throw error;
}

/** commander's message on one line, without its "error: " prefix, naming the option and value. */
function usageMessage(error: CommanderError): string {
  const invalid = /^error: option '(?:[^']*?)(--[\w-]+)[^']*' argument '([^']*)' is invalid\. (.*)$/su.exec(error.message);
  if (invalid && error.code === 'commander.invalidArgument') {
    const [, option, value, reason = ''] = invalid;
    const choices = /^Allowed choices are (.*)\.$/su.exec(reason);
    return choices ? `${option} must be one of ${choices[1]}, not '${value}'` : reason.replace(/\s+/gu, ' ');
  }
  return error.message.replace(/^error: /u, '').replace(/\s+/gu, ' ').trim();
}

/** Below this many files, starting worker threads costs more than it saves. */
const POOL_FROM_FILES = 8;

async function analyseAll(inputs: string[], options: CliOptions, section: Section, io: Io): Promise<number> {
  // The report file itself, inside a folder given as input (`-o wire/report.md wire/`), is no article.
  const outputPath = options.output === undefined ? null : path.resolve(cwdOf(io), options.output);
  const sources = (await expandArguments(inputs, { stdinName: options.stdinFilename })).filter((source) => source.kind !== 'file' || path.resolve(cwdOf(io), source.path) !== outputPath);
  const jobs = options.jobs ?? (sources.length >= POOL_FROM_FILES ? availableParallelism() : 1);
  const files = sources.filter((source) => source.kind === 'file').length;
  const taskOptions: TaskOptions = { date: options.date, lang: options.lang, langs: options.languages, rule: options.rule, maxSize: options.maxSize, today: todayOf(io), debug: io.env.COPYDESK_DEBUG !== undefined };
  if (jobs > 1 && files >= 2) {
    // Workers format JSON and NDJSON themselves: the main thread then only writes text. The other
    // formats keep state across reports (SARIF's commas) or need the terminal: formatted here.
    const format = options.format === 'json' || options.format === 'ndjson' ? options.format : null;
    const workerOptions: WorkerTaskOptions = { ...taskOptions, format, section, largestInWorker: LARGEST_IN_WORKER };
    const results = analyseInPool(
      sources,
      workerOptions,
      jobs,
      (source) => source.kind !== 'file',
      async (source, index) => formatted(await analyseTask(source, taskOptions, () => io.stdin), index, workerOptions),
      (source, message) => ({ report: internalError(source.name, message) }),
    );
    return writeReports(results, options, section, io, sources.length);
  }
  const reports = (async function* () {
    for (const source of sources) yield { report: await analyseTask(source, taskOptions, () => io.stdin) };
  })();
  return writeReports(reports, options, section, io, sources.length);
}

/** A report, or its text already formatted (by a worker) with what the summary needs of it. */
type Result = { report: Report } | { text: string; digest: Digest };

export interface WorkerTaskOptions extends TaskOptions {
  format: 'json' | 'ndjson' | null;
  section: Section;
  /** Bytes above which a worker leaves a file to the main thread (pool.ts, LARGEST_IN_WORKER). */
  largestInWorker?: number;
}

/**
 * The worker's job (bin/worker.cjs): analyse, then format when the format needs no terminal.
 * Null for a file too large for a worker's heap, which the main thread then analyses.
 */
export async function formattedTask(source: Parameters<typeof readSource>[0], index: number, options: WorkerTaskOptions): Promise<Result | null> {
  if (options.largestInWorker !== undefined && source.kind === 'file' && fileSize(source.path) > options.largestInWorker) return null;
  return formatted(await analyseTask(source, options), index, options);
}

/** The size of a file, or 0 when it cannot be had: reading it then reports why. */
function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

function formatted(report: Report, index: number, options: WorkerTaskOptions): Result {
  if (options.format === null) return { report };
  const text = createFormatter(options.format, { section: options.section, colour: 0, columns: 100 }).report(report, index);
  return { text, digest: digestOf(report) };
}

/** `--input ndjson`: one article record per line of standard input, one report per record, in order. */
async function analyseRecords(options: CliOptions, section: Section, io: Io): Promise<number> {
  const analyseOptions = { referenceDate: options.date, language: options.lang, languages: options.languages, rules: options.rule, today: todayOf(io) };
  return writeReports(
    (async function* () {
      for await (const { line, number } of lines(io.stdin)) {
        const record = parseRecord(line);
        if (record instanceof RecordError) {
          const report = errorReport(`${options.stdinFilename}:${number}`, record);
          yield { report: record.id === undefined ? report : { ...report, id: record.id } };
          continue;
        }
        yield { report: analyseRecord(record, recordName(record.id, options.stdinFilename, number), analyseOptions, options.maxSize) };
      }
    })(),
    options,
    section,
    io,
  );
}

/** Writes each report as soon as it comes, in order, with diagnostics on stderr; the exit code last. */
/** More files than this, on a terminal, show a progress line. */
const PROGRESS_FROM_FILES = 3;

async function writeReports(reports: AsyncIterable<Result>, options: CliOptions, section: Section, io: Io, total: number | null = null): Promise<number> {
  // Asked only for a run long enough to show it: creating stderr costs milliseconds.
  const progress = !options.quiet && (total === null || total > PROGRESS_FROM_FILES) && (io.stderr as { isTTY?: boolean }).isTTY === true ? new Progress(io.stderr, total) : null;
  const formatter = createFormatter(options.format, {
    section,
    colour: colourLevel({ flag: options.color, env: io.env, isTTY: io.stdout.isTTY === true }),
    columns: io.stdout.columns ?? 100,
    version: packageVersion(),
    csv: { section: options.section ?? 'findings', bom: options.csvBom === true },
  });
  const summary = emptySummary();
  const out = new OutputWriter(io.stdout);
  await out.write(formatter.begin());
  let index = 0;
  for await (const result of reports) {
    const digest = 'report' in result ? digestOf(result.report) : result.digest;
    addToSummary(summary, digest);
    if (digest.error !== null) {
      progress?.clear();
      io.stderr.write(`copydesk: ${digest.file}: ${digest.error}\n`);
    }
    progress?.tick();
    const text = 'report' in result ? formatter.report(result.report, index) : result.text;
    index++;
    if (!(await out.write(text))) break;
  }
  progress?.clear();
  await out.write(formatter.end(summary));
  if (out.failure) {
    io.stderr.write(`copydesk: ${options.output ?? 'stdout'}: cannot write the report: ${describeWriteError(out.failure)}\n`);
    return EXIT_USAGE;
  }
  return exitCode(summary, options.failOn);
}

function cwdOf(io: Io): string {
  return io.cwd?.() ?? process.cwd();
}

function todayOf(io: Io): string {
  return io.today?.() ?? new Date().toISOString().slice(0, 10);
}

/** What analysing one input needs, plain data: it crosses to worker threads. */
export interface TaskOptions {
  date: string | undefined;
  lang: LanguageInfo | undefined;
  langs?: LanguageInfo[] | undefined;
  rule: Record<string, RuleLevel> | undefined;
  maxSize: number;
  today: string;
  debug: boolean;
}

/** Reads and analyses one input, on this thread or a worker's (bin/worker.cjs). */
export async function analyseTask(source: Parameters<typeof readSource>[0], options: TaskOptions, stdin: () => NodeJS.ReadableStream = () => process.stdin): Promise<Report> {
  try {
    const bytes = await readSource(source, stdin, options.maxSize);
    return analyseBytes(source.name, bytes, { referenceDate: options.date, language: options.lang, languages: options.langs, rules: options.rule, today: options.today });
  } catch (error) {
    if (error instanceof InputError) return errorReport(source.name, error);
    // A bug must not cost the other articles their analysis; the stack is there on request.
    if (options.debug) process.stderr.write(`${(error as Error).stack}\n`);
    return internalError(source.name, (error as Error).message);
  }
}

function internalError(name: string, message: string): Report {
  return errorReport(name, new InputError('internal-error', `internal error: ${message} (please report it; COPYDESK_DEBUG=1 shows the stack)`));
}

/** Writes with back-pressure; stops quietly when the reader has gone (EPIPE: `copydesk … | head`). */
class OutputWriter {
  closed = false;
  /** Why writing failed (a full disk, a lost network mount); a reader going away (EPIPE) is no failure. */
  failure: NodeJS.ErrnoException | null = null;

  constructor(private readonly stream: NodeJS.WritableStream) {
    stream.on('error', (error: NodeJS.ErrnoException) => this.fail(error));
  }

  private fail(error: NodeJS.ErrnoException): void {
    this.closed = true;
    if (error.code !== 'EPIPE') this.failure ??= error;
  }

  async write(text: string): Promise<boolean> {
    if (this.closed || text === '') return !this.closed;
    let flushed: boolean;
    try {
      flushed = this.stream.write(text);
    } catch (error) {
      // Pipes are written synchronously on Linux: a reader that has gone shows up here.
      this.fail(error as NodeJS.ErrnoException);
      return false;
    }
    if (!flushed) {
      // once() rejects when the stream errs before draining.
      await Promise.race([once(this.stream, 'drain'), once(this.stream, 'close')]).catch((error: NodeJS.ErrnoException) => this.fail(error));
    }
    return !this.closed;
  }
}
