import { getFen, getValue } from '../../../../src/core/schedules/model';
import { recogniseWorkbook } from '../../../../src/core/schedules/recognise';
import { footnote, header, part, sheet, singleCodeRows, splitCodeRows, titleLines, workbook } from '../factories';

const W = 1_000_000; // 分 per 万元

const T03_COLUMNS = ['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出'];

const t03Rows = [
  { name: '合计', values: [300, 200, 100, 0, 0, 0] },
  { code: '201', name: '一般公共服务支出', values: [300, 200, 100, null, null, null] },
  { code: '20101', name: '人大事务', values: [300, 200, 100, '-', '-', '-'] },
  { code: '2010101', name: '行政运行', values: [200, 200, null, null, null, null] },
  { code: '2010102', name: '一般行政管理事务', values: [100, null, 100, null, null, null] },
];

describe('subject layout, one code column', () => {
  const grid = sheet(
    '表3',
    titleLines('2024年度支出决算表', { code: '公开03表', width: 8 }),
    header(['科目编码', '科目名称'], T03_COLUMNS, { columnNumbers: true }),
    singleCodeRows(t03Rows),
    footnote(),
  );
  const model = recogniseWorkbook(workbook('a.xlsx', grid));
  const t03 = model.schedules.get('T03')!;

  it('finds the schedule by its title and reads year and unit', () => {
    expect(t03.sheet).toBe('表3');
    expect(t03.titleRef).toEqual({ sheet: '表3', address: 'A1' });
    expect(t03.unit).toBe('万元');
    expect(t03.unitDeclared).toBe(true);
    expect(model.year).toBe(2024);
    expect(model.unitName).toBe('某某局');
  });

  it('keys rows by 合计 and full codes with levels', () => {
    expect(t03.rows.map((r) => [r.key, r.level])).toEqual([
      ['合计', undefined],
      ['201', 1],
      ['20101', 2],
      ['2010101', 3],
      ['2010102', 3],
    ]);
    expect(t03.columns.map((c) => c.key)).toEqual(T03_COLUMNS);
  });

  it('reads every cell with its address, blanks included', () => {
    // title, unit line, header, 栏次 → 合计 on row 5, 2010101 on row 8; values from column C.
    expect(getValue(model, 'T03', '合计', '本年支出合计')).toEqual({
      ref: { sheet: '表3', address: 'C5' },
      parsed: { kind: 'number', fen: 300 * W, fromText: false },
    });
    expect(getValue(model, 'T03', '2010101', '项目支出')!.ref.address).toBe('E8');
    expect(getValue(model, 'T03', '2010101', '项目支出')!.parsed).toEqual({ kind: 'blank' });
    expect(getValue(model, 'T03', '20101', '经营支出')!.parsed).toEqual({ kind: 'blank' });
    expect(getFen(model, 'T03', '2010102', '项目支出')).toBe(100 * W);
    expect(t03.values.size).toBe(5 * 6);
  });

  it('reports no issues on a clean table', () => {
    expect(model.issues).toEqual([]);
  });
});

describe('subject layout, 类 | 款 | 项 fragments and a two-row merged header', () => {
  const head = part(
    [
      ['科目编码', undefined, undefined, '科目名称', '本年支出', undefined, undefined],
      ['类', '款', '项', undefined, '小计', '基本支出', '项目支出'],
    ],
    [
      { top: 0, left: 0, bottom: 0, right: 2 },
      { top: 0, left: 3, bottom: 1, right: 3 },
      { top: 0, left: 4, bottom: 0, right: 6 },
    ],
  );
  const body = splitCodeRows([
    { code: '206', name: '科学技术支出', values: ['2,940.05', '2,000.00', '940.05'] },
    { code: '20601', name: '科学技术管理事务', values: ['2,940.05', '2,000.00', '940.05'] },
    { code: '2060101', name: '行政运行', values: ['2,000.00', '2,000.00', '-'] },
    { code: '2060102', name: '一般行政管理事务', values: ['940.05', null, '940.05'] },
    { name: '合计', values: ['2,940.05', '2,000.00', '940.05'] },
  ]);
  const t05Sheet = sheet('Sheet1', titleLines('某某局一般公共预算财政拨款支出决算表', { unit: '元', width: 7 }), head, body);
  const model = recogniseWorkbook(workbook('b.xlsx', t05Sheet));
  const t05 = model.schedules.get('T05')!;

  it('carries 类 and 款 down and puts 合计 last', () => {
    expect(t05.rows.map((r) => r.key)).toEqual(['206', '20601', '2060101', '2060102', '合计']);
    expect(t05.rows[3]).toMatchObject({ key: '2060102', code: '2060102', level: 3, label: '一般行政管理事务', gridRow: 7 });
  });

  it('reads text numbers with separators in the declared unit 元', () => {
    expect(t05.unit).toBe('元');
    expect(getValue(model, 'T05', '合计', '合计')).toEqual({
      ref: { sheet: 'Sheet1', address: 'E9' },
      parsed: { kind: 'number', fen: 294_005, fromText: true },
    });
    expect(getFen(model, 'T05', '2060101', '项目支出')).toBe(0);
  });

  it('maps 本年支出/小计 to 合计 and leaves out the optional budget columns', () => {
    expect(t05.columns.map((c) => [c.key, c.label])).toEqual([
      ['合计', '本年支出/小计'],
      ['基本支出', '本年支出/基本支出'],
      ['项目支出', '本年支出/项目支出'],
    ]);
    expect(model.issues).toEqual([]);
  });
});

describe('subject rows that need care', () => {
  const rows = [
    { name: '合计', values: [30] },
    { code: '201', name: '一般公共服务支出', values: [10] },
    { code: '201', name: '一般公共服务支出', values: [10] },
    { name: '教育支出', values: [20] },
    { name: '某个看不懂的行', values: [5] },
    { code: '2050101', name: '这是一个很长的科目名称', values: [20] },
    { name: '（续行）', values: [null] },
    { name: '', values: [7] },
  ];
  const grid = sheet('附表2', titleLines('收入决算表', { width: 3 }), header(['科目编码', '科目名称'], ['本年收入合计']), singleCodeRows(rows));
  const model = recogniseWorkbook(workbook('c.xlsx', grid));
  const t02 = model.schedules.get('T02')!;

  it('keys a repeated code with #2 and names its original', () => {
    expect(t02.rows[2]).toMatchObject({ key: '201#2', code: '201', duplicateOf: '201' });
    expect(getFen(model, 'T02', '201#2', '本年收入合计')).toBe(10 * W);
  });

  it('maps a class name without code to its code', () => {
    expect(t02.rows[3]).toMatchObject({ key: '205', code: '205', level: 1, label: '教育支出' });
  });

  it('joins a wrapped name onto the row above', () => {
    expect(t02.rows.find((r) => r.key === '2050101')!.label).toBe('这是一个很长的科目名称（续行）');
  });

  it('reports rows it cannot place, naming sheet and cell', () => {
    const rowIssues = model.issues.filter((i) => i.code !== 'column-not-found');
    expect(rowIssues.map((i) => [i.code, i.message, i.cells[0].address])).toEqual([
      ['unknown-row', '工作表“附表2”第8行（B8）的行“某个看不懂的行”无法识别', 'B8'],
      ['row-without-label', '工作表“附表2”第11行（A11）有数值但没有项目名称或科目编码，已忽略', 'A11'],
    ]);
  });

  it('warns about catalogue columns that are not there', () => {
    expect(t02.columns.map((c) => c.key)).toEqual(['本年收入合计']);
    const missing = model.issues.filter((i) => i.code === 'column-not-found');
    expect(missing.map((i) => i.message)).toContain('工作表“附表2”的“收入决算表”（标题在 A1）中没有找到“财政拨款收入”列');
    expect(missing).toHaveLength(6);
  });
});
