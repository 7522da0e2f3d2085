/** WpsHost stored data: a custom XML part where WPS has CustomXMLParts, the hidden sheet otherwise. */
import { gridFromRows } from '../../../src/core/grid/sheet-grid';
import { STORED_NAMESPACE, STORED_SHEET, type StoredData, emptyStored, storedSheetRows, storedToXml } from '../../../src/core/stored';
import { WpsStoredDataError } from '../../../src/hosts/wps/errors';
import { fakeWith, hostOn, snapshot, VARIANTS } from './helpers';

const AT = '2025-03-01T08:00:00.000Z';
const DOC: StoredData = {
  ...emptyStored(),
  annotations: { 'T01-R01@表1!B6': { explanation: '收入<含>“其他”&调整 ]]> 见附注', updatedAt: AT } },
  reasons: { 'reason:收支总计': { text: '新增科研项目', updatedAt: AT } },
  settings: { unitName: '某局' },
};
const workbook = (options: Parameters<typeof fakeWith>[1] = {}) => fakeWith([gridFromRows('表1', [[1]])], options);

describe('WpsHost stored data', () => {
  it('round-trips the document through one custom XML part where WPS has them, in every member form', async () => {
    for (const members of VARIANTS) {
      const fake = workbook({ members });
      const host = hostOn(fake);
      expect(await host.loadStored()).toEqual({ data: emptyStored(), origin: 'none', warnings: [] });
      const written = await host.saveStored(DOC);
      expect(written.savedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
      expect(fake.state.parts.map((p) => p.namespace)).toEqual([STORED_NAMESPACE]);
      expect(await hostOn(fake).loadStored()).toEqual({ data: written, origin: 'part', warnings: [] });
      await host.saveStored({ ...DOC, settings: { year: 2024 } });
      expect(fake.state.parts).toHaveLength(1);
      expect((await hostOn(fake).loadStored()).data.settings).toEqual({ year: 2024 });
      expect(fake.state.sheets.map((s) => s.name)).toEqual(['表1']);
    }
  });

  it('uses the hidden sheet where WPS has no CustomXMLParts, or when told to, touching no other sheet', async () => {
    for (const [options, place] of [[{ customXml: false }, 'auto'], [{ customXml: true }, 'sheet']] as const) {
      const fake = workbook(options);
      const before = snapshot(fake, '表1');
      const host = hostOn(fake, { stored: place });
      const written = await host.saveStored(DOC);
      expect(fake.state.parts).toEqual([]);
      expect(fake.sheet(STORED_SHEET).visible).toBe(0);
      expect(fake.state.active?.name).toBe('表1');
      expect(snapshot(fake, '表1')).toEqual(before);
      expect(await hostOn(fake, { stored: place }).loadStored()).toEqual({ data: written, origin: 'sheet', warnings: [] });
    }
  });

  it('reads the hidden sheet of a copy saved elsewhere (the preview), beside a part', async () => {
    const fromPreview = { ...DOC, savedAt: '2025-03-02T08:00:00.000Z', reasons: {} };
    const fake = fakeWith([gridFromRows('表1', [[1]]), { ...gridFromRows(STORED_SHEET, storedSheetRows(fromPreview)), hidden: true }]);
    expect(await hostOn(fake).loadStored()).toEqual({ data: fromPreview, origin: 'sheet', warnings: [] });
    fake.state.parts.push({ id: 9, namespace: STORED_NAMESPACE, xml: storedToXml({ ...DOC, savedAt: '2025-03-01T08:00:00.000Z' }) });
    expect((await hostOn(fake).loadStored()).origin).toBe('sheet');
  });

  it('says in Chinese when told to use parts that this WPS lacks', async () => {
    const host = hostOn(workbook({ customXml: false }), { stored: 'xml' });
    await expect(host.saveStored(DOC)).rejects.toThrow(WpsStoredDataError);
    await expect(host.saveStored(DOC)).rejects.toThrow('无法把决算助手数据保存到工作簿“当前工作簿”（WPS 不支持 CustomXMLParts）。请确认工作簿未以只读方式打开后重试。');
  });
});
