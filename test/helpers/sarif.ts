import AjvModule from 'ajv-draft-04';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// The SARIF 2.1.0 schema (its last release candidate, rtm.5, as Microsoft's SARIF SDK ships it).
const require = createRequire(import.meta.url);
const sarifSchema = JSON.parse(readFileSync(require.resolve('@microsoft/sarif-matcher-utils/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
// CommonJS default export, seen from ESM.
const AjvDraft04 = ((AjvModule as unknown as { default?: unknown }).default ?? AjvModule) as typeof import('ajv').default;
// The schema's language-tag pattern is not valid as a Unicode regular expression.
const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
export const validateSarif = ajv.compile(sarifSchema);

/** Throws with the schema's complaints unless the value is a valid SARIF 2.1.0 log. */
export function assertValidSarif(log: unknown): void {
  if (!validateSarif(log)) throw new Error(ajv.errorsText(validateSarif.errors, { separator: '\n' }));
}
