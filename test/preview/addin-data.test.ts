import { readFileSync } from 'fs';
import { join } from 'path';
import { gridFromRows } from '../../src/core/grid/sheet-grid';
import { readWorkbookBuffer } from '../../src/hosts/xlsx/read-buffer';
import { ADDIN_DATA_FORMAT, ADDIN_DATA_SHEET, addinDataFromSource, addinDataRows } from '../../src/core/addin-data-sheet';
import { ANNOTATION_SHEET } from '../../src/preview/annotation-sheet';
import { workbookCopy } from '../../src/preview/download-copy';
import { PreviewHost } from '../../src/preview/preview-host';

const SAMPLE = join(__dirname, '..', '..', 'assets', 'samples', 'national-2024.xlsx');

describe('addin data sheet rows', () => {
  it('cuts long text into numbered pieces that fit a cell and joins them back', () => {
    const long = '甲'.repeat(30_000) + '乙'.repeat(5);
    const rows = addinDataRows(new Map([['settings', '{"a":1}'], ['prior', long], ['empty', '']]));
    expect(rows[0][0]).toBe(ADDIN_DATA_FORMAT);
    expect(rows.slice(2).map((r) => [r[0], r[1], String(r[2]).length])).toEqual([
      ['empty', 1, 0],
      ['prior', 1, 30_000],
      ['prior', 2, 5],
      ['settings', 1, 7],
    ]);
    const source = { file: 'x', sheets: [gridFromRows(ADDIN_DATA_SHEET, rows)] };
    expect(addinDataFromSource(source)).toEqual(new Map([['empty', ''], ['prior', long], ['settings', '{"a":1}']]));
  });

  it('drops a name whose pieces were tampered with, and reads nothing without the format mark', () => {
    const rows = addinDataRows(new Map([['a', 'x'], ['b', 'y']]));
    rows[2][1] = 2;
    expect(addinDataFromSource({ file: 'x', sheets: [gridFromRows(ADDIN_DATA_SHEET, rows)] })).toEqual(new Map([['b', 'y']]));
    expect(addinDataFromSource({ file: 'x', sheets: [gridFromRows(ADDIN_DATA_SHEET, [['其他'], ['名称'], ['a', 1, 'x']])] }).size).toBe(0);
  });
});

describe('PreviewHost add-in data', () => {
  const bytes = new Uint8Array(readFileSync(SAMPLE));

  it('keeps data in memory, writes it into the downloaded copy, and reads it back from that copy', async () => {
    const host = new PreviewHost('national-2024.xlsx', bytes);
    expect(await host.loadAddinData('prior')).toBeUndefined();
    const prior = JSON.stringify({ big: '数'.repeat(40_000), quote: '<&>"' });
    await host.saveAddinData('prior', prior);
    await host.saveAddinData('settings', '{"year":2024}');
    await host.saveAddinData('settings', '{"year":2025}');
    expect(await host.loadAddinData('settings')).toBe('{"year":2025}');

    const copy = await workbookCopy(host.bytes, await host.loadAnnotations(), host.ownedSheets(), await host.addinDataForCopy());
    const source = await readWorkbookBuffer(copy, 'copy.xlsx');
    const names = source.sheets.map((s) => s.name);
    expect(names.slice(-2)).toEqual([ANNOTATION_SHEET, ADDIN_DATA_SHEET]);
    expect(source.sheets.find((s) => s.name === ADDIN_DATA_SHEET)?.hidden).toBe(true);

    const reopened = new PreviewHost('copy.xlsx', copy);
    expect(await reopened.loadAddinData('prior')).toBe(prior);
    expect(await reopened.loadAddinData('settings')).toBe('{"year":2025}');

    // A copy of the copy keeps one data sheet, with the newest data.
    await reopened.saveAddinData('settings', '{"year":2026}');
    const again = await workbookCopy(reopened.bytes, {}, new Map(), await reopened.addinDataForCopy());
    const source2 = await readWorkbookBuffer(again, 'copy2.xlsx');
    expect(source2.sheets.filter((s) => s.name === ADDIN_DATA_SHEET)).toHaveLength(1);
    const third = new PreviewHost('copy2.xlsx', again);
    expect(await third.loadAddinData('settings')).toBe('{"year":2026}');
    expect(await third.loadAddinData('prior')).toBe(prior);
  });

  it('adds no data sheet when nothing was saved', async () => {
    const host = new PreviewHost('national-2024.xlsx', bytes);
    const copy = await workbookCopy(host.bytes, {}, new Map(), await host.addinDataForCopy());
    const source = await readWorkbookBuffer(copy, 'copy.xlsx');
    expect(source.sheets.some((s) => s.name === ADDIN_DATA_SHEET)).toBe(false);
  });
});
