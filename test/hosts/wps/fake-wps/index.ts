/**
 * A fake of the WPS 表格 `Application` a JS add-in's page sees (window.Application), holding
 * one workbook built from SheetGrids. Written from the ET object model as the Kingsoft
 * typings declare it (wps-jsapi lib.et.d.ts / lib.kso.d.ts / index.d.ts) and the wpsjs ET
 * template uses it, with VBA's documented semantics where the ET reference follows VBA; each
 * member file cites what it follows, and options.ts lists what is unknown (both ways tested).
 * No Node imports: the e2e test bundles it for the browser.
 */
import type { SheetGrid } from '../../../../src/core/grid/sheet-grid';
import { FakeWpsError, expose, method } from './expose';
import { FakeWorkbookState, type FakeCell, type FakeSheet, sheetFromGrid } from './model';
import { type FakeWpsOptions, type ResolvedOptions, resolve } from './options';
import { FakeSheets } from './sheets';

export type { FakeWpsOptions } from './options';
export type { FakeSheet, FakeChartRecord } from './model';
export { FakeWpsError } from './expose';

/** The root element's default namespace: how SelectByNamespace finds a part. */
function namespaceOf(xml: string): string {
  const root = /<([A-Za-z_][\w.-]*:)?[A-Za-z_][\w.-]*\b([^>]*)>/.exec(xml.replace(/<\?xml[^>]*\?>/, '').trim());
  if (!root) throw new FakeWpsError('XML 无效');
  return /\bxmlns="([^"]*)"/.exec(root[2])?.[1] ?? '';
}

export class FakeWps {
  readonly state: FakeWorkbookState;
  readonly options: ResolvedOptions;
  /** The object a pane's page sees as window.Application. */
  readonly Application: Record<string, unknown>;
  private readonly sheets: FakeSheets;
  private readonly listeners: { event: string; fn: (...args: unknown[]) => void }[] = [];

  constructor(grids: SheetGrid[], options: FakeWpsOptions = {}) {
    this.options = resolve(options);
    this.state = new FakeWorkbookState(grids.map((g) => sheetFromGrid(g)));
    this.state.name = this.options.workbookName;
    this.sheets = new FakeSheets(this.state, this.options);
    this.Application = this.application();
  }

  private parts(list: () => FakeWorkbookState['parts']): Record<string, unknown> {
    const { state, options } = this;
    const part = (p: FakeWorkbookState['parts'][number]): Record<string, unknown> => {
      const o: Record<string, unknown> = {};
      expose(o, options.members, 'XML', () => p.xml);
      expose(o, options.members, 'NamespaceURI', () => p.namespace);
      method(o, 'Delete', () => {
        state.parts = state.parts.filter((x) => x !== p);
      });
      return o;
    };
    const o: Record<string, unknown> = {};
    expose(o, options.members, 'Count', () => list().length);
    method(o, 'Item', (i: unknown) => {
      const p = list()[Number(i) - 1];
      if (!p) throw new FakeWpsError(`下标越界: ${String(i)}`);
      return part(p);
    });
    method(o, 'Add', (xml: unknown) => {
      const p = { id: state.nextPartId++, namespace: namespaceOf(String(xml)), xml: String(xml) };
      state.parts.push(p);
      return part(p);
    });
    method(o, 'SelectByNamespace', (ns: unknown) => this.parts(() => state.parts.filter((p) => p.namespace === ns)));
    return o;
  }

  private workbook(): Record<string, unknown> {
    const { state, options } = this;
    const o: Record<string, unknown> = {};
    expose(o, options.members, 'Name', () => state.name);
    expose(o, options.members, 'Worksheets', () => this.sheets.collection());
    expose(o, options.members, 'ActiveSheet', () => (state.active ? this.sheets.worksheet(state.active) : null));
    if (options.customXml) expose(o, options.members, 'CustomXMLParts', () => this.parts(() => state.parts));
    return o;
  }

  private application(): Record<string, unknown> {
    const o: Record<string, unknown> = {};
    expose(o, this.options.members, 'ActiveWorkbook', () => (this.options.noWorkbook ? null : this.workbook()));
    if (this.options.events) {
      const api: Record<string, unknown> = {};
      method(api, 'AddApiEventListener', (event: unknown, fn: unknown) => {
        this.listeners.push({ event: String(event), fn: fn as (...args: unknown[]) => void });
      });
      method(api, 'RemoveApiEventListener', (event: unknown, fn: unknown) => {
        const i = this.listeners.findIndex((l) => l.event === event && (fn === undefined || l.fn === fn));
        if (i >= 0) this.listeners.splice(i, 1);
      });
      expose(o, this.options.members, 'ApiEvent', () => api);
    }
    return o;
  }

  /** Listeners registered for `event`. */
  listenerCount(event: string): number {
    return this.listeners.filter((l) => l.event === event).length;
  }

  /** The user types `value` into a cell: the cell changes and SheetChange(Sh, Target) is raised. */
  userEdit(sheetName: string, address: string, value: string | number): void {
    const ws = this.sheets.worksheet(this.state.sheet(sheetName));
    const range = (ws.Range as (a: string) => Record<string, unknown>)(address);
    range.Value2 = value;
    for (const l of this.listeners.filter((x) => x.event === 'SheetChange')) l.fn(ws, range);
  }

  sheet(name: string): FakeSheet {
    return this.state.sheet(name);
  }

  /** The workbook as saved: sheets, merges, visibility, charts and custom XML parts (a "save"). */
  toJSON(): SavedWorkbook {
    const s = this.state;
    return {
      name: s.name,
      active: s.active?.name,
      parts: s.parts.map((p) => ({ ...p })),
      sheets: s.sheets.map((x) => ({ ...x, cells: [...x.cells], hiddenRows: [...x.hiddenRows], hiddenCols: [...x.hiddenCols] })),
    };
  }

  /** The workbook opened again from `toJSON` (the e2e test reloads the pane over it). */
  static fromJSON(saved: SavedWorkbook, options: FakeWpsOptions = {}): FakeWps {
    const fake = new FakeWps([], { ...options, workbookName: saved.name });
    fake.state.sheets = saved.sheets.map((x) => ({ ...x, cells: new Map(x.cells), hiddenRows: new Set(x.hiddenRows), hiddenCols: new Set(x.hiddenCols) }));
    fake.state.active = fake.state.sheets.find((x) => x.name === saved.active);
    fake.state.parts = saved.parts;
    fake.state.nextPartId = saved.parts.reduce((n, p) => Math.max(n, p.id + 1), 1);
    return fake;
  }
}

export interface SavedWorkbook {
  name: string;
  active?: string;
  parts: { id: number; namespace: string; xml: string }[];
  sheets: (Omit<FakeSheet, 'cells' | 'hiddenRows' | 'hiddenCols'> & { cells: [string, FakeCell][]; hiddenRows: number[]; hiddenCols: number[] })[];
}
