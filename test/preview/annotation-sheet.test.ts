import { gridFromRows } from '../../src/core/grid/sheet-grid';
import { ANNOTATION_FORMAT, ANNOTATION_SHEET, annotationRows, annotationsFromSource } from '../../src/preview/annotation-sheet';

const AT = '2025-03-01T08:00:00.000Z';

describe('annotation sheet', () => {
  const annotations = {
    'T07-R02b@表7!C7,表7!D7': { explanation: '出访任务增加', updatedAt: AT },
    'T01-R01@表1!B6': { ignored: true, updatedAt: AT },
  };

  it('is named with the add-in prefix and holds one JSON row per annotation, sorted by key', () => {
    expect(ANNOTATION_SHEET).toBe('决算助手_说明');
    expect(annotationRows(annotations)).toEqual([
      [ANNOTATION_FORMAT, '此工作表由决算助手保存对审核结果的说明和忽略标记，请勿修改。'],
      ['键', '内容（JSON）'],
      ['T01-R01@表1!B6', '{"ignored":true,"updatedAt":"2025-03-01T08:00:00.000Z"}'],
      ['T07-R02b@表7!C7,表7!D7', '{"explanation":"出访任务增加","updatedAt":"2025-03-01T08:00:00.000Z"}'],
    ]);
  });

  it('reads back what it wrote', () => {
    const grid = gridFromRows(ANNOTATION_SHEET, annotationRows(annotations));
    expect(annotationsFromSource({ file: 'a.xlsx', sheets: [gridFromRows('表1', [['x']]), grid] })).toEqual(annotations);
  });

  it('skips rows someone broke and sheets without the format mark', () => {
    const rows = [...annotationRows(annotations), ['K1', '{not json'], ['K2', '{"explanation":"x"}'], ['K3', '{"updatedAt":"t"}'], ['K4', 42]];
    expect(Object.keys(annotationsFromSource({ file: 'a', sheets: [gridFromRows(ANNOTATION_SHEET, rows)] }))).toEqual([
      'T01-R01@表1!B6',
      'T07-R02b@表7!C7,表7!D7',
    ]);
    const foreign = gridFromRows(ANNOTATION_SHEET, [['别的内容'], ['键', '内容'], ['K', '{"explanation":"x","updatedAt":"t"}']]);
    expect(annotationsFromSource({ file: 'a', sheets: [foreign] })).toEqual({});
    expect(annotationsFromSource({ file: 'a', sheets: [] })).toEqual({});
  });

  it('keeps a row within Excel\'s cell limit by shortening a very long explanation', () => {
    const rows = annotationRows({ K: { explanation: '长'.repeat(40_000), updatedAt: AT } });
    const json = rows[2][1] as string;
    expect(json.length).toBeLessThanOrEqual(32_767);
    expect(JSON.parse(json).explanation.endsWith('…')).toBe(true);
  });
});
