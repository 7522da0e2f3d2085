/**
 * The stored-data document (src/core/stored) in the open workbook: a custom XML part in
 * STORED_NAMESPACE where this WPS offers `Workbook.CustomXMLParts` (declared in wps-jsapi:
 * EtWorkbook.CustomXMLParts → KsoCustomXMLParts with `SelectByNamespace`, `Add(XML)`,
 * `Count`, `Item(i)`, and KsoCustomXMLPart `XML`, `Delete()`), else the hidden sheet
 * STORED_SHEET. Both places (and version 0.1's parts) are read; core decides which copy counts.
 *
 * Whether WPS keeps custom XML parts when it saves an .xlsx is not documented, so the
 * choice is an option: 'auto' (parts when the members exist), 'xml', or 'sheet'.
 */
import { gridFromRows, type CellValue } from '../../core/grid/sheet-grid';
import {
  LEGACY_PART_NAMESPACES,
  STORED_NAMESPACE,
  STORED_SHEET,
  type StoredData,
  type StoredRead,
  storedFromWorkbook,
  storedSheetRows,
  storedToXml,
} from '../../core/stored';
import { storedUnreadableMessage, storedUnsavedMessage } from '../stored-messages';
import { WpsOwnedSheetWriteError, WpsStoredDataError, reason } from './errors';
import { type WpsObject, call, get, getNumber, getObject, has, items } from './members';
import { writeOwnedSheetIn } from './owned-sheet';
import { matrixOf } from './read-sheet';
import { activeWorkbook, findSheet } from './workbook';

export type StoredPlace = 'auto' | 'xml' | 'sheet';

/** The workbook's CustomXMLParts when this WPS has them (and `place` allows them). */
function customXmlParts(wb: WpsObject, place: StoredPlace): WpsObject | undefined {
  if (place === 'sheet') return undefined;
  const parts = has(wb, 'CustomXMLParts') ? (get(wb, 'CustomXMLParts') as WpsObject | null) : null;
  if (parts && typeof parts === 'object' && typeof parts.SelectByNamespace === 'function' && typeof parts.Add === 'function') return parts;
  return undefined;
}

function partsIn(parts: WpsObject, namespace: string): WpsObject[] {
  return items(call(parts, 'SelectByNamespace', namespace) as WpsObject);
}

function sheetValues(wb: WpsObject): CellValue[][] | undefined {
  const sheet = findSheet(wb, STORED_SHEET);
  if (!sheet) return undefined;
  const used = getObject(sheet, 'UsedRange');
  const rows = getNumber(getObject(used, 'Rows'), 'Count');
  const cols = getNumber(getObject(used, 'Columns'), 'Count');
  return matrixOf(get(used, 'Value2'), rows, cols).map((row) => row.map((v) => (v === undefined || v === '' ? null : (v as CellValue))));
}

export class WpsStoredData {
  private legacyParts = false;

  constructor(
    private readonly app: WpsObject,
    private readonly place: StoredPlace,
    private readonly file: () => string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  load(): StoredRead {
    let raw: { parts: string[]; sheet?: CellValue[][] };
    try {
      const wb = activeWorkbook(this.app);
      const parts = customXmlParts(wb, this.place);
      const found = parts ? [STORED_NAMESPACE, ...LEGACY_PART_NAMESPACES].flatMap((ns) => partsIn(parts, ns).slice(0, 1)) : [];
      raw = { parts: found.map((p) => String(get(p, 'XML'))), sheet: sheetValues(wb) };
    } catch (err) {
      throw new WpsStoredDataError(storedUnreadableMessage(this.file(), reason(err)), { file: this.file() });
    }
    const read = storedFromWorkbook({ parts: raw.parts, sheets: raw.sheet ? [gridFromRows(STORED_SHEET, raw.sheet)] : [] });
    this.legacyParts = read.origin === 'legacy';
    return read;
  }

  save(data: StoredData): StoredData {
    const next: StoredData = { ...data, savedAt: this.now().toISOString() };
    try {
      const wb = activeWorkbook(this.app);
      const parts = customXmlParts(wb, this.place);
      if (this.place === 'xml' && !parts) throw new Error('WPS 不支持 CustomXMLParts');
      if (parts) {
        for (const old of partsIn(parts, STORED_NAMESPACE)) call(old, 'Delete');
        call(parts, 'Add', storedToXml(next));
        if (this.legacyParts) for (const ns of LEGACY_PART_NAMESPACES) for (const old of partsIn(parts, ns)) call(old, 'Delete');
        this.legacyParts = false;
      } else {
        writeOwnedSheetIn(this.app, STORED_SHEET, storedSheetRows(next), this.file(), { hidden: true });
      }
    } catch (err) {
      const why = err instanceof WpsOwnedSheetWriteError ? err.message : storedUnsavedMessage(this.file(), reason(err));
      throw new WpsStoredDataError(why, { file: this.file() });
    }
    return next;
  }
}
