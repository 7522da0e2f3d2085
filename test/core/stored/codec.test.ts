import { StoredData, StoredDataError, emptyStored, isStoredEmpty, storedFromJson, storedFromXml, storedToJson, storedToXml } from '../../../src/core/stored';

const AT = '2025-03-01T08:00:00.000Z';
const FULL: StoredData = {
  savedAt: AT,
  annotations: { 'T01-R01@表1!B6': { explanation: '已核实', updatedAt: AT }, 'X@表1!A1': { ignored: true, updatedAt: AT } },
  reasons: { 'reason:收支总计': { text: '新增科研项目', updatedAt: AT } },
  edits: { '一:0': { text: '我的一段', generated: '生成的一段', updatedAt: AT } },
  settings: { unitName: '某局', year: 2024, style: 'national', percentDecimals: 1 },
  prior: { model: '{"kind":"juesuan-workbook-model"}', file: '2023.xlsx', savedAt: AT },
  packs: [{ name: 'dept.json', text: '{"id":"dept","rules":[]}', addedAt: AT }],
};

describe('the stored-data document as JSON', () => {
  it('round-trips every slice', () => {
    expect(storedFromJson(storedToJson(FULL))).toEqual(FULL);
    expect(storedFromJson(storedToJson(emptyStored()))).toEqual(emptyStored());
    expect(JSON.parse(storedToJson(FULL))).toMatchObject({ format: 'juesuan-stored', version: 1 });
  });

  it('keeps the well-formed entries and drops the others', () => {
    const raw = JSON.parse(storedToJson(FULL));
    raw.annotations.bad = { explanation: 1 };
    raw.annotations.empty = { updatedAt: AT };
    raw.reasons.blank = { text: '  ', updatedAt: AT };
    raw.edits.half = { text: 'x' };
    raw.settings = { unitName: ' ', year: 1900, style: 'national', percentDecimals: 7 };
    raw.packs.push({ name: 'dept.json', text: 'again' }, { text: 'no name' });
    const out = storedFromJson(JSON.stringify(raw));
    expect(Object.keys(out.annotations)).toEqual(Object.keys(FULL.annotations));
    expect(out.reasons).toEqual(FULL.reasons);
    expect(out.edits).toEqual(FULL.edits);
    expect(out.settings).toEqual({ style: 'national' });
    expect(out.packs).toEqual(FULL.packs);
  });

  it('refuses what it cannot read, with messages a user can act on', () => {
    expect(() => storedFromJson('{not')).toThrow(new StoredDataError('工作簿中保存的决算助手数据已损坏（不是有效的 JSON）。'));
    expect(() => storedFromJson('{"format":"other"}')).toThrow('格式无法识别');
    expect(() => storedFromJson('{"format":"juesuan-stored","version":2}')).toThrow('由较新版本保存，请升级决算助手');
  });

  it('tells an empty document', () => {
    expect(isStoredEmpty(emptyStored())).toBe(true);
    expect(isStoredEmpty({ ...emptyStored(), settings: { year: 2024 } })).toBe(false);
  });
});

describe('the stored-data document as a custom XML part', () => {
  it('round-trips text XML cannot hold as is (markup, CR, control characters, lone surrogates, U+FFFE)', () => {
    const d: StoredData = { ...emptyStored(), reasons: { 'reason:x': { text: '收入<含>“其他”&调整 ]]> a\u0001b\r\nc\ud800d\ufffe', updatedAt: AT } } };
    const xml = storedToXml(d);
    expect(xml.startsWith('<stored xmlns="urn:juesuan:stored:v1" format="json">')).toBe(true);
    // eslint-disable-next-line no-control-regex
    expect(xml).not.toMatch(/[\u0001\ud800\ufffe]/);
    expect(storedFromXml(xml)).toEqual(d);
  });

  it('reads the part back as Excel may return it (declaration, prefix, CDATA)', () => {
    const json = storedToJson(FULL);
    expect(storedFromXml(`<?xml version="1.0" encoding="UTF-8"?><j:stored xmlns:j="urn:juesuan:stored:v1"><![CDATA[${json}]]></j:stored>`)).toEqual(FULL);
    expect(() => storedFromXml('<other/>')).toThrow(StoredDataError);
  });
});
