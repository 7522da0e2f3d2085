/**
 * Fake ET charts, recording every call (VBA-compatible chart model; members in wps-jsapi
 * lib.et.d.ts EtChartObjects, EtChartObject, EtChart, EtSeries, EtDataLabels, EtAxis):
 * `ChartObjects.Add(Left, Top, Width, Height)`; `Chart.SetSourceData(Range, PlotBy)` makes
 * one series per column after the first (xlColumns = 2); a pie has no axes, so `Axes`
 * raises an error on a pie (VBA).
 */
import { FakeWpsError, expose, method, property } from './expose';
import type { FakeChartRecord, FakeSheet, FakeWorkbookState } from './model';
import type { ResolvedOptions } from './options';
import { areaAddress, parseArea } from './range';

const XL_PIE = 5;

function collection(options: ResolvedOptions, list: () => unknown[], extra: (o: Record<string, unknown>) => void = () => undefined): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  expose(o, options.members, 'Count', () => list().length);
  method(o, 'Item', (i: unknown) => {
    const item = list()[Number(i) - 1];
    if (item === undefined) throw new FakeWpsError(`下标越界: ${String(i)}`);
    return item;
  });
  extra(o);
  return o;
}

function settable(o: Record<string, unknown>, rec: Record<string, unknown>, field: string, member = field): void {
  property(
    o,
    member,
    () => rec[field],
    (v) => {
      rec[field] = v;
    },
  );
}

function chartObject(state: FakeWorkbookState, options: ResolvedOptions, sheet: FakeSheet, rec: FakeChartRecord): Record<string, unknown> {
  const log = (s: string): void => {
    state.chartCalls.push(`${rec.name || '(未命名)'}: ${s}`);
  };
  const chart: Record<string, unknown> = {};
  property(
    chart,
    'ChartType',
    () => rec.chartType,
    (v) => {
      rec.chartType = Number(v);
      log(`ChartType = ${String(v)}`);
    },
  );
  method(chart, 'SetSourceData', (range: unknown, plotBy: unknown) => {
    const address = String((range as Record<string, unknown>).__address);
    rec.source = address;
    rec.plotBy = Number(plotBy);
    const a = parseArea(address);
    rec.labels = Array.from({ length: a.right - a.left }, () => ({}));
    log(`SetSourceData ${address}`);
  });
  settable(chart, rec as unknown as Record<string, unknown>, 'hasTitle', 'HasTitle');
  settable(chart, rec as unknown as Record<string, unknown>, 'hasLegend', 'HasLegend');
  expose(chart, options.members, 'ChartTitle', () => {
    const t: Record<string, unknown> = {};
    settable(t, rec as unknown as Record<string, unknown>, 'title', 'Text');
    return t;
  });
  expose(chart, options.members, 'Legend', () => {
    const l: Record<string, unknown> = {};
    settable(l, rec as unknown as Record<string, unknown>, 'legendPosition', 'Position');
    return l;
  });
  const series = (): unknown[] =>
    rec.labels.map((labels) => {
      const s: Record<string, unknown> = {};
      settable(s, labels, 'HasDataLabels');
      expose(s, options.members, 'DataLabels', () => {
        const d: Record<string, unknown> = {};
        for (const f of ['ShowValue', 'ShowPercentage', 'ShowCategoryName', 'ShowSeriesName', 'Separator', 'NumberFormat']) settable(d, labels, f);
        return d;
      });
      return s;
    });
  expose(chart, options.members, 'SeriesCollection', (i?: unknown) => (i === undefined ? collection(options, series) : series()[Number(i) - 1]));
  const axis = (): Record<string, unknown> => {
    if (rec.chartType === XL_PIE) throw new FakeWpsError('饼图没有坐标轴');
    const a: Record<string, unknown> = {};
    const holder = { has: false };
    settable(a, holder, 'has', 'HasTitle');
    expose(a, options.members, 'AxisTitle', () => {
      const t: Record<string, unknown> = {};
      settable(t, rec as unknown as Record<string, unknown>, 'axisTitle', 'Text');
      return t;
    });
    return a;
  };
  expose(chart, options.members, 'Axes', (type?: unknown) => (type === undefined ? collection(options, () => [axis(), axis()]) : axis()));

  const o: Record<string, unknown> = {};
  property(
    o,
    'Name',
    () => rec.name,
    (v) => {
      rec.name = String(v);
    },
  );
  expose(o, options.members, 'Chart', () => chart);
  method(o, 'Delete', () => {
    sheet.charts = sheet.charts.filter((c) => c !== rec);
    state.chartCalls.push(`${rec.name}: Delete`);
  });
  return o;
}

/** Worksheet.ChartObjects: the collection, or with an index one chart object. */
export function chartObjects(state: FakeWorkbookState, options: ResolvedOptions, sheet: FakeSheet, index?: unknown): unknown {
  const list = (): unknown[] => sheet.charts.map((rec) => chartObject(state, options, sheet, rec));
  if (index !== undefined) return list()[Number(index) - 1];
  return collection(options, list, (o) =>
    method(o, 'Add', (left: unknown, top: unknown, width: unknown, height: unknown) => {
      const rec: FakeChartRecord = { name: '', left: Number(left), top: Number(top), width: Number(width), height: Number(height), labels: [] };
      sheet.charts.push(rec);
      state.chartCalls.push(`ChartObjects.Add ${sheet.name} ${rec.left},${rec.top} ${rec.width}×${rec.height}`);
      return chartObject(state, options, sheet, rec);
    }),
  );
}

export { areaAddress };
