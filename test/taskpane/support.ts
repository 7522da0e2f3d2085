/** Small builders for the pane's logic tests. */
import { CellRef } from '../../src/core/grid/sheet-grid';
import { Finding } from '../../src/core/rules/finding';
import { ReviewResult } from '../../src/taskpane/review/review-result';

/** "表1!B9" → CellRef. */
export function cell(ref: string): CellRef {
  const [sheet, address] = ref.split('!');
  return { sheet, address };
}

/** A failing finding (error unless said), cells written as "sheet!A1". */
export function finding(rule: string, over: Partial<Finding> & { at?: string[] } = {}): Finding {
  const { at = [], ...rest } = over;
  return { rule, severity: 'error', outcome: 'fail', message: `${rule} 不平衡`, unit: '万元', cells: at.map(cell), ...rest };
}

export function review(findings: Finding[], over: Partial<ReviewResult> = {}): ReviewResult {
  return {
    workbook: 'a.xlsx',
    templateName: '全国通用九表',
    schedules: [
      { id: 'T01', title: '收入支出决算总表', sheet: '表1' },
      { id: 'T03', title: '支出决算表', sheet: '表3' },
    ],
    missing: [],
    findings,
    ruleTitles: {},
    passCount: 10,
    model: { file: 'a.xlsx', template: 'national', schedules: new Map(), missing: [], absentOptional: [], issues: [], unrecognizedSheets: [] },
    ...over,
  };
}
