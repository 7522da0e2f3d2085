import { CheckReport } from '../core/check';
import { Finding, Outcome, Severity } from '../core/rules/finding';
import { templateSet } from '../core/templates';
import { scheduleDef } from '../core/schedules/catalogue/schedules';
import { ScheduleId } from '../core/schedules/model';
import { sortFindings } from './report-order';

const SEVERITY_LABEL: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };
const OUTCOME_LABEL: Partial<Record<Outcome, string>> = {
  insufficient_data: '无法检查',
  error: '规则出错',
  not_applicable: '不适用',
  pass: '通过',
};

const scheduleTitle = (id: ScheduleId): string => scheduleDef(id).titles[0];

/** Counts of a file's findings for the summary line. */
export interface FindingCounts {
  error: number;
  warning: number;
  info: number;
  pass: number;
  unchecked: number;
  notApplicable: number;
}

export function countFindings(findings: Finding[]): FindingCounts {
  const c: FindingCounts = { error: 0, warning: 0, info: 0, pass: 0, unchecked: 0, notApplicable: 0 };
  for (const f of findings) {
    if (f.outcome === 'fail') c[f.severity] += 1;
    else if (f.outcome === 'pass') c.pass += 1;
    else if (f.outcome === 'not_applicable') c.notApplicable += 1;
    else c.unchecked += 1;
  }
  return c;
}

function findingLine(f: Finding): string {
  const label = f.outcome === 'fail' ? SEVERITY_LABEL[f.severity] : OUTCOME_LABEL[f.outcome] ?? f.outcome;
  const cells = f.cells.length > 0 ? `（单元格：${formatCells(f)}）` : '';
  return `    [${label}] ${f.rule} ${f.message}${cells}`;
}

/** "表1!B7、C7；表2!D9": cells grouped by sheet, at most 12 listed. */
function formatCells(f: Finding): string {
  const bySheet = new Map<string, string[]>();
  for (const c of f.cells.slice(0, 12)) {
    const list = bySheet.get(c.sheet) ?? [];
    list.push(c.address);
    bySheet.set(c.sheet, list);
  }
  const text = [...bySheet].map(([sheet, addrs]) => `${sheet}!${addrs.join('、')}`).join('；');
  return f.cells.length > 12 ? `${text} 等 ${f.cells.length} 个` : text;
}

/** The text block of one checked file. */
export function reportToText(file: string, report: CheckReport, all: boolean): string {
  const { model } = report;
  const lines: string[] = [];
  const schedules = [...model.schedules.values()];
  const header = [model.unitName, model.year ? `${model.year}年度` : undefined, templateSet(model.template).name]
    .filter(Boolean)
    .join(' ');
  lines.push(`${file}：${header}${schedules[0] ? `（金额单位：${schedules[0].unit}）` : ''}`);
  lines.push(`  识别到 ${schedules.length} 张表：`);
  for (const s of schedules) lines.push(`    ${s.id} ${s.title}（工作表“${s.sheet}”）`);
  lines.push(`  缺少的必备表：${model.missing.length ? model.missing.map((id) => `${id} ${scheduleTitle(id)}`).join('、') : '无'}`);
  if (model.absentOptional.length) {
    lines.push(`  未提供的可选表：${model.absentOptional.map((id) => `${id} ${scheduleTitle(id)}`).join('、')}`);
  }
  const c = countFindings(report.findings);
  lines.push(`  审核结果：错误 ${c.error}，警告 ${c.warning}，提示 ${c.info}，无法检查 ${c.unchecked}，通过 ${c.pass}，不适用 ${c.notApplicable}`);
  const shown = sortFindings(report.findings).filter((f) => f.outcome !== 'not_applicable' && (all || f.outcome !== 'pass'));
  for (const f of shown) lines.push(findingLine(f));
  return lines.join('\n') + '\n';
}
