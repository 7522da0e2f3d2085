/** The workbook session: the one entry point of the engine for every surface. */
export { openSession } from './session';
export { userSheets } from './user-sheets';
export type { Session, SessionOptions, SessionNotice, SessionReport } from './session';
export { priorFromSource, priorMismatch } from './prior';
export type { PriorWorkbook } from './prior';
export { effectiveSettings } from './settings';
export type { EffectiveSettings } from './settings';
export { storedPacks } from './packs';
export type { StoredPackStatus } from './packs';
