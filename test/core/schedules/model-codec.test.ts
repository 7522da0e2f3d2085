import { gridFromRows } from '../../../src/core/grid/sheet-grid';
import { ScheduleInstance, WorkbookModel, getFen, valueKey } from '../../../src/core/schedules/model';
import { MODEL_CODEC_VERSION, ModelCodecError, modelFromJson, modelToJson } from '../../../src/core/schedules/model-codec';
import { recogniseWorkbook } from '../../../src/core/schedules/recognise';
import { buildFixture } from '../../factories';

function tinySchedule(): ScheduleInstance {
  const values = new Map([
    [valueKey('收入总计', '合计'), { ref: { sheet: '表1', address: 'B7' }, parsed: { kind: 'number' as const, fen: 123456, fromText: false } }],
    [valueKey('收入总计', '上年'), { ref: { sheet: '表1', address: 'C7' }, parsed: { kind: 'number' as const, fen: -5, fromText: true } }],
    [valueKey('其他', '合计'), { ref: { sheet: '表1', address: 'B8' }, parsed: { kind: 'blank' as const } }],
    [valueKey('2060101', '合计'), { ref: { sheet: '表1', address: 'B9' }, parsed: { kind: 'error' as const, code: '#REF!' } }],
    [valueKey('2060102', '合计'), { ref: { sheet: '其他表', address: 'B10' }, parsed: { kind: 'noValue' as const, formula: 'SUM(B1:B2)' } }],
    [valueKey('2060103', '合计'), { ref: { sheet: '表1', address: 'B11' }, parsed: { kind: 'text' as const, text: '见附注' } }],
  ]);
  return {
    id: 'T01',
    title: '收入支出决算总表',
    canonicalTitle: '收入支出决算总表',
    sheet: '表1',
    titleRef: { sheet: '表1', address: 'A1' },
    unit: '万元',
    unitDeclared: true,
    rows: [
      { key: '收入总计', label: '收入总计', gridRow: 6, block: '收入' },
      { key: '其他', label: '其他', gridRow: 7 },
      { key: '2060101', label: '行政运行', code: '2060101', level: 3, gridRow: 8 },
      { key: '2060102', label: '一般行政管理事务', code: '2060102', level: 3, gridRow: 9, duplicateOf: '2060101' },
    ],
    columns: [
      { key: '合计', label: '决算数/合计', kind: 'amount' },
      { key: '完成率', label: '完成率', kind: 'rate' },
    ],
    values,
    stats: new Map([['因公出国团组数', { ref: { sheet: '表1', address: 'D3' }, parsed: { kind: 'number' as const, fen: 2, fromText: false } }]]),
    emptyStatement: '本单位无此项收支，故本表无数据。',
  };
}

function tinyModel(): WorkbookModel {
  return {
    file: '上年.xlsx',
    unitName: '某某局',
    year: 2023,
    template: 'national',
    schedules: new Map([['T01', tinySchedule()]]),
    missing: ['T09'],
    absentOptional: [],
    issues: [{ code: 'unit-default', severity: 'info', message: '工作表“表1”未写明单位', cells: [{ sheet: '表1', address: 'A2' }], schedule: 'T01' }],
    unrecognizedSheets: ['封面'],
  };
}

describe('model codec', () => {
  it('round-trips every kind of figure, keys not in the row list and refs on other sheets', () => {
    const model = tinyModel();
    const back = modelFromJson(modelToJson(model));
    expect(back).toEqual(model);
    expect(back.schedules.get('T01')?.values.get(valueKey('2060102', '合计'))?.ref).toEqual({ sheet: '其他表', address: 'B10' });
    expect(getFen(back, 'T01', '收入总计', '上年')).toBe(-5);
  });

  it('writes values compactly: a plain figure as its 分, rows and columns by index', () => {
    const json = JSON.parse(modelToJson(tinyModel())) as { version: number; schedules: { values: unknown[] }[] };
    expect(json.version).toBe(MODEL_CODEC_VERSION);
    expect(json.schedules[0].values[0]).toEqual([0, 0, 'B7', 123456]);
    expect(json.schedules[0].values[1]).toEqual([0, '上年', 'C7', ['t', -5]]);
  });

  it('round-trips a recognised fixture workbook', () => {
    const fixture = buildFixture({ template: 'national', year: 2023 });
    const model = recogniseWorkbook({ file: 'national-2023.xlsx', sheets: fixture.sheets.map((s) => gridFromRows(s.name, s.cells)) });
    expect(model.schedules.size).toBeGreaterThan(5);
    const back = modelFromJson(modelToJson(model));
    expect(back).toEqual(model);
    expect(back.year).toBe(2023);
  });

  it('refuses text that is not JSON, not a model, or of another version, in Chinese', () => {
    expect(() => modelFromJson('{oops')).toThrow(ModelCodecError);
    expect(() => modelFromJson('{oops')).toThrow('保存的上年决算数据无法读取（不是有效的 JSON），请重新导入上年决算表。');
    expect(() => modelFromJson('{"a":1}')).toThrow(/不是决算助手保存的数据/);
    const old = { ...JSON.parse(modelToJson(tinyModel())), version: 0 };
    expect(() => modelFromJson(JSON.stringify(old))).toThrow('保存的上年决算数据无法读取（数据版本 0 与本版本（1）不符），请重新导入上年决算表。');
    const broken = JSON.parse(modelToJson(tinyModel())) as { schedules: { values: unknown[][] }[] };
    broken.schedules[0].values[0][0] = 99;
    expect(() => modelFromJson(JSON.stringify(broken))).toThrow(/行列编号超出范围/);
  });
});
