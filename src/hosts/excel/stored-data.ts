/// <reference types="office-js" />
/**
 * The stored-data document (src/core/stored) in the open workbook: one custom XML part in
 * STORED_NAMESPACE (ExcelApi 1.5), or the hidden sheet STORED_SHEET where custom XML parts
 * are not supported. Both are read, and the places version 0.1 used (its parts and document
 * settings) once, for migration; core decides which copy counts. Two syncs to load.
 */
import { gridFromRows } from '../../core/grid/sheet-grid';
import type { CellValue } from '../../core/grid/sheet-grid';
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
import { OwnedSheetWriteError, StoredDataStoreError, reason } from './errors';
import { replaceCustomXmlPart } from './custom-xml-part';
import { writeOwnedSheetThrough } from './owned-sheet';
import type { SettingsStore } from './settings-store';
import { CUSTOM_XML_API, type IsSetSupported, type RunBatch } from './types';

export class StoredDataStore {
  /** The last load found data only in version 0.1's parts: remove them after the first save. */
  private legacyParts = false;

  constructor(
    private readonly run: RunBatch,
    private readonly isSetSupported: IsSetSupported,
    private readonly settings: SettingsStore | undefined,
    private readonly file: () => string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private get useXml(): boolean {
    return this.isSetSupported('ExcelApi', CUSTOM_XML_API);
  }

  /** Raw parts (first of each namespace) and the hidden sheet's values. */
  private async readRaw(): Promise<{ parts: string[]; sheet?: CellValue[][] }> {
    const useXml = this.useXml;
    return this.run(async (context) => {
      const collections = useXml
        ? [STORED_NAMESPACE, ...LEGACY_PART_NAMESPACES].map((ns) => {
            const parts = context.workbook.customXmlParts.getByNamespace(ns);
            parts.load('items/id');
            return parts;
          })
        : [];
      const sheet = context.workbook.worksheets.getItemOrNullObject(STORED_SHEET);
      await context.sync();
      const contents = collections.flatMap((c) => (c.items[0] ? [c.items[0].getXml()] : []));
      const used = sheet.isNullObject ? undefined : sheet.getUsedRangeOrNullObject(true);
      used?.load('values');
      await context.sync();
      const parts = contents.map((c) => c.value);
      return { parts, sheet: used && !used.isNullObject ? (used.values as CellValue[][]) : undefined };
    });
  }

  /** The document as the workbook holds it (empty when nothing was saved). */
  async load(): Promise<StoredRead> {
    let raw: { parts: string[]; sheet?: CellValue[][] };
    try {
      raw = await this.readRaw();
    } catch (err) {
      throw new StoredDataStoreError(storedUnreadableMessage(this.file(), reason(err)), { file: this.file() });
    }
    const read = storedFromWorkbook({
      parts: raw.parts,
      sheets: raw.sheet ? [gridFromRows(STORED_SHEET, raw.sheet)] : [],
      setting: (key) => this.settings?.get(key),
    });
    this.legacyParts = read.origin === 'legacy';
    return read;
  }

  /** Replace the document; returns what was written (with its savedAt). */
  async save(data: StoredData): Promise<StoredData> {
    const next: StoredData = { ...data, savedAt: this.now().toISOString() };
    try {
      if (this.useXml) {
        await replaceCustomXmlPart(this.run, STORED_NAMESPACE, storedToXml(next));
        if (this.legacyParts) await this.removeLegacyParts();
      } else {
        await writeOwnedSheetThrough(this.run, this.isSetSupported, STORED_SHEET, storedSheetRows(next), this.file(), { hidden: true });
      }
    } catch (err) {
      // The sheet writer's own message already names the sheet and what to do.
      const why = err instanceof OwnedSheetWriteError ? err.message : storedUnsavedMessage(this.file(), reason(err));
      throw new StoredDataStoreError(why, { file: this.file() });
    }
    return next;
  }

  /** Version 0.1's parts, now migrated. */
  private async removeLegacyParts(): Promise<void> {
    await this.run(async (context) => {
      const collections = LEGACY_PART_NAMESPACES.map((ns) => {
        const parts = context.workbook.customXmlParts.getByNamespace(ns);
        parts.load('items/id');
        return parts;
      });
      await context.sync();
      for (const c of collections) for (const p of c.items) p.delete();
      await context.sync();
    });
    this.legacyParts = false;
  }
}
