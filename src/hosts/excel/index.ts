/**
 * The Excel host: the open workbook through Office.js. See excel-host.ts.
 */
export { ExcelHost } from './excel-host';
export type { ExcelHostOptions } from './excel-host';
export { officeHostOptions } from './office-bindings';
export { officeSettingsStore } from './settings-store';
export type { SettingsStore } from './settings-store';
export type { Timer } from './change-watch';
export type { IsSetSupported, RunBatch, RunInContext } from './types';
export { ExcelBusyError } from './edit-mode';
export { ownedSheetNameProblem } from './owned-sheet';
export { StoredDataStoreError, ExcelReadError, OwnedSheetNameError, OwnedSheetWriteError, SelectCellsError } from './errors';
export { PAYLOAD_LIMIT, SYNC_BUDGET, planReads } from './read-plan';
