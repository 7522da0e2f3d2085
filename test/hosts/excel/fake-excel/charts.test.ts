/// <reference types="office-js" />
/** The fake's charts behave like Office.js: queued until sync, PropertyNotLoaded before load. */
import { gridFromRows } from '../../../../src/core/grid/sheet-grid';
import { FakeExcel } from '.';

const fakeWithData = () => new FakeExcel([gridFromRows('数据', [['项目', '金额'], ['甲', 1], ['乙', 2]]), gridFromRows('其他', [[1]])]);

describe('fake Excel charts', () => {
  it('adds a chart only on sync and reads properties only after load', async () => {
    const fake = fakeWithData();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('数据');
      const chart = sheet.charts.add('Pie', sheet.getRange('A1:B3'), 'Columns');
      chart.title.text = '图';
      chart.dataLabels.numberFormat = '0.00';
      expect(fake.chartsOn('数据')).toHaveLength(0);
      expect(() => chart.name).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      expect(() => chart.title.text).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(fake.chartsOn('数据')[0]).toMatchObject({ chartType: 'Pie', source: 'A1:B3', title: { text: '图' }, dataLabels: { numberFormat: '0.00' } });
      chart.load('name');
      chart.title.load('text');
      await context.sync();
      expect(chart.name).toMatch(/^Chart \d+$/);
      expect(chart.title.text).toBe('图');
    });
    expect([...fake.chartsTouched]).toEqual(['数据']);
  });

  it('loads items/name, and deletes a chart on sync', async () => {
    const fake = fakeWithData();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('数据');
      sheet.charts.add('ColumnClustered', sheet.getRange('A1:B3'), 'Columns').name = '甲图';
      sheet.charts.add('Pie', sheet.getRange('A1:B3'), 'Columns').name = '乙图';
      const charts = sheet.charts.load('items/name');
      expect(() => charts.items).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(charts.items.map((c) => c.name)).toEqual(['甲图', '乙图']);
      charts.items[0].delete();
      expect(fake.chartsOn('数据')).toHaveLength(2);
      await context.sync();
    });
    expect(fake.chartsOn('数据').map((c) => c.name)).toEqual(['乙图']);
  });

  it('positions a chart by cells or by points', async () => {
    const fake = fakeWithData();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('数据');
      const a = sheet.charts.add('ColumnClustered', sheet.getRange('A1:B3'), 'Columns');
      a.setPosition('E3', 'H12');
      const b = sheet.charts.add('ColumnClustered', sheet.getRange('A1:B3'), 'Columns');
      b.top = 30;
      b.width = 200;
      await context.sync();
    });
    const [a, b] = fake.chartsOn('数据');
    expect([a.startCell, a.endCell, a.top, a.left, a.width, a.height]).toEqual(['E3', 'H12', 30, 192, 192, 150]);
    expect([b.top, b.width]).toEqual([30, 200]);
  });

  it('refuses a source on another sheet, and numberFormat before ExcelApi 1.8', async () => {
    const fake = fakeWithData();
    const onOther = fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('数据');
      sheet.charts.add('Pie', context.workbook.worksheets.getItem('其他').getRange('A1'), 'Columns');
      await context.sync();
    });
    await expect(onOther).rejects.toMatchObject({ code: 'InvalidArgument' });
    fake.apiVersion = '1.7';
    const old = fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('数据');
      sheet.charts.add('Pie', sheet.getRange('A1:B3'), 'Columns').dataLabels.numberFormat = '0.00';
      await context.sync();
    });
    await expect(old).rejects.toMatchObject({ code: 'ApiNotFound' });
  });
});
