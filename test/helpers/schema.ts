import { Ajv2020 } from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const schemaPath = fileURLToPath(new URL('../../schema/report.schema.json', import.meta.url));
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));

/** Throws with ajv's messages unless the value is a valid copydesk report (schema version 1). */
export function assertValidReport(value: unknown): void {
  if (!validate(value)) {
    throw new Error(`report does not match schema/report.schema.json:\n${ajv.errorsText(validate.errors, { separator: '\n' })}`);
  }
}
