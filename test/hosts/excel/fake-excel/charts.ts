/**
 * Charts in the fake: ChartCollection (add, getCount, load of items), Chart (name, type,
 * top/left/width/height, setPosition, delete) and the parts the chart plan sets: title,
 * dataLabels, legend and the value axis title. Writes are queued until sync; properties read
 * before load() + sync() throw PropertyNotLoaded, as in Office.js.
 */
import type { CellRange } from '../../../../src/core/grid/sheet-grid';
import { boundsAddress } from './address';
import { FakeClientObject, type FakeClientResult, type Source, strict } from './client-object';
import { invalidArgument, itemNotFound, propertyNotLoaded } from './errors';
import { type LoadArg, loadPaths } from './load-options';
import type { FakeSheet, FakeWorkbookModel } from './model';
import type { FakeContextLike, FakeRange, RangeTarget } from './range';
import { areasOf } from './range-areas';

export interface FakeChartData {
  id: number;
  name: string;
  chartType: string;
  /** "A2:C4" on the chart's own sheet. */
  source: string;
  seriesBy: string;
  title: { text: string; visible: boolean };
  dataLabels: { showValue: boolean; showPercentage: boolean; showCategoryName: boolean; showSeriesName: boolean; separator: string; numberFormat: string };
  legend: { visible: boolean; position: string };
  valueAxisTitle: { text: string; visible: boolean };
  /** The cells given to setPosition, when it was called. */
  startCell?: string;
  endCell?: string;
  top: number;
  left: number;
  width: number;
  height: number;
}

const chartsBySheet = new WeakMap<FakeSheet, FakeChartData[]>();
const touchedByModel = new WeakMap<FakeWorkbookModel, Set<string>>();
let nextChartId = 1;

/** The charts on a sheet of the fake model (a live array). */
export function chartsOf(sheet: FakeSheet): FakeChartData[] {
  let list = chartsBySheet.get(sheet);
  if (!list) chartsBySheet.set(sheet, (list = []));
  return list;
}

/** Names of the sheets whose charts collection a sync has used (read or written). */
export function chartsTouched(model: FakeWorkbookModel): Set<string> {
  let set = touchedByModel.get(model);
  if (!set) touchedByModel.set(model, (set = new Set()));
  return set;
}

const CHART_TYPES = new Set(['ColumnClustered', 'ColumnStacked', 'BarClustered', 'Line', 'LineMarkers', 'Pie', 'Doughnut', 'Area', 'XYScatter']);
const POINTS_PER_ROW = 15;
const POINTS_PER_COLUMN = 48;

/** A part of a chart (title, data labels, legend, axis title): scalar properties over one record. */
class FakeChartPart<P extends object> extends FakeClientObject<FakeChartData> {
  protected readonly scalars: string[];

  constructor(
    context: FakeContextLike,
    chart: FakeChart,
    private readonly part: (c: FakeChartData) => P,
    props: Record<string, string>,
  ) {
    super(context, { resolve: () => chart.data(), op: { op: 'chartPart' } });
    this.scalars = Object.keys(props);
    for (const [name, apiSet] of Object.entries(props)) {
      Object.defineProperty(this, name, {
        get: () => this.prop(name),
        set: (value: unknown) => {
          context.requireApi(apiSet, `chart ${name}`);
          this.act({ op: 'set', prop: name, value }, (c) => void ((this.part(c) as Record<string, unknown>)[name] = value));
        },
      });
    }
  }

  protected read(c: FakeChartData, name: string): unknown {
    return (this.part(c) as Record<string, unknown>)[name];
  }
}

export class FakeChart extends FakeClientObject<{ sheet: FakeSheet; chart: FakeChartData }> {
  protected readonly scalars = ['name', 'chartType', 'top', 'left', 'width', 'height', 'id'];
  private readonly parts = new Map<string, unknown>();

  constructor(
    override readonly context: FakeContextLike,
    source: Source<{ sheet: FakeSheet; chart: FakeChartData }>,
  ) {
    super(context, source);
  }

  /** Parts are made on first use, so a loaded item queues nothing until it is used. */
  private part<P extends object>(key: string, pick: (c: FakeChartData) => P, props: Record<string, string>): FakeChartPart<P> & P {
    if (!this.parts.has(key)) this.parts.set(key, new FakeChartPart<P>(this.context, this, pick, props));
    return this.parts.get(key) as FakeChartPart<P> & P;
  }

  get title(): FakeChartPart<FakeChartData['title']> & FakeChartData['title'] {
    return this.part('title', (c) => c.title, { text: '1.1', visible: '1.1' });
  }

  get dataLabels(): FakeChartPart<FakeChartData['dataLabels']> & FakeChartData['dataLabels'] {
    const labels = { showValue: '1.1', showPercentage: '1.1', showCategoryName: '1.1', showSeriesName: '1.1', separator: '1.1', numberFormat: '1.8' };
    return this.part('dataLabels', (c) => c.dataLabels, labels);
  }

  get legend(): FakeChartPart<FakeChartData['legend']> & FakeChartData['legend'] {
    return this.part('legend', (c) => c.legend, { visible: '1.1', position: '1.1' });
  }

  get axes(): { valueAxis: { title: FakeChartPart<FakeChartData['valueAxisTitle']> & FakeChartData['valueAxisTitle'] } } {
    const title = this.part('valueAxisTitle', (c) => c.valueAxisTitle, { text: '1.1', visible: '1.1' });
    return strict({ valueAxis: strict({ title }) });
  }

  /** The chart's record while a sync runs. */
  data(): FakeChartData {
    return this.need().chart;
  }

  protected read(t: { chart: FakeChartData }, name: string): unknown {
    return t.chart[name as 'name'];
  }

  private scalar<V>(name: keyof FakeChartData): V {
    return this.prop(name);
  }

  private write(name: 'name' | 'top' | 'left' | 'width' | 'height', value: string | number): void {
    this.act({ op: 'set', prop: name, value }, (t) => {
      if (name !== 'name' && (typeof value !== 'number' || !Number.isFinite(value) || value < 0)) throw invalidArgument(`chart ${name} ${value}`);
      (t.chart as unknown as Record<string, unknown>)[name] = value;
    });
  }

  get name(): string {
    return this.scalar('name');
  }
  set name(v: string) {
    this.write('name', v);
  }
  get chartType(): string {
    return this.scalar('chartType');
  }
  get top(): number {
    return this.scalar('top');
  }
  set top(v: number) {
    this.write('top', v);
  }
  get left(): number {
    return this.scalar('left');
  }
  set left(v: number) {
    this.write('left', v);
  }
  get width(): number {
    return this.scalar('width');
  }
  set width(v: number) {
    this.write('width', v);
  }
  get height(): number {
    return this.scalar('height');
  }
  set height(v: number) {
    this.write('height', v);
  }

  /** Cells on the chart's sheet; top/left move to the start cell (default cell sizes). */
  setPosition(startCell: string, endCell?: string): void {
    this.act({ op: 'setPosition', args: [startCell, endCell] }, ({ sheet, chart }) => {
      const start = areasOf(sheet, startCell)[0];
      chart.startCell = boundsAddress(start);
      chart.top = start.top * POINTS_PER_ROW;
      chart.left = start.left * POINTS_PER_COLUMN;
      if (endCell !== undefined) {
        const end = areasOf(sheet, endCell)[0];
        chart.endCell = boundsAddress(end);
        chart.width = (end.right - start.left + 1) * POINTS_PER_COLUMN;
        chart.height = (end.bottom - start.top + 1) * POINTS_PER_ROW;
      }
    });
  }

  delete(): void {
    this.act({ op: 'deleteChart' }, ({ sheet, chart }) => {
      const list = chartsOf(sheet);
      const i = list.indexOf(chart);
      if (i < 0) throw itemNotFound(`chart ${chart.name}`);
      list.splice(i, 1);
    });
  }
}

export class FakeChartCollection extends FakeClientObject<FakeSheet> {
  protected readonly scalars: string[] = [];
  private loadedItems: FakeChart[] | undefined = undefined;

  constructor(
    override readonly context: FakeContextLike,
    sheet: () => FakeSheet,
  ) {
    super(context, {
      op: { op: 'charts' },
      resolve: () => {
        const s = sheet();
        chartsTouched(context.model).add(s.name);
        return s;
      },
    });
  }

  protected read(): unknown {
    return undefined;
  }

  get items(): FakeChart[] {
    if (!this.loadedItems) throw propertyNotLoaded('items');
    return this.loadedItems;
  }

  /** load('items/name') and the like: the charts of the sheet at sync time. */
  override load(arg?: LoadArg): this {
    const props = loadPaths(arg).map((p) => p.replace(/^items\/?/, '')).filter(Boolean);
    for (const p of props) if (!['name', 'chartType', 'top', 'left', 'width', 'height', 'id', '*'].includes(p)) throw invalidArgument(`Chart has no loadable property ${p}`);
    const names = props.length === 0 || props.includes('*') ? ['name', 'chartType', 'top', 'left', 'width', 'height'] : props;
    this.context.enqueue({ op: 'load', type: 'ChartCollection', props: names }, () => {
      const sheet = this.need();
      const charts = [...chartsOf(sheet)];
      const data = charts.map((c) => Object.fromEntries(names.map((n) => [n, c[n as keyof FakeChartData]])));
      return {
        response: data,
        commit: () => {
          this.loadedItems = charts.map((chart, i) => {
            const item = new FakeChart(this.context, { ready: { sheet, chart } });
            for (const [k, v] of Object.entries(data[i])) (item as unknown as { loaded: Map<string, unknown> }).loaded.set(k, v);
            return item;
          });
        },
      };
    });
    return this;
  }

  /** Source data must be a range on this collection's sheet. */
  add(type: string, sourceData: FakeRange, seriesBy: string = 'Auto'): FakeChart {
    return new FakeChart(this.context, {
      op: { op: 'addChart', args: [type, seriesBy] },
      resolve: () => {
        const sheet = this.need();
        const source = (sourceData as unknown as { target: RangeTarget | null | undefined }).target;
        if (!source) throw invalidArgument('chart source range');
        if (source.sheet !== sheet) throw invalidArgument('chart source on another sheet');
        if (!CHART_TYPES.has(type)) throw invalidArgument(`chart type ${type}`);
        if (!['Auto', 'Columns', 'Rows'].includes(seriesBy)) throw invalidArgument(`seriesBy ${seriesBy}`);
        const chart = newChart(type, boundsAddress(source.b), seriesBy);
        chartsOf(sheet).push(chart);
        return { sheet, chart };
      },
    });
  }

  getCount(): FakeClientResult<number> {
    return this.result({ op: 'getCount' }, (sheet) => chartsOf(sheet).length);
  }
}

function newChart(chartType: string, source: string, seriesBy: string): FakeChartData {
  const id = nextChartId++;
  return {
    id,
    name: `Chart ${id}`,
    chartType,
    source,
    seriesBy,
    title: { text: '', visible: true },
    dataLabels: { showValue: false, showPercentage: false, showCategoryName: false, showSeriesName: false, separator: ', ', numberFormat: 'General' },
    legend: { visible: true, position: 'Right' },
    valueAxisTitle: { text: '', visible: false },
    top: 0,
    left: 0,
    width: 360,
    height: 216,
  };
}

export type { CellRange };
