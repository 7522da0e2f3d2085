/** The fake keeps Office.js semantics, so a host that passes against it has not leaned on shortcuts. */
import { gridFromRows } from '../../../../src/core/grid/sheet-grid';
import { FakeExcel, FakeOfficeError } from '.';

const fake = () => new FakeExcel([gridFromRows('表1', [['a', 1], [true, { error: '#N/A' }]]), gridFromRows('空', [])]);

describe('FakeExcel: load and sync', () => {
  it('throws PropertyNotLoaded until load() and sync(), then gives the values', async () => {
    await fake().run(async (context) => {
      const range = context.workbook.worksheets.getItem('表1').getRange('A1:B2');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.load('values, valueTypes, address');
      expect(() => range.values).toThrow(FakeOfficeError);
      await context.sync();
      expect(range.values).toEqual([['a', 1], [true, '#N/A']]);
      expect(range.valueTypes).toEqual([['String', 'Double'], ['Boolean', 'Error']]);
      expect(range.address).toBe('表1!A1:B2');
      expect(() => range.numberFormat).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('accepts load arguments as text, arrays and objects', async () => {
    await fake().run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('表1');
      const a = sheet.getRange('A1').load(['values', 'rowIndex']);
      const b = sheet.getRange('B2').load({ select: 'text, numberFormat' });
      const c = sheet.getRange('A2').load({ formulas: true, columnIndex: true } as Excel.Interfaces.RangeLoadOptions);
      const sheets = context.workbook.worksheets.load('items/name');
      expect(() => sheet.getRange('A1').load('nonsense')).toThrow(expect.objectContaining({ code: 'InvalidArgument' }));
      await context.sync();
      expect([a.values, a.rowIndex, b.text, b.numberFormat, c.formulas, c.columnIndex]).toEqual([[['a']], 0, [['#N/A']], [['General']], [[true]], 0]);
      expect(sheets.items.map((s) => s.name)).toEqual(['表1', '空']);
    });
  });

  it('gives null objects for missing items and empty used ranges; getItem fails the sync', async () => {
    const f = fake();
    await f.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('没有');
      const used = context.workbook.worksheets.getItem('空').getUsedRangeOrNullObject();
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(used.isNullObject).toBe(true);
      context.workbook.worksheets.getItem('没有');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
    expect(f.syncs.map((s) => s.failed)).toEqual([undefined, 'ItemNotFound']);
  });

  it('applies writes on sync, in order, and the run flushes what is still queued', async () => {
    const f = fake();
    await f.run(async (context) => {
      const sheet = context.workbook.worksheets.add('新表');
      sheet.getRange('A1:B1').values = [['x', '00123']];
      expect(f.model.findSheet('新表')).toBeUndefined();
      await context.sync();
      expect(f.valueAt('新表', 'B1')).toBe(123);
      sheet.getRange('A2').numberFormat = [['@']];
      sheet.getRange('A2').values = [['00123']];
    });
    expect(f.valueAt('新表', 'A2')).toBe('00123');
    expect(f.syncCount).toBe(2);
  });

  it('throws on members it does not model and on APIs above the client’s requirement sets', async () => {
    const f = new FakeExcel([gridFromRows('表1', [[1]])], { apiVersion: '1.9' });
    await f.run(async (context) => {
      const range = context.workbook.worksheets.getItem('表1').getRange('A1');
      expect(() => (range as unknown as { getSpillingToRange(): void }).getSpillingToRange()).toThrow(/is not modelled by the fake Excel/);
      range.getMergedAreasOrNullObject();
      await expect(context.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });
    });
    expect(f.isSetSupported('ExcelApi', '1.9')).toBe(true);
    expect(f.isSetSupported('ExcelApi', '1.10')).toBe(false);
  });

  it('records requests and payload bytes per sync and fails an oversized response with the response code', async () => {
    const f = new FakeExcel([gridFromRows('表1', Array.from({ length: 100 }, (_, r) => ['x'.repeat(100), r]))], { payloadLimit: 5000 });
    await f.run(async (context) => {
      const range = context.workbook.worksheets.getItem('表1').getRange('A1:B100').load('values');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
    expect(f.syncs[0].requests).toBe(3); // getItem, getRange, load
    expect(f.syncs[0].responseBytes).toBeGreaterThan(10_000);
    expect(f.syncs[0].failed).toBe('ResponsePayloadSizeLimitExceeded');
  });

  it('fails an oversized request with the request code', async () => {
    const f = new FakeExcel([gridFromRows('表1', [['a']])], { payloadLimit: 5000 });
    await f.run(async (context) => {
      context.workbook.worksheets.getItem('表1').getRange('A1:A20').values = Array.from({ length: 20 }, () => ['长'.repeat(200)]);
      await expect(context.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    });
    expect(f.valueAt('表1', 'A1')).toBe('a');
  });

  it('answers a get of more than 5,000,000 cells with null values, or with an error when so configured', async () => {
    for (const overLimitCells of ['null', 'error'] as const) {
      const f = new FakeExcel([gridFromRows('表1', [['a']])], { overLimitCells });
      await f.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('表1');
        const big = sheet.getRangeByIndexes(0, 0, 5001, 1000).load('values');
        const limit = sheet.getRangeByIndexes(0, 0, 5000, 1000).load('rowCount');
        if (overLimitCells === 'null') {
          await context.sync();
          expect(big.values).toBeNull();
          expect(limit.rowCount).toBe(5000);
        } else {
          await expect(context.sync()).rejects.toMatchObject({ code: 'RangeExceedsLimit' });
        }
      });
    }
  });

  it('returns merged areas by their top-left cell only', async () => {
    const f = new FakeExcel([gridFromRows('表1', [['标题']], [{ top: 0, left: 0, bottom: 1, right: 3 }, { top: 4, left: 4, bottom: 5, right: 5 }])]);
    await f.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('表1');
      const overlapping = sheet.getRange('B2:F6').getMergedAreasOrNullObject().load('address');
      const fromA1 = sheet.getRange('A1:E5').getMergedAreasOrNullObject().load('address');
      await context.sync();
      expect(overlapping.address).toBe('表1!E5:F6');
      expect(fromA1.address).toBe('表1!A1:D2, 表1!E5:F6');
    });
  });
});

describe('FakeExcel: custom XML parts and events', () => {
  it('refuses XML that is not well formed and finds parts by namespace', async () => {
    const f = fake();
    await f.run(async (context) => {
      context.workbook.customXmlParts.add('<a xmlns="urn:x">1 < 2</a>');
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
      context.workbook.customXmlParts.add('<a xmlns="urn:x">1 &lt; 2 &amp; 3</a>');
      const parts = context.workbook.customXmlParts.getByNamespace('urn:x').load('items/id');
      await context.sync();
      const xml = parts.items[0].getXml();
      await context.sync();
      expect(xml.value).toBe('<a xmlns="urn:x">1 &lt; 2 &amp; 3</a>');
    });
  });

  it('removes an event handler only through the context that added it', async () => {
    const f = fake();
    const handler = async (): Promise<void> => undefined;
    const added = await f.run(async (context) => {
      const result = context.workbook.worksheets.onChanged.add(handler);
      await context.sync();
      return result;
    });
    expect(f.listenerCount).toBe(1);
    await f.run(async (context) => {
      context.workbook.worksheets.onChanged.remove(handler);
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    });
    // A bare sync on the ended context is refused; Excel.run(context, …) is the documented way.
    added.remove();
    await expect(added.context.sync()).rejects.toMatchObject({ code: 'InvalidRequestContext' });
    expect(f.listenerCount).toBe(1);
    await f.runIn(added.context as unknown as Excel.RequestContext, async (context) => {
      added.remove();
      await context.sync();
    });
    expect(f.listenerCount).toBe(0);
  });
});
