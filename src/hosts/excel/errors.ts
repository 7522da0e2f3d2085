/**
 * Expected failures of the Excel host, each with a Chinese message the pane shows as is.
 * Office.js errors (OfficeExtension.Error) are told apart by their `code`.
 */
import { JuesuanError, WorkbookUnreadableError, describeLocation } from '../../core/errors';

/** A sheet of the open workbook could not be read through Office.js. */
export class ExcelReadError extends WorkbookUnreadableError {}

/** writeOwnedSheet was given a name the add-in does not own, or one Excel refuses. */
export class OwnedSheetNameError extends JuesuanError {}

/** Writing the add-in's own sheet failed. */
export class OwnedSheetWriteError extends JuesuanError {}

/** The cells of a finding cannot be selected (sheet renamed, deleted or hidden). */
export class SelectCellsError extends JuesuanError {}

/** The add-in's stored data (explanations, reasons, settings, last year's figures) cannot be read or saved. */
export class StoredDataStoreError extends JuesuanError {}

/** The Excel.ErrorCodes value of an Office.js error, if it has one. */
export function officeErrorCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** A short technical reason appended to Chinese messages (Office's own text is often English). */
export function reason(err: unknown): string {
  const code = officeErrorCode(err);
  const message = err instanceof Error ? err.message : String(err);
  return code ? `${code}: ${message}` : message;
}

/** "工作簿“x.xlsx”的工作表“表1”无法读取（…）" */
export function sheetUnreadable(file: string, sheet: string, err: unknown): ExcelReadError {
  return new ExcelReadError(`无法读取${describeLocation({ file, sheet })}：Excel 返回错误（${reason(err)}）。请确认该工作表未损坏后重试。`, { file, sheet });
}
