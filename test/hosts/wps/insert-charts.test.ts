/** WpsHost.insertCharts: the chart plan as native WPS charts on the owned sheet only. */
import { excelChartPlan } from '../../../src/core/charts/excel-plan';
import { CHARTS_SHEET_NAME } from '../../../src/core/charts/owned-sheet';
import { gridFromRows } from '../../../src/core/grid/sheet-grid';
import { planCells } from '../../../src/hosts/excel/insert-charts';
import { WpsOwnedSheetNameError } from '../../../src/hosts/wps/errors';
import { XL_COLUMN_CLUSTERED, XL_LEGEND_BOTTOM, XL_PIE } from '../../../src/hosts/wps/insert-charts';
import { sampleCharts } from '../../core/charts/sample-charts';
import { fakeWith, hostOn, snapshot, VARIANTS } from './helpers';

const SCHEDULE = '一 收入支出决算总表';
const userWorkbook = (members: (typeof VARIANTS)[number] = 'typings') =>
  fakeWith([gridFromRows(SCHEDULE, [['项目', '金额'], ['收入总计', 1687.35]]), gridFromRows('备注', [['说明']])], { members });

describe('WpsHost.insertCharts', () => {
  it('writes the plan’s cells and adds all seven charts on the owned sheet, touching no other sheet, in every member form', async () => {
    for (const members of VARIANTS) {
      const fake = userWorkbook(members);
      const before = [snapshot(fake, SCHEDULE), snapshot(fake, '备注')];
      const plan = excelChartPlan(sampleCharts(), CHARTS_SHEET_NAME);
      await hostOn(fake).insertCharts(plan);

      expect([snapshot(fake, SCHEDULE), snapshot(fake, '备注')]).toEqual(before);
      expect(new Set(fake.state.writes.map((w) => w.sheet))).toEqual(new Set([CHARTS_SHEET_NAME]));
      expect(fake.state.sheets.map((s) => s.name)).toEqual([SCHEDULE, '备注', CHARTS_SHEET_NAME]);
      const charts = fake.sheet(CHARTS_SHEET_NAME).charts;
      expect(charts.map((c) => [c.name, c.chartType, c.source, c.plotBy])).toEqual(plan.charts.map((c) => [`决算助手_${c.chartId}`, c.type === 'Pie' ? XL_PIE : XL_COLUMN_CLUSTERED, c.sourceAddress, 2]));
      expect(charts.map((c) => c.title)).toEqual(plan.charts.map((c) => c.title));
      expect(charts[0]).toMatchObject({ hasTitle: true, hasLegend: true, legendPosition: XL_LEGEND_BOTTOM, axisTitle: plan.charts[0].valueAxisTitle, width: 450, height: 270 });
      expect(charts[0].labels[0]).toMatchObject({ HasDataLabels: true, ShowValue: true, NumberFormat: plan.charts[0].dataLabels.numberFormat });
      const { values } = planCells(plan);
      expect(fake.sheet(CHARTS_SHEET_NAME).cells.get('0,0')?.value).toBe(values[0][0]);
      expect(fake.state.active?.name).toBe(CHARTS_SHEET_NAME);
    }
  });

  it('replaces the charts of an earlier run instead of adding more', async () => {
    const fake = userWorkbook();
    const plan = excelChartPlan(sampleCharts(), CHARTS_SHEET_NAME);
    await hostOn(fake).insertCharts(plan);
    await hostOn(fake).insertCharts(plan);
    expect(fake.sheet(CHARTS_SHEET_NAME).charts).toHaveLength(plan.charts.length);
    expect(fake.state.added).toEqual([CHARTS_SHEET_NAME]);
    expect(fake.state.chartCalls.filter((c) => c.endsWith(': Delete'))).toHaveLength(plan.charts.length);
  });

  it('refuses a plan for a sheet the add-in does not own', async () => {
    const fake = userWorkbook();
    const plan = { ...excelChartPlan(sampleCharts(), CHARTS_SHEET_NAME), sheetName: SCHEDULE };
    await expect(hostOn(fake).insertCharts(plan)).rejects.toThrow(WpsOwnedSheetNameError);
    expect(fake.state.chartCalls).toEqual([]);
  });
});
