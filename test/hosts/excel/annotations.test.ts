/** Annotations stored in the workbook: a custom XML part, or document settings as a fallback. */
import { gridFromRows } from '../../../src/core/grid/sheet-grid';
import { ANNOTATIONS_NAMESPACE, ANNOTATIONS_SETTING, AnnotationsStoreError } from '../../../src/hosts/excel';
import { annotationsFromXml, annotationsToXml } from '../../../src/hosts/excel/annotations-codec';
import type { Annotations } from '../../../src/hosts/workbook-host';
import { fakeWith, hostOn } from './helpers';

const NOTES: Annotations = {
  'B-01|T01|E7': { explanation: '收入<含>“其他收入”&调整 ]]> 见附注\u0001\ufffe', updatedAt: '2025-01-02T03:04:05.000Z' },
  'R-02|T05|C9': { ignored: true, updatedAt: '2025-01-03T00:00:00.000Z' },
};

const workbook = () => fakeWith([gridFromRows('表1', [[1]])]);

describe('ExcelHost annotations in a custom XML part', () => {
  it('round-trips through one part of the fixed namespace, text escaped', async () => {
    const fake = workbook();
    const host = hostOn(fake);
    expect(await host.loadAnnotations()).toEqual({});
    await host.saveAnnotations(NOTES);
    expect(fake.model.customXmlParts).toHaveLength(1);
    expect(fake.model.customXmlParts[0].namespaceUri).toBe(ANNOTATIONS_NAMESPACE);
    expect(fake.model.customXmlParts[0].xml).toContain('收入&lt;含&gt;“其他收入”&amp;调整 ]]&gt;');
    expect(await hostOn(fake).loadAnnotations()).toEqual(NOTES);
    expect(fake.settings.saveCount).toBe(0);
  });

  it('replaces the part on the next save and removes stray copies', async () => {
    const fake = workbook();
    fake.model.customXmlParts.push({ id: 'copy', namespaceUri: ANNOTATIONS_NAMESPACE, xml: annotationsToXml({}) });
    fake.model.customXmlParts.push({ id: 'other', namespaceUri: 'urn:other', xml: '<x xmlns="urn:other"/>' });
    const host = hostOn(fake);
    await host.saveAnnotations(NOTES);
    await host.saveAnnotations({ only: { explanation: '新', updatedAt: '2025-02-01T00:00:00.000Z' } });
    expect(fake.model.customXmlParts.map((p) => p.namespaceUri)).toEqual([ANNOTATIONS_NAMESPACE, 'urn:other']);
    expect(await host.loadAnnotations()).toEqual({ only: { explanation: '新', updatedAt: '2025-02-01T00:00:00.000Z' } });
  });

  it('costs two syncs to load and two to save', async () => {
    const fake = workbook();
    const host = hostOn(fake);
    await host.saveAnnotations(NOTES);
    expect(fake.syncCount).toBe(2);
    fake.resetCounters();
    await host.loadAnnotations();
    expect(fake.syncCount).toBe(2);
  });

  it('says in Chinese when the stored part cannot be read', async () => {
    const fake = workbook();
    fake.model.customXmlParts.push({ id: 'bad', namespaceUri: ANNOTATIONS_NAMESPACE, xml: `<annotations xmlns="${ANNOTATIONS_NAMESPACE}">{not json</annotations>` });
    await expect(hostOn(fake, { name: '决算.xlsx' }).loadAnnotations()).rejects.toBeInstanceOf(AnnotationsStoreError);
    await expect(hostOn(fake, { name: '决算.xlsx' }).loadAnnotations()).rejects.toThrow(/^工作簿“决算\.xlsx”中保存的出错说明无法读取/);
  });
});

describe('ExcelHost annotations in document settings (no custom XML parts)', () => {
  it('round-trips through the settings, saved into the document', async () => {
    const fake = fakeWith([gridFromRows('表1', [[1]])], { apiVersion: '1.4' });
    const host = hostOn(fake);
    await host.saveAnnotations(NOTES);
    expect(fake.model.customXmlParts).toHaveLength(0);
    expect(fake.settings.saveCount).toBe(1);
    fake.settings.reopen();
    expect(typeof fake.settings.get(ANNOTATIONS_SETTING)).toBe('string');
    expect(await hostOn(fake).loadAnnotations()).toEqual(NOTES);
    expect(fake.syncCount).toBe(0);
  });

  it('reads notes left in the settings when the workbook has no part yet', async () => {
    const fake = workbook();
    fake.settings.set(ANNOTATIONS_SETTING, JSON.stringify(NOTES));
    expect(await hostOn(fake).loadAnnotations()).toEqual(NOTES);
  });

  it('says in Chinese when the settings cannot be saved, and when there are none', async () => {
    const fake = fakeWith([], { apiVersion: '1.4' });
    fake.settings.failNextSave = true;
    await expect(hostOn(fake, { name: '决算.xlsx' }).saveAnnotations(NOTES)).rejects.toThrow(
      '无法把出错说明保存到工作簿“决算.xlsx”（The document is read-only.）。请确认工作簿未以只读方式打开后重试。',
    );
    await expect(hostOn(fake, { settings: undefined }).saveAnnotations(NOTES)).rejects.toBeInstanceOf(AnnotationsStoreError);
  });
});

describe('annotations XML codec', () => {
  it('reads the part back with a declaration, a prefix or CDATA, and drops malformed entries', () => {
    const json = JSON.stringify({ a: { explanation: 'x<y', updatedAt: 't' }, b: { explanation: 5 }, c: 'no' });
    expect(annotationsFromXml(`<?xml version="1.0" encoding="UTF-8"?>\n<j:annotations xmlns:j="${ANNOTATIONS_NAMESPACE}"><![CDATA[${json}]]></j:annotations>`)).toEqual({
      a: { explanation: 'x<y', updatedAt: 't' },
    });
    expect(annotationsFromXml(`<annotations xmlns="${ANNOTATIONS_NAMESPACE}"/>`)).toEqual({});
    expect(() => annotationsFromXml('<other/>')).toThrow('no annotations element');
  });
});
