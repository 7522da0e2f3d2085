import { CheckReport } from '../core/check';
import { amountInUnit } from '../core/grid/units';
import { Finding } from '../core/rules/finding';
import { Annotation } from '../core/stored';
import { sortFindings } from './report-order';
import { terminalSafeJson } from './terminal-text';

/** One file's entry of `juesuan check --json` (design.md contract). */
export interface FileJson {
  file: string;
  /** The reporting unit (部门/单位) named on the schedules. */
  unit: string | null;
  year: number | null;
  template: string | null;
  /** The money unit the schedules are in (万元 …). */
  amountUnit?: string;
  schedules: { id: string; title: string; sheet: string }[];
  missing: string[];
  findings: FindingJson[];
  /** Set when the file could not be read or holds no schedule. */
  error?: string;
}

export interface FindingJson {
  rule: string;
  severity: string;
  outcome: string;
  message: string;
  expected: number | null;
  actual: number | null;
  difference: number | null;
  unit: string;
  schedule: string | null;
  cells: { sheet: string; address: string }[];
  /** The explanation stored in the workbook for this finding, when there is one. */
  explanation?: string;
  /** True when the user marked the finding as ignored in the workbook. */
  ignored?: boolean;
}

export function findingToJson(f: Finding, annotation?: Annotation): FindingJson {
  const out: FindingJson = {
    rule: f.rule,
    severity: f.severity,
    outcome: f.outcome,
    message: f.message,
    expected: amountInUnit(f.expected, f.unit),
    actual: amountInUnit(f.actual, f.unit),
    difference: amountInUnit(f.difference, f.unit),
    unit: f.unit,
    schedule: f.schedule ?? null,
    cells: f.cells.map((c) => ({ sheet: c.sheet, address: c.address })),
  };
  if (annotation?.explanation) out.explanation = annotation.explanation;
  if (annotation?.ignored) out.ignored = true;
  return out;
}

/** A checked file as JSON; passes are left out unless `all`. Text is terminal-safe (no ESC, BEL …). */
export function reportToJson(file: string, report: CheckReport, all: boolean, annotation: (f: Finding) => Annotation | undefined = () => undefined): FileJson {
  const { model } = report;
  const schedules = [...model.schedules.values()];
  return terminalSafeJson({
    file,
    unit: model.unitName ?? null,
    year: model.year ?? null,
    template: model.template,
    amountUnit: schedules[0]?.unit,
    schedules: schedules.map((s) => ({ id: s.id, title: s.title, sheet: s.sheet })),
    missing: model.missing.map(String),
    findings: sortFindings(report.findings.filter((f) => all || f.outcome !== 'pass')).map((f) => findingToJson(f, annotation(f))),
  });
}

/** A file that could not be read, as JSON. */
export function failureToJson(file: string, message: string): FileJson {
  return terminalSafeJson({ file, unit: null, year: null, template: null, schedules: [], missing: [], findings: [], error: message });
}
