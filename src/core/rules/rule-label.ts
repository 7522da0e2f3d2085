import { RuleSpec } from './spec';

/**
 * What surfaces call a finding's rule. Schedule rules are numbered (T01-01, X-02b: the bureau's
 * rule list, rules.md) and titled in their packs; the recogniser's and the 补充信息 checks'
 * codes are internal, so they get a plain name here.
 */
const NAMES: Record<string, string> = {
  'hidden-sheet': '隐藏的工作表',
  'duplicate-schedule': '重复的表',
  'supplement-value': '补充信息填写',
  'unknown-row': '无法识别的行',
  'row-without-label': '没有项目名称的行',
  'unknown-column': '无法识别的列',
  'column-not-found': '缺少的列',
  'no-columns': '无法识别的表头',
  'unit-name-mismatch': '单位名称不一致',
  'year-mismatch': '年度不一致',
  'unit-name-from-file': '单位名称取自文件名',
  'year-from-file': '年度取自文件名',
  'conflicting-sub-row': '分项与合计不一致',
  'read-failed': '无法读取的表',
};

/**
 * The pane card's line: "规则 X-02b", "检查项：隐藏的工作表".
 * @example ruleLabel('hidden-sheet') === '检查项：隐藏的工作表'
 */
export function ruleLabel(rule: string): string {
  const name = NAMES[rule];
  return name ? `检查项：${name}` : `规则 ${rule}`;
}

/**
 * The name alone, for buttons' accessible names ("忽略 隐藏的工作表"); a schedule rule's id.
 * @example ruleName('X-02b') === 'X-02b'
 */
export function ruleName(rule: string): string {
  return NAMES[rule] ?? rule;
}

/**
 * Rule id → its Chinese title, for what an accountant reads in a table (the exported 审核结果
 * sheet, the reviewer's report): an internal check's name, else the title of the rule in
 * force, else (a pack rule without a title) its id.
 * @example ruleTitles(rulesInForce(model))('X-02b') === '收入支出决算总表各类支出 = 支出决算表类级科目'
 */
export function ruleTitles(rules: readonly RuleSpec[]): (rule: string) => string {
  const titles = new Map<string, string>();
  for (const r of rules) if ('title' in r && r.title && !titles.has(r.id)) titles.set(r.id, r.title);
  return (rule) => NAMES[rule] ?? titles.get(rule) ?? rule;
}
