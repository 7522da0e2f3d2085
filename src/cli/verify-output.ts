import { VerifyResult } from '../core/verify';

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
