/**
 * The stored-data document (docs/stored-data.md): one versioned value for everything the
 * add-in keeps in a workbook, its JSON, custom-XML-part and hidden-sheet forms, and the
 * migration from the places version 0.1 used.
 */
export * from './document';
export { STORED_FORMAT, STORED_VERSION, StoredDataError, storedFromJson, storedToJson } from './codec';
export { STORED_NAMESPACE, storedFromXml, storedToXml } from './xml-part';
export { STORED_SHEET, STORED_SHEET_FORMAT, isStoredSheet, storedFromSheet, storedSheetRows } from './sheet';
export type { StoredSheetRow } from './sheet';
export { isLegacyStoreSheet, LEGACY_ANNOTATIONS_NAMESPACE, legacyDataNamespace, LEGACY_DATA_NAMES, LEGACY_PART_NAMESPACES } from './legacy';
export { storedFromWorkbook } from './read';
export type { StoredInputs, StoredOrigin, StoredRead } from './read';
export { withAnnotation, withReason, withEdit, withoutEdits, withSettings, withPrior, withPacks } from './update';
