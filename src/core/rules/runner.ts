import { WorkbookModel } from '../schedules/model';
import { modelUnit, RuleContext } from './context';
import { Finding } from './finding';
import { kindOf } from './kinds';
import { RulePack } from './pack-format';
import { mergeRules } from './merge';
import { builtInPack } from './packs';
import { withCellGrids } from './schedule-index';
import { ActiveRule, RuleSpec } from './spec';

export interface RunOptions {
  /** A department's own packs, applied in order over the built-in pack. */
  packs?: RulePack[];
  /** Last year's workbook, for the cross-year rules (Y-01 … Y-03). */
  prior?: WorkbookModel;
  /** Relative change Y-03 flags (0.2 = 20 %); overrides the pack's threshold. */
  yoyThreshold?: number;
  /** The fiscal year that chooses the built-in pack files (the user's setting); default: the workbook's. */
  year?: number;
}

/** The finding for a rule that broke while running (a defect or a malformed model). */
function brokenRule(rule: ActiveRule, model: WorkbookModel, e: unknown): Finding {
  const why = e instanceof Error ? e.message : String(e);
  return { rule: rule.id, severity: 'warning', outcome: 'error', message: `规则 ${rule.id} 执行出错，未能核对：${why}`, unit: modelUnit(model), cells: [] };
}

/**
 * The rules `runRules` applies: the built-in pack of the model's template and year merged with
 * the given packs (disabled ones included, as merged).
 * @example rulesInForce(model, { packs: [departmentPack] }).map((r) => r.id)
 */
export function rulesInForce(model: WorkbookModel, options: Pick<RunOptions, 'packs' | 'year'> = {}): RuleSpec[] {
  return mergeRules(builtInPack(model.template, options.year ?? model.year).rules, options.packs ?? [], model.template);
}

/**
 * Run the built-in pack of the model's template and year plus the given packs. Returns one finding
 * per rule instance (per row of per-row rules, per parent of hierarchy rules …), passes
 * included; a rule that throws yields an `error` finding and the run goes on.
 * @example runRules(model, { prior: lastYear }).filter(isBlocking)
 */
export function runRules(model: WorkbookModel, options: RunOptions = {}): Finding[] {
  const rules = rulesInForce(model, options);
  const ctx: RuleContext = { model, prior: options.prior, yoyThreshold: options.yoyThreshold };
  const out: Finding[] = [];
  withCellGrids(() => {
    for (const rule of rules) {
      if (rule.kind === 'disabled') continue;
      try {
        // A loop, not push(...found): a spread of thousands of findings goes through the stack.
        for (const f of kindOf(rule).run(rule, ctx)) out.push(f);
      } catch (e) {
        out.push(brokenRule(rule, model, e));
      }
    }
  });
  return out;
}
