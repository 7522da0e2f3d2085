/**
 * Typed errors for expected failures. Each carries a Chinese message a user can act on,
 * naming the file, and the sheet and cell when known. Hosts print `message` as is; a stack
 * trace is never shown for these.
 */
export class JuesuanError extends Error {
  readonly file?: string;
  readonly sheet?: string;
  readonly cell?: string;
  /** What the user can do about it, when the surface's own next step would not fit. */
  readonly nextStep?: string;

  constructor(message: string, where: { file?: string; sheet?: string; cell?: string; nextStep?: string } = {}) {
    super(message);
    this.name = new.target.name;
    this.file = where.file;
    this.sheet = where.sheet;
    this.cell = where.cell;
    this.nextStep = where.nextStep;
  }
}

/** The file is not an .xlsx workbook (another format, damaged, encrypted, empty). */
export class WorkbookUnreadableError extends JuesuanError {}

/** The workbook holds no sheet that looks like a final-accounts schedule. */
export class SheetNotRecognizedError extends JuesuanError {}

/** A rule pack is not valid JSON or does not follow the rule-pack format. */
export class RulePackError extends JuesuanError {}

/**
 * A formula of a rule pack (`formula` or `when`) does not follow the formula language. The
 * message names the pack, the rule, the field and the character column of the problem.
 */
export class FormulaError extends RulePackError {
  readonly rule: string;
  readonly field: string;
  /** 1-based character column in the formula. */
  readonly column: number;

  constructor(message: string, where: { file: string; rule: string; field: string; column: number }) {
    super(message, { file: where.file });
    this.rule = where.rule;
    this.field = where.field;
    this.column = where.column;
  }
}

/** Schedules of one workbook disagree about their unit in a way that cannot be reconciled. */
export class UnitMismatchError extends JuesuanError {}

/** Text that locates a problem for a message: 文件“a.xlsx”工作表“Sheet1”单元格 B7. */
export function describeLocation(where: { file?: string; sheet?: string; cell?: string }): string {
  const parts: string[] = [];
  if (where.file) parts.push(`文件“${where.file}”`);
  if (where.sheet) parts.push(`工作表“${where.sheet}”`);
  if (where.cell) parts.push(`单元格 ${where.cell}`);
  return parts.join('');
}

/** A report file (.docx, .pdf, .txt, .md, .html) for `verify` cannot be read. */
export class ReportUnreadableError extends JuesuanError {}

/** What a blank standard workbook was asked for cannot be made (an unknown subject code, a wrong year). */
export class BlankTemplateError extends JuesuanError {}
