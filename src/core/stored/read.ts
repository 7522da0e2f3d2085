import { SheetGrid } from '../grid/sheet-grid';
import { rootNamespace } from '../xml-text';
import { Annotations, StoredData, emptyStored } from './document';
import { StoredDataError } from './codec';
import {
  LEGACY_ANNOTATIONS_SETTING,
  LEGACY_DATA_NAMES,
  LegacyData,
  emptyLegacy,
  legacyAnnotationsFromSheet,
  legacyAnnotationsFromXml,
  legacyDataFromSheet,
  legacyDataFromXml,
  legacyDataSetting,
  migrateLegacy,
} from './legacy';
import { readAnnotations } from './codec';
import { storedFromSheet } from './sheet';
import { STORED_NAMESPACE, storedFromXml } from './xml-part';

/** What a host found in a workbook, raw: it never decodes the document itself. */
export interface StoredInputs {
  /** Text of the workbook's custom XML parts (any namespace; others are ignored), in order. */
  parts?: string[];
  /** The workbook's sheets (the hidden stored-data sheet among them, if any). */
  sheets?: readonly SheetGrid[];
  /** Excel's document settings of version 0.1, read for migration only. */
  setting?: (key: string) => unknown;
}

/** Where the document came from. */
export type StoredOrigin = 'part' | 'sheet' | 'legacy' | 'none';

export interface StoredRead {
  data: StoredData;
  origin: StoredOrigin;
  /** Problems a user should hear about (a damaged copy that was skipped), in Chinese. */
  warnings: string[];
}

const newer = (a: StoredData, b: StoredData): boolean => (a.savedAt ?? '') > (b.savedAt ?? '');

function legacyFrom(inputs: StoredInputs, warnings: string[]): LegacyData {
  const legacy = emptyLegacy();
  let annotations: Annotations | undefined;
  for (const xml of inputs.parts ?? []) {
    try {
      annotations ??= legacyAnnotationsFromXml(xml);
      const named = legacyDataFromXml(xml);
      if (named && !legacy.data.has(named[0])) legacy.data.set(named[0], named[1]);
    } catch {
      warnings.push('工作簿中旧版决算助手保存的部分说明已损坏，已跳过。');
    }
  }
  const setting = inputs.setting?.(LEGACY_ANNOTATIONS_SETTING);
  if (!annotations && typeof setting === 'string') {
    try {
      annotations = readAnnotations(JSON.parse(setting));
    } catch {
      warnings.push('工作簿中旧版决算助手保存的部分说明已损坏，已跳过。');
    }
  }
  for (const name of LEGACY_DATA_NAMES) {
    const v = inputs.setting?.(legacyDataSetting(name));
    if (typeof v === 'string' && !legacy.data.has(name)) legacy.data.set(name, v);
  }
  for (const grid of inputs.sheets ?? []) {
    if (!annotations) {
      const fromSheet = legacyAnnotationsFromSheet(grid);
      if (Object.keys(fromSheet).length > 0) annotations = fromSheet;
    }
    for (const [name, text] of legacyDataFromSheet(grid)) if (!legacy.data.has(name)) legacy.data.set(name, text);
  }
  legacy.annotations = annotations ?? {};
  return legacy;
}

/**
 * The workbook's stored-data document from what its host found: the custom XML part
 * (STORED_NAMESPACE) and the hidden sheet (STORED_SHEET) — the newer by `savedAt` when both
 * exist, so a copy saved from the preview and then opened in Excel keeps what was typed last
 * —, else the places version 0.1 used, migrated. Never throws: a damaged copy is skipped
 * with a warning, and nothing at all gives an empty one.
 * @example storedFromWorkbook({ sheets: source.sheets, parts }).data.annotations
 */
export function storedFromWorkbook(inputs: StoredInputs): StoredRead {
  const warnings: string[] = [];
  const found: { data: StoredData; origin: StoredOrigin }[] = [];
  const attempt = (origin: StoredOrigin, read: () => StoredData | undefined) => {
    try {
      const data = read();
      if (data) found.push({ data, origin });
    } catch (e) {
      warnings.push(e instanceof StoredDataError ? e.message : '工作簿中保存的决算助手数据无法读取，已跳过。');
    }
  };
  const part = (inputs.parts ?? []).find((xml) => rootNamespace(xml) === STORED_NAMESPACE);
  if (part !== undefined) attempt('part', () => storedFromXml(part));
  for (const grid of inputs.sheets ?? []) attempt('sheet', () => storedFromSheet(grid));
  if (found.length > 0) {
    const best = found.reduce((a, b) => (newer(b.data, a.data) ? b : a));
    return { ...best, warnings };
  }
  const migrated = migrateLegacy(legacyFrom(inputs, warnings));
  return migrated ? { data: migrated, origin: 'legacy', warnings } : { data: emptyStored(), origin: 'none', warnings };
}
