import { Finding } from '../../../src/core/rules/finding';
import { RuleContext } from '../../../src/core/rules/context';
import { kindOf } from '../../../src/core/rules/kinds';
import { parseRulePack } from '../../../src/core/rules/pack-format';
import { withCellGrids } from '../../../src/core/rules/schedule-index';
import { ActiveRule } from '../../../src/core/rules/spec';
import { WorkbookModel } from '../../../src/core/schedules/model';

/** Parse one raw rule (as a department would write it) into its specs. */
export function specsOf(raw: Record<string, unknown>): ActiveRule[] {
  return parseRulePack({ id: 'test', rules: [{ id: 'TEST', ...raw }] }, 'test.json').rules as ActiveRule[];
}

/** Run one raw rule (every `each` variant) on a model, as runRules runs it. */
export function runOne(model: WorkbookModel, raw: Record<string, unknown>, ctx: Partial<RuleContext> = {}): Finding[] {
  return withCellGrids(() => specsOf(raw).flatMap((rule) => kindOf(rule).run(rule, { model, ...ctx })));
}

/** The addresses a finding points at, for compact assertions. */
export function addresses(f: Finding): string[] {
  return f.cells.map((c) => `${c.sheet}!${c.address}`);
}
