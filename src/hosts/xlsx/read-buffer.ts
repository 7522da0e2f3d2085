/**
 * Read .xlsx bytes into SheetGrids. Browser-safe: no fs or path.
 *
 * The zip is opened once (zip-parts.ts): sizes are checked against ZIP_LIMITS before
 * anything is inflated, the sheets are listed from workbook.xml, big sheets are read in full
 * only when their first rows can be a schedule (sheet-cues.ts). The sheets' XML is then read
 * straight into grids (direct-grids.ts); a workbook using something that reader leaves to
 * ExcelJS is parsed by ExcelJS instead, from an archive holding just the parts it needs,
 * each inflated by us under the caps. Both give the same grids.
 */
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { OWNED_SHEET_PREFIX } from '../../core/charts/owned-sheet';
import type { SheetGrid, WorkbookSource } from '../../core/grid/sheet-grid';
import { SUPPLEMENT_SHEET } from '../../core/supplement/read';
import { directGrids } from './direct-grids';
import { restoreFromSheetXml } from './empty-text-results';
import { workbookClass } from './exceljs-workbook';
import { mayHoldSchedule, PEEK_ABOVE, sharedStrings } from './sheet-cues';
import { ListedSheet, listSheets } from './sheet-list';
import { sniffFileKind } from './signature';
import * as fail from './unreadable';
import { worksheetToGrid } from './worksheet-grid';
import { ZipParts, ZipRefusal } from './zip-parts';

export interface ReadOptions {
  /**
   * Read every sheet in full, even a big one without a schedule's cues in its first rows
   * (default false: such a sheet comes back as an empty grid with its name).
   */
  allSheets?: boolean;
  /**
   * Parse with ExcelJS even where the direct reader could (default false): the reference
   * that reader is tested against, and a way round it should it ever misread a file.
   */
  exceljs?: boolean;
}

/** A workbook read from its bytes, with the add-in's custom XML parts found on the way. */
export interface WorkbookParts {
  source: WorkbookSource;
  /** The parts customXml/item*.xml by path (where Excel keeps the add-in's stored data). */
  customXml: Map<string, Uint8Array>;
}

const CUSTOM_XML = /^customXml\/item\d*\.xml$/i;
const SHEET_RELS = (path: string) => path.replace(/([^/]*)$/, '_rels/$1.rels');

function toBytes(data: ArrayBuffer | Uint8Array): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

function refusal(fileName: string, e: unknown): Error {
  if (!(e instanceof ZipRefusal)) return e instanceof Error ? e : new Error(String(e));
  if (e.reason === 'part-too-large') return fail.partTooLarge(fileName, e.part, e.size);
  if (e.reason === 'total-too-large') return fail.totalTooLarge(fileName, e.size);
  return fail.damaged(fileName);
}

/** The add-in's own sheets and 补充信息 are always read, whatever their size. */
function alwaysRead(name: string): boolean {
  return name.startsWith(OWNED_SHEET_PREFIX) || name === SUPPLEMENT_SHEET;
}

interface Plan {
  sheet: ListedSheet;
  /** 1-based position among the sheets read in full: its part becomes xl/worksheets/sheet<n>.xml. */
  n?: number;
  xml?: Uint8Array;
}

/** Which listed worksheets to read in full; a sheet whose part is missing cannot be read. */
async function planSheets(zip: ZipParts, sheets: ListedSheet[], options: ReadOptions, fileName: string): Promise<Plan[]> {
  let strings: string[] | undefined;
  const stringsOnce = () => strings ?? [];
  const plans: Plan[] = [];
  let n = 0;
  for (const sheet of sheets.filter((s) => s.worksheet)) {
    if (!sheet.path || !zip.has(sheet.path)) throw fail.sheetPartMissing(fileName, sheet.name);
    const size = zip.entries.get(sheet.path)?.uncompressedSize ?? 0;
    let full = options.allSheets || alwaysRead(sheet.name) || size <= PEEK_ABOVE;
    if (!full) {
      strings ??= sharedStrings((await zip.text('xl/sharedStrings.xml')) ?? '');
      full = await mayHoldSchedule(zip, sheet.path, sheet.name, stringsOnce);
    }
    plans.push(full ? { sheet, n: ++n } : { sheet });
  }
  return plans;
}

/**
 * The archive ExcelJS parses: every part but the worksheets not read and the custom XML,
 * each read worksheet under the name ExcelJS looks for (it skips any other name), the
 * workbook's relationships pointing there. Stored, not compressed: it only crosses to ExcelJS.
 */
async function archiveForExcelJs(zip: ZipParts, plans: Plan[], relationships: Map<string, { type: string; path: string; tag: string }>): Promise<Uint8Array> {
  const out = new JSZip();
  const sheetParts = new Set<string>();
  for (const p of plans) {
    const path = p.sheet.path as string;
    sheetParts.add(path).add(SHEET_RELS(path));
  }
  for (const [, rel] of relationships) if (rel.type === 'worksheet') sheetParts.add(rel.path).add(SHEET_RELS(rel.path));
  for (const name of zip.names()) {
    if (sheetParts.has(name) || CUSTOM_XML.test(name) || name === 'xl/_rels/workbook.xml.rels') continue;
    out.file(name, (await zip.read(name)) as Uint8Array);
  }
  const targets = new Map<string, string>();
  for (const p of plans) {
    if (p.n === undefined) continue;
    const path = p.sheet.path as string;
    p.xml = (await zip.read(path)) as Uint8Array;
    out.file(`xl/worksheets/sheet${p.n}.xml`, p.xml);
    const rels = await zip.read(SHEET_RELS(path));
    if (rels) out.file(`xl/worksheets/_rels/sheet${p.n}.xml.rels`, rels);
    targets.set(p.sheet.rid, `worksheets/sheet${p.n}.xml`);
  }
  const tags: string[] = [];
  for (const [id, rel] of relationships) {
    if (rel.type === 'worksheet' && !targets.has(id)) continue;
    const target = targets.get(id);
    tags.push(target ? rel.tag.replace(/\sTarget\s*=\s*("[^"]*"|'[^']*')/, ` Target="${target}"`) : rel.tag);
  }
  out.file(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${tags.join('')}</Relationships>`,
  );
  return out.generateAsync({ type: 'uint8array', compression: 'STORE' });
}

async function loadWithExcelJs(bytes: Uint8Array, fileName: string): Promise<ExcelJS.Workbook> {
  const workbook = new (workbookClass())();
  try {
    // JSZip inside ExcelJS accepts a Uint8Array as well as a Node Buffer.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw fail.damaged(fileName);
  }
  return workbook;
}

/** The grids in workbook order: ExcelJS's for the sheets read, empty ones for the rest. */
function gridsOf(workbook: ExcelJS.Workbook, plans: Plan[], fileName: string): SheetGrid[] {
  const date1904 = Boolean((workbook.properties as { date1904?: boolean } | undefined)?.date1904);
  const byName = new Map(workbook.worksheets.map((ws) => [ws.name, ws]));
  return plans.map((p) => {
    if (p.n === undefined) return { name: p.sheet.name, cells: [], merges: [], hidden: p.sheet.hidden };
    const ws = byName.get(p.sheet.name);
    // Listed, present, and still not read: say so rather than leave a schedule out.
    if (!ws) throw fail.sheetUnreadable(fileName, p.sheet.name);
    let grid: SheetGrid;
    try {
      grid = worksheetToGrid(ws, date1904);
    } catch {
      throw fail.damaged(fileName);
    }
    if (p.xml) restoreFromSheetXml(grid, new TextDecoder('utf-8').decode(p.xml));
    return grid;
  });
}

/**
 * Read an .xlsx workbook from its bytes, with the custom XML parts that hold the add-in's
 * stored data (read-buffer's one open of the zip serves both). See readWorkbookBuffer.
 */
export async function readWorkbookParts(data: ArrayBuffer | Uint8Array, fileName: string, options: ReadOptions = {}): Promise<WorkbookParts> {
  const bytes = toBytes(data);
  const kind = sniffFileKind(bytes);
  if (kind === 'empty') throw fail.fileEmpty(fileName);
  if (kind === 'ole-encrypted') throw fail.passwordProtected(fileName);
  if (kind === 'ole') throw fail.oldXlsFormat(fileName);
  if (kind !== 'zip') throw fail.notAnXlsx(fileName, kind);

  try {
    const zip = await ZipParts.open(bytes);
    if (!zip.has('xl/workbook.xml')) throw fail.zipNotWorkbook(fileName);
    const { wellFormed, sheets, relationships, date1904 } = await listSheets(zip);
    if (!wellFormed) throw fail.damaged(fileName);
    const plans = await planSheets(zip, sheets, options, fileName);
    if (plans.length === 0) throw fail.noWorksheets(fileName);
    let grids = options.exceljs ? undefined : await directGrids(zip, plans.map((p) => ({ sheet: p.sheet, full: p.n !== undefined })), date1904);
    if (!grids) {
      const workbook = await loadWithExcelJs(await archiveForExcelJs(zip, plans, relationships), fileName);
      grids = gridsOf(workbook, plans, fileName);
    }
    const customXml = new Map<string, Uint8Array>();
    for (const name of zip.names().filter((n) => CUSTOM_XML.test(n))) customXml.set(name, (await zip.read(name)) as Uint8Array);
    return { source: { file: fileName, sheets: grids }, customXml };
  } catch (e) {
    throw refusal(fileName, e);
  }
}

/**
 * Read an .xlsx workbook from its bytes: every worksheet in workbook order, hidden ones
 * included (`hidden: true`), whatever its part is called in the zip.
 *
 * Read: cell values (numbers, text, booleans, dates as yyyy-mm-dd text — typed dates
 * (t="d") too, error values as CellError, rich text and hyperlinks as their text), formulas
 * with their cached result (`formulaWithoutValue` when none was saved), number formats,
 * merged areas (value only in the top-left cell), hidden rows and columns. Trailing empty
 * rows and columns are trimmed; positions are kept, so grid (r, c) is the sheet's cell a1(r, c).
 * A sheet whose XML is over 2 MB and whose first 40 rows have no schedule cue (a title,
 * code or header word) comes back as an empty grid unless `options.allSheets`; the add-in's
 * sheets (决算助手_…) and 补充信息 are always read.
 * Not read: styles other than the number format, display text, charts and chart sheets,
 * images, comments, data validation, defined names.
 *
 * @param fileName names the file in messages and in the result's `file`.
 * @throws WorkbookUnreadableError (Chinese message naming the file) for an empty file, a
 *   file that is not an .xlsx (text, PDF, image …), an old .xls, a password-protected
 *   workbook, a zip that is not a spreadsheet, a damaged zip, a workbook without sheets, a
 *   listed sheet whose part is missing or unreadable, or a zip that would inflate beyond
 *   ZIP_LIMITS (docs/limits.md).
 * @example const source = await readWorkbookBuffer(await file.arrayBuffer(), file.name);
 */
export async function readWorkbookBuffer(data: ArrayBuffer | Uint8Array, fileName: string, options: ReadOptions = {}): Promise<WorkbookSource> {
  return (await readWorkbookParts(data, fileName, options)).source;
}
