import { ChartPlanError, ExcelChartPlan, excelChartPlan } from '../../../src/core/charts/excel-plan';
import { CHARTS_SHEET_NAME } from '../../../src/core/charts/owned-sheet';
import { parseA1 } from '../../../src/core/grid/sheet-grid';
import { chartSpec, figure1, figure2, figure7, sampleCharts, series } from './sample-charts';

const SHEET = '决算助手_图表';

/** The cell values of an A1 range of the plan's rows, row by row. */
function cells(plan: ExcelChartPlan, range: string): (string | number | null | undefined)[][] {
  const [from, to] = range.split(':').map(parseA1);
  const out: (string | number | null | undefined)[][] = [];
  for (let r = from.row; r <= to.row; r++) {
    const row: (string | number | null | undefined)[] = [];
    for (let c = from.col; c <= to.col; c++) row.push(plan.rows[r]?.[c]);
    out.push(row);
  }
  return out;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('excelChartPlan', () => {
  const plan = excelChartPlan(sampleCharts(), SHEET);

  it('stacks one data block per chart from A1 with a blank row between', () => {
    expect(plan.blocks.map((b) => [b.chartId, b.blockAddress, b.sourceAddress, b.valuesAddress])).toEqual([
      ['图1', 'A1:C4', 'A2:C4', 'B3:C4'],
      ['图2', 'A6:C11', 'A7:B11', 'B8:B11'],
      ['图3', 'A13:C16', 'A14:B16', 'B15:B16'],
      ['图4', 'A18:C21', 'A19:C21', 'B20:C21'],
      ['图5', 'A23:C25', 'A24:C25', 'B25:C25'],
      ['图6', 'A27:C34', 'A28:B34', 'B29:B34'],
      ['图7', 'A36:C41', 'A37:C41', 'B38:C41'],
    ]);
    expect(plan.rows).toHaveLength(41);
    for (const b of plan.blocks.slice(1)) expect(plan.rows[b.firstRow - 1]).toEqual([]);
    expect(plan.blocks.map((b) => b.percentAddress)).toEqual([undefined, 'C8:C11', 'C15:C16', undefined, undefined, 'C29:C34', undefined]);
  });

  it('writes caption, header and one row per category', () => {
    expect(cells(plan, 'A1:C4')).toEqual([
      ['图1：收、支决算总计变动情况图', undefined, undefined],
      ['项目（万元）', '2023年', '2024年'],
      ['收入总计', 1523.46, 1687.35],
      ['支出总计', 1498.72, 1652.08],
    ]);
    expect(cells(plan, 'A36:C41')).toEqual([
      ['图7：“三公”经费预算与决算情况图', undefined, undefined],
      ['项目（万元）', '预算数', '决算数'],
      ['因公出国（境）费', 12, 8.64],
      ['公务用车购置费', 0, 0],
      ['公务用车运行维护费', 18.5, 16.27],
      ['公务接待费', 6, 4.35],
    ]);
  });

  it('writes a pie’s positive slices with their largest-remainder shares beside the source', () => {
    expect(cells(plan, 'A7:C11')).toEqual([
      ['项目（万元）', '2024年', '占比（%）'],
      ['财政拨款收入', 1402.18, 83.1],
      ['事业收入', 156.4, 9.27],
      ['其他收入', 38.77, 2.3],
      ['年初结转和结余', 90, 5.33],
    ]);
  });

  it('maps each chart to its Excel type, source, title and labels', () => {
    const [fig1, fig2] = plan.charts;
    expect(fig1).toEqual({
      chartId: '图1',
      type: 'ColumnClustered',
      sourceAddress: 'A2:C4',
      sourceReference: "'决算助手_图表'!A2:C4",
      seriesBy: 'Columns',
      title: '图1：收、支决算总计变动情况图',
      valueAxisTitle: '万元',
      legend: { visible: true, position: 'Bottom' },
      dataLabels: { showValue: true, showPercentage: false, showCategoryName: false, showSeriesName: false, numberFormat: '0.00' },
      position: { topLeftCell: 'E1', left: 192, top: 0, width: 450, height: 270 },
    });
    expect(fig2).toEqual({
      chartId: '图2',
      type: 'Pie',
      sourceAddress: 'A7:B11',
      sourceReference: "'决算助手_图表'!A7:B11",
      seriesBy: 'Columns',
      title: '图2：收入决算结构图',
      legend: { visible: false, position: 'Bottom' },
      dataLabels: { showValue: true, showPercentage: true, showCategoryName: true, showSeriesName: false, numberFormat: '0.00', separator: '\n' },
      position: { topLeftCell: 'E20', left: 192, top: 285, width: 450, height: 270 },
    });
    expect(plan.charts.map((c) => c.type)).toEqual(['ColumnClustered', 'Pie', 'Pie', 'ColumnClustered', 'ColumnClustered', 'Pie', 'ColumnClustered']);
    expect(plan.charts.map((c) => c.sourceAddress)).toEqual(plan.blocks.map((b) => b.sourceAddress));
    expect(plan.charts.map((c) => c.position.topLeftCell)).toEqual(['E1', 'E20', 'E39', 'E58', 'E77', 'E96', 'E115']);
  });

  it('places the charts clear of the data and of each other', () => {
    const { rowHeight, columnWidth, chartColumn } = plan.layout;
    expect(plan.layout).toEqual({ rowHeight: 15, columnWidth: 48, chartColumn: 4 });
    const widest = Math.max(...plan.rows.map((r) => r.length));
    const data: Box = { left: 0, top: 0, right: widest * columnWidth, bottom: plan.rows.length * rowHeight };
    const boxes = plan.charts.map(({ position: p }) => ({ left: p.left, top: p.top, right: p.left + p.width, bottom: p.top + p.height }));
    boxes.forEach((box, i) => {
      expect(overlaps(box, data)).toBe(false);
      // A blank column between the data and the charts.
      expect(box.left).toBeGreaterThanOrEqual(data.right + columnWidth);
      for (const other of boxes.slice(i + 1)) expect(overlaps(box, other)).toBe(false);
      // topLeftCell and the offsets name the same place.
      const cell = parseA1(plan.charts[i].position.topLeftCell);
      expect([cell.col * columnWidth, cell.row * rowHeight]).toEqual([box.left, box.top]);
    });
    expect(chartColumn).toBe(parseA1(plan.charts[0].position.topLeftCell).col);
    // A blank row at least between consecutive charts.
    for (let i = 1; i < boxes.length; i++) expect(boxes[i].top - boxes[i - 1].bottom).toBeGreaterThanOrEqual(rowHeight);
  });

  it('takes chart sizes in points and keeps the charts apart at any size', () => {
    const big = excelChartPlan([figure1(), figure7()], SHEET, { chartWidth: 600, chartHeight: 400 });
    expect(big.charts.map((c) => c.position)).toEqual([
      { topLeftCell: 'E1', left: 192, top: 0, width: 600, height: 400 },
      // 400 pt is 26.7 rows: 27 rows of chart and one blank row.
      { topLeftCell: 'E29', left: 192, top: 420, width: 600, height: 400 },
    ]);
  });

  it('moves the charts right of a wider block', () => {
    const three = chartSpec('图9', '测试', 'column', ['甲'], [series('2022年', [1]), series('2023年', [2]), series('2024年', [3])]);
    const wide = excelChartPlan([figure1(), three], SHEET);
    expect(wide.blocks[1].sourceAddress).toBe('A7:D8');
    expect(wide.layout.chartColumn).toBe(5);
    expect(wide.charts.map((c) => c.position.topLeftCell)).toEqual(['F1', 'F20']);
  });

  it('skips a pie with no value above zero and names the reason', () => {
    const empty = chartSpec('图3', '支出决算结构', 'pie', ['基本支出', '项目支出'], [series('2024年', [0, 0])]);
    const p = excelChartPlan([empty, figure2()], SHEET);
    expect(p.skipped).toEqual([{ id: '图3', title: '支出决算结构', reason: '饼图没有大于零的数值，无法绘制。' }]);
    expect(p.charts.map((c) => [c.chartId, c.sourceAddress, c.position.topLeftCell])).toEqual([['图2', 'A2:B6', 'E1']]);
    expect(p.rows[0]).toEqual(['图2：收入决算结构图']);
  });

  it('writes a missing value as an empty cell', () => {
    const spec = figure1();
    spec.series[0].values = [1523.46, Number.NaN];
    expect(cells(excelChartPlan([spec], SHEET), 'B4:C4')).toEqual([[null, 1652.08]]);
  });

  it('returns an empty plan for no charts', () => {
    expect(excelChartPlan([], CHARTS_SHEET_NAME)).toEqual({
      sheetName: '决算助手_图表',
      rows: [],
      blocks: [],
      charts: [],
      skipped: [],
      layout: { rowHeight: 15, columnWidth: 48, chartColumn: 1 },
    });
  });

  it('quotes an apostrophe in the sheet name of the source reference', () => {
    expect(excelChartPlan([figure1()], "决算助手_O'Neil").charts[0].sourceReference).toBe("'决算助手_O''Neil'!A2:C4");
  });

  it('refuses a sheet the add-in does not own, or an invalid sheet name', () => {
    expect(() => excelChartPlan([figure1()], 'Sheet1')).toThrow(ChartPlanError);
    expect(() => excelChartPlan([figure1()], 'Sheet1')).toThrow('工作表名“Sheet1”不是本工具专用的工作表：名称须以“决算助手_”开头。');
    expect(() => excelChartPlan([figure1()], '决算助手_图表/2024')).toThrow('含有 Excel 不允许的字符');
    expect(() => excelChartPlan([figure1()], `决算助手_${'图'.repeat(30)}`)).toThrow('超过 Excel 允许的 31 个字符');
  });
});
