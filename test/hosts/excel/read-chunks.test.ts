/** The chunking rule (read-plan.ts) and giant sheets read below Excel on the web's 5 MB limit. */
import { type CellValue, gridFromRows } from '../../../src/core/grid/sheet-grid';
import { ExcelReadError, SYNC_BUDGET, planReads } from '../../../src/hosts/excel';
import { BYTES_PER_CELL, BYTES_PER_ROW, splitBlock } from '../../../src/hosts/excel/read-plan';
import { FIVE_MB } from './fake-excel';
import { fakeWith, hostOn } from './helpers';

function numbers(rows: number, cols: number): CellValue[][] {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => ((r * 7919 + c * 104729) % 1_000_000) / 100));
}

describe('planReads', () => {
  it('puts every block of a normal workbook into one sync, whatever the number of sheets', () => {
    const extents = Array.from({ length: 50 }, (_, i) => ({ top: i % 4, left: 0, rows: 45, cols: 9 }));
    const syncs = planReads(extents);
    expect(syncs).toHaveLength(1);
    expect(syncs[0].map((b) => b.sheet)).toEqual(extents.map((_, i) => i));
    expect(syncs[0].every((b) => b.sheetWide && b.propsFrom === 0)).toBe(true);
  });

  it('skips empty sheets', () => {
    expect(planReads([null, { top: 0, left: 0, rows: 1, cols: 1 }, null]).flat().map((b) => b.sheet)).toEqual([1]);
    expect(planReads([null, null])).toEqual([]);
  });

  it('splits a giant sheet into row blocks, each sync within the budget, rows in order and complete', () => {
    const e = { top: 2, left: 1, rows: 100_000, cols: 20 };
    const syncs = planReads([{ top: 0, left: 0, rows: 10, cols: 5 }, e]);
    const perRow = 20 * BYTES_PER_CELL + BYTES_PER_ROW;
    expect(syncs.length).toBe(Math.ceil((100_000 * perRow) / SYNC_BUDGET));
    for (const s of syncs) expect(s.reduce((n, b) => n + b.estimate, 0)).toBeLessThanOrEqual(SYNC_BUDGET);
    const blocks = syncs.flat().filter((b) => b.sheet === 1);
    expect(blocks[0]).toMatchObject({ firstRow: 2, propsFrom: 0, sheetWide: true });
    blocks.slice(1).forEach((b, i) => expect(b).toMatchObject({ firstRow: blocks[i].firstRow + blocks[i].rowCount, propsFrom: b.firstRow, sheetWide: false }));
    expect(blocks.reduce((n, b) => n + b.rowCount, 0)).toBe(100_000);
  });

  it('gives a row larger than the budget a sync of its own', () => {
    const syncs = planReads([{ top: 0, left: 0, rows: 2, cols: 16_384 }], 100_000);
    expect(syncs.map((s) => s.map((b) => b.rowCount))).toEqual([[1], [1]]);
  });

  it('splits a block in halves by rows; one row cannot be split', () => {
    const [a, b] = splitBlock({ sheet: 0, firstRow: 10, rowCount: 5, propsFrom: 0, sheetWide: true, estimate: 500 })!;
    expect(a).toMatchObject({ firstRow: 10, rowCount: 3, propsFrom: 0, sheetWide: true });
    expect(b).toMatchObject({ firstRow: 13, rowCount: 2, propsFrom: 13, sheetWide: false });
    expect(splitBlock({ sheet: 0, firstRow: 0, rowCount: 1, propsFrom: 0, sheetWide: true, estimate: 1 })).toBeNull();
  });
});

describe('ExcelHost.readWorkbook: giant sheets', () => {
  it('reads a 20,000 × 15 sheet in row blocks, every request and response under 5 MB', async () => {
    const rows = numbers(20_000, 15);
    const fake = fakeWith([gridFromRows('小表', [['a', 1]]), gridFromRows('明细数据', rows)]);
    const source = await hostOn(fake).readWorkbook();
    expect(source.sheets[1].cells).toHaveLength(20_000);
    expect(source.sheets[1].cells[19_999]).toEqual(rows[19_999].map((value) => ({ value })));
    const cellSyncs = Math.ceil((20_000 * (15 * BYTES_PER_CELL + BYTES_PER_ROW)) / SYNC_BUDGET);
    expect(fake.syncCount).toBe(2 + cellSyncs);
    for (const s of fake.syncs) {
      expect(s.failed).toBeUndefined();
      expect(s.responseBytes).toBeLessThan(FIVE_MB);
      expect(s.requestBytes).toBeLessThan(FIVE_MB);
    }
  });

  it('splits a sync again when long Chinese texts overflow the response limit, and still reads everything', async () => {
    const long = '说明'.repeat(200);
    const rows = Array.from({ length: 6000 }, (_, r) => [`${r}${long}`, `${long}${r}`]);
    const fake = fakeWith([gridFromRows('长文本', rows)]);
    const source = await hostOn(fake).readWorkbook();
    expect(source.sheets[0].cells[5999]).toEqual([{ value: `5999${long}` }, { value: `${long}5999` }]);
    const failed = fake.syncs.filter((s) => s.failed);
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.every((s) => s.failed === 'ResponsePayloadSizeLimitExceeded')).toBe(true);
    expect(fake.syncs.filter((s) => !s.failed).every((s) => s.responseBytes < FIVE_MB)).toBe(true);
  });

  it('sizes later syncs from the text it has seen: a second sheet of long text needs no failed sync', async () => {
    const text = (n: number): CellValue[][] => Array.from({ length: n }, (_, r) => [`${r}${'决算说明'.repeat(100)}`, r]);
    const fake = fakeWith([gridFromRows('甲', text(6000)), gridFromRows('乙', text(6000))]);
    const source = await hostOn(fake).readWorkbook();
    expect(source.sheets.map((s) => s.cells.length)).toEqual([6000, 6000]);
    expect(source.sheets[1].cells[5999][0]).toEqual({ value: `5999${'决算说明'.repeat(100)}` });
    // The first planned sync fails and is halved until a part fits; everything after it is
    // planned from the size of what came back, and no later sync fails.
    const firstRead = fake.syncs.findIndex((s, i) => i >= 2 && !s.failed);
    expect(fake.syncs.slice(2, firstRead).every((s) => s.failed === 'ResponsePayloadSizeLimitExceeded')).toBe(true);
    expect(fake.syncs.slice(firstRead).filter((s) => s.failed)).toEqual([]);
    for (const s of fake.syncs.slice(firstRead)) expect(s.responseBytes).toBeLessThan(FIVE_MB);
  });

  it('splits a block whose values come back null (a get over 5,000,000 cells) and reads it whole', async () => {
    // 4 MB of budget at 64 bytes a cell plans ~64,000 cells a block; with the get limit scaled
    // down from five million to 60,000 cells the fake answers the first block with nulls.
    const rows = numbers(3000, 30);
    const fake = fakeWith([gridFromRows('明细', rows)], { maxCellsPerGet: 60_000, overLimitCells: 'null' });
    const source = await hostOn(fake).readWorkbook();
    expect(source.sheets[0].cells).toHaveLength(3000);
    expect(source.sheets[0].cells[2999]).toEqual(rows[2999].map((value) => ({ value })));
    expect(fake.syncCount).toBeGreaterThan(3);
  });

  it('explains in Chinese when a single row is beyond the limit', async () => {
    const fake = fakeWith([gridFromRows('巨行', [['x'.repeat(3000)], ['ok']])], { payloadLimit: 2000 });
    await expect(hostOn(fake).readWorkbook()).rejects.toThrow(new ExcelReadError('工作表“巨行”第 1 行的内容过多，超出 Excel 网页版单次读取的上限（5 MB），无法读取。请在桌面版 Excel 中打开后重试。'));
  });
});
