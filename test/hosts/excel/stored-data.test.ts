/** The stored-data document in the open workbook: one custom XML part, or the hidden sheet. */
import { gridFromRows } from '../../../src/core/grid/sheet-grid';
import { LEGACY_ANNOTATIONS_NAMESPACE, STORED_NAMESPACE, STORED_SHEET, StoredData, emptyStored, storedSheetRows, storedToXml } from '../../../src/core/stored';
import { StoredDataStoreError } from '../../../src/hosts/excel';
import { fakeWith, hostOn } from './helpers';

const AT = '2025-03-01T08:00:00.000Z';
const DOC: StoredData = {
  ...emptyStored(),
  annotations: { 'T01-R01@表1!B6': { explanation: '收入<含>“其他”&调整 ]]> 见附注', updatedAt: AT } },
  reasons: { 'reason:收支总计': { text: '新增科研项目', updatedAt: AT } },
  settings: { unitName: '某局' },
};
const workbook = () => fakeWith([gridFromRows('表1', [[1]])]);
/** A client without custom XML parts (ExcelApi 1.5) but with the rest, as WPS-like hosts are. */
const noCustomXml = (fake: ReturnType<typeof workbook>) => (name: string, version: string) => version !== '1.5' && fake.isSetSupported(name, version);

describe('ExcelHost stored data in a custom XML part', () => {
  it('round-trips the document through one part, text escaped, stamped with the save time', async () => {
    const fake = workbook();
    const host = hostOn(fake);
    expect(await host.loadStored()).toEqual({ data: emptyStored(), origin: 'none', warnings: [] });
    const written = await host.saveStored(DOC);
    expect(written.savedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(fake.model.customXmlParts.map((p) => p.namespaceUri)).toEqual([STORED_NAMESPACE]);
    expect(fake.model.customXmlParts[0].xml).toContain('收入&lt;含&gt;“其他”&amp;调整 ]]&gt;');
    expect(await hostOn(fake).loadStored()).toEqual({ data: written, origin: 'part', warnings: [] });
    expect(fake.settings.saveCount).toBe(0);
    expect(fake.model.sheets.map((s) => s.name)).toEqual(['表1']);
  });

  it('replaces the part on the next save, removes stray copies, leaves other parts alone', async () => {
    const fake = workbook();
    fake.model.customXmlParts.push({ id: 'copy', namespaceUri: STORED_NAMESPACE, xml: storedToXml(DOC) });
    fake.model.customXmlParts.push({ id: 'copy2', namespaceUri: STORED_NAMESPACE, xml: storedToXml(emptyStored()) });
    fake.model.customXmlParts.push({ id: 'other', namespaceUri: 'urn:someone-else', xml: '<x xmlns="urn:someone-else"/>' });
    const host = hostOn(fake);
    expect((await host.loadStored()).data).toEqual(DOC);
    await host.saveStored({ ...DOC, settings: { year: 2024 } });
    expect(fake.model.customXmlParts.map((p) => p.id)).toEqual(['copy', 'other']);
    expect((await host.loadStored()).data.settings).toEqual({ year: 2024 });
  });

  it('costs two syncs to load and two to save', async () => {
    const fake = workbook();
    const host = hostOn(fake);
    await host.saveStored(DOC);
    expect(fake.syncCount).toBe(2);
    fake.resetCounters();
    await host.loadStored();
    expect(fake.syncCount).toBe(2);
  });

  it('reads the hidden sheet of a copy saved by the preview, and takes the newer copy', async () => {
    const fromPreview = { ...DOC, savedAt: '2025-03-02T08:00:00.000Z', reasons: {} };
    const fake = fakeWith([gridFromRows('表1', [[1]]), { ...gridFromRows(STORED_SHEET, storedSheetRows(fromPreview)), hidden: true }]);
    expect(await hostOn(fake).loadStored()).toEqual({ data: fromPreview, origin: 'sheet', warnings: [] });
    fake.model.customXmlParts.push({ id: 'old', namespaceUri: STORED_NAMESPACE, xml: storedToXml({ ...DOC, savedAt: '2025-03-01T08:00:00.000Z' }) });
    expect((await hostOn(fake).loadStored()).origin).toBe('sheet');
  });

  it('migrates version 0.1\'s annotations part and settings once, then removes the old part', async () => {
    const fake = workbook();
    const old = { 'T01-R01@表1!B6': { explanation: '已核实', updatedAt: AT }, 'report:reason:收支总计': { explanation: '新增项目', updatedAt: AT } };
    fake.model.customXmlParts.push({ id: 'old', namespaceUri: LEGACY_ANNOTATIONS_NAMESPACE, xml: `<annotations xmlns="${LEGACY_ANNOTATIONS_NAMESPACE}" format="json">${JSON.stringify(old)}</annotations>` });
    fake.settings.set('juesuan.data.settings.v1', '{"unitName":"某局"}');
    const host = hostOn(fake);
    const read = await host.loadStored();
    expect(read.origin).toBe('legacy');
    expect(read.data.annotations).toEqual({ 'T01-R01@表1!B6': { explanation: '已核实', updatedAt: AT } });
    expect(read.data.reasons).toEqual({ 'reason:收支总计': { text: '新增项目', updatedAt: AT } });
    expect(read.data.settings).toEqual({ unitName: '某局' });
    await host.saveStored(read.data);
    expect(fake.model.customXmlParts.map((p) => p.namespaceUri)).toEqual([STORED_NAMESPACE]);
    expect((await hostOn(fake).loadStored()).origin).toBe('part');
  });

  it('says in Chinese when a part is damaged, and goes on with an empty document', async () => {
    const fake = workbook();
    fake.model.customXmlParts.push({ id: 'bad', namespaceUri: STORED_NAMESPACE, xml: `<stored xmlns="${STORED_NAMESPACE}">{broken</stored>` });
    expect(await hostOn(fake).loadStored()).toEqual({ data: emptyStored(), origin: 'none', warnings: ['工作簿中保存的决算助手数据已损坏（不是有效的 JSON）。'] });
  });
});

describe('ExcelHost stored data where custom XML parts are not supported', () => {
  it('writes the hidden stored-data sheet and reads it back; no document settings', async () => {
    const fake = workbook();
    const host = hostOn(fake, { isSetSupported: noCustomXml(fake) });
    const written = await host.saveStored(DOC);
    expect(fake.model.customXmlParts).toHaveLength(0);
    const sheet = fake.model.sheets.find((s) => s.name === STORED_SHEET);
    expect(sheet?.visibility).toBe('Hidden');
    expect(fake.settings.saveCount).toBe(0);
    expect(await hostOn(fake, { isSetSupported: noCustomXml(fake) }).loadStored()).toEqual({ data: written, origin: 'sheet', warnings: [] });
    expect((await hostOn(fake).loadStored()).origin).toBe('sheet');
  });

  it('says in Chinese when the workbook refuses the write', async () => {
    const fake = workbook();
    const failing = hostOn(fake, { name: '决算.xlsx', isSetSupported: noCustomXml(fake), run: () => Promise.reject(Object.assign(new Error('The document is read-only.'), { code: 'AccessDenied' })) });
    await expect(failing.saveStored(DOC)).rejects.toBeInstanceOf(StoredDataStoreError);
    await expect(failing.saveStored(DOC)).rejects.toThrow('无法写入工作表“决算助手_数据”（AccessDenied: The document is read-only.）。请确认工作簿未受保护后重试。');
    await expect(failing.loadStored()).rejects.toThrow(/^工作簿“决算\.xlsx”中保存的决算助手数据无法读取/);
  });
});
