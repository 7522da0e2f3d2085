/** The add-in's own data stored by name: a custom XML part per name, or document settings. */
import { gridFromRows } from '../../../src/core/grid/sheet-grid';
import { AddinDataError, addinDataFromXml, addinDataNamespace, addinDataSetting, addinDataToXml } from '../../../src/hosts/excel/addin-data';
import { ANNOTATIONS_NAMESPACE } from '../../../src/hosts/excel';
import { fakeWith, hostOn } from './helpers';

const PRIOR = '{"kind":"x","text":"收入<含>“其他”&调整 ]]> 见附注","n":1}';
const workbook = () => fakeWith([gridFromRows('表1', [[1]])]);

describe('ExcelHost add-in data in custom XML parts', () => {
  it('round-trips through one part per name, text escaped', async () => {
    const fake = workbook();
    const host = hostOn(fake);
    expect(await host.loadAddinData('prior')).toBeUndefined();
    await host.saveAddinData('prior', PRIOR);
    await host.saveAddinData('settings', '{"year":2024}');
    expect(fake.model.customXmlParts.map((p) => p.namespaceUri)).toEqual(['urn:juesuan:data:prior:v1', 'urn:juesuan:data:settings:v1']);
    expect(fake.model.customXmlParts[0].xml).toContain('收入&lt;含&gt;“其他”&amp;调整 ]]&gt;');
    expect(await hostOn(fake).loadAddinData('prior')).toBe(PRIOR);
    expect(await hostOn(fake).loadAddinData('settings')).toBe('{"year":2024}');
    expect(fake.settings.saveCount).toBe(0);
  });

  it('replaces the part on the next save, removes stray copies, leaves other parts alone', async () => {
    const fake = workbook();
    fake.model.customXmlParts.push({ id: 'copy', namespaceUri: addinDataNamespace('prior'), xml: addinDataToXml('prior', 'old') });
    fake.model.customXmlParts.push({ id: 'copy2', namespaceUri: addinDataNamespace('prior'), xml: addinDataToXml('prior', 'older') });
    fake.model.customXmlParts.push({ id: 'notes', namespaceUri: ANNOTATIONS_NAMESPACE, xml: `<annotations xmlns="${ANNOTATIONS_NAMESPACE}">{}</annotations>` });
    const host = hostOn(fake);
    expect(await host.loadAddinData('prior')).toBe('old');
    await host.saveAddinData('prior', 'new');
    expect(fake.model.customXmlParts.map((p) => p.id)).toEqual(['copy', 'notes']);
    expect(await host.loadAddinData('prior')).toBe('new');
  });

  it('keeps text XML cannot hold (control characters, CR, lone surrogates) exactly', async () => {
    const text = 'a\u0001b\r\nc\ud800d\ufffe';
    const xml = addinDataToXml('prior', text);
    expect(xml).toContain('format="json"');
    expect(addinDataFromXml(xml)).toBe(text);
    expect(addinDataFromXml(addinDataToXml('prior', 'x\r\ny'))).toBe('x\r\ny');
    const fake = workbook();
    await hostOn(fake).saveAddinData('prior', text);
    expect(await hostOn(fake).loadAddinData('prior')).toBe(text);
  });

  it('reads the part back as Excel may return it (declaration, prefix, CDATA, empty)', () => {
    expect(addinDataFromXml(`<?xml version="1.0"?><j:data xmlns:j="${addinDataNamespace('prior')}" format="text">1 &lt; 2<![CDATA[ & <3>]]></j:data>`)).toBe('1 < 2 & <3>');
    expect(addinDataFromXml(`<data xmlns="${addinDataNamespace('prior')}"/>`)).toBe('');
  });

  it('costs two syncs to load and two to save', async () => {
    const fake = workbook();
    const host = hostOn(fake);
    await host.saveAddinData('prior', PRIOR);
    expect(fake.syncCount).toBe(2);
    fake.resetCounters();
    await host.loadAddinData('prior');
    expect(fake.syncCount).toBe(2);
  });

  it('refuses names that cannot be part of a namespace, and says so in Chinese when a part is broken', async () => {
    const fake = workbook();
    await expect(hostOn(fake).saveAddinData('a b', 'x')).rejects.toThrow('决算助手的数据名称“a b”无效。');
    fake.model.customXmlParts.push({ id: 'bad', namespaceUri: addinDataNamespace('prior'), xml: `<other xmlns="${addinDataNamespace('prior')}">x</other>` });
    const load = hostOn(fake, { name: '决算.xlsx' }).loadAddinData('prior');
    await expect(load).rejects.toBeInstanceOf(AddinDataError);
    await expect(hostOn(fake, { name: '决算.xlsx' }).loadAddinData('prior')).rejects.toThrow(/^工作簿“决算\.xlsx”中保存的决算助手数据（prior）无法读取/);
  });
});

describe('ExcelHost add-in data in document settings (no custom XML parts)', () => {
  it('round-trips through the settings, saved into the document', async () => {
    const fake = fakeWith([gridFromRows('表1', [[1]])], { apiVersion: '1.4' });
    await hostOn(fake).saveAddinData('prior', PRIOR);
    expect(fake.model.customXmlParts).toHaveLength(0);
    expect(fake.settings.saveCount).toBe(1);
    fake.settings.reopen();
    expect(fake.settings.get(addinDataSetting('prior'))).toBe(PRIOR);
    expect(await hostOn(fake).loadAddinData('prior')).toBe(PRIOR);
    expect(await hostOn(fake).loadAddinData('settings')).toBeUndefined();
    expect(fake.syncCount).toBe(0);
  });

  it('reads data left in the settings when the workbook has no part yet', async () => {
    const fake = workbook();
    fake.settings.set(addinDataSetting('prior'), 'from settings');
    expect(await hostOn(fake).loadAddinData('prior')).toBe('from settings');
  });

  it('says in Chinese when the settings cannot be saved', async () => {
    const fake = fakeWith([], { apiVersion: '1.4' });
    fake.settings.failNextSave = true;
    await expect(hostOn(fake, { name: '决算.xlsx' }).saveAddinData('prior', 'x')).rejects.toThrow(
      '无法把决算助手数据（prior）保存到工作簿“决算.xlsx”（The document is read-only.）。请确认工作簿未以只读方式打开后重试。',
    );
  });
});
