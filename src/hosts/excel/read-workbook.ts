/// <reference types="office-js" />
/**
 * Read every worksheet of the open workbook into SheetGrids in a fixed number of syncs:
 * 1) the sheet list, 2) each sheet's used range, 3) the cells in row blocks (read-plan.ts),
 * one sync for any workbook under ~65,000 used cells, more only for giant ones. A sheet
 * whose used range is huge (a stray far value) costs one more sync and is read in its
 * schedule region only (read-bounds.ts).
 *
 * Read per cell: values, value types (to tell an error value from text) and number formats.
 * Not read: formulas, because Excel calculates every formula, so through Office.js a formula
 * always has a value and `formulaWithoutValue` cannot arise (the engine uses `formula` for
 * nothing else); display text, which the .xlsx host does not fill either, so both hosts
 * give the engine the same grids and the payload stays small. Dates follow the workbook's
 * 1900 date system (Office.js does not tell a 1904 workbook apart before ExcelApi 1.16).
 */
import type { CellRange, WorkbookSource } from '../../core/grid/sheet-grid';
import type { ReadProgress } from '../workbook-host';
import { parseAreas } from './addresses';
import { ExcelReadError, officeErrorCode, sheetUnreadable } from './errors';
import { boundedRead, isHuge, queueBoundsProbe } from './read-bounds';
import { BYTES_PER_CELL, type BlockRequest, type SheetExtent, SYNC_BUDGET, planReads, splitBlock } from './read-plan';
import { type LoadedBlock, buildSheetGrid } from './sheet-builder';
import { type IsSetSupported, MERGED_AREAS_API, type RunBatch } from './types';

interface SheetState {
  sheet: Excel.Worksheet;
  name: string;
  hidden: boolean;
  extent: SheetExtent | null;
  blocks: LoadedBlock[];
  hiddenRows: Set<number>;
  hiddenCols: Set<number>;
  merges: CellRange[];
}

interface Pending {
  block: BlockRequest;
  data: Excel.Range;
  rows: OfficeExtension.ClientResult<Excel.RowProperties[]>;
  cols?: OfficeExtension.ClientResult<Excel.ColumnProperties[]>;
  merges?: Excel.RangeAreas;
}

/**
 * Codes that mean "ask for less": an oversized request or response (Excel on the web's 5 MB;
 * the response code is the one Excel.ErrorCodes lists) or a range over the cell limit of a get.
 */
const TOO_LARGE = new Set(['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded', 'RangeExceedsLimit']);

/** Queue the requests of one block. */
function queueBlock(states: SheetState[], block: BlockRequest, withMerges: boolean): Pending {
  const s = states[block.sheet];
  const e = s.extent as SheetExtent;
  const data = s.sheet.getRangeByIndexes(block.firstRow, e.left, block.rowCount, e.cols);
  data.load('values, valueTypes, numberFormat');
  const propsRows = block.firstRow + block.rowCount - block.propsFrom;
  const rows = s.sheet.getRangeByIndexes(block.propsFrom, 0, propsRows, 1).getRowProperties({ rowHidden: true });
  const pending: Pending = { block, data, rows };
  if (block.sheetWide) {
    pending.cols = s.sheet.getRangeByIndexes(0, 0, 1, e.left + e.cols).getColumnProperties({ columnHidden: true });
    if (withMerges) {
      // Merged areas come back by their top-left cell only (office-js #3611): ask from A1.
      pending.merges = s.sheet.getRangeByIndexes(0, 0, e.top + e.rows, e.left + e.cols).getMergedAreasOrNullObject();
      pending.merges.load('address');
    }
  }
  return pending;
}

/** UTF-8 bytes of a matrix as JSON, closely enough to size the next requests. */
function jsonBytes(matrix: unknown[][]): number {
  let n = 2;
  for (const row of matrix) {
    n += 3;
    for (const v of row) {
      if (typeof v !== 'string') n += v === null || v === undefined ? 5 : String(v).length + 1;
      else {
        n += 3;
        for (let i = 0; i < v.length; i++) n += v.charCodeAt(i) < 0x80 ? 1 : 3;
      }
    }
  }
  return n;
}

function keep(s: SheetState, p: Pending): void {
  const e = s.extent as SheetExtent;
  s.blocks.push({ firstRow: p.block.firstRow, left: e.left, values: p.data.values, valueTypes: p.data.valueTypes as string[][], numberFormat: p.data.numberFormat });
  p.rows.value.forEach((r, i) => r.rowHidden && s.hiddenRows.add(p.block.propsFrom + i));
  p.cols?.value.forEach((c, i) => c.columnHidden && s.hiddenCols.add(i));
  if (p.merges && !p.merges.isNullObject) s.merges.push(...parseAreas(p.merges.address));
}

class BlockReader {
  /** Sheets whose merged areas Excel refused (more than 512): read without them. */
  private readonly noMerges = new Set<number>();
  /** The largest response bytes per cell seen so far. */
  bytesPerCell = BYTES_PER_CELL;
  /** Per sheet, the first row not read yet. */
  readonly from: number[];

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly states: SheetState[],
    private readonly file: string,
    private readonly mergesSupported: boolean,
  ) {
    this.from = states.map((s) => s.extent?.top ?? 0);
  }

  /** What is left to read, in syncs sized with the bytes per cell seen so far. */
  plan(): BlockRequest[][] {
    return planReads(
      this.states.map((s) => s.extent),
      SYNC_BUDGET,
      { bytesPerCell: this.bytesPerCell, from: this.from },
    );
  }

  /**
   * Load a group of blocks in one sync. When Excel says it is too large, only a first part
   * is loaded (halving until one fits) and the rest is left for the next plan, which then
   * knows the size of what came back.
   */
  async load(group: BlockRequest[]): Promise<void> {
    const pending = group.map((b) => queueBlock(this.states, b, this.mergesSupported && !this.noMerges.has(b.sheet)));
    try {
      await this.context.sync();
    } catch (err) {
      await this.recover(group, err, pending.some((p) => p.merges));
      return;
    }
    // Over 5,000,000 cells Excel may answer with null values instead of an error
    // (office-js #4783, #6781): ask for less, as for a payload error.
    if (pending.some((p) => p.data.values === null)) {
      await this.firstPart(group);
      return;
    }
    // Blocks of a sheet must be kept in row order; a split group keeps its order.
    for (const p of pending) this.keep(p);
  }

  /** Keep a loaded block, and learn from its size. */
  private keep(p: Pending): void {
    const s = this.states[p.block.sheet];
    keep(s, p);
    this.from[p.block.sheet] = p.block.firstRow + p.block.rowCount;
    const seen = (jsonBytes(p.data.values) + jsonBytes(p.data.numberFormat) + jsonBytes(p.data.valueTypes)) / (p.block.rowCount * (s.extent as SheetExtent).cols);
    this.bytesPerCell = Math.max(this.bytesPerCell, Math.ceil(seen * 1.1));
  }

  /** Load the first half of the group, or the first half of its one block's rows. */
  private async firstPart(group: BlockRequest[]): Promise<void> {
    if (group.length > 1) {
      await this.load(group.slice(0, Math.ceil(group.length / 2)));
      return;
    }
    const halves = splitBlock(group[0]);
    if (!halves) {
      const s = this.states[group[0].sheet];
      throw new ExcelReadError(`工作表“${s.name}”第 ${group[0].firstRow + 1} 行的内容过多，超出 Excel 网页版单次读取的上限（5 MB），无法读取。请在桌面版 Excel 中打开后重试。`, { file: this.file, sheet: s.name });
    }
    await this.load([halves[0]]);
  }

  private async recover(group: BlockRequest[], err: unknown, askedMerges: boolean): Promise<void> {
    if (TOO_LARGE.has(officeErrorCode(err) ?? '')) {
      await this.firstPart(group);
      return;
    }
    if (askedMerges) {
      // More than 512 merged areas on a sheet makes Excel fail the request. Find that sheet
      // (halving the group) and read it without merges; the other sheets keep theirs.
      if (group.length > 1) {
        await this.firstPart(group);
        return;
      }
      this.noMerges.add(group[0].sheet);
      await this.load(group);
      return;
    }
    // Find the sheet that fails, to name it.
    for (const block of group) {
      const p = queueBlock(this.states, block, false);
      try {
        await this.context.sync();
      } catch (blockErr) {
        throw sheetUnreadable(this.file, this.states[block.sheet].name, blockErr);
      }
      this.keep(p);
    }
  }
}

/** One more sync for the sheets whose used range is huge: what to read of each, and the notices. */
async function boundHugeSheets(context: Excel.RequestContext, states: SheetState[]): Promise<string[]> {
  const huge = states.filter((s) => s.extent && isHuge(s.extent));
  if (huge.length === 0) return [];
  const probes = huge.map((s) => queueBoundsProbe(s.sheet, s.extent as SheetExtent));
  await context.sync();
  return huge.map((s, i) => {
    const { extent, notice } = boundedRead(s.name, s.extent as SheetExtent, probes[i]);
    s.extent = extent;
    return notice;
  });
}

/**
 * Read the workbook. `onProgress` gets { done: 0, total } once the sheets are listed and
 * then one call per sheet assembled.
 * @throws ExcelReadError (Chinese message naming the file and sheet) when Excel refuses a read.
 */
export async function readWorkbookThrough(
  run: RunBatch,
  isSetSupported: IsSetSupported,
  fallbackName: string,
  onProgress?: (p: ReadProgress) => void,
): Promise<WorkbookSource> {
  return run(async (context) => {
    const workbook = context.workbook;
    workbook.load('name');
    const worksheets = workbook.worksheets;
    worksheets.load('items/name, items/visibility');
    await context.sync();
    const file = workbook.name || fallbackName;
    const states: SheetState[] = worksheets.items.map((sheet) => ({
      sheet,
      name: sheet.name,
      hidden: sheet.visibility !== 'Visible',
      extent: null,
      blocks: [],
      hiddenRows: new Set(),
      hiddenCols: new Set(),
      merges: [],
    }));
    onProgress?.({ done: 0, total: states.length });

    const used = states.map((s) => s.sheet.getUsedRangeOrNullObject(true).load('rowIndex, columnIndex, rowCount, columnCount'));
    await context.sync();
    used.forEach((r, i) => {
      if (!r.isNullObject) states[i].extent = { top: r.rowIndex, left: r.columnIndex, rows: r.rowCount, cols: r.columnCount };
    });
    const notices = await boundHugeSheets(context, states);

    const reader = new BlockReader(context, states, file, isSetSupported('ExcelApi', MERGED_AREAS_API));
    // Planned again after every sync, with the bytes per cell seen so far.
    for (let group = reader.plan()[0]; group; group = reader.plan()[0]) await reader.load(group);

    const sheets = states.map((s, i) => {
      const grid = buildSheetGrid(s);
      onProgress?.({ done: i + 1, total: states.length });
      return grid;
    });
    return notices.length > 0 ? { file, sheets, notices } : { file, sheets };
  });
}
