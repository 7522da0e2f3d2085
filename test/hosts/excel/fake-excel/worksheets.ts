/** Worksheet, WorksheetCollection and their onChanged events over the fake model. */
import type { CellRange } from '../../../../src/core/grid/sheet-grid';
import { FakeClientObject, type FakeClientResult, type Source, strict } from './client-object';
import { FakeOfficeError, invalidArgument, itemNotFound, propertyNotLoaded } from './errors';
import { FakeChartCollection } from './charts';
import { type LoadArg, loadPaths } from './load-options';
import { type FakeSheet, MAX_COLS, MAX_ROWS, usedExtent } from './model';
import { type FakeContextLike, FakeRange } from './range';
import { FakeRangeAreas, areasOf } from './range-areas';

const SHEET_PROPS = ['id', 'name', 'position', 'visibility'];

/** OfficeExtension.EventHandlers: add/remove take effect on the next sync. */
export class FakeEventHandlers {
  constructor(
    private readonly context: FakeContextLike,
    private readonly scope: () => string,
    apiSet: string,
  ) {
    context.requireApi(apiSet, 'event handlers');
    return strict(this);
  }

  add(handler: (args: unknown) => Promise<unknown>): { context: FakeContextLike; remove(): void } {
    this.context.enqueue({ op: 'addHandler' }, () => void this.context.model.listeners.push({ scope: this.scope(), handler, context: this.context }));
    return strict({ context: this.context, remove: () => this.remove(handler) });
  }

  remove(handler: (args: unknown) => Promise<unknown>): void {
    this.context.enqueue({ op: 'removeHandler' }, () => {
      const model = this.context.model;
      const mine = model.listeners.find((l) => l.handler === handler && l.scope === this.scope());
      if (!mine) return;
      // Office.js: the handler must be removed through the context that added it.
      if (mine.context !== this.context) throw invalidArgument('the handler was added with another RequestContext');
      model.listeners = model.listeners.filter((l) => l !== mine);
    });
  }
}

export class FakeWorksheet extends FakeClientObject<FakeSheet> {
  protected readonly scalars = SHEET_PROPS;

  constructor(
    override readonly context: FakeContextLike,
    source: Source<FakeSheet>,
  ) {
    super(context, source);
  }

  protected read(sheet: FakeSheet, name: string): unknown {
    if (name === 'position') return this.context.model.sheets.indexOf(sheet);
    return sheet[name as 'id' | 'name' | 'visibility'];
  }

  get id(): string {
    return this.prop('id');
  }
  get name(): string {
    return this.prop('name');
  }
  set name(value: string) {
    this.act({ op: 'set', prop: 'name', value }, (sheet) => this.context.model.renameSheet(sheet, value));
  }
  get position(): number {
    return this.prop('position');
  }
  get visibility(): string {
    return this.prop('visibility');
  }
  set visibility(value: string) {
    this.act({ op: 'set', prop: 'visibility', value }, (sheet) => this.context.model.setVisibility(sheet, value as FakeSheet['visibility']));
  }

  get onChanged(): FakeEventHandlers {
    return new FakeEventHandlers(this.context, () => this.need().id, '1.7');
  }

  /** A new proxy per access, as Office.js gives; resolved (and recorded) on sync. */
  get charts(): FakeChartCollection {
    return new FakeChartCollection(this.context, () => this.need());
  }

  private range(op: string, args: unknown[], make: (sheet: FakeSheet) => CellRange | null): FakeRange {
    return new FakeRange(this.context, {
      op: { op, args },
      resolve: () => {
        const sheet = this.need();
        const b = make(sheet);
        return b ? { sheet, b } : null;
      },
    });
  }

  getRange(address?: string): FakeRange {
    return this.range('getRange', [address], (sheet) => {
      if (address === undefined) return { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 };
      const areas = areasOf(sheet, address);
      if (areas.length !== 1) throw invalidArgument(`getRange(${address}) needs one area`);
      return areas[0];
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    this.context.requireApi('1.7', 'Worksheet.getRangeByIndexes');
    return this.range('getRangeByIndexes', [startRow, startColumn, rowCount, columnCount], () => {
      const b = { top: startRow, left: startColumn, bottom: startRow + rowCount - 1, right: startColumn + columnCount - 1 };
      const ok = [startRow, startColumn, rowCount, columnCount].every(Number.isInteger) && rowCount > 0 && columnCount > 0;
      if (!ok || b.top < 0 || b.left < 0 || b.bottom >= MAX_ROWS || b.right >= MAX_COLS) throw invalidArgument('getRangeByIndexes');
      return b;
    });
  }

  getCell(row: number, column: number): FakeRange {
    return this.range('getCell', [row, column], () => {
      if (row < 0 || column < 0 || row >= MAX_ROWS || column >= MAX_COLS) throw invalidArgument(`getCell(${row}, ${column})`);
      return { top: row, left: column, bottom: row, right: column };
    });
  }

  /** ExcelApi 1.9. */
  getRanges(address?: string): FakeRangeAreas {
    this.context.requireApi('1.9', 'Worksheet.getRanges');
    return new FakeRangeAreas(this.context, {
      op: { op: 'getRanges', args: [address] },
      resolve: () => {
        const sheet = this.need();
        return { sheet, areas: address === undefined ? [{ top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 }] : areasOf(sheet, address) };
      },
    });
  }

  /** ExcelApi 1.4: the smallest range holding every used cell; a null object on a blank sheet. */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    this.context.requireApi('1.4', 'Worksheet.getUsedRangeOrNullObject');
    return this.range('getUsedRangeOrNullObject', [valuesOnly], (sheet) => usedExtent(sheet, valuesOnly));
  }

  /** A blank sheet gives A1 (it does not throw). */
  getUsedRange(valuesOnly = false): FakeRange {
    return this.range('getUsedRange', [valuesOnly], (sheet) => usedExtent(sheet, valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 });
  }

  /** See FakeEnvironment.activateHidden and activateNewSheet for the two cases Excel leaves open. */
  activate(): void {
    this.act({ op: 'activate' }, (sheet) => {
      if (sheet.visibility !== 'Visible') {
        if (this.context.activateHidden === 'ignored') return;
        throw new FakeOfficeError('InvalidOperation', 'The operation is invalid for the object in its current state. (hidden sheet)');
      }
      if (this.context.activateNewSheet === 'ignored' && this.context.model.addedInSync.has(sheet.id)) return;
      this.context.model.activeSheetId = sheet.id;
    });
  }

  delete(): void {
    this.act({ op: 'delete' }, (sheet) => this.context.model.deleteSheet(sheet));
  }
}

export class FakeWorksheetCollection extends FakeClientObject<FakeSheet[]> {
  protected readonly scalars: string[] = [];
  private loadedItems: FakeWorksheet[] | undefined = undefined;

  constructor(override readonly context: FakeContextLike) {
    super(context, { ready: [] });
  }

  protected read(): unknown {
    return undefined;
  }

  get items(): FakeWorksheet[] {
    if (!this.loadedItems) throw propertyNotLoaded('items');
    return this.loadedItems;
  }

  /** load('name'), load('items/name'), load({ select: 'items/name' }) … all load items. */
  override load(arg?: LoadArg): this {
    const paths = loadPaths(arg).map((p) => p.replace(/^items\/?/, '')).filter(Boolean);
    for (const p of paths) if (!SHEET_PROPS.includes(p) && p !== '*') throw invalidArgument(`Worksheet has no loadable property ${p}`);
    const names = paths.length === 0 || paths.includes('*') ? SHEET_PROPS : paths;
    this.context.enqueue({ op: 'load', type: 'WorksheetCollection', props: names }, () => {
      const sheets = [...this.context.model.sheets];
      const data = sheets.map((s) => Object.fromEntries(names.map((n) => [n, n === 'position' ? sheets.indexOf(s) : s[n as 'id']])));
      return {
        response: data,
        commit: () => {
          this.loadedItems = sheets.map((s, i) => {
            const ws = new FakeWorksheet(this.context, { ready: s });
            for (const [k, v] of Object.entries(data[i])) (ws as unknown as { loaded: Map<string, unknown> }).loaded.set(k, v);
            return ws;
          });
        },
      };
    });
    return this;
  }

  private sheet(op: string, args: unknown[], find: () => FakeSheet | null): FakeWorksheet {
    return new FakeWorksheet(this.context, { op: { op, args }, resolve: find });
  }

  /** By name (case-insensitive) or id; ItemNotFound on sync when absent. */
  getItem(key: string): FakeWorksheet {
    return this.sheet('getItem', [key], () => {
      const found = this.context.model.findSheet(key);
      if (!found) throw itemNotFound(`worksheet ${key}`);
      return found;
    });
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return this.sheet('getItemOrNullObject', [key], () => this.context.model.findSheet(key) ?? null);
  }

  getActiveWorksheet(): FakeWorksheet {
    return this.sheet('getActiveWorksheet', [], () => this.context.model.sheets.find((s) => s.id === this.context.model.activeSheetId) ?? null);
  }

  add(name?: string): FakeWorksheet {
    return this.sheet('add', [name], () => this.context.model.addSheet(name));
  }

  getCount(): FakeClientResult<number> {
    return this.result({ op: 'getCount' }, () => this.context.model.sheets.length);
  }

  /** ExcelApi 1.9: changes on any worksheet. */
  get onChanged(): FakeEventHandlers {
    return new FakeEventHandlers(this.context, () => 'workbook', '1.9');
  }

  /** ExcelApi 1.7: a worksheet was added (by the user or an add-in). */
  get onAdded(): FakeEventHandlers {
    return new FakeEventHandlers(this.context, () => 'workbook:added', '1.7');
  }

  /** ExcelApi 1.7: a worksheet was deleted. */
  get onDeleted(): FakeEventHandlers {
    return new FakeEventHandlers(this.context, () => 'workbook:deleted', '1.7');
  }

  /** ExcelApi 1.17: a worksheet was renamed. */
  get onNameChanged(): FakeEventHandlers {
    return new FakeEventHandlers(this.context, () => 'workbook:nameChanged', '1.17');
  }

  /** ExcelApi 1.17: a worksheet was hidden or shown. */
  get onVisibilityChanged(): FakeEventHandlers {
    return new FakeEventHandlers(this.context, () => 'workbook:visibilityChanged', '1.17');
  }
}
