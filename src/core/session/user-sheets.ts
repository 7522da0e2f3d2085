import { OWNED_SHEET_PREFIX } from '../charts/owned-sheet';
import { WorkbookSource } from '../grid/sheet-grid';
import { recogniseWorkbook } from '../schedules/recognise';
import { WorkbookModel } from '../schedules/model';
import { isLegacyStoreSheet, isStoredSheet } from '../stored';

/** The add-in's own sheets (exported findings, stored data) are never read as schedules. */
export function userSheets(source: WorkbookSource): WorkbookSource {
  const sheets = source.sheets.filter((s) => !s.name.startsWith(OWNED_SHEET_PREFIX) && !isStoredSheet(s) && !isLegacyStoreSheet(s));
  return sheets.length === source.sheets.length ? source : { file: source.file, sheets };
}

/** Sources are never changed once read, so each is recognised once however often a session opens on it. */
const recognised = new WeakMap<WorkbookSource, WorkbookModel>();

/**
 * The workbook's schedules, read from its user sheets: once per source, so the pane, which
 * opens the session again after every change of the stored data, does not read them again.
 * @throws SheetNotRecognizedError when the workbook holds no schedule
 */
export function recogniseUserSheets(source: WorkbookSource): WorkbookModel {
  let model = recognised.get(source);
  if (!model) {
    model = recogniseWorkbook(userSheets(source));
    recognised.set(source, model);
  }
  return model;
}
