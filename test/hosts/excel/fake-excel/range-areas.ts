/** RangeAreas (ExcelApi 1.9): several areas of one sheet, e.g. merged areas or a multi-cell selection. */
import type { CellRange } from '../../../../src/core/grid/sheet-grid';
import { boundsAddress, parseArea, sheetPrefix, splitAreas } from './address';
import { FakeClientObject, type Source } from './client-object';
import { FakeOfficeError, invalidArgument } from './errors';
import type { FakeSheet, FakeWorkbookModel } from './model';
import type { FakeContextLike } from './range';

const cells = (b: CellRange): number => (b.bottom - b.top + 1) * (b.right - b.left + 1);

/** Record a selection; Excel selects only on the active sheet. */
export function selectIn(model: FakeWorkbookModel, sheet: FakeSheet, address: string): void {
  if (model.activeSheetId !== sheet.id) throw new FakeOfficeError('InvalidSelection', 'The current selection is invalid for this operation. (the sheet is not active)');
  model.selection = { sheet: sheet.name, address };
}

export interface AreasTarget {
  sheet: FakeSheet;
  areas: CellRange[];
}

export class FakeRangeAreas extends FakeClientObject<AreasTarget> {
  protected readonly scalars = ['address', 'areaCount', 'cellCount'];

  constructor(
    override readonly context: FakeContextLike,
    source: Source<AreasTarget>,
  ) {
    super(context, source);
  }

  protected read(t: AreasTarget, name: string): unknown {
    if (name === 'address') return t.areas.map((b) => sheetPrefix(t.sheet.name) + boundsAddress(b)).join(', ');
    if (name === 'areaCount') return t.areas.length;
    return t.areas.reduce((n, b) => n + cells(b), 0);
  }

  get address(): string {
    return this.prop('address');
  }
  get areaCount(): number {
    return this.prop('areaCount');
  }
  get cellCount(): number {
    return this.prop('cellCount');
  }

  select(): void {
    this.context.requireApi('1.9', 'RangeAreas.select');
    this.act({ op: 'select' }, (t) => selectIn(this.context.model, t.sheet, t.areas.map(boundsAddress).join(', ')));
  }
}

/** Areas of "A1:B2, C3" on `sheet`; a sheet prefix naming another sheet is an error. */
export function areasOf(sheet: FakeSheet, address: string): CellRange[] {
  if (address.length > 8192) throw invalidArgument('address longer than 8192 characters');
  const areas = splitAreas(address).map((text) => {
    const { sheet: named, bounds } = parseArea(text);
    if (named !== undefined && named.toLowerCase() !== sheet.name.toLowerCase()) throw invalidArgument(`address ${text} is on another sheet`);
    return bounds;
  });
  if (areas.length === 0) throw invalidArgument('empty address');
  return areas;
}

