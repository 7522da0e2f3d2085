/**
 * Expected failures of the WPS host, each with a Chinese message the pane shows as is. The
 * technical reason (which member WPS refused, members.ts) is appended in brackets.
 */
import { JuesuanError, WorkbookUnreadableError } from '../../core/errors';

/** No workbook is open, or a sheet cannot be read through the ET object model. */
export class WpsReadError extends WorkbookUnreadableError {}

/** writeOwnedSheet was given a name the add-in does not own. */
export class WpsOwnedSheetNameError extends JuesuanError {}

/** Writing one of the add-in's own sheets failed (protected workbook, read-only …). */
export class WpsOwnedSheetWriteError extends JuesuanError {}

/** The cells of a finding cannot be selected (sheet renamed, deleted or hidden). */
export class WpsSelectCellsError extends JuesuanError {}

/** The stored data cannot be read or saved. */
export class WpsStoredDataError extends JuesuanError {}

/** This WPS raises no change events to the add-in: the pane re-checks on demand only. */
export class WpsEventsUnavailableError extends JuesuanError {}

/** Inserting the native charts failed. */
export class WpsChartInsertError extends JuesuanError {}

/** A short technical reason for the brackets of a Chinese message. */
export function reason(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
