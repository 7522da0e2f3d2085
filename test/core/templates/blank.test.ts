import { BlankTemplateError } from '../../../src/core/errors';
import { a1 } from '../../../src/core/grid/sheet-grid';
import { getFen, getValue } from '../../../src/core/schedules/model';
import { openSession } from '../../../src/core/session';
import { emptyStored } from '../../../src/core/stored';
import { templateSet } from '../../../src/core/templates';
import { BlankWorkbook, blankWorkbook, subjectRows } from '../../../src/core/templates/blank';
import { buildFixture } from '../../factories';
import { fillCells, recalculate } from '../../support/formula-eval';

const TEMPLATES = ['national', 'sichuan2021', 'sichuan2023'] as const;
const CODES = ['2060101', '2060199', '2080505', '2101101', '2210201'];

const sessionOf = (blank: BlankWorkbook, sheets = blank.sheets.map((s) => s.grid)) => openSession({ file: '空白.xlsx', sheets }, blank.stored ?? emptyStored());
const problems = (s: ReturnType<typeof sessionOf>) => s.findings.filter((f) => f.outcome === 'fail' || f.outcome === 'error' || f.outcome === 'insufficient_data');

describe.each(TEMPLATES)('the blank %s workbook', (template) => {
  const blank = blankWorkbook({ template, year: 2025, unitName: '某市科学技术局', codes: CODES });
  const session = sessionOf(blank);

  it('is recognised completely as its own template, with nothing to report', () => {
    expect(session.model.template).toBe(template);
    expect([...session.model.schedules.keys()]).toEqual(templateSet(template).schedules.map((e) => e.id));
    expect(session.model.missing).toEqual([]);
    expect(session.model.absentOptional).toEqual([]);
    expect(session.model.unitName).toBe('某市科学技术局');
    expect(session.model.year).toBe(2025);
    expect(problems(session)).toEqual([]);
    expect(session.model.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  it('reads every amount cell a department types into at its own address', () => {
    const inputs = blank.sheets.flatMap((s) => s.inputs.map((i) => ({ ...i, sheet: s.grid.name })));
    expect(inputs.length).toBeGreaterThan(50);
    for (const i of inputs) {
      const v = getValue(session.model, i.schedule as never, i.key, i.column);
      expect({ figure: `${i.schedule} ${i.key}/${i.column}`, ref: v?.ref }).toEqual({ figure: `${i.schedule} ${i.key}/${i.column}`, ref: { sheet: i.sheet, address: a1(i.row, i.col) } });
    }
  });

  it('has every subject row with its catalogue name, and amounts in 0.00', () => {
    const t05 = session.model.schedules.get('T05')!;
    expect(t05.rows.map((r) => r.key)).toEqual(['合计', '206', '20601', '2060101', '2060199', '208', '20805', '2080505', '210', '21011', '2101101', '221', '22102', '2210201']);
    expect(t05.rows.find((r) => r.key === '2080505')?.label).toBe('机关事业单位基本养老保险缴费支出');
    const amounts = blank.sheets.flatMap((s) => s.grid.cells.flat()).filter((c) => c && typeof c.value === 'number' && c.numFmt !== undefined);
    expect(new Set(amounts.map((c) => c!.numFmt))).toEqual(new Set(['0.00']));
  });

  it('adds up what is typed: each 项 into its 款, 类 and 合计, and the schedules agree once filled', () => {
    const f = buildFixture({ template, year: 2024 });
    const codes = [...new Set(f.expected.filter((e) => /^\d{3,7}$/.test(e.row) && e.schedule !== 'T06' && e.schedule !== 'T01' && e.schedule !== 'T04').map((e) => e.row))];
    const filled = blankWorkbook({ template, year: 2024, unitName: f.unitName, codes });
    const figure = (schedule: string, row: string, col: string) => f.expected.find((e) => e.schedule === schedule && e.row === row && e.col === col);
    const fills = filled.sheets.flatMap((s) =>
      s.inputs.map((i) => ({ sheet: s.grid.name, row: i.row, col: i.col, value: (figure(i.schedule, i.key, i.column)?.fen ?? 0) / 1_000_000 })),
    );
    const sheets = recalculate(fillCells(filled.sheets.map((s) => s.grid), fills));
    const s = sessionOf(filled, sheets);
    expect(problems(s)).toEqual([]);
    // Every figure the fixture's department has, typed or computed, is what the blank shows.
    let compared = 0;
    for (const e of f.expected) {
      const got = getFen(s.model, e.schedule, e.row, e.col);
      if (got === undefined) continue;
      expect({ figure: `${e.schedule} ${e.row}/${e.col}`, fen: got }).toEqual({ figure: `${e.schedule} ${e.row}/${e.col}`, fen: e.fen });
      compared++;
    }
    expect(compared).toBeGreaterThan(150);
    // The totals are really computed: a 项 typed wrong shows up in its 款, 类 and 合计.
    const t05 = filled.sheets.find((x) => x.grid.name.includes('一般公共预算财政拨款支出决算表'))!;
    const leaf = t05.inputs.find((i) => i.key === '2060101' && i.column === '基本支出')!;
    const bumped = recalculate(fillCells(sheets, [{ sheet: t05.grid.name, row: leaf.row, col: leaf.col, value: 999 }]));
    const after = sessionOf(filled, bumped).model;
    for (const row of ['20601', '206', '合计']) expect(getFen(after, 'T05', row, '基本支出')).toBe((getFen(s.model, 'T05', row, '基本支出') ?? 0) + 999_000_000 - (figure('T05', '2060101', '基本支出')?.fen ?? 0));
  });
});

describe('a blank carried over from last year (--from)', () => {
  it.each([
    ['national', 2024],
    ['sichuan2023', 2024],
  ] as const)('%s: this year’s 年初结转和结余 are last year’s 年末, and the subject rows are last year’s', (template, year) => {
    const last = buildFixture({ template, year });
    const prior = openSession({ file: 'last.xlsx', sheets: last.sheets }, emptyStored()).model;
    const blank = blankWorkbook({ template, year: year + 1, prior });
    const now = sessionOf(blank);
    expect(problems(now)).toEqual([]);
    expect(now.model.unitName).toBe(last.unitName);
    const fen = (m: typeof prior, s: string, r: string, c: string) => getFen(m, s as never, r, c);
    expect(fen(now.model, 'T01', '年初结转和结余', '金额')).toBe(fen(prior, 'T01', '年末结转和结余', '金额'));
    expect(fen(prior, 'T01', '年末结转和结余', '金额')).toBeGreaterThan(0);
    for (const fund of ['一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款']) {
      expect(fen(now.model, 'T04', `年初财政拨款结转和结余/${fund}`, '金额')).toBe(fen(prior, 'T04', '年末财政拨款结转和结余', fund));
    }
    const t08 = prior.schedules.get('T08')!;
    expect(t08.rows.length).toBeGreaterThan(1);
    for (const r of t08.rows) expect([r.key, fen(now.model, 'T08', r.key, '年初结转和结余')]).toEqual([r.key, fen(prior, 'T08', r.key, '年末结转和结余')]);
    for (const id of ['T02', 'T03', 'T05'] as const) expect(now.model.schedules.get(id)!.rows.map((r) => r.key)).toEqual(prior.schedules.get(id)!.rows.map((r) => r.key));
    // Checked against last year, the carried columns agree (the cross-year rules pass).
    const crossYear = openSession({ file: 'b.xlsx', sheets: blank.sheets.map((s) => s.grid) }, emptyStored(), { prior: { model: prior } });
    expect(crossYear.findings.filter((f) => f.severity === 'error' && f.outcome === 'fail')).toEqual([]);
  });

  it('refuses last year’s workbook of another year', () => {
    const prior = openSession({ file: '2023.xlsx', sheets: buildFixture({ year: 2023 }).sheets }, emptyStored()).model;
    expect(() => blankWorkbook({ template: 'national', year: 2025, prior })).toThrow(new BlankTemplateError('上年决算表“2023.xlsx”是 2023 年度的，不是 2024 年度的，不能结转到 2025 年度。'));
  });
});

describe('subject rows from codes', () => {
  it('adds each code’s 类 and 款, in code order, named by the catalogue or by the code=name given', () => {
    expect(subjectRows(['2080505', '2060101', '2069999=其他科学技术支出（自定）'])).toEqual([
      { code: '206', name: '科学技术支出' },
      { code: '20601', name: '科学技术管理事务' },
      { code: '2060101', name: '行政运行' },
      { code: '20699', name: '其他科学技术支出' },
      { code: '2069999', name: '其他科学技术支出（自定）' },
      { code: '208', name: '社会保障和就业支出' },
      { code: '20805', name: '行政事业单位养老支出' },
      { code: '2080505', name: '机关事业单位基本养老保险缴费支出' },
    ]);
  });

  it('refuses text that is not a code, and a code nobody names', () => {
    expect(() => subjectRows(['20601010'])).toThrow(new BlankTemplateError('“20601010”不是支出功能分类科目编码：应为 3 位（类）、5 位（款）或 7 位（项）数字，如 2060101。'));
    expect(() => subjectRows(['2069901'])).toThrow('科目编码 2069901 不在内置的科目名称表中，请写成“编码=名称”，如 2069901=科目名称。');
  });

  it('refuses an unknown template and a year out of range', () => {
    expect(() => blankWorkbook({ template: 'shanghai', year: 2025 })).toThrow(BlankTemplateError);
    expect(() => blankWorkbook({ template: 'national', year: 1999 })).toThrow(BlankTemplateError);
  });
});
