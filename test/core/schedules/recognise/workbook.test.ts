import { SheetNotRecognizedError } from '../../../../src/core/errors';
import { getFen, getValue } from '../../../../src/core/schedules/model';
import { recogniseWorkbook } from '../../../../src/core/schedules/recognise';
import { blank, footnote, header, part, sheet, singleCodeRows, smallSubjectRows, stack, subjectTable, titleLines, workbook } from '../factories';

const W = 1_000_000;
const FUND = ['年初结转和结余', '本年收入', '本年支出/合计', '本年支出/基本支出', '本年支出/项目支出', '年末结转和结余'];

describe('two schedules on one sheet', () => {
  const grid = sheet(
    'Sheet1',
    subjectTable('收入决算表', ['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'], smallSubjectRows(10, 7)),
    footnote('注：本表反映部门本年度取得的各项收入情况。'),
    blank(2),
    subjectTable('支出决算表', ['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出'], smallSubjectRows(8, 6)),
  );
  const model = recogniseWorkbook(workbook('two.xlsx', grid));

  it('reads each schedule from its own area', () => {
    expect([...model.schedules.keys()]).toEqual(['T02', 'T03']);
    expect(model.schedules.get('T02')!.rows.map((r) => r.key)).toEqual(['合计', '201', '2010101']);
    expect(model.schedules.get('T03')!.titleRef).toEqual({ sheet: 'Sheet1', address: 'A10' });
    expect(getValue(model, 'T03', '合计', '本年支出合计')!.ref.address).toBe('C13');
    expect(getFen(model, 'T03', '2010101', '基本支出')).toBe(8 * W);
  });

  it('lists what the national template still misses', () => {
    expect(model.template).toBe('national');
    expect(model.missing).toEqual(['T01', 'T04', 'T05', 'T06', 'T07']);
    expect(model.absentOptional).toEqual(['T08', 'T09']);
    expect(model.unrecognizedSheets).toEqual([]);
  });
});

describe('finding schedules without a catalogue title in the sheet', () => {
  it('uses a 公开 code when the title is unknown', () => {
    const grid = sheet('表1', stack(titleLines('部门支出情况表', { code: '公开03表', width: 5 }), header(['科目编码', '科目名称'], ['本年支出合计', '基本支出', '项目支出']), singleCodeRows(smallSubjectRows(5, 3))));
    const model = recogniseWorkbook(workbook('code.xlsx', grid));
    expect(model.schedules.get('T03')!.title).toBe('部门支出情况表');
    expect(getFen(model, 'T03', '201', '项目支出')).toBe(5 * W);
  });

  it('falls back to an export-style sheet name', () => {
    const grid = sheet('Z08 政府性基金预算财政拨款收入支出决算表(财决08表)', header(['科目编码', '科目名称'], FUND), singleCodeRows(smallSubjectRows(1, 6)));
    const model = recogniseWorkbook(workbook('name.xlsx', grid));
    const t08 = model.schedules.get('T08')!;
    expect(t08.titleRef).toEqual({ sheet: 'Z08 政府性基金预算财政拨款收入支出决算表(财决08表)', address: 'A1' });
    expect(t08.unitDeclared).toBe(false);
    expect(t08.unit).toBe('万元');
    expect(t08.columns.map((c) => c.key)).toEqual(['年初结转和结余', '本年收入', '本年支出合计', '基本支出', '项目支出', '年末结转和结余']);
    expect(getValue(model, 'T08', '合计', '年末结转和结余')!.ref.address).toBe('H3');
  });

  it('reads a hidden sheet and normalises a leading year and quotes in the title', () => {
    const grid = { ...sheet('隐藏', subjectTable(' 2024 年度 “收入决算表” ', ['本年收入合计'], smallSubjectRows(2, 1))), hidden: true };
    const model = recogniseWorkbook(workbook('hidden.xlsx', grid));
    expect(model.schedules.get('T02')!.sheet).toBe('隐藏');
    expect(model.year).toBe(2024);
  });
});

describe('templates', () => {
  const detail = (title: string) =>
    subjectTable(title, ['合计', '人员经费/小计', '人员经费/工资福利支出', '人员经费/对个人和家庭的补助', '公用经费/商品和服务支出'], [
      { name: '合计', values: [100, 60, 50, 10, 40] },
      { code: '201', name: '一般公共服务支出', values: [100, 60, 50, 10, 40] },
    ]);
  const t09e = subjectTable('国有资本经营预算财政拨款支出决算表', ['本年支出/合计', '本年支出/基本支出', '本年支出/项目支出'], smallSubjectRows(3, 3));

  it('recognises Sichuan 2021 by its split 三公 tables and reads T09E', () => {
    const model = recogniseWorkbook(
      workbook(
        'sc21.xlsx',
        sheet('五', detail('财政拨款支出决算明细表')),
        sheet('十二', subjectTable('政府性基金预算财政拨款“三公”经费支出决算表', ['合计/预算数', '合计/决算数'], [])),
        sheet('十四', t09e),
      ),
    );
    expect(model.template).toBe('sichuan2021');
    expect(model.schedules.get('T09E')!.columns.map((c) => c.key)).toEqual(['合计', '基本支出', '项目支出']);
    expect(model.schedules.has('T09')).toBe(false);
    expect(model.missing).toEqual(['T01', 'T02', 'T03', 'T04', 'T05', 'T05DG', 'T06', 'T05P', 'T07']);
    expect(model.absentOptional).toEqual(['T08', 'T09']);
  });

  it('recognises Sichuan 2023 by its merged 三公 table', () => {
    const model = recogniseWorkbook(workbook('sc23.xlsx', sheet('七', detail('一般公共预算财政拨款支出决算明细表')), sheet('十三', titleLines('财政拨款“三公”经费支出决算表'))));
    expect(model.template).toBe('sichuan2023');
    expect(model.schedules.has('T05DG')).toBe(true);
  });

  it('keeps open economic columns and marks group subtotals', () => {
    const model = recogniseWorkbook(workbook('sc.xlsx', sheet('五', detail('财政拨款支出决算明细表'))));
    const t05d = model.schedules.get('T05D')!;
    expect(t05d.columns.map((c) => c.key)).toEqual(['合计', '人员经费小计', '工资福利支出', '对个人和家庭的补助', '商品和服务支出']);
    expect(getFen(model, 'T05D', '201', '工资福利支出')).toBe(50 * W);
    expect(getValue(model, 'T05D', '合计', '人员经费小计')!.ref.address).toBe('D5');
    expect(model.template).toBe('sichuan2023');
  });

  it('reads the same 国有资本 title as T09 in the national set', () => {
    const model = recogniseWorkbook(workbook('nat.xlsx', sheet('表9', t09e)));
    expect(model.template).toBe('national');
    const t09 = model.schedules.get('T09')!;
    expect(t09.columns.map((c) => c.key)).toEqual(['本年支出合计', '基本支出', '项目支出']);
    expect(getFen(model, 'T09', '2010101', '本年支出合计')).toBe(3 * W);
    expect(model.issues).toEqual([]);
  });

  it('obeys an explicit template', () => {
    const model = recogniseWorkbook(workbook('x.xlsx', sheet('表9', t09e)), { template: 'sichuan2023' });
    expect(model.template).toBe('sichuan2023');
    expect(model.schedules.has('T09E')).toBe(true);
  });
});

describe('empty fund tables and workbook-level issues', () => {
  it('records the empty statement of a fund table', () => {
    const grid = sheet(
      '表8',
      titleLines('政府性基金预算财政拨款收入支出决算表', { width: 8 }),
      header(['科目编码', '科目名称'], FUND),
      part([['合计']]),
      part([['注：本单位2024年度没有政府性基金预算财政拨款收入和支出，故本表无数据。']]),
    );
    const model = recogniseWorkbook(workbook('e.xlsx', grid));
    const t08 = model.schedules.get('T08')!;
    expect(t08.emptyStatement).toBe('注：本单位2024年度没有政府性基金预算财政拨款收入和支出，故本表无数据。');
    expect(getValue(model, 'T08', '合计', '本年收入')).toEqual({ ref: { sheet: '表8', address: 'D5' }, parsed: { kind: 'blank' } });
  });

  it('reports schedules that disagree on the year', () => {
    const model = recogniseWorkbook(
      workbook(
        'y.xlsx',
        sheet('a', subjectTable('2024年度收入决算表', ['本年收入合计'], smallSubjectRows(1, 1))),
        sheet('b', subjectTable('2023年度支出决算表', ['本年支出合计'], smallSubjectRows(1, 1))),
        sheet('封面', part([['某某局2024年度部门决算']])),
      ),
    );
    expect(model.year).toBe(2024);
    expect(model.issues.filter((i) => i.code === 'year-mismatch').map((i) => i.message)).toEqual(['工作表“b”A1单元格的年度“2023”与工作表“a”A1单元格的年度“2024”不一致，已采用“2024”']);
    expect(model.unrecognizedSheets).toEqual(['封面']);
  });

  it('throws with the file and sheet names when nothing is recognised', () => {
    const wb = workbook('none.xlsx', sheet('封面', part([['某某局2024年度部门决算']])), sheet('目录', part([['一、收入支出决算总表'], ['二、收入决算表']])));
    expect(() => recogniseWorkbook(wb)).toThrow(SheetNotRecognizedError);
    expect(() => recogniseWorkbook(wb)).toThrow('文件“none.xlsx”中没有找到可识别的决算公开表。工作表：“封面”、“目录”');
  });

  it('throws for a workbook without sheets or with empty sheets only', () => {
    expect(() => recogniseWorkbook(workbook('empty.xlsx'))).toThrow('文件“empty.xlsx”中没有工作表，无法识别决算公开表');
    expect(() => recogniseWorkbook(workbook('blank.xlsx', sheet('Sheet1', blank(3))))).toThrow('文件“blank.xlsx”的工作表都是空的（Sheet1），无法识别决算公开表');
  });

  it('keeps the first of two copies of a schedule and reports the second', () => {
    const table = subjectTable('收入决算表', ['本年收入合计'], smallSubjectRows(1, 1));
    const model = recogniseWorkbook(workbook('dup.xlsx', sheet('表2', table), sheet('表2 (2)', table)));
    expect(model.schedules.get('T02')!.sheet).toBe('表2');
    expect(model.issues.filter((i) => i.code === 'duplicate-schedule').map((i) => [i.code, i.message])).toEqual([
      ['duplicate-schedule', '工作表“表2 (2)”A1单元格再次出现“收入决算表”，已采用工作表“表2”中的表'],
    ]);
  });

  // Issue 16 item 3.
  it('reads a schedule from the visible sheet when a stale hidden copy comes first, naming both sheets', () => {
    const stale = subjectTable('收入决算表', ['本年收入合计'], smallSubjectRows(1, 1));
    const fresh = subjectTable('收入决算表', ['本年收入合计'], smallSubjectRows(2, 1));
    const model = recogniseWorkbook(workbook('stale.xlsx', { ...sheet('表2（旧）', stale), hidden: true }, sheet('表2', fresh)));
    expect(model.schedules.get('T02')!.sheet).toBe('表2');
    expect(getFen(model, 'T02', '201', '本年收入合计')).toBe(getFen(recogniseWorkbook(workbook('f.xlsx', sheet('表2', fresh))), 'T02', '201', '本年收入合计'));
    expect(model.issues.filter((i) => i.code === 'duplicate-schedule' || i.code === 'hidden-sheet').map((i) => [i.code, i.severity, i.message, i.cells])).toEqual([
      ['duplicate-schedule', 'warning', '隐藏的工作表“表2（旧）”A1单元格也有“收入决算表”，已采用可见的工作表“表2”中的表，隐藏的这份未审核', [{ sheet: '表2（旧）', address: 'A1' }]],
    ]);
  });

  it('prefers the copy on a sheet of its own to a stray copy beneath another schedule', () => {
    const income = subjectTable('收入决算表', ['本年收入合计'], smallSubjectRows(1, 1));
    const stray = subjectTable('支出决算表', ['本年支出合计'], smallSubjectRows(9, 1));
    const own = subjectTable('支出决算表', ['本年支出合计'], smallSubjectRows(2, 1));
    const model = recogniseWorkbook(workbook('stray.xlsx', sheet('表2', stack(income, blank(2), stray)), sheet('表3', own)));
    expect(model.schedules.get('T02')!.sheet).toBe('表2');
    expect(model.schedules.get('T03')!.sheet).toBe('表3');
    expect(getFen(model, 'T03', '201', '本年支出合计')).toBe(getFen(recogniseWorkbook(workbook('o.xlsx', sheet('表3', own))), 'T03', '201', '本年支出合计'));
    const dup = model.issues.filter((i) => i.code === 'duplicate-schedule');
    expect(dup.map((i) => i.cells[0].sheet)).toEqual(['表2']);
    expect(dup[0].message).toContain('已采用工作表“表3”中的表');
  });

  it('reports a schedule read from a hidden sheet, naming the sheet', () => {
    const table = subjectTable('收入决算表', ['本年收入合计'], smallSubjectRows(1, 1));
    const model = recogniseWorkbook(workbook('hidden.xlsx', { ...sheet('表2', table), hidden: true }, { ...sheet('表2 (2)', table), hidden: true }));
    expect(model.schedules.get('T02')!.sheet).toBe('表2');
    expect(model.issues.filter((i) => i.code === 'duplicate-schedule' || i.code === 'hidden-sheet').map((i) => [i.code, i.message])).toEqual([
      ['hidden-sheet', '“收入决算表”取自隐藏的工作表“表2”（标题在 A1），在 Excel 中看不到这张表；请确认它是要报送的表，或取消隐藏该工作表'],
      ['duplicate-schedule', '工作表“表2 (2)”A1单元格再次出现“收入决算表”，已采用工作表“表2”中的表'],
    ]);
  });
});
