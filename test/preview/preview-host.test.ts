import { readFileSync } from 'fs';
import { join } from 'path';
import { CellRef } from '../../src/core/grid/sheet-grid';
import { PreviewHost } from '../../src/preview/preview-host';

const SAMPLE = join(__dirname, '..', '..', 'assets', 'samples', 'national-2024.xlsx');

describe('PreviewHost', () => {
  const bytes = new Uint8Array(readFileSync(SAMPLE));

  it('reads the file once for the grid and the pane, and reports the sheets read', async () => {
    const host = new PreviewHost('national-2024.xlsx', bytes);
    const progress: number[] = [];
    const a = await host.readWorkbook((p) => progress.push(p.done, p.total));
    const b = await host.read();
    expect(a).toBe(b);
    expect(a.file).toBe('national-2024.xlsx');
    expect(a.sheets).toHaveLength(9);
    expect(progress).toEqual([9, 9]);
  });

  it('passes selections to the page and keeps annotations in memory', async () => {
    const selections: CellRef[][] = [];
    const counts: number[] = [];
    const host = new PreviewHost('s.xlsx', bytes, { onSelect: (c) => selections.push(c), onAnnotations: (a) => counts.push(Object.keys(a).length) });
    await host.selectCells([{ sheet: '收入决算表', address: 'D6' }]);
    expect(selections).toEqual([[{ sheet: '收入决算表', address: 'D6' }]]);
    expect(await host.loadAnnotations()).toEqual({});
    await host.saveAnnotations({ K: { explanation: '说明', updatedAt: 't' } });
    expect(await host.loadAnnotations()).toEqual({ K: { explanation: '说明', updatedAt: 't' } });
    expect(counts).toEqual([1]);
  });

  it('writes only sheets with the add-in prefix, and never reports changes', async () => {
    const written: string[] = [];
    const host = new PreviewHost('s.xlsx', bytes, { onOwnedSheet: (name) => written.push(name) });
    await host.writeOwnedSheet('决算助手_审核结果', [['规则'], ['T01-R01']]);
    await expect(host.writeOwnedSheet('收入决算表', [['x']])).rejects.toThrow('决算助手只能写入名称以“决算助手_”开头的工作表，不能写入“收入决算表”。');
    expect(written).toEqual(['决算助手_审核结果']);
    expect([...host.ownedSheets().keys()]).toEqual(['决算助手_审核结果']);
    const stop = await host.onChanged();
    expect(stop()).toBeUndefined();
  });

  it('rejects bytes that are not a workbook with the reader\'s Chinese message', async () => {
    const host = new PreviewHost('notes.txt', new TextEncoder().encode('这不是工作簿'));
    await expect(host.readWorkbook()).rejects.toMatchObject({ name: 'WorkbookUnreadableError' });
    await expect(host.read()).rejects.toThrow(/文件“notes.txt”不是 .xlsx 工作簿/);
  });
});
