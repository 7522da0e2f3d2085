/**
 * A fake ET Range over one rectangle (the first area of a union such as "A1,C3"), following
 * VBA's Range as the ET reference mirrors it (members in wps-jsapi lib.et.d.ts, EtRange):
 * 1-based `Row`/`Column`; `Rows`/`Columns` are ranges whose `Count` is the number of rows
 * or columns and whose `Item(i)` is one of them; `Item(r, c)` is relative to the range;
 * `Value2` of one cell is a scalar and of a block a 2-D array of rows; `NumberFormat`,
 * `MergeCells`, `HasFormula`, `Hidden` are null when the cells differ (VBA); `Hidden` needs
 * entire rows or columns; `Select()` fails unless the range's sheet is active (VBA
 * "Select method of Range class failed"); writing numeric text into a cell not formatted
 * as text ("@") makes it a number, as typing it would.
 *
 * `Find(What, After, LookIn, LookAt, SearchOrder, SearchDirection)` as VBA's Range.Find
 * (learn.microsoft.com/office/vba/api/excel.range.find; EtRange.Find in lib.et.d.ts):
 * the search starts after the `After` cell (default: the range's top-left cell) and wraps
 * around, so that cell is searched last; SearchOrder xlByRows (1) or xlByColumns (2),
 * SearchDirection xlNext (1) or xlPrevious (2); no match is Nothing (options.findMiss).
 * Only What "*" (any cell with content; with LookIn xlFormulas -4123 a formula counts too)
 * is modelled, the one form the host uses.
 */
import { type CellRange, a1, isCellError, parseA1 } from '../../../../src/core/grid/sheet-grid';
import { FakeWpsError, expose, method, property } from './expose';
import { type FakeCell, type FakeSheet, type FakeWorkbookState, key } from './model';
import type { ResolvedOptions } from './options';

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;
/** The largest Value2 block the fake builds (cells). */
const FAKE_READ_LIMIT = 20_000_000;
/** Default row height and column width in points, for Left/Top. */
const ROW_POINTS = 15;
const COL_POINTS = 48;

type Kind = 'cells' | 'rows' | 'columns';

export interface RangeContext {
  state: FakeWorkbookState;
  options: ResolvedOptions;
}

const errorCode = (text: string): number | undefined =>
  ({ '#NULL!': 2000, '#DIV/0!': 2007, '#VALUE!': 2015, '#REF!': 2023, '#NAME?': 2029, '#NUM!': 2036, '#N/A': 2042 })[text];

/** "A1", "$B$2:C3" → 0-based rectangle. */
export function parseArea(address: string): CellRange {
  const [from, to = from] = address.trim().split(':');
  const a = parseA1(from.replace(/\$/g, ''));
  const b = parseA1(to.replace(/\$/g, ''));
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

export const areaAddress = (r: CellRange): string => (r.top === r.bottom && r.left === r.right ? a1(r.top, r.left) : `${a1(r.top, r.left)}:${a1(r.bottom, r.right)}`);

function uniform<T>(values: T[]): T | null {
  return values.every((v) => v === values[0]) ? values[0] : null;
}

const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

function written(cell: FakeCell | undefined, input: unknown): FakeCell | undefined {
  const numFmt = cell?.numFmt;
  if (input === null || input === undefined || input === '') return numFmt ? { value: null, numFmt } : undefined;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw new FakeWpsError(`无效的值 ${input}`);
    return { value: input, numFmt };
  }
  if (typeof input === 'boolean') return { value: input, numFmt };
  if (typeof input !== 'string') throw new FakeWpsError(`无效的值类型 ${typeof input}`);
  if (numFmt !== '@' && NUMERIC.test(input.trim())) return { value: Number(input), numFmt };
  return { value: input, numFmt };
}

export class FakeRangeFactory {
  constructor(private readonly ctx: RangeContext) {}

  /** A range object over `areas` (first area used by every member but Select). */
  make(sheet: FakeSheet, areas: CellRange[], kind: Kind = 'cells'): Record<string, unknown> {
    const { state, options } = this.ctx;
    const area = areas[0];
    const rows = area.bottom - area.top + 1;
    const cols = area.right - area.left + 1;
    const entireRows = area.left === 0 && area.right === MAX_COLS - 1;
    const entireCols = area.top === 0 && area.bottom === MAX_ROWS - 1;
    const positions = (): [number, number][] => {
      const out: [number, number][] = [];
      for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) out.push([r, c]);
      return out;
    };
    const cellValue = (r: number, c: number): unknown => {
      const cell = sheet.cells.get(key(r, c));
      const v = cell?.value;
      if (v === null || v === undefined || v === '') return options.emptyValue === 'empty-string' ? '' : undefined;
      if (isCellError(v)) return options.errorValues === 'code' ? (errorCode(v.error) ?? 0) - 2146828288 : v.error;
      return v;
    };
    const merged = (r: number, c: number): CellRange | undefined => sheet.merges.find((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right);
    const log = (member: string): void => {
      state.writes.push({ sheet: sheet.name, member, address: areaAddress(area) });
    };
    const obj: Record<string, unknown> = {};
    Object.defineProperty(obj, '__address', { value: areaAddress(area) });
    Object.defineProperty(obj, '__sheet', { value: sheet });
    const sub = (top: number, left: number, bottom: number, right: number, k: Kind = 'cells') => this.make(sheet, [{ top, left, bottom, right }], k);

    expose(obj, options.members, 'Row', () => area.top + 1);
    expose(obj, options.members, 'Column', () => area.left + 1);
    expose(obj, options.members, 'Count', () => (kind === 'rows' ? rows : kind === 'columns' ? cols : rows * cols));
    expose(obj, options.members, 'Rows', () => sub(area.top, area.left, area.bottom, area.right, 'rows'));
    expose(obj, options.members, 'Columns', () => sub(area.top, area.left, area.bottom, area.right, 'columns'));
    expose(obj, options.members, 'Cells', () => sub(area.top, area.left, area.bottom, area.right));
    expose(obj, options.members, 'Address', () => `$${areaAddress(area).replace(/([A-Z]+)(\d+)/g, '$1$$$2')}`);
    expose(obj, options.members, 'Left', () => area.left * COL_POINTS);
    expose(obj, options.members, 'Top', () => area.top * ROW_POINTS);
    expose(obj, options.members, 'HasFormula', () => uniform(positions().map(([r, c]) => sheet.cells.get(key(r, c))?.formula !== undefined)));
    expose(obj, options.members, 'Text', () => {
      const v = sheet.cells.get(key(area.top, area.left))?.value;
      if (v === null || v === undefined) return '';
      if (isCellError(v)) return v.error;
      return typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v);
    });
    expose(obj, options.members, 'MergeArea', () => {
      const m = merged(area.top, area.left);
      return m ? sub(m.top, m.left, m.bottom, m.right) : sub(area.top, area.left, area.top, area.left);
    });
    property(
      obj,
      'MergeCells',
      () => uniform(positions().map(([r, c]) => merged(r, c) !== undefined)) ?? (options.mixedMerges === 'true' ? true : null),
      () => {
        throw new FakeWpsError('fake: merging is not modelled');
      },
    );
    property(
      obj,
      'Hidden',
      () => {
        if (entireRows) return uniform(Array.from({ length: rows }, (_, i) => sheet.hiddenRows.has(area.top + i)));
        if (entireCols) return uniform(Array.from({ length: cols }, (_, i) => sheet.hiddenCols.has(area.left + i)));
        throw new FakeWpsError('不能取得类 Range 的 Hidden 属性');
      },
      () => {
        throw new FakeWpsError('fake: hiding is not modelled');
      },
    );
    property(
      obj,
      'Value2',
      () => {
        if (rows === 1 && cols === 1) return cellValue(area.top, area.left);
        state.largestRead = Math.max(state.largestRead, rows * cols);
        // A 2-D array of billions of cells exhausts memory long before it arrives; the fake fails rather than hang the test.
        if (rows * cols > FAKE_READ_LIMIT) throw new FakeWpsError(`fake: Value2 of ${areaAddress(area)} (${rows * cols} cells) would exhaust memory`);
        return Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => cellValue(area.top + i, area.left + j)));
      },
      (input) => {
        log('Value2');
        const at = (i: number, j: number): unknown => (Array.isArray(input) ? (input as unknown[][])[i]?.[j] : input);
        if (Array.isArray(input) && (input.length !== rows || (input as unknown[][]).some((r) => !Array.isArray(r) || r.length !== cols))) {
          throw new FakeWpsError(`数组大小与区域 ${areaAddress(area)} 不符`);
        }
        for (const [r, c] of positions()) {
          const next = written(sheet.cells.get(key(r, c)), at(r - area.top, c - area.left));
          if (next) sheet.cells.set(key(r, c), next);
          else sheet.cells.delete(key(r, c));
        }
      },
    );
    property(
      obj,
      'NumberFormat',
      () => {
        const all = positions().map(([r, c]) => sheet.cells.get(key(r, c))?.numFmt ?? 'General');
        const one = uniform(all);
        if (one !== null) return one;
        if (options.mixedFormats === 'null') return null;
        return Array.from({ length: rows }, (_, i) => all.slice(i * cols, (i + 1) * cols));
      },
      (input) => {
        if (typeof input !== 'string') throw new FakeWpsError('NumberFormat 须为文本');
        log('NumberFormat');
        for (const [r, c] of positions()) {
          const cell = sheet.cells.get(key(r, c)) ?? { value: null };
          sheet.cells.set(key(r, c), { ...cell, numFmt: input === 'General' ? undefined : input });
        }
      },
    );
    method(obj, 'Item', (i: unknown, j?: unknown) => {
      const n = Number(i);
      if (kind === 'rows') return sub(area.top + n - 1, area.left, area.top + n - 1, area.right, 'cells');
      if (kind === 'columns') return sub(area.top, area.left + n - 1, area.bottom, area.left + n - 1, 'cells');
      if (j === undefined) return sub(area.top + Math.floor((n - 1) / cols), area.left + ((n - 1) % cols), area.top + Math.floor((n - 1) / cols), area.left + ((n - 1) % cols));
      const r = area.top + n - 1;
      const c = area.left + Number(j) - 1;
      return sub(r, c, r, c);
    });
    method(obj, 'Find', (what: unknown, after?: unknown, _lookIn?: unknown, _lookAt?: unknown, order?: unknown, direction?: unknown) => {
      if (what !== '*') throw new FakeWpsError('fake: Find models only What "*"');
      const byColumns = Number(order ?? 1) === 2;
      const previous = Number(direction ?? 1) === 2;
      const n = rows * cols;
      const index = (r: number, c: number): number => (byColumns ? (c - area.left) * rows + (r - area.top) : (r - area.top) * cols + (c - area.left));
      const at = after && typeof after === 'object' ? parseArea((after as { __address: string }).__address) : area;
      const from = index(at.top, at.left);
      let best: [number, number] | undefined;
      let bestDistance = Infinity;
      for (const [k, cell] of sheet.cells) {
        if ((cell.value === null || cell.value === '') && cell.formula === undefined) continue;
        const [r, c] = k.split(',').map(Number);
        if (r < area.top || r > area.bottom || c < area.left || c > area.right) continue;
        const i = index(r, c);
        const distance = (((previous ? from - i : i - from) - 1 + n) % n) + 1;
        if (distance < bestDistance) [best, bestDistance] = [[r, c], distance];
      }
      if (!best) return options.findMiss === 'null' ? null : undefined;
      return sub(best[0], best[1], best[0], best[1]);
    });
    method(obj, 'Resize', (r: unknown, c: unknown) => sub(area.top, area.left, area.top + Number(r ?? rows) - 1, area.left + Number(c ?? cols) - 1));
    method(obj, 'Select', () => {
      if (state.active !== sheet) throw new FakeWpsError('类 Range 的 Select 方法无效');
      state.selections.push({ sheet: sheet.name, address: areas.map(areaAddress).join(',') });
    });
    method(obj, 'Clear', () => {
      log('Clear');
      for (const k of [...sheet.cells.keys()]) {
        const [r, c] = k.split(',').map(Number);
        if (r >= area.top && r <= area.bottom && c >= area.left && c <= area.right) sheet.cells.delete(k);
      }
      sheet.merges = sheet.merges.filter((m) => m.bottom < area.top || m.top > area.bottom || m.right < area.left || m.left > area.right);
    });
    return obj;
  }
}
