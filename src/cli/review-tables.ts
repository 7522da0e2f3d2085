/**
 * The three tables of the reviewer's report (`juesuan check --report`), from the workbooks'
 * summaries: 汇总 (one row per workbook), 问题明细 (every finding), 规则统计 (each rule's
 * outcomes over all workbooks). The .xlsx and the .html are two layouts of the same tables.
 * Rules are named by their titles; their ids (the numbering of the bureau's rule list, which
 * a reviewer files and filters by) stand in a last, technical column 规则编号.
 */
import { Outcome } from '../core/rules/finding';
import { FileReview } from './review-summary';

export type ReviewCell = string | number | null;

export interface ReviewTable {
  /** The sheet's (and the HTML section's) name. */
  name: string;
  headers: string[];
  /** Column widths in characters, for the .xlsx. */
  widths: number[];
  rows: ReviewCell[][];
}

const SEVERITY = { error: '错误', warning: '警告', info: '提示' } as const;
const OUTCOMES: [Outcome, string][] = [
  ['pass', '通过'],
  ['fail', '未通过'],
  ['not_applicable', '不适用'],
  ['insufficient_data', '数据不足'],
  ['error', '运行出错'],
];

function summary(reviews: FileReview[]): ReviewTable {
  return {
    name: '汇总',
    headers: ['文件', '单位', '年度', '模板', '缺少的表', '错误', '已说明的警告', '未说明的警告', '无法检查', '核对的说明', '说明中的错误', '说明中的警告', '说明中未能核对', '备注'],
    widths: [40, 28, 8, 16, 30, 8, 12, 12, 10, 36, 12, 12, 14, 40],
    rows: reviews.map((r) => [
      r.file,
      r.unit ?? null,
      r.year ?? null,
      r.template ?? null,
      r.missing.join('、') || null,
      r.failure ? null : r.errors,
      r.failure ? null : r.warningsExplained,
      r.failure ? null : r.warningsUnexplained,
      r.failure ? null : r.notCheckable,
      r.verify?.report ?? null,
      r.verify && !r.verify.failure ? r.verify.errors : null,
      r.verify && !r.verify.failure ? r.verify.warnings : null,
      r.verify && !r.verify.failure ? r.verify.unchecked : null,
      r.failure ? `无法审核：${r.failure}` : r.verify?.failure ? `说明无法核对：${r.verify.failure}` : null,
    ]),
  };
}

function findings(reviews: FileReview[]): ReviewTable {
  return {
    name: '问题明细',
    headers: ['文件', '单位', '来源', '级别', '规则或问题', '内容', '单元格', '说明原文', '单位的说明', '已忽略', '规则编号'],
    widths: [40, 28, 10, 8, 36, 60, 30, 60, 40, 8, 12],
    rows: reviews.flatMap((r) =>
      r.findings.map((f) => [
        r.file,
        r.unit ?? null,
        f.source === 'check' ? '审核' : '核对说明',
        SEVERITY[f.severity],
        f.what,
        f.message,
        f.cells || null,
        f.sentence ?? null,
        f.explanation ?? null,
        f.ignored ? '是' : null,
        f.rule ?? null,
      ]),
    ),
  };
}

function rules(reviews: FileReview[]): ReviewTable {
  const all = new Map<string, { title: string; counts: Record<Outcome, number>; files: number }>();
  for (const r of reviews) {
    for (const rule of r.rules) {
      const entry = all.get(rule.rule) ?? { title: rule.title, counts: { pass: 0, fail: 0, not_applicable: 0, insufficient_data: 0, error: 0 }, files: 0 };
      entry.title ||= rule.title;
      entry.files++;
      for (const [outcome] of OUTCOMES) entry.counts[outcome] += rule.counts[outcome] ?? 0;
      all.set(rule.rule, entry);
    }
  }
  const order = [...all.keys()].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return {
    name: '规则统计',
    headers: ['规则', ...OUTCOMES.map(([, label]) => label), '涉及工作簿', '规则编号'],
    widths: [36, 8, 8, 8, 10, 10, 12, 12],
    rows: order.map((id) => {
      const e = all.get(id)!;
      return [e.title || id, ...OUTCOMES.map(([o]) => e.counts[o]), e.files, id];
    }),
  };
}

/** The report's tables, workbooks in the order they were given. */
export function reviewTables(reviews: FileReview[]): ReviewTable[] {
  return [summary(reviews), findings(reviews), rules(reviews)];
}
