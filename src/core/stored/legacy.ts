import { SheetGrid, cellText, isCellError } from '../grid/sheet-grid';
import { isRecord } from '../json';
import { elementAttributes, elementText, rootNamespace } from '../xml-text';
import { Annotations, StoredData, emptyStored } from './document';
import { readAnnotation, readAnnotations, readSettings } from './codec';

/**
 * Where version 0.1 of the add-in kept its data, read once and migrated into the document:
 * annotations (with the 说明 tab's typed texts under `report:` and paragraph edits under
 * `report-edit:`) in the part `urn:juesuan:annotations:v1`, the setting
 * `juesuan.annotations.v1` or the sheet 决算助手_说明; named texts ('prior', 'settings') in parts
 * `urn:juesuan:data:<name>:v1`, settings `juesuan.data.<name>.v1` or the sheet 决算助手_数据 in
 * the layout `juesuan-data/1`. Nothing here is written any more.
 */
export const LEGACY_ANNOTATIONS_NAMESPACE = 'urn:juesuan:annotations:v1';
export const LEGACY_ANNOTATIONS_SETTING = 'juesuan.annotations.v1';
export const LEGACY_DATA_NAMES = ['prior', 'settings'] as const;
export const legacyDataNamespace = (name: string): string => `urn:juesuan:data:${name}:v1`;
export const legacyDataSetting = (name: string): string => `juesuan.data.${name}.v1`;
/** Every custom XML part namespace version 0.1 wrote: hosts read the first of each and delete them after migrating. */
export const LEGACY_PART_NAMESPACES: readonly string[] = [LEGACY_ANNOTATIONS_NAMESPACE, ...LEGACY_DATA_NAMES.map(legacyDataNamespace)];
const LEGACY_ANNOTATION_SHEET = '决算助手_说明';
const LEGACY_ANNOTATION_FORMAT = 'juesuan-annotations/1';
const LEGACY_DATA_SHEET = '决算助手_数据';
const LEGACY_DATA_FORMAT = 'juesuan-data/1';
const REASON_KEY = 'report:';
const EDIT_KEY = 'report-edit:';

/** What the old places held: annotations and named texts. */
export interface LegacyData {
  annotations: Annotations;
  data: Map<string, string>;
}

export function emptyLegacy(): LegacyData {
  return { annotations: {}, data: new Map() };
}

/** Annotations from an old annotations part; undefined when the XML is not one. Throws on bad JSON. */
export function legacyAnnotationsFromXml(xml: string): Annotations | undefined {
  if (rootNamespace(xml) !== LEGACY_ANNOTATIONS_NAMESPACE) return undefined;
  const text = elementText(xml, 'annotations') ?? '';
  return text.trim() === '' ? {} : readAnnotations(JSON.parse(text));
}

/** [name, text] from an old data part; undefined when the XML is not one. */
export function legacyDataFromXml(xml: string): [string, string] | undefined {
  const m = /^urn:juesuan:data:([A-Za-z][A-Za-z0-9-]{0,39}):v1$/.exec(rootNamespace(xml) ?? '');
  if (!m) return undefined;
  const body = elementText(xml, 'data') ?? '';
  if (/\sformat\s*=\s*["']json["']/.test(elementAttributes(xml, 'data') ?? '')) {
    const parsed: unknown = JSON.parse(body);
    return typeof parsed === 'string' ? [m[1], parsed] : undefined;
  }
  return [m[1], body];
}

/** The old annotation sheet's annotations (rows that do not parse are skipped). */
export function legacyAnnotationsFromSheet(grid: SheetGrid): Annotations {
  const out: Annotations = {};
  if (grid.name !== LEGACY_ANNOTATION_SHEET || cellText(grid.cells[0]?.[0] ?? null) !== LEGACY_ANNOTATION_FORMAT) return out;
  for (const row of grid.cells.slice(2)) {
    const keyCell = row?.[0];
    const jsonCell = row?.[1];
    if (!keyCell || !jsonCell || isCellError(keyCell.value) || typeof jsonCell.value !== 'string') continue;
    let raw: unknown;
    try {
      raw = JSON.parse(jsonCell.value);
    } catch {
      continue;
    }
    const a = isRecord(raw) ? readAnnotation(raw) : undefined;
    const key = cellText(keyCell);
    if (key && a) out[key] = a;
  }
  return out;
}

/** The old data sheet's texts by name; a name whose pieces are not numbered 1, 2, … is dropped. */
export function legacyDataFromSheet(grid: SheetGrid): Map<string, string> {
  const out = new Map<string, string>();
  if (grid.name !== LEGACY_DATA_SHEET || cellText(grid.cells[0]?.[0] ?? null) !== LEGACY_DATA_FORMAT) return out;
  const pieces = new Map<string, string[]>();
  const broken = new Set<string>();
  for (const row of grid.cells.slice(2)) {
    const name = cellText(row?.[0] ?? null);
    if (!name) continue;
    const list = pieces.get(name) ?? [];
    pieces.set(name, list);
    if (row?.[1]?.value !== list.length + 1) broken.add(name);
    const value = row?.[2]?.value;
    list.push(typeof value === 'string' ? value : value === null || value === undefined ? '' : cellText(row[2]));
  }
  for (const [name, list] of pieces) if (!broken.has(name)) out.set(name, list.join(''));
  return out;
}

/** True when the sheet is one of the old places (so surfaces can hide it like their own). */
export function isLegacyStoreSheet(grid: SheetGrid): boolean {
  const mark = cellText(grid.cells[0]?.[0] ?? null);
  return (grid.name === LEGACY_ANNOTATION_SHEET && mark === LEGACY_ANNOTATION_FORMAT) || (grid.name === LEGACY_DATA_SHEET && mark === LEGACY_DATA_FORMAT);
}

function decodeEdit(text: string | undefined): { text: string; generated: string } | undefined {
  try {
    const o: unknown = JSON.parse(text ?? '');
    if (isRecord(o) && typeof o.text === 'string' && typeof o.generated === 'string' && o.text.trim()) return { text: o.text, generated: o.generated };
  } catch {
    // Hand-edited: dropped, as version 0.1 did.
  }
  return undefined;
}

/**
 * The document that the old places amount to; undefined when they hold nothing.
 * @example migrateLegacy({ annotations: { 'report:reason:收支总计': { explanation: '因为', updatedAt: 't' } }, data: new Map() })?.reasons
 */
export function migrateLegacy(legacy: LegacyData): StoredData | undefined {
  const out = emptyStored();
  let any = false;
  for (const [key, a] of Object.entries(legacy.annotations)) {
    any = true;
    if (key.startsWith(EDIT_KEY)) {
      const edit = decodeEdit(a.explanation);
      if (edit) out.edits[key.slice(EDIT_KEY.length)] = { ...edit, updatedAt: a.updatedAt };
    } else if (key.startsWith(REASON_KEY)) {
      if (a.explanation?.trim()) out.reasons[key.slice(REASON_KEY.length)] = { text: a.explanation.trim(), updatedAt: a.updatedAt };
    } else {
      out.annotations[key] = a;
    }
  }
  const prior = legacy.data.get('prior');
  if (prior) out.prior = { model: prior };
  const settings = legacy.data.get('settings');
  if (settings) {
    try {
      out.settings = readSettings(JSON.parse(settings));
    } catch {
      // Unreadable old settings give none.
    }
  }
  if (legacy.data.size > 0) any = true;
  return any ? out : undefined;
}
