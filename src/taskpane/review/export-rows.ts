import { amountInUnit } from '../../core/grid/units';
import { ruleName } from '../../core/rules/rule-label';
import { Annotations } from '../../hosts/workbook-host';
import { formatCells } from './cell-list';
import { KIND_LABEL } from './finding-kind';
import { groupFindings } from './grouping';
import { ReviewResult } from './review-result';

export type SheetRow = (string | number | null)[];

export const EXPORT_HEADER: SheetRow = ['表', '工作表', '规则', '类别', '问题', '单元格', '应为', '实为', '差额', '金额单位', '说明', '状态'];
const CATEGORY = EXPORT_HEADER.indexOf('类别');

/**
 * The findings as rows of the add-in's 审核结果 sheet: a header row, then every finding
 * except passes in the pane's order (by schedule, worst first), with the user's explanation
 * and whether it is ignored. The 规则 column holds the rule's title, never its id: the sheet
 * is the accountant's.
 */
export function exportRows(review: ReviewResult, annotations: Annotations): SheetRow[] {
  const rows: SheetRow[] = [EXPORT_HEADER];
  const groups = groupFindings(review.findings, review.schedules, annotations, { showNotApplicable: true });
  for (const group of groups) {
    for (const section of group.sections) {
      for (const { finding: f, annotation } of section.entries) {
        const status = annotation?.ignored ? '已忽略' : annotation?.explanation ? '已说明' : section.kind === 'notApplicable' ? '' : '待处理';
        rows.push([
          group.title,
          group.sheet ?? null,
          review.ruleTitles[f.rule] ?? ruleName(f.rule),
          section.label,
          f.message,
          formatCells(f.cells) || null,
          amountInUnit(f.expected, f.unit),
          amountInUnit(f.actual, f.unit),
          amountInUnit(f.difference, f.unit),
          f.expected !== undefined || f.actual !== undefined ? f.unit : null,
          annotation?.explanation ?? null,
          status || null,
        ]);
      }
    }
  }
  return rows;
}

/**
 * What an export holds, real problems apart from the rules that do not apply:
 * "导出 2 条问题（另有 17 条不适用）".
 */
export function exportSentence(rows: SheetRow[]): string {
  const body = rows.slice(1);
  const notApplicable = body.filter((r) => r[CATEGORY] === KIND_LABEL.notApplicable).length;
  const problems = body.length - notApplicable;
  return `导出 ${problems} 条问题${notApplicable > 0 ? `（另有 ${notApplicable} 条不适用）` : ''}`;
}
