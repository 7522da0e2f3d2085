/**
 * What the pane calls a finding's rule. Schedule rules keep their ids (T01-01, X-02b: the
 * numbering of the bureau's rule list, rules.md); the recogniser's and the 补充信息 checks'
 * codes are internal, so they get a plain name.
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

/** "规则 X-02b", "检查 隐藏的工作表". */
export function ruleLabel(rule: string): string {
  const name = NAMES[rule];
  return name ? `检查项：${name}` : `规则 ${rule}`;
}

/** The name alone, for buttons' accessible names ("忽略 隐藏的工作表"). */
export function ruleName(rule: string): string {
  return NAMES[rule] ?? rule;
}
