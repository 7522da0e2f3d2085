import { VERIFY_KIND_LABELS, VERIFY_SEVERITY_LABELS, VerifyFinding, VerifyResult } from '../core/verify';
import { WorkbookModel } from '../core/schedules/model';

/** The `verify --json` object of design.md "Contracts". */
export function verifyToJson(report: string, workbook: string, r: VerifyResult): object {
  return {
    report,
    workbook,
    sentences: r.sentences.length,
    figures: r.figures.length,
    findings: r.findings.map((f) => ({
      kind: f.kind,
      severity: f.severity,
      section: f.section,
      sentence: f.sentence,
      stated: f.stated ?? null,
      expected: f.expected ?? null,
      message: f.message,
      cells: f.cells.map((c) => ({ sheet: c.sheet, address: c.address })),
    })),
    unchecked: r.unchecked.map((u) => ({ section: u.section, sentence: u.sentence, stated: u.stated })),
  };
}

const count = (r: VerifyResult, s: VerifyFinding['severity']) => r.findings.filter((f) => f.severity === s).length;

/** One line a reviewer reads about the whole result. */
export function verifySummary(r: VerifyResult): string {
  return `共 ${r.sentences.length} 句、${r.figures.length} 个数字：错误 ${count(r, 'error')} 项，警告 ${count(r, 'warning')} 项，未能核对 ${r.unchecked.length} 处。`;
}

/** The text report of `juesuan verify`. */
export function verifyToText(report: string, workbook: string, model: WorkbookModel, r: VerifyResult): string {
  const lines = [`报告：${report}`, `决算表：${workbook}（${model.unitName ?? '单位未识别'}，${model.year !== undefined ? `${model.year}年` : '年度未识别'}）`, verifySummary(r), ''];
  for (const f of r.findings) {
    lines.push(`${VERIFY_SEVERITY_LABELS[f.severity]}：${VERIFY_KIND_LABELS[f.kind]}${f.section ? ` — ${f.section}` : ''}`);
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
  return lines.join('\n');
}
