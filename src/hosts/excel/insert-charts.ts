/// <reference types="office-js" />
/**
 * Execute an ExcelChartPlan (src/core/charts/excel-plan.ts): the add-in-owned chart sheet is
 * made afresh, its data blocks written, and one native chart added per planned call. Three
 * syncs in all: one to learn whether the sheet exists, one for every write, and one to
 * activate the new sheet (Excel on the web may ignore activating a sheet in the sync that
 * adds it, office-js #930).
 *
 * A re-run replaces the earlier charts by deleting the owned sheet and adding it again:
 * charts cannot be removed without first loading the chart collection, which would cost a
 * third sync (or loading a collection off a possibly-null sheet, whose behaviour Office.js
 * does not document). Deleting the sheet removes its charts and cells in one step. The sheet
 * is the add-in's own, so nothing of the user's is lost; it comes back as the last sheet.
 */
import { ownedSheetNameProblem } from '../../core/charts/owned-sheet';
import type { ExcelChartCall, ExcelChartPlan, PlanRow } from '../../core/charts/excel-plan';
import { JuesuanError } from '../../core/errors';
import { OwnedSheetNameError, reason } from './errors';
import type { IsSetSupported, RunBatch } from './types';

/** Inserting the native charts failed (protected workbook, old Excel …). */
export class ChartInsertError extends JuesuanError {}

/** Syncs insertChartsThrough makes, whether or not the sheet existed. */
export const INSERT_CHARTS_SYNCS = 3;

/** ChartDataLabels.numberFormat needs ExcelApi 1.8; without it the labels follow the cells' format. */
const LABEL_NUMBER_FORMAT_API = '1.8';
const SUSPEND_SCREEN_API = '1.9';
/** Charts get this name prefix so a user can tell them apart from their own. */
export const CHART_NAME_PREFIX = '决算助手_';

type Cell = string | number;

/**
 * The values and number formats of `plan.rows` as rectangles of equal width: text under "@"
 * (so a code stays text), each block's numbers under its chart's number format, blanks
 * "General".
 */
export function planCells(plan: ExcelChartPlan): { values: Cell[][]; formats: string[][]; width: number } {
  const width = plan.rows.reduce((w, r) => Math.max(w, r.length), 0);
  const formatOfRow = new Map<number, string>();
  for (const block of plan.blocks) {
    const call = plan.charts.find((c) => c.chartId === block.chartId);
    for (let r = block.firstRow; r <= block.lastRow; r++) formatOfRow.set(r, call?.dataLabels.numberFormat ?? 'General');
  }
  const values: Cell[][] = [];
  const formats: string[][] = [];
  plan.rows.forEach((row: PlanRow, r) => {
    const cells = Array.from({ length: width }, (_, c) => row[c] ?? null);
    values.push(cells.map((v) => (typeof v === 'number' ? (Number.isFinite(v) ? v : '') : (v ?? ''))));
    formats.push(cells.map((v) => (typeof v === 'string' ? '@' : typeof v === 'number' ? (formatOfRow.get(r) ?? 'General') : 'General')));
  });
  return { values, formats, width };
}

function addChart(sheet: Excel.Worksheet, charts: Excel.ChartCollection, call: ExcelChartCall, labelFormat: boolean): void {
  const chart = charts.add(call.type, sheet.getRange(call.sourceAddress), call.seriesBy);
  chart.name = `${CHART_NAME_PREFIX}${call.chartId}`;
  chart.title.text = call.title;
  chart.legend.visible = call.legend.visible;
  chart.legend.position = call.legend.position;
  const labels = chart.dataLabels;
  labels.showValue = call.dataLabels.showValue;
  labels.showPercentage = call.dataLabels.showPercentage;
  labels.showCategoryName = call.dataLabels.showCategoryName;
  labels.showSeriesName = call.dataLabels.showSeriesName;
  if (call.dataLabels.separator !== undefined) labels.separator = call.dataLabels.separator;
  if (labelFormat) labels.numberFormat = call.dataLabels.numberFormat;
  if (call.valueAxisTitle) chart.axes.valueAxis.title.text = call.valueAxisTitle;
  chart.setPosition(call.position.topLeftCell);
  chart.width = call.position.width;
  chart.height = call.position.height;
}

/**
 * Create the plan's sheet (replacing an earlier one of the same name), write its cells and
 * add its charts, then show it, in INSERT_CHARTS_SYNCS syncs. Touches no other sheet.
 * @throws OwnedSheetNameError when plan.sheetName is not an add-in-owned sheet name (no sync).
 * @throws ChartInsertError with a Chinese message when Excel refuses.
 */
export async function insertChartsThrough(run: RunBatch, isSetSupported: IsSetSupported, plan: ExcelChartPlan, file: string): Promise<void> {
  const name = plan.sheetName;
  const problem = ownedSheetNameProblem(name);
  if (problem) throw new OwnedSheetNameError(problem, { file, sheet: name });
  const { values, formats, width } = planCells(plan);
  const labelFormat = isSetSupported('ExcelApi', LABEL_NUMBER_FORMAT_API);
  try {
    await run(async (context) => {
      const sheets = context.workbook.worksheets;
      const existing = sheets.getItemOrNullObject(name);
      await context.sync();
      // Deleted before it is added again, so a failure here leaves everything else as it was.
      if (!existing.isNullObject) existing.delete();
      const sheet = sheets.add(name);
      if (isSetSupported('ExcelApi', SUSPEND_SCREEN_API)) context.workbook.application.suspendScreenUpdatingUntilNextSync();
      if (values.length > 0 && width > 0) {
        const range = sheet.getRangeByIndexes(0, 0, values.length, width);
        range.numberFormat = formats;
        range.values = values;
      }
      const charts = sheet.charts;
      for (const call of plan.charts) addChart(sheet, charts, call, labelFormat);
      await context.sync();
      sheet.activate();
      await context.sync();
    });
  } catch (err) {
    throw new ChartInsertError(`无法在工作表“${name}”中插入图表（${reason(err)}）。请确认工作簿未受保护后重试。`, { file, sheet: name });
  }
}
