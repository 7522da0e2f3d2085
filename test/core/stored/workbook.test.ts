import { gridFromRows } from '../../../src/core/grid/sheet-grid';
import {
  LEGACY_ANNOTATIONS_NAMESPACE,
  STORED_SHEET,
  StoredData,
  emptyStored,
  isLegacyStoreSheet,
  storedFromSheet,
  storedFromWorkbook,
  storedSheetRows,
  storedToXml,
} from '../../../src/core/stored';

const AT = '2025-03-01T08:00:00.000Z';
const doc = (savedAt: string, explanation: string): StoredData => ({ ...emptyStored(), savedAt, annotations: { K: { explanation, updatedAt: AT } } });
const sheetOf = (d: StoredData) => gridFromRows(STORED_SHEET, storedSheetRows(d));

describe('the stored-data sheet', () => {
  it('cuts long documents into numbered pieces under Excel\'s cell limit and joins them back', () => {
    const d = doc(AT, '长'.repeat(70_000));
    const rows = storedSheetRows(d);
    expect(rows[0][0]).toBe('juesuan-stored/1');
    expect(rows.slice(2).map((r) => r[0])).toEqual([1, 2, 3]);
    expect(rows.slice(2).every((r) => String(r[1]).length <= 30_000)).toBe(true);
    expect(storedFromSheet(sheetOf(d))).toEqual(d);
  });

  it('refuses pieces out of order (edited by hand) and ignores a foreign sheet of the same name', () => {
    const rows = storedSheetRows(doc(AT, '长'.repeat(40_000)));
    [rows[2], rows[3]] = [rows[3], rows[2]];
    expect(() => storedFromSheet(gridFromRows(STORED_SHEET, rows))).toThrow('已损坏');
    expect(storedFromSheet(gridFromRows(STORED_SHEET, [['别的内容']]))).toBeUndefined();
  });
});

describe('storedFromWorkbook', () => {
  it('takes the newer of the custom XML part and the hidden sheet', () => {
    const older = doc('2025-03-01T08:00:00.000Z', '在 Excel 中写的');
    const newer = doc('2025-03-02T08:00:00.000Z', '在预览中写的');
    expect(storedFromWorkbook({ parts: [storedToXml(older)], sheets: [sheetOf(newer)] })).toEqual({ data: newer, origin: 'sheet', warnings: [] });
    expect(storedFromWorkbook({ parts: [storedToXml(newer)], sheets: [sheetOf(older)] })).toEqual({ data: newer, origin: 'part', warnings: [] });
  });

  it('skips a damaged copy with a warning and uses the other', () => {
    const good = doc(AT, '好的');
    const read = storedFromWorkbook({ parts: ['<stored xmlns="urn:juesuan:stored:v1">{broken</stored>'], sheets: [sheetOf(good)] });
    expect(read.data).toEqual(good);
    expect(read.warnings).toEqual(['工作簿中保存的决算助手数据已损坏（不是有效的 JSON）。']);
  });

  it('gives an empty document when the workbook holds nothing of the add-in', () => {
    expect(storedFromWorkbook({ parts: ['<x xmlns="urn:other"/>'], sheets: [gridFromRows('表1', [['收入']])] })).toEqual({ data: emptyStored(), origin: 'none', warnings: [] });
  });

  it('migrates what version 0.1 kept in its parts, settings and sheets', () => {
    const legacyAnnotations = {
      'T01-R01@表1!B6': { explanation: '已核实', updatedAt: AT },
      'report:reason:收支总计': { explanation: '新增项目', updatedAt: AT },
      'report-edit:一:0': { explanation: JSON.stringify({ text: '我的', generated: '生成的' }), updatedAt: AT },
    };
    const part = `<annotations xmlns="${LEGACY_ANNOTATIONS_NAMESPACE}" format="json">${JSON.stringify(legacyAnnotations).replace(/&/g, '&amp;').replace(/</g, '&lt;')}</annotations>`;
    const priorPart = '<data xmlns="urn:juesuan:data:prior:v1" name="prior" format="text">{"kind":"m"}</data>';
    const settings = (key: string) => (key === 'juesuan.data.settings.v1' ? '{"unitName":"某局","year":2024}' : undefined);
    const read = storedFromWorkbook({ parts: [part, priorPart], setting: settings });
    expect(read.origin).toBe('legacy');
    expect(read.data.annotations).toEqual({ 'T01-R01@表1!B6': { explanation: '已核实', updatedAt: AT } });
    expect(read.data.reasons).toEqual({ 'reason:收支总计': { text: '新增项目', updatedAt: AT } });
    expect(read.data.edits).toEqual({ '一:0': { text: '我的', generated: '生成的', updatedAt: AT } });
    expect(read.data.prior).toEqual({ model: '{"kind":"m"}' });
    expect(read.data.settings).toEqual({ unitName: '某局', year: 2024 });
  });

  it('migrates the preview\'s old hidden sheets (决算助手_说明 and 决算助手_数据 in juesuan-data/1)', () => {
    const notes = gridFromRows('决算助手_说明', [['juesuan-annotations/1', '…'], ['键', '内容（JSON）'], ['K', JSON.stringify({ ignored: true, updatedAt: AT })], ['bad', '{not json']]);
    const data = gridFromRows('决算助手_数据', [['juesuan-data/1', '…'], ['名称', '序号', '内容'], ['settings', 1, '{"year":2023}']]);
    const read = storedFromWorkbook({ sheets: [notes, data] });
    expect(read.origin).toBe('legacy');
    expect(read.data.annotations).toEqual({ K: { ignored: true, updatedAt: AT } });
    expect(read.data.settings).toEqual({ year: 2023 });
    expect(isLegacyStoreSheet(notes) && isLegacyStoreSheet(data)).toBe(true);
  });

  it('prefers the new document over anything old', () => {
    const current = doc(AT, '新的');
    const notes = gridFromRows('决算助手_说明', [['juesuan-annotations/1'], ['键', '内容'], ['K', JSON.stringify({ explanation: '旧的', updatedAt: AT })]]);
    expect(storedFromWorkbook({ sheets: [notes, sheetOf(current)] }).data).toEqual(current);
  });
});
