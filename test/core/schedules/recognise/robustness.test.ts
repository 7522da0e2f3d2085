import { getFen, getValue } from '../../../../src/core/schedules/model';
import { recogniseWorkbook } from '../../../../src/core/schedules/recognise';
import { Cell, header, part, sheet, smallSubjectRows, subjectTable, titleLines, workbook } from '../factories';

const W = 1_000_000;

describe('T05 with budget columns and a completion rate', () => {
  const grid = sheet(
    '表5',
    titleLines('一般公共预算财政拨款支出决算表', { width: 8 }),
    header(['科目编码', '科目名称'], ['年初预算数', '全年预算数', '决算数/合计', '决算数/基本支出', '决算数/项目支出', '完成预算%']),
    part([
      [undefined, '合计', 100, 110, 108.35, 80, 28.35, { value: 0.985, numFmt: '0.0%' }],
      ['201', '一般公共服务支出', 100, 110, 108.35, 80, 28.35, '98.5%'],
      ['2010101', '行政运行', 100, 110, 108.35, 80, 28.35, 98.5],
    ]),
  );
  const model = recogniseWorkbook(workbook('t05.xlsx', grid));
  const t05 = model.schedules.get('T05')!;

  it('maps budget, 决算数/合计 and rate columns', () => {
    expect(t05.columns.map((c) => [c.key, c.kind])).toEqual([
      ['年初预算数', 'amount'],
      ['全年预算数', 'amount'],
      ['合计', 'amount'],
      ['基本支出', 'amount'],
      ['项目支出', 'amount'],
      ['完成预算', 'rate'],
    ]);
    expect(getFen(model, 'T05', '201', '全年预算数')).toBe(110 * W);
  });

  it('reads rates in hundredths of a percentage point, from % formats, text and plain numbers', () => {
    expect(getValue(model, 'T05', '合计', '完成预算')).toEqual({ ref: { sheet: '表5', address: 'H5' }, parsed: { kind: 'number', fen: 9850, fromText: false } });
    expect(getValue(model, 'T05', '201', '完成预算')!.parsed).toEqual({ kind: 'number', fen: 9850, fromText: true });
    expect(getFen(model, 'T05', '2010101', '完成预算')).toBe(9850);
  });
});

describe('odd content', () => {
  it('survives errors, booleans, stray notes beside the table and hidden rows', () => {
    const rows: Cell[][] = [
      [undefined, '合计', { value: { error: '#REF!' } }, true, undefined, undefined, '这里是旁边的备注'],
      ['201', '一般公共服务支出', { value: null, formula: 'SUM(C6:C7)', formulaWithoutValue: true }, '见说明'],
    ];
    const grid = { ...sheet('表3', titleLines('支出决算表', { width: 5 }), header(['科目编码', '科目名称'], ['本年支出合计', '基本支出', '项目支出']), part(rows)), hiddenRows: [4], hiddenCols: [3] };
    const model = recogniseWorkbook(workbook('odd.xlsx', grid));
    expect(getValue(model, 'T03', '合计', '本年支出合计')!.parsed).toEqual({ kind: 'error', code: '#REF!' });
    expect(getValue(model, 'T03', '201', '本年支出合计')!.parsed).toEqual({ kind: 'noValue', formula: 'SUM(C6:C7)' });
    expect(getValue(model, 'T03', '201', '基本支出')!.parsed).toEqual({ kind: 'text', text: '见说明' });
    expect(model.schedules.get('T03')!.columns.map((c) => c.key)).toEqual(['本年支出合计', '基本支出', '项目支出']);
  });

  it('stops a table at several blank rows and ignores what follows', () => {
    const grid = sheet('表3', subjectTable('支出决算表', ['本年支出合计'], smallSubjectRows(1, 1)), part([[], [], [], [], [], ['2010102', '其他', 99]]));
    const model = recogniseWorkbook(workbook('blank.xlsx', grid));
    expect(model.schedules.get('T03')!.rows.map((r) => r.key)).toEqual(['合计', '201', '2010101']);
  });

  it('does not throw on ragged rows and merges that reach outside the sheet', () => {
    const merges = [
      { top: 0, left: 0, bottom: 0, right: 30 },
      { top: 3, left: 0, bottom: 60, right: 0 },
    ];
    const grid = sheet('x', part([['支出决算表'], [], ['科目编码', '科目名称', '合计'], ['201'], [undefined, undefined, 5, 6, 7, 8]], merges));
    const model = recogniseWorkbook(workbook('ragged.xlsx', grid));
    expect(model.schedules.get('T03')!.rows.map((r) => r.key)).toEqual(['201']);
  });

  it('reads a 100,000-row sheet in one pass', () => {
    const rows: Cell[][] = [[undefined, '合计', 1]];
    for (let i = 0; i < 100_000; i++) rows.push([String(2010101 + i), `科目${i}`, '1,234.56']);
    const grid = sheet('大表', titleLines('支出决算表', { width: 3 }), header(['科目编码', '科目名称'], ['本年支出合计']), part(rows));
    const model = recogniseWorkbook(workbook('big.xlsx', grid));
    const t03 = model.schedules.get('T03')!;
    expect(t03.rows).toHaveLength(100_001);
    expect(getValue(model, 'T03', '2110100', '本年支出合计')).toEqual({
      ref: { sheet: '大表', address: 'C100004' },
      parsed: { kind: 'number', fen: 1234.56 * W, fromText: true },
    });
  });
});

describe('a vertical 三公 table (items down the rows)', () => {
  it('reads items by row label', () => {
    const grid = sheet(
      '三公',
      titleLines('“三公”经费支出决算表', { width: 3 }),
      header(['项目'], ['预算数', '决算数']),
      part([
        ['合计', 20, 18],
        ['1.因公出国（境）费', 5, 4],
        ['2.公务用车购置及运行维护费', 10, 9],
        ['其中：公务用车购置费', 6, 6],
        ['公务用车运行维护费', 4, 3],
        ['3.公务接待费', 5, 5],
      ]),
    );
    const model = recogniseWorkbook(workbook('v.xlsx', grid));
    const t07 = model.schedules.get('T07')!;
    expect(t07.rows.map((r) => r.key)).toEqual(['合计', '因公出国（境）费', '公务用车购置及运行维护费', '公务用车购置费', '公务用车运行维护费', '公务接待费']);
    expect(getValue(model, 'T07', '公务用车运行维护费', '决算数')).toEqual({ ref: { sheet: '三公', address: 'C8' }, parsed: { kind: 'number', fen: 3 * W, fromText: false } });
  });
});
