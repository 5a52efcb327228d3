import { Chalk } from 'chalk';
import { createRequire } from 'node:module';
import type TableConstructor from 'cli-table3';
import type { Rule } from '../checks/rule.js';
import type { ColourLevel } from '../cli/colour.js';
import type { RulesFormat } from '../cli/options.js';
import type { Severity } from './types.js';

const require = createRequire(import.meta.url);

/** `copydesk rules`: every rule with its id, default severity and description, in the chosen format. */
export function rulesListing(rules: readonly Rule[], format: RulesFormat, colour: ColourLevel, columns = 100): string {
  const entries = rules.map(({ id, severity, description }) => ({ id, severity, description }));
  if (format === 'json') return `${JSON.stringify(entries, null, 2)}\n`;
  if (format === 'ndjson') return entries.map((entry) => `${JSON.stringify(entry)}\n`).join('');
  const chalk = new Chalk({ level: colour });
  const paint: Record<Severity, (text: string) => string> = { error: chalk.red, warning: chalk.yellow, info: chalk.blue };
  const Table = require('cli-table3') as typeof TableConstructor;
  const table = new Table({ head: ['rule', 'severity', 'finds'].map((label) => chalk.bold(label)), style: { head: [], border: [] }, colWidths: [null, null, Math.max(30, Math.min(70, columns - 32))], wordWrap: true });
  for (const entry of entries) table.push([entry.id, paint[entry.severity](entry.severity), entry.description]);
  return `${table.toString()}\nSet a rule's level with --rule ID=off|info|warning|error (repeatable).\n`;
}
