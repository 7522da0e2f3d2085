/**
 * Execute an ExcelChartPlan (src/core/charts/excel-plan.ts) as native WPS charts: the
 * plan's owned sheet is found or added, its earlier charts deleted and cells cleared, the
 * data blocks written (the same cells and formats as the Excel host, planCells), one chart
 * added per planned call, and the sheet shown.
 *
 * Members (wps-jsapi lib.et.d.ts / lib.kso.d.ts; VBA-compatible ET chart model):
 * `Worksheet.ChartObjects()` (a method there, a property in other builds) → `Count`,
 * `Item(i).Delete()`, `Add(Left, Top, Width, Height)` → ChartObject `Name`, `Chart`;
 * Chart `SetSourceData(Range, xlColumns = 2)`, `ChartType` (xlColumnClustered = 51,
 * xlPie = 5), `HasTitle`, `ChartTitle.Text`, `HasLegend`, `Legend.Position`
 * (xlLegendPositionBottom = -4107, xlLegendPositionRight = -4152), `SeriesCollection()`,
 * Series `HasDataLabels`, `DataLabels()` with `ShowValue`, `ShowPercentage`,
 * `ShowCategoryName`, `ShowSeriesName`, `Separator`, `NumberFormat`; `Axes(xlValue = 2)`
 * with `HasTitle`, `AxisTitle.Text`; Range `Left`, `Top` for the top-left cell.
 */
import { ownedSheetNameProblem } from '../../core/charts/owned-sheet';
import type { ExcelChartCall, ExcelChartPlan } from '../../core/charts/excel-plan';
import { CHART_NAME_PREFIX, planCells } from '../excel/insert-charts';
import { WpsChartInsertError, WpsOwnedSheetNameError, reason } from './errors';
import { type WpsObject, call, get, getNumber, getObject, items, set } from './members';
import { ownedSheet, writeCells } from './owned-sheet';
import { activeWorkbook } from './workbook';

export const XL_COLUMN_CLUSTERED = 51;
export const XL_PIE = 5;
export const XL_COLUMNS = 2;
export const XL_VALUE = 2;
export const XL_LEGEND_BOTTOM = -4107;
export const XL_LEGEND_RIGHT = -4152;

function removeCharts(sheet: WpsObject): void {
  const objects = getObject(sheet, 'ChartObjects');
  for (let i = getNumber(objects, 'Count'); i >= 1; i--) call(call(objects, 'Item', i) as WpsObject, 'Delete');
  call(getObject(sheet, 'Cells'), 'Clear');
}

function addChart(sheet: WpsObject, c: ExcelChartCall): void {
  const corner = call(sheet, 'Range', c.position.topLeftCell) as WpsObject;
  const left = Number(get(corner, 'Left')) || c.position.left;
  const top = Number(get(corner, 'Top')) || c.position.top;
  const object = call(getObject(sheet, 'ChartObjects'), 'Add', left, top, c.position.width, c.position.height) as WpsObject;
  set(object, 'Name', `${CHART_NAME_PREFIX}${c.chartId}`);
  const chart = getObject(object, 'Chart');
  call(chart, 'SetSourceData', call(sheet, 'Range', c.sourceAddress), XL_COLUMNS);
  set(chart, 'ChartType', c.type === 'Pie' ? XL_PIE : XL_COLUMN_CLUSTERED);
  set(chart, 'HasTitle', true);
  set(getObject(chart, 'ChartTitle'), 'Text', c.title);
  set(chart, 'HasLegend', c.legend.visible);
  if (c.legend.visible) set(getObject(chart, 'Legend'), 'Position', c.legend.position === 'Bottom' ? XL_LEGEND_BOTTOM : XL_LEGEND_RIGHT);
  for (const series of items(getObject(chart, 'SeriesCollection'))) {
    set(series, 'HasDataLabels', true);
    const labels = getObject(series, 'DataLabels');
    set(labels, 'ShowValue', c.dataLabels.showValue);
    set(labels, 'ShowPercentage', c.dataLabels.showPercentage);
    set(labels, 'ShowCategoryName', c.dataLabels.showCategoryName);
    set(labels, 'ShowSeriesName', c.dataLabels.showSeriesName);
    if (c.dataLabels.separator !== undefined) set(labels, 'Separator', c.dataLabels.separator);
    set(labels, 'NumberFormat', c.dataLabels.numberFormat);
  }
  if (c.valueAxisTitle) {
    const axis = getObject(chart, 'Axes', XL_VALUE);
    set(axis, 'HasTitle', true);
    set(getObject(axis, 'AxisTitle'), 'Text', c.valueAxisTitle);
  }
}

/** @throws WpsOwnedSheetNameError for a sheet name the add-in does not own; WpsChartInsertError when WPS refuses. */
export function insertChartsIn(app: WpsObject, plan: ExcelChartPlan, file: string): void {
  const name = plan.sheetName;
  const problem = ownedSheetNameProblem(name);
  if (problem) throw new WpsOwnedSheetNameError(problem, { file, sheet: name });
  const { values, formats, width } = planCells(plan);
  try {
    const { sheet, created } = ownedSheet(activeWorkbook(app), name);
    if (!created) removeCharts(sheet);
    writeCells(sheet, values, width, formats);
    for (const c of plan.charts) addChart(sheet, c);
    call(sheet, 'Activate');
  } catch (err) {
    throw new WpsChartInsertError(`无法在工作表“${name}”中插入图表（${reason(err)}）。请确认工作簿未受保护后重试。`, { file, sheet: name });
  }
}
