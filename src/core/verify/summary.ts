import { VERIFY_KIND_LABELS, VERIFY_SEVERITY_LABELS } from './labels';
import { WorkbookModel } from '../schedules/model';
import { VerifyFinding, VerifyResult } from './types';

const count = (r: VerifyResult, s: VerifyFinding['severity']) => r.findings.filter((f) => f.severity === s).length;

/**
 * One line a reviewer reads about the whole result (the command line, the HTML report and
 * the pane's 核对 tab say the same).
 * @example verifySummary(r) // "共 120 句、210 个数字：错误 1 项，警告 0 项，未能核对 3 处。"
 */
export function verifySummary(r: VerifyResult): string {
  return `共 ${r.sentences.length} 句、${r.figures.length} 个数字：错误 ${count(r, 'error')} 项，警告 ${count(r, 'warning')} 项，未能核对 ${r.unchecked.length} 处。`;
}

/** How a finding is titled where a reviewer reads it: severity, what is wrong, its section. */
export function findingTitle(f: VerifyFinding): string {
  return `${VERIFY_SEVERITY_LABELS[f.severity]}：${VERIFY_KIND_LABELS[f.kind]}${f.section ? ` — ${f.section}` : ''}`;
}

/**
 * The findings and the figures that could not be tied, as plain-text lines in Chinese (no
 * internal codes): what `juesuan verify` prints after its header and the pane copies.
 */
export function verifyFindingLines(r: VerifyResult): string[] {
  const lines: string[] = [];
  for (const f of r.findings) {
    lines.push(findingTitle(f));
    if (f.sentence) lines.push(`  原文：${f.sentence}`);
    lines.push(`  ${f.message}`);
    if (f.stated !== undefined || f.expected !== undefined) lines.push(`  报告：${f.stated ?? '—'}，应为：${f.expected ?? '—'}`);
    lines.push('');
  }
  if (r.unchecked.length > 0) {
    lines.push('未能核对（没有找到对应的表内数字）：');
    for (const u of r.unchecked) lines.push(`  ${u.stated} — ${u.section ? `${u.section}：` : ''}${u.sentence}`);
    lines.push('');
  }
  return lines;
}

/**
 * The whole result as text: the report and the workbook checked, the summary line, the
 * findings (`juesuan verify`'s text output; the pane's 复制核对结果).
 */
export function verifyReportText(report: string, workbook: string, model: Pick<WorkbookModel, 'unitName' | 'year'>, r: VerifyResult): string {
  const unit = `${model.unitName ?? '单位未识别'}，${model.year !== undefined ? `${model.year}年` : '年度未识别'}`;
  return [`报告：${report}`, `决算表：${workbook}（${unit}）`, verifySummary(r), '', ...verifyFindingLines(r)].join('\n');
}
