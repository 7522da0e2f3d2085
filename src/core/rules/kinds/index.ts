import { ActiveRule, KindName } from '../spec';
import { changeKind } from './change';
import { crossYearKind } from './cross-year';
import { duplicateCodesKind } from './duplicate-codes';
import { equalsKind } from './equals';
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
};

export function kindOf(rule: ActiveRule): RuleKind<ActiveRule> {
  return RULE_KINDS[rule.kind];
}
