import { ActiveRule, KindName } from '../spec';
import { changeKind } from './change';
import { crossYearKind } from './cross-year';
import { duplicateCodesKind } from './duplicate-codes';
import { equalsKind } from './equals';
import { formulaKind } from './formula';
import { fundPresenceKind } from './fund-presence';
import { hierarchyKind } from './hierarchy';
import { RuleKind } from './kind';
import { lessOrEqualKind } from './less-or-equal';
import { negativeAmountsKind } from './negative-amounts';
import { nonNegativeKind } from './non-negative';
import { numericTextKind } from './numeric-text';
import { perRowKind } from './per-row';
import { rateKind } from './rate';
import { requiredKind } from './required';
import { rowSumKind } from './row-sum';
import { subjectCodesKind } from './subject-codes';
import { sumKind } from './sum';
import { unitConsistencyKind } from './unit-consistency';
import { unreadableCellsKind } from './unreadable-cells';

/** Every rule kind a pack may name, by its JSON name. */
export const RULE_KINDS: Record<KindName, RuleKind<ActiveRule>> = {
  sum: sumKind,
  equals: equalsKind,
  'less-or-equal': lessOrEqualKind,
  hierarchy: hierarchyKind,
  'row-sum': rowSumKind,
  'per-row': perRowKind,
  'non-negative': nonNegativeKind,
  required: requiredKind,
  rate: rateKind,
  'cross-year': crossYearKind,
  change: changeKind,
  'fund-presence': fundPresenceKind,
  'negative-amounts': negativeAmountsKind,
  'unit-consistency': unitConsistencyKind,
  'subject-codes': subjectCodesKind,
  'numeric-text': numericTextKind,
  'unreadable-cells': unreadableCellsKind,
  'duplicate-codes': duplicateCodesKind,
  formula: formulaKind,
};

/** The kinds by name in a Map, so a name such as "constructor" or "__proto__" finds nothing. */
const BY_NAME: ReadonlyMap<string, RuleKind<ActiveRule>> = new Map(Object.entries(RULE_KINDS));

/** Every kind's JSON name, for messages. */
export const RULE_KIND_NAMES: readonly string[] = [...BY_NAME.keys()];

/**
 * The kind a pack names, or undefined when there is no such kind (any name, including the
 * names of Object.prototype's members).
 * @example ruleKind('sum') === sumKind; ruleKind('toString') === undefined
 */
export function ruleKind(name: string): RuleKind<ActiveRule> | undefined {
  return BY_NAME.get(name);
}

/** The kind of a parsed rule. */
export function kindOf(rule: ActiveRule): RuleKind<ActiveRule> {
  const kind = BY_NAME.get(rule.kind);
  if (!kind) throw new Error(`no rule kind ${rule.kind}`);
  return kind;
}
