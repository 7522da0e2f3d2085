/**
 * Writes the rule-pack format's generated files from the kinds' field metadata
 * (src/core/rules/field-spec.ts and each kind's `fields`): schemas/rule-pack.schema.json (for
 * editors) and the kinds tables of docs/rule-packs.md. Run with `npm run gen:schema` after
 * changing a kind's fields; test/core/rules/pack-schema.test.ts fails until you do.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'fs';
import { dirname, resolve } from 'path';
import { withKindsTable } from '../src/core/rules/pack-docs';
import { rulePackSchema } from '../src/core/rules/pack-schema';

export const SCHEMA_FILE = resolve(__dirname, '..', 'schemas', 'rule-pack.schema.json');
export const DOCS_FILE = resolve(__dirname, '..', 'docs', 'rule-packs.md');

/** The schema file's text: two-space JSON and a final newline. */
export function schemaText(): string {
  return `${JSON.stringify(rulePackSchema(), null, 2)}\n`;
}

if (require.main === module) {
  mkdirSync(dirname(SCHEMA_FILE), { recursive: true });
  writeFileSync(SCHEMA_FILE, schemaText());
  writeFileSync(DOCS_FILE, withKindsTable(readFileSync(DOCS_FILE, 'utf8')));
  console.log(`wrote ${SCHEMA_FILE} and the kinds tables of ${DOCS_FILE}`);
}
