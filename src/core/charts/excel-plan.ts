import { a1 } from '../grid/sheet-grid';
import { JuesuanError } from '../errors';
import { ChartSpec, SkippedChart } from './chart-spec';
import { ownedSheetNameProblem } from './owned-sheet';
import { pieSlices } from './pie';

/**
 * The chart specifications as a plain data plan for native Excel charts: the cells to write
 * on an add-in-owned sheet, and per chart the Office.js calls to make
 * (`sheet.charts.add(type, sheet.getRange(sourceAddress), seriesBy)`, title, data labels,
 * `chart.setPosition(topLeftCell)`, width and height). The Excel host only executes it.
 */

/** Excel.ChartType values used here. */
export type ExcelChartType = 'ColumnClustered' | 'Pie';

/** Cell values as written by WorkbookHost.writeOwnedSheet, row 1 first. */
export type PlanRow = (string | number | null)[];

/** The cells of one chart's data on the sheet: title row, header row, one row per category. */
export interface ExcelDataBlock {
  chartId: string;
  /** 0-based row indexes in `ExcelChartPlan.rows`. */
  firstRow: number;
  lastRow: number;
  /** Every cell of the block, title row included: "A1:D4". */
  blockAddress: string;
  /** The caption cell: "A1". */
  titleAddress: string;
  /** Header row and category rows, categories in the first column: the chart's data. */
  sourceAddress: string;
  /** The numbers only, for their number format: "B3:C4". */
  valuesAddress: string;
  /** Pie blocks: the largest-remainder percentages beside the source ("C3:C6"). */
  percentAddress?: string;
}

export interface ExcelChartDataLabels {
  showValue: boolean;
  /** Pies only. Excel computes the percentage itself and shows it as "0%". */
  showPercentage: boolean;
  showCategoryName: boolean;
  showSeriesName: boolean;
  /** Format of the values: the spec's numberFormat, "0.00". */
  numberFormat: string;
  /** Between the label's parts (pies: category, value and percentage on separate lines). */
  separator?: string;
}

/** Where a chart goes; sizes in points. */
export interface ExcelChartPosition {
  /** The cell under the chart's top-left corner: `chart.setPosition(topLeftCell)`. */
  topLeftCell: string;
  /** Offsets from the sheet's top-left corner at the default cell sizes of `layout`. */
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface ExcelChartCall {
  chartId: string;
  type: ExcelChartType;
  /** Range on the plan's sheet: "A2:C4". */
  sourceAddress: string;
  /** The same range with its sheet: "'决算助手_图表'!A2:C4". */
  sourceReference: string;
  /** Categories down the first column, one series per further column. */
  seriesBy: 'Columns';
  /** The caption, "图1：收、支决算总计变动情况图". */
  title: string;
  /** Column charts: the unit as the value axis title ("万元"). */
  valueAxisTitle?: string;
  legend: { visible: boolean; position: 'Bottom' | 'Right' };
  dataLabels: ExcelChartDataLabels;
  position: ExcelChartPosition;
}

export interface ExcelChartPlan {
  sheetName: string;
  /** Everything to write, from A1: the data blocks stacked with one blank row between. */
  rows: PlanRow[];
  blocks: ExcelDataBlock[];
  charts: ExcelChartCall[];
  /** Specs that get no chart (a pie with no value above zero). */
  skipped: SkippedChart[];
  /** Cell sizes assumed for `position.left/top` (Excel's defaults), and the charts' column. */
  layout: { rowHeight: number; columnWidth: number; chartColumn: number };
}

export interface ExcelChartPlanOptions {
  /** Chart size in points; defaults 450 × 270 (600 × 360 px, the size of the images). */
  chartWidth?: number;
  chartHeight?: number;
}

/** The sheet name given for the chart plan is not an add-in-owned sheet name. */
export class ChartPlanError extends JuesuanError {}

/** Excel's default row height and column width (8.43 characters of Calibri 11), in points. */
const ROW_HEIGHT = 15;
const COLUMN_WIDTH = 48;

/**
 * Plan the native Excel charts for `specs` on the add-in-owned sheet `sheetName`.
 * Each chart gets a data block (caption; header "项目（万元）" and the series names; one row
 * per category), blocks stacked from A1 with a blank row between; the charts are stacked
 * in a column of their own, one blank column right of the widest block and one blank row
 * apart, so no chart covers data or another chart.
 * @throws ChartPlanError when `sheetName` does not start with "决算助手_" or is not a valid
 *   Excel sheet name.
 * @example excelChartPlan([figure1], '决算助手_图表').charts[0].sourceAddress === 'A2:C4'
 */
export function excelChartPlan(specs: ChartSpec[], sheetName: string, options: ExcelChartPlanOptions = {}): ExcelChartPlan {
  const problem = ownedSheetNameProblem(sheetName);
  if (problem) throw new ChartPlanError(problem, { sheet: sheetName });
  const width = options.chartWidth ?? 450;
  const height = options.chartHeight ?? 270;

  const rows: PlanRow[] = [];
  const blocks: ExcelDataBlock[] = [];
  const skipped: SkippedChart[] = [];
  const planned: { spec: ChartSpec; block: ExcelDataBlock }[] = [];
  for (const spec of specs) {
    const table = dataTable(spec);
    if (!table) {
      skipped.push({ id: spec.id, title: spec.title, reason: '饼图没有大于零的数值，无法绘制。' });
      continue;
    }
    if (rows.length > 0) rows.push([]);
    const block = placeBlock(spec, table, rows.length);
    rows.push([spec.caption], table.header, ...table.body);
    blocks.push(block);
    planned.push({ spec, block });
  }

  const widest = Math.max(0, ...rows.map((r) => r.length));
  const chartColumn = widest + 1;
  const rowsPerChart = Math.ceil(height / ROW_HEIGHT);
  const charts = planned.map(({ spec, block }, i) => {
    const topRow = i * (rowsPerChart + 1);
    const position = { topLeftCell: a1(topRow, chartColumn), left: chartColumn * COLUMN_WIDTH, top: topRow * ROW_HEIGHT, width, height };
    return chartCall(spec, block, sheetName, position);
  });
  return { sheetName, rows, blocks, charts, skipped, layout: { rowHeight: ROW_HEIGHT, columnWidth: COLUMN_WIDTH, chartColumn } };
}

interface DataTable {
  header: PlanRow;
  body: PlanRow[];
  /** Columns of the chart's source (categories + series). */
  sourceColumns: number;
  hasPercent: boolean;
}

function dataTable(spec: ChartSpec): DataTable | null {
  const corner = `项目（${spec.unit}）`;
  if (spec.kind === 'pie') {
    const slices = pieSlices(spec);
    if (slices.length === 0) return null;
    const name = spec.series[0]?.name ?? spec.title;
    return {
      header: [corner, name, '占比（%）'],
      body: slices.map((s) => [s.category, s.value, s.percent]),
      sourceColumns: 2,
      hasPercent: true,
    };
  }
  return {
    header: [corner, ...spec.series.map((s) => s.name)],
    body: spec.categories.map((category, i) => [category, ...spec.series.map((s) => cellNumber(s.values[i]))]),
    sourceColumns: 1 + spec.series.length,
    hasPercent: false,
  };
}

function cellNumber(v: number | undefined): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function placeBlock(spec: ChartSpec, table: DataTable, firstRow: number): ExcelDataBlock {
  const headerRow = firstRow + 1;
  const lastRow = headerRow + table.body.length;
  const lastSourceCol = table.sourceColumns - 1;
  const lastCol = lastSourceCol + (table.hasPercent ? 1 : 0);
  const range = (r1: number, c1: number, r2: number, c2: number) => `${a1(r1, c1)}:${a1(r2, c2)}`;
  const block: ExcelDataBlock = {
    chartId: spec.id,
    firstRow,
    lastRow,
    blockAddress: range(firstRow, 0, lastRow, lastCol),
    titleAddress: a1(firstRow, 0),
    sourceAddress: range(headerRow, 0, lastRow, lastSourceCol),
    valuesAddress: range(headerRow + 1, 1, lastRow, lastSourceCol),
  };
  if (table.hasPercent) block.percentAddress = range(headerRow + 1, lastCol, lastRow, lastCol);
  return block;
}

function chartCall(spec: ChartSpec, block: ExcelDataBlock, sheetName: string, position: ExcelChartPosition): ExcelChartCall {
  const pie = spec.kind === 'pie';
  const call: ExcelChartCall = {
    chartId: spec.id,
    type: pie ? 'Pie' : 'ColumnClustered',
    sourceAddress: block.sourceAddress,
    sourceReference: `'${sheetName.replace(/'/g, "''")}'!${block.sourceAddress}`,
    seriesBy: 'Columns',
    title: spec.caption,
    // A pie's labels name the categories; a legend would repeat them.
    legend: { visible: !pie, position: 'Bottom' },
    dataLabels: {
      showValue: true,
      showPercentage: pie && spec.showPercent,
      showCategoryName: pie,
      showSeriesName: false,
      numberFormat: spec.numberFormat,
      ...(pie ? { separator: '\n' } : {}),
    },
    position,
  };
  if (!pie) call.valueAxisTitle = spec.unit;
  return call;
}

