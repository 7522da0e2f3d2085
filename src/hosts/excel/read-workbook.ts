/// <reference types="office-js" />
/**
 * Read every worksheet of the open workbook into SheetGrids in a fixed number of syncs:
 * 1) the sheet list, 2) each sheet's used range, 3) the cells in row blocks (read-plan.ts),
 * one sync for any workbook under ~65,000 used cells, more only for giant ones.
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
import { type BlockRequest, type SheetExtent, planReads, splitBlock } from './read-plan';
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
      pending.merges = s.sheet.getRangeByIndexes(0, 0, e.top + e.rows, e.left + e.cols).getMergedAreasOrNullObject();
      pending.merges.load('address');
    }
  }
  return pending;
}

function keep(states: SheetState[], p: Pending): void {
  const s = states[p.block.sheet];
  const e = s.extent as SheetExtent;
  s.blocks.push({ firstRow: p.block.firstRow, left: e.left, values: p.data.values, valueTypes: p.data.valueTypes as string[][], numberFormat: p.data.numberFormat });
  p.rows.value.forEach((r, i) => r.rowHidden && s.hiddenRows.add(p.block.propsFrom + i));
  p.cols?.value.forEach((c, i) => c.columnHidden && s.hiddenCols.add(i));
  if (p.merges && !p.merges.isNullObject) s.merges.push(...parseAreas(p.merges.address));
}

class BlockReader {
  constructor(
    private readonly context: Excel.RequestContext,
    private readonly states: SheetState[],
    private readonly file: string,
    private withMerges: boolean,
  ) {}

  /** Load a group of blocks in one sync, splitting or retrying on failure (see read-plan.ts). */
  async load(group: BlockRequest[]): Promise<void> {
    const pending = group.map((b) => queueBlock(this.states, b, this.withMerges));
    try {
      await this.context.sync();
    } catch (err) {
      await this.recover(group, err, pending.some((p) => p.merges));
      return;
    }
    // Blocks of a sheet must be kept in row order; a split group keeps its order.
    for (const p of pending) keep(this.states, p);
  }

  private async recover(group: BlockRequest[], err: unknown, askedMerges: boolean): Promise<void> {
    if (officeErrorCode(err) === 'RequestPayloadSizeLimitExceeded') {
      if (group.length > 1) {
        const half = Math.ceil(group.length / 2);
        await this.load(group.slice(0, half));
        await this.load(group.slice(half));
        return;
      }
      const halves = splitBlock(group[0]);
      if (!halves) {
        const s = this.states[group[0].sheet];
        throw new ExcelReadError(`工作表“${s.name}”第 ${group[0].firstRow + 1} 行的内容过多，超出 Excel 网页版单次读取的上限（5 MB），无法读取。请在桌面版 Excel 中打开后重试。`, { file: this.file, sheet: s.name });
      }
      await this.load([halves[0]]);
      await this.load([halves[1]]);
      return;
    }
    if (askedMerges) {
      // More than 512 merged areas on a sheet makes Excel fail the request: read without merges.
      this.withMerges = false;
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
      keep(this.states, p);
    }
  }
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

    const reader = new BlockReader(context, states, file, isSetSupported('ExcelApi', MERGED_AREAS_API));
    for (const group of planReads(states.map((s) => s.extent))) await reader.load(group);

    const sheets = states.map((s, i) => {
      const grid = buildSheetGrid(s);
      onProgress?.({ done: i + 1, total: states.length });
      return grid;
    });
    return { file, sheets };
  });
}
