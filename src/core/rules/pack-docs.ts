import { COMMON_FIELD_SPECS, FieldSpec } from './field-spec';
import { RULE_KINDS } from './kinds';
import { RuleKind } from './kinds/kind';

/**
 * The tables of docs/rule-packs.md that describe the pack format, generated from the kinds'
 * field metadata so the docs cannot drift from the checker (scripts/gen-rule-pack-schema.ts
 * writes them between the markers; a test checks they are up to date).
 */

export const DOCS_BEGIN = '<!-- BEGIN generated: rule kinds (npm run gen:schema) -->';
export const DOCS_END = '<!-- END generated: rule kinds -->';

const cell = (text: string) => text.replace(/\|/g, '\\|');
const fieldList = (fields: readonly FieldSpec[]) => fields.map((f) => `\`${f.name}\`${f.required ? ' *' : ''}`).join(', ') || '—';

/** Markdown: the kinds (what each checks, its fields; * = required) and the fields every rule may carry. */
export function kindsTable(): string {
  const kinds = Object.entries(RULE_KINDS) as [string, RuleKind][];
  const lines = [
    '| kind | checks | fields (* required) |',
    '|---|---|---|',
    ...kinds.map(([name, k]) => `| \`${name}\` | ${cell(k.summary.en)} | ${fieldList(k.fields)} |`),
    '',
    'Fields of each kind:',
    '',
    '| kind | field | type | meaning |',
    '|---|---|---|---|',
    ...kinds.flatMap(([name, k]) => k.fields.map((f) => `| \`${name}\` | \`${f.name}\`${f.required ? ' *' : ''} | ${f.type} | ${cell(f.en)}（${cell(f.zh)}） |`)),
    '',
    'Fields every rule may carry:',
    '',
    '| field | type | meaning |',
    '|---|---|---|',
    ...COMMON_FIELD_SPECS.map((f) => `| \`${f.name}\`${f.required ? ' *' : ''} | ${f.type} | ${cell(f.en)}（${cell(f.zh)}） |`),
    '',
    'Common fields a kind refuses, because they mean nothing for it:',
    '',
    '| kind | field | why |',
    '|---|---|---|',
    ...kinds.flatMap(([name, k]) => Object.entries(k.refusedCommon ?? {}).map(([f, why]) => `| \`${name}\` | \`${f}\` | ${cell(why)} |`)),
  ];
  return lines.join('\n');
}

/**
 * The docs text with the generated part between the markers replaced.
 * @throws Error when the markers are missing (a defect of the docs)
 */
export function withKindsTable(docs: string): string {
  const begin = docs.indexOf(DOCS_BEGIN);
  const end = docs.indexOf(DOCS_END);
  if (begin < 0 || end < begin) throw new Error('docs/rule-packs.md lacks the generated-table markers');
  return `${docs.slice(0, begin + DOCS_BEGIN.length)}\n${kindsTable()}\n${docs.slice(end)}`;
}
