import { readFileSync } from 'fs';
import { join } from 'path';
import { CellRef } from '../../src/core/grid/sheet-grid';
import { StoredData, emptyStored, storedToXml } from '../../src/core/stored';
import { PreviewHost } from '../../src/preview/preview-host';
import { withCustomXmlPart } from '../hosts/xlsx/custom-xml-part';

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

  it('passes selections to the page and keeps the stored data in memory', async () => {
    const selections: CellRef[][] = [];
    const saved: StoredData[] = [];
    const host = new PreviewHost('s.xlsx', bytes, { onSelect: (c) => selections.push(c), onStored: (d) => saved.push(d) });
    await host.selectCells([{ sheet: '收入决算表', address: 'D6' }]);
    expect(selections).toEqual([[{ sheet: '收入决算表', address: 'D6' }]]);
    expect(await host.loadStored()).toEqual({ data: emptyStored(), origin: 'none', warnings: [] });
    const d: StoredData = { ...emptyStored(), annotations: { K: { explanation: '说明', updatedAt: 't' } } };
    const written = await host.saveStored(d);
    expect(written.savedAt).toBeDefined();
    expect((await host.loadStored()).data).toEqual(written);
    expect(saved).toEqual([written]);
  });

  it('reads the custom XML part Excel keeps in the file', async () => {
    const d: StoredData = { ...emptyStored(), savedAt: 't', reasons: { 'reason:收支总计': { text: '在 Excel 中填写', updatedAt: 't' } } };
    const host = new PreviewHost('s.xlsx', await withCustomXmlPart(bytes, storedToXml(d)));
    expect(await host.loadStored()).toEqual({ data: d, origin: 'part', warnings: [] });
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
