import { FieldSpec } from '../field-spec';
import { Finding } from '../finding';
import { FieldReader } from '../pack-fields';
import { RuleContext } from '../context';
import { ActiveRule, RuleSeverity } from '../spec';

/** The fields every parsed rule carries, read before the kind's own fields. */
export type BaseFields = Pick<ActiveRule, 'id' | 'title' | 'severity' | 'tolerance' | 'variant'>;

/**
 * A rule kind: how to read its JSON fields and how to enumerate and check its instances.
 * One module per kind under kinds/.
 */
export interface RuleKind<R extends ActiveRule = ActiveRule> {
  kind: R['kind'];
  /** What the kind checks, for docs/rule-packs.md and the JSON Schema. */
  summary: { zh: string; en: string };
  /** Fields the kind reads besides the common ones (field-spec.ts): the checker, the schema and the docs follow them. */
  fields: FieldSpec[];
  /**
   * Common fields that mean nothing for this kind, each with why (in Chinese, for the pack
   * checker's message): the checker refuses them, the schema and the docs leave them out.
   */
  refusedCommon?: Readonly<Record<string, string>>;
  defaultSeverity: RuleSeverity;
  parse(r: FieldReader, base: BaseFields): R;
  /** One finding per instance (row, parent, cell …), passes included. */
  run(rule: R, ctx: RuleContext): Finding[];
}
