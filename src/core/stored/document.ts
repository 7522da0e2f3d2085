/**
 * The stored-data document: everything the add-in keeps inside a workbook, in one versioned
 * value, so every surface (the pane in Excel, the preview, the command line, later WPS) reads
 * and writes the same thing. Hosts only move its text (codec.ts) to and from a custom XML
 * part or the hidden sheet (sheet.ts); they never look inside.
 */

/** The user's note on one finding: an explanation (出错说明) and/or an ignore mark. */
export interface Annotation {
  explanation?: string;
  ignored?: boolean;
  /** ISO time of the last change. */
  updatedAt: string;
}

/** Annotations by finding key (src/core/rules/finding-key.ts). */
export type Annotations = Record<string, Annotation>;

/** A text the user typed for a report placeholder (a reason, a missing figure). */
export interface TypedText {
  text: string;
  updatedAt: string;
}

/**
 * The user's own wording of a report paragraph and the generated text it replaced: the edit
 * survives regeneration only while the generated paragraph is word for word the same.
 */
export interface StoredEdit {
  text: string;
  generated: string;
  updatedAt: string;
}

/** Overrides that belong to the workbook: the report title's facts and the report's form. */
export interface StoredSettings {
  unitName?: string;
  year?: number;
  /** A report style id of the template registry (sichuan, national …). */
  style?: string;
  /** Decimals of rates and shares, 0–4. */
  percentDecimals?: number;
  /** Write whole amounts bare ("11万元") instead of "11.00万元". */
  integerAmounts?: boolean;
  /** List the zero items of 二 and 三 too. */
  listZeroItems?: boolean;
}

/** Last year's workbook as imported in the pane: its recognised model (model-codec JSON). */
export interface StoredPrior {
  /** modelToJson text. */
  model: string;
  /** supplementToJson text of last year's 补充信息, when its workbook had one. */
  supplement?: string;
  /** The file it was imported from, for "使用……" messages. */
  file?: string;
  savedAt?: string;
}

/** A department's rule pack, kept as the JSON text the user loaded. */
export interface StoredPack {
  /** The file name it was loaded from; also its identity in the list. */
  name: string;
  text: string;
  addedAt: string;
}

export interface StoredData {
  /** ISO time of the last save; when a workbook holds two copies the newer wins. */
  savedAt?: string;
  annotations: Annotations;
  /** Typed texts by placeholder id (reason:收支总计 …). */
  reasons: Record<string, TypedText>;
  /** Paragraph edits by paragraph key (一:0, 五.二:1 …). */
  edits: Record<string, StoredEdit>;
  settings: StoredSettings;
  prior?: StoredPrior;
  packs: StoredPack[];
}

/** A document with nothing in it. */
export function emptyStored(): StoredData {
  return { annotations: {}, reasons: {}, edits: {}, settings: {}, packs: [] };
}

/** True when the document holds nothing worth writing. */
export function isStoredEmpty(d: StoredData): boolean {
  return (
    Object.keys(d.annotations).length === 0 &&
    Object.keys(d.reasons).length === 0 &&
    Object.keys(d.edits).length === 0 &&
    Object.keys(d.settings).length === 0 &&
    !d.prior &&
    d.packs.length === 0
  );
}

/** A plausible report year for the override. */
export function isReportYear(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 2000 && v <= 2100;
}

/** Decimals of rates and shares the report supports (the pane offers 0–2, the command line up to 4). */
export function isPercentDecimals(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 4;
}
