/**
 * Fake Worksheet and Worksheets (wps-jsapi lib.et.d.ts EtWorksheet, EtSheets; VBA semantics):
 * a 1-based collection with `Count` and `Item(index or name)` (a missing name raises an
 * error); `Add(Before, After)` inserts a sheet and activates it; `UsedRange` is the box of
 * every cell with a value or a format and every merged area, A1 on an empty sheet;
 * `Activate()` fails on a hidden sheet; the last visible sheet cannot be hidden.
 */
import { FakeWpsError, expose, method, property } from './expose';
import { chartObjects } from './charts';
import type { FakeSheet, FakeWorkbookState, Visibility } from './model';
import type { ResolvedOptions } from './options';
import { FakeRangeFactory, MAX_COLS, MAX_ROWS, parseArea } from './range';

export class FakeSheets {
  private readonly ranges: FakeRangeFactory;
  /** Wrapper → sheet, so Add(After) can tell which sheet it was given. */
  readonly sheetOf = new WeakMap<object, FakeSheet>();

  constructor(
    private readonly state: FakeWorkbookState,
    private readonly options: ResolvedOptions,
  ) {
    this.ranges = new FakeRangeFactory({ state, options });
  }

  private usedBox(sheet: FakeSheet): { top: number; left: number; bottom: number; right: number } {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    const take = (r0: number, c0: number, r1: number, c1: number): void => {
      top = Math.min(top, r0);
      left = Math.min(left, c0);
      bottom = Math.max(bottom, r1);
      right = Math.max(right, c1);
    };
    for (const k of sheet.cells.keys()) {
      const [r, c] = k.split(',').map(Number);
      take(r, c, r, c);
    }
    for (const m of sheet.merges) take(m.top, m.left, m.bottom, m.right);
    return bottom < 0 ? { top: 0, left: 0, bottom: 0, right: 0 } : { top, left, bottom, right };
  }

  worksheet(sheet: FakeSheet): Record<string, unknown> {
    const { state, options } = this;
    const o: Record<string, unknown> = {};
    this.sheetOf.set(o, sheet);
    property(
      o,
      'Name',
      () => sheet.name,
      (v) => state.rename(sheet, String(v)),
    );
    property(
      o,
      'Visible',
      () => sheet.visible,
      (v) => {
        const next = (v === true ? -1 : v === false ? 0 : Number(v)) as Visibility;
        if (next !== -1 && sheet.visible === -1 && state.sheets.filter((s) => s.visible === -1).length === 1) throw new FakeWpsError('不能隐藏唯一可见的工作表');
        sheet.visible = next;
        if (next !== -1 && state.active === sheet) state.active = state.sheets.find((s) => s.visible === -1);
      },
    );
    expose(o, options.members, 'Index', () => state.sheets.indexOf(sheet) + 1);
    expose(o, options.members, 'UsedRange', () => {
      if (state.broken.has(sheet.name)) throw new FakeWpsError('E_FAIL');
      return this.ranges.make(sheet, [this.usedBox(sheet)]);
    });
    expose(o, options.members, 'Cells', () => this.ranges.make(sheet, [{ top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 }]));
    expose(o, options.members, 'Rows', () => this.ranges.make(sheet, [{ top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 }], 'rows'));
    expose(o, options.members, 'Columns', () => this.ranges.make(sheet, [{ top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 }], 'columns'));
    expose(o, options.members, 'ChartObjects', (i?: unknown) => chartObjects(state, options, sheet, i));
    method(o, 'Range', (address: unknown) => {
      const text = String(address);
      if (text.length > 255) throw new FakeWpsError('地址超过 255 个字符');
      return this.ranges.make(sheet, text.split(',').map(parseArea));
    });
    method(o, 'Activate', () => {
      if (sheet.visible !== -1) throw new FakeWpsError('类 Worksheet 的 Activate 方法无效');
      state.active = sheet;
    });
    method(o, 'Delete', () => {
      state.sheets = state.sheets.filter((s) => s !== sheet);
    });
    return o;
  }

  collection(): Record<string, unknown> {
    const { state, options } = this;
    const o: Record<string, unknown> = {};
    expose(o, options.members, 'Count', () => state.sheets.length);
    method(o, 'Item', (index: unknown) => {
      const sheet = typeof index === 'number' ? state.sheets[index - 1] : state.sheets.find((s) => s.name === index);
      if (!sheet) throw new FakeWpsError(`下标越界: ${String(index)}`);
      return this.worksheet(sheet);
    });
    method(o, 'Add', (before?: unknown, after?: unknown) => {
      const anchor = after && typeof after === 'object' ? this.sheetOf.get(after) : undefined;
      const beforeSheet = before && typeof before === 'object' ? this.sheetOf.get(before) : undefined;
      const at = beforeSheet ? state.sheets[state.sheets.indexOf(beforeSheet) - 1] : (anchor ?? state.active);
      return this.worksheet(state.addSheet(at));
    });
    return o;
  }
}
