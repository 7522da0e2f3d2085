/** ExcelHost.insertCharts: the chart plan executed against the fake, two syncs, only the owned sheet. */
import { excelChartPlan } from '../../../src/core/charts/excel-plan';
import { CHARTS_SHEET_NAME } from '../../../src/core/charts/owned-sheet';
import { gridFromRows, parseA1 } from '../../../src/core/grid/sheet-grid';
import { OwnedSheetNameError } from '../../../src/hosts/excel';
import { ChartInsertError, INSERT_CHARTS_SYNCS, planCells } from '../../../src/hosts/excel/insert-charts';
import { figure1, figure2, figure7, sampleCharts } from '../../core/charts/sample-charts';
import type { FakeExcel } from './fake-excel';
import { getCell } from './fake-excel/model';
import { fakeWith, hostOn } from './helpers';

const SCHEDULE = '一 收入支出决算总表';

function userWorkbook(): FakeExcel {
  return fakeWith([gridFromRows(SCHEDULE, [['项目', '金额'], ['收入总计', 1687.35]]), gridFromRows('备注', [['说明']])]);
}

/** Everything a user could see of a sheet: cells, merges, visibility and charts. */
function snapshot(fake: FakeExcel, name: string): string {
  const s = fake.sheet(name);
  return JSON.stringify({ rows: [...s.rows].map(([r, row]) => [r, [...row]]), merges: s.merges, visibility: s.visibility, charts: fake.chartsOn(name) });
}

function numFmt(fake: FakeExcel, address: string): string | undefined {
  const { row, col } = parseA1(address);
  return getCell(fake.sheet(CHARTS_SHEET_NAME), row, col)?.numFmt;
}

describe('ExcelHost.insertCharts', () => {
  it('creates the owned sheet, its data and all seven charts in three syncs, touching no other sheet', async () => {
    const fake = userWorkbook();
    fake.chartsOn('备注').push({ ...fakeChart('用户的图') });
    const before = [snapshot(fake, SCHEDULE), snapshot(fake, '备注')];
    const plan = excelChartPlan(sampleCharts(), CHARTS_SHEET_NAME);
    await hostOn(fake).insertCharts(plan);

    expect(INSERT_CHARTS_SYNCS).toBe(3);
    expect(fake.syncCount).toBe(3);
    expect(fake.syncs.every((s) => !s.failed)).toBe(true);
    expect([snapshot(fake, SCHEDULE), snapshot(fake, '备注')]).toEqual(before);
    expect([...fake.chartsTouched]).toEqual([CHARTS_SHEET_NAME]);
    expect(fake.model.sheets.map((s) => s.name)).toEqual([SCHEDULE, '备注', CHARTS_SHEET_NAME]);

    const charts = fake.chartsOn(CHARTS_SHEET_NAME);
    expect(charts.map((c) => [c.name, c.chartType, c.source, c.seriesBy])).toEqual([
      ['决算助手_图1', 'ColumnClustered', 'A2:C4', 'Columns'],
      ['决算助手_图2', 'Pie', 'A7:B11', 'Columns'],
      ['决算助手_图3', 'Pie', 'A14:B16', 'Columns'],
      ['决算助手_图4', 'ColumnClustered', 'A19:C21', 'Columns'],
      ['决算助手_图5', 'ColumnClustered', 'A24:C25', 'Columns'],
      ['决算助手_图6', 'Pie', 'A28:B34', 'Columns'],
      ['决算助手_图7', 'ColumnClustered', 'A37:C41', 'Columns'],
    ]);
    expect(fake.valueAt(CHARTS_SHEET_NAME, 'A1')).toBe('图1：收、支决算总计变动情况图');
    expect(fake.valueAt(CHARTS_SHEET_NAME, 'C4')).toBe(1652.08);
    expect(fake.model.activeSheetId).toBe(fake.sheet(CHARTS_SHEET_NAME).id);
  });

  it('shows the new sheet where Excel ignores activating a sheet in the sync that adds it, and where it does not', async () => {
    for (const activateNewSheet of ['ignored', 'works'] as const) {
      const fake = fakeWith([gridFromRows(SCHEDULE, [['收入', 1]])], { activateNewSheet });
      await hostOn(fake).insertCharts(excelChartPlan(sampleCharts(), CHARTS_SHEET_NAME));
      expect(fake.model.activeSheetId).toBe(fake.sheet(CHARTS_SHEET_NAME).id);
    }
  });

  it('sets each chart as planned: title, labels, legend, axis title, position and size', async () => {
    const fake = userWorkbook();
    const plan = excelChartPlan([figure1(), figure2()], CHARTS_SHEET_NAME);
    await hostOn(fake).insertCharts(plan);
    const [column, pie] = fake.chartsOn(CHARTS_SHEET_NAME);
    const [c1, c2] = plan.charts;

    expect(column.title.text).toBe('图1：收、支决算总计变动情况图');
    expect(column.legend).toEqual({ visible: true, position: 'Bottom' });
    expect(column.valueAxisTitle.text).toBe('万元');
    expect(column.dataLabels).toEqual({ showValue: true, showPercentage: false, showCategoryName: false, showSeriesName: false, separator: ', ', numberFormat: '0.00' });
    expect([column.startCell, column.top, column.left, column.width, column.height]).toEqual([c1.position.topLeftCell, c1.position.top, c1.position.left, 450, 270]);

    expect(pie.title.text).toBe('图2：收入决算结构图');
    expect(pie.legend.visible).toBe(false);
    expect(pie.valueAxisTitle.text).toBe('');
    expect(pie.dataLabels).toEqual({ showValue: true, showPercentage: true, showCategoryName: true, showSeriesName: false, separator: '\n', numberFormat: '0.00' });
    expect(pie.startCell).toBe(c2.position.topLeftCell);
    expect(pie.top).toBe(c2.position.top);
    expect(pie.top).toBeGreaterThanOrEqual(column.top + column.height);
  });

  it('writes numbers under the chart number format and text as text', async () => {
    const fake = userWorkbook();
    await hostOn(fake).insertCharts(excelChartPlan([figure1(), figure2()], CHARTS_SHEET_NAME));
    expect(numFmt(fake, 'A1')).toBe('@');
    expect(numFmt(fake, 'B2')).toBe('@');
    expect(numFmt(fake, 'B3')).toBe('0.00');
    expect(numFmt(fake, 'C8')).toBe('0.00');
    expect(numFmt(fake, 'A5')).toBeUndefined();
    expect(fake.valueAt(CHARTS_SHEET_NAME, 'A5')).toBeNull();
  });

  it('replaces the charts and cells of an earlier run, still in INSERT_CHARTS_SYNCS syncs', async () => {
    const fake = userWorkbook();
    const host = hostOn(fake);
    await host.insertCharts(excelChartPlan(sampleCharts(), CHARTS_SHEET_NAME));
    const before = snapshot(fake, SCHEDULE);
    fake.resetCounters();

    await host.insertCharts(excelChartPlan([figure7()], CHARTS_SHEET_NAME));
    expect(fake.syncCount).toBe(INSERT_CHARTS_SYNCS);
    expect(fake.chartsOn(CHARTS_SHEET_NAME).map((c) => c.name)).toEqual(['决算助手_图7']);
    expect(fake.chartsOn(CHARTS_SHEET_NAME)[0].source).toBe('A2:C6');
    expect(fake.valueAt(CHARTS_SHEET_NAME, 'A1')).toBe('图7：“三公”经费预算与决算情况图');
    // Rows of the earlier, longer plan are gone.
    expect(fake.valueAt(CHARTS_SHEET_NAME, 'A13')).toBeNull();
    expect(fake.model.sheets.filter((s) => s.name === CHARTS_SHEET_NAME)).toHaveLength(1);
    expect(snapshot(fake, SCHEDULE)).toBe(before);
  });

  it('replaces an owned sheet a user left with charts of their own on it', async () => {
    const fake = fakeWith([gridFromRows(SCHEDULE, [[1]]), gridFromRows(CHARTS_SHEET_NAME, [['旧数据']])]);
    fake.chartsOn(CHARTS_SHEET_NAME).push(fakeChart('旧图'));
    await hostOn(fake).insertCharts(excelChartPlan([figure1()], CHARTS_SHEET_NAME));
    expect(fake.chartsOn(CHARTS_SHEET_NAME).map((c) => c.name)).toEqual(['决算助手_图1']);
    expect(fake.valueAt(CHARTS_SHEET_NAME, 'A1')).toBe('图1：收、支决算总计变动情况图');
    expect(fake.valueAt(SCHEDULE, 'A1')).toBe(1);
  });

  it('leaves the label number format to the cells where ExcelApi 1.8 is missing', async () => {
    const fake = fakeWith([gridFromRows(SCHEDULE, [[1]])], { apiVersion: '1.7' });
    await hostOn(fake).insertCharts(excelChartPlan([figure1()], CHARTS_SHEET_NAME));
    expect(fake.syncCount).toBe(INSERT_CHARTS_SYNCS);
    expect(fake.chartsOn(CHARTS_SHEET_NAME)[0].dataLabels.numberFormat).toBe('General');
    expect(numFmt(fake, 'B3')).toBe('0.00');
  });

  it('refuses a sheet the add-in does not own, before any sync', async () => {
    const fake = userWorkbook();
    const plan = { ...excelChartPlan([figure1()], CHARTS_SHEET_NAME), sheetName: SCHEDULE };
    await expect(hostOn(fake).insertCharts(plan)).rejects.toThrow(OwnedSheetNameError);
    expect(fake.syncCount).toBe(0);
  });

  it('reports a refusal by Excel in Chinese', async () => {
    const fake = userWorkbook();
    const plan = excelChartPlan([figure1()], CHARTS_SHEET_NAME);
    plan.charts[0].type = 'Bogus' as 'Pie';
    await expect(hostOn(fake).insertCharts(plan)).rejects.toThrow(ChartInsertError);
    await expect(hostOn(fake).insertCharts(plan)).rejects.toThrow(/^无法在工作表“决算助手_图表”中插入图表（InvalidArgument/);
    expect(fake.valueAt(SCHEDULE, 'B2')).toBe(1687.35);
  });
});

describe('planCells', () => {
  it('pads rows to one width with text "@", block numbers "0.00" and blanks General', () => {
    const plan = excelChartPlan([figure1()], CHARTS_SHEET_NAME);
    expect(planCells(plan)).toEqual({
      width: 3,
      values: [
        ['图1：收、支决算总计变动情况图', '', ''],
        ['项目（万元）', '2023年', '2024年'],
        ['收入总计', 1523.46, 1687.35],
        ['支出总计', 1498.72, 1652.08],
      ],
      formats: [
        ['@', 'General', 'General'],
        ['@', '@', '@'],
        ['@', '0.00', '0.00'],
        ['@', '0.00', '0.00'],
      ],
    });
  });
});

function fakeChart(name: string) {
  return {
    id: 9999,
    name,
    chartType: 'Line',
    source: 'A1:B2',
    seriesBy: 'Auto',
    title: { text: name, visible: true },
    dataLabels: { showValue: false, showPercentage: false, showCategoryName: false, showSeriesName: false, separator: ', ', numberFormat: 'General' },
    legend: { visible: true, position: 'Right' },
    valueAxisTitle: { text: '', visible: false },
    top: 0,
    left: 0,
    width: 100,
    height: 100,
  };
}
