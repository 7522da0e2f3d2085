/**
 * What `juesuan check --report` keeps of one workbook (issue 13.5): a small, plain summary
 * made where the file is checked (a worker thread) and posted back, never the model itself —
 * the row of the 汇总 sheet, its findings as short rows and its rules' outcome counts.
 */
import { existsSync } from 'fs';
import { readFile } from 'fs/promises';
import { Finding, Outcome } from '../core/rules/finding';
import { scheduleDef } from '../core/schedules/catalogue/schedules';
import type { Session } from '../core/session';
import { VERIFY_KIND_LABELS } from '../core/verify';
import { REPORT_EXTENSIONS, reportParagraphs } from '../hosts/report-text';
import { loadPdfJsNode } from '../hosts/report-text/pdfjs-node';
import { messageOf } from './messages';

/** One finding as a row of the 问题明细 sheet: plain strings only. */
export interface ReviewFinding {
  /** 审核 (a rule on the schedules) or 核对 (the written report). */
  source: 'check' | 'verify';
  severity: Finding['severity'];
  /** The rule's title (审核) or what is wrong (核对), in words. */
  what: string;
  /** The rule's id (审核): the numbering of the bureau's rule list. */
  rule?: string;
  message: string;
  cells: string;
  /** The explanation stored in the workbook (审核 warnings). */
  explanation?: string;
  ignored?: boolean;
  /** The report's sentence (核对). */
  sentence?: string;
}

/** The written report found beside the workbook and what checking it gave. */
export interface ReviewVerify {
  report: string;
  errors: number;
  warnings: number;
  unchecked: number;
  /** Why it could not be read. */
  failure?: string;
}

/** How often each outcome came out for one rule in one workbook. */
export type OutcomeCounts = Partial<Record<Outcome, number>>;

/** One workbook's review, as posted by a worker. */
export interface FileReview {
  file: string;
  unit?: string;
  year?: number;
  /** The template's Chinese name (全国通用九表 …). */
  template?: string;
  /** Required schedules not found, as "T05 一般公共预算财政拨款支出决算表". */
  missing: string[];
  errors: number;
  warningsExplained: number;
  warningsUnexplained: number;
  /** Rules that could not be applied for want of data, or failed to run. */
  notCheckable: number;
  verify?: ReviewVerify;
  findings: ReviewFinding[];
  /** Rule id → title (Session.ruleTitle) and outcome counts. */
  rules: { rule: string; title: string; counts: OutcomeCounts }[];
  /** Why the workbook could not be checked at all. */
  failure?: string;
}

/** The report of the same base name beside `workbook` (武侯区教育局.xlsx → 武侯区教育局.docx …), if any. */
export function reportBeside(workbook: string): string | undefined {
  const base = workbook.replace(/\.xlsx$/i, '');
  for (const ext of REPORT_EXTENSIONS) for (const candidate of [base + ext, base + ext.toUpperCase()]) if (existsSync(candidate)) return candidate;
  return undefined;
}

/** Cells as the JSON output names them (sheet!A1), so a reviewer can filter on them. */
const cellsText = (cells: { sheet: string; address: string }[]) => cells.map((c) => `${c.sheet}!${c.address}`).join('、');

async function verifyBeside(report: string, session: Session, findings: ReviewFinding[]): Promise<ReviewVerify> {
  let paragraphs: string[];
  try {
    paragraphs = await reportParagraphs(await readFile(report), report, loadPdfJsNode);
  } catch (e) {
    return { report, errors: 0, warnings: 0, unchecked: 0, failure: messageOf(e) };
  }
  const r = session.verify(paragraphs);
  for (const f of r.findings) {
    findings.push({ source: 'verify', severity: f.severity, what: VERIFY_KIND_LABELS[f.kind], message: f.message, cells: cellsText(f.cells), sentence: f.sentence || undefined });
  }
  const count = (s: string) => r.findings.filter((f) => f.severity === s).length;
  return { report, errors: count('error'), warnings: count('warning'), unchecked: r.unchecked.length };
}

/** The review of a workbook whose session opened: counts, findings (passes left out), rules, and the report beside it. */
export async function reviewOfSession(file: string, session: Session): Promise<FileReview> {
  const { model } = session;
  const failing = session.findings.filter((f) => f.outcome !== 'pass' && f.outcome !== 'not_applicable');
  const findings: ReviewFinding[] = failing.map((f) => {
    const note = session.annotation(f);
    return { source: 'check', severity: f.severity, what: session.ruleTitle(f.rule), rule: f.rule, message: f.message, cells: cellsText(f.cells), explanation: note?.explanation || undefined, ignored: note?.ignored || undefined };
  });
  const fails = failing.filter((f) => f.outcome === 'fail');
  const warnings = fails.filter((f) => f.severity === 'warning');
  const explained = warnings.filter((f) => session.annotation(f)?.explanation?.trim()).length;
  const rules = new Map<string, OutcomeCounts>();
  for (const f of session.findings) {
    const counts = rules.get(f.rule) ?? {};
    counts[f.outcome] = (counts[f.outcome] ?? 0) + 1;
    rules.set(f.rule, counts);
  }
  const report = reportBeside(file);
  return {
    file,
    unit: model.unitName,
    year: model.year,
    template: session.template.name,
    missing: model.missing.map((id) => `${id} ${scheduleDef(id).titles[0]}`),
    errors: fails.filter((f) => f.severity === 'error').length,
    warningsExplained: explained,
    warningsUnexplained: warnings.length - explained,
    notCheckable: failing.filter((f) => f.outcome === 'insufficient_data' || f.outcome === 'error').length,
    verify: report ? await verifyBeside(report, session, findings) : undefined,
    findings,
    rules: [...rules].map(([rule, counts]) => ({ rule, title: session.ruleTitle(rule), counts })),
  };
}

/** The review of a workbook that could not be checked. */
export function reviewOfFailure(file: string, failure: string): FileReview {
  return { file, missing: [], errors: 0, warningsExplained: 0, warningsUnexplained: 0, notCheckable: 0, findings: [], rules: [], failure };
}
