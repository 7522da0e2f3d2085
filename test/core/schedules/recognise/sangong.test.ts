import { getFen, getValue } from '../../../../src/core/schedules/model';
import { recogniseWorkbook } from '../../../../src/core/schedules/recognise';
import { modelFromJson, modelToJson } from '../../../../src/core/schedules/model-codec';
import { runRules } from '../../../../src/core/rules/runner';
import { Cell, part, sheet, titleLines, workbook } from '../factories';

const W = 1_000_000;
const ITEMS = ['合计', '因公出国（境）费', '公务用车购置及运行维护费', '公务用车购置费', '公务用车运行维护费', '公务接待费'];

describe('三公 table, interleaved (预算数 | 决算数 under each item)', () => {
  // A 合计 | C 因公出国 | E–J 公务用车 (小计, 购置费, 运行维护费) | K 公务接待费
  const head = part(
    [
      ['合计', undefined, '因公出国（境）费', undefined, '公务用车购置及运行（维护）费', undefined, undefined, undefined, undefined, undefined, '公务接待费'],
      [undefined, undefined, undefined, undefined, '小计', undefined, '公务用车购置费', undefined, '公务用车运行（维护）费'],
      ['预算数', '决算数', '预算数', '决算数', '预算数', '决算数', '预算数', '决算数', '预算数', '决算数', '预算数', '决算数'],
    ],
    [
      { top: 0, left: 0, bottom: 1, right: 1 },
      { top: 0, left: 2, bottom: 1, right: 3 },
      { top: 0, left: 4, bottom: 0, right: 9 },
      { top: 1, left: 4, bottom: 1, right: 5 },
      { top: 1, left: 6, bottom: 1, right: 7 },
      { top: 1, left: 8, bottom: 1, right: 9 },
      { top: 0, left: 10, bottom: 1, right: 11 },
    ],
  );
  const data: Cell[][] = [[30, 25, 10, 5, 15, 14, 10, 10, 5, 4, 5, 6]];
  const grid = sheet('表7', titleLines('2024年度一般公共预算财政拨款「三公」经费支出决算表', { width: 12 }), head, part(data));
  const model = recogniseWorkbook(workbook('t07.xlsx', grid));
  const t07 = model.schedules.get('T07')!;

  it('turns items into rows and 预算数 / 决算数 into columns', () => {
    expect(t07.rows.map((r) => r.key)).toEqual(ITEMS);
    expect(t07.columns.map((c) => c.key)).toEqual(['预算数', '决算数']);
  });

  it('reads the 小计 under 公务用车… as that item', () => {
    expect(getValue(model, 'T07', '公务用车购置及运行维护费', '决算数')).toEqual({
      ref: { sheet: '表7', address: 'F6' },
      parsed: { kind: 'number', fen: 14 * W, fromText: false },
    });
    expect(getFen(model, 'T07', '公务用车运行维护费', '预算数')).toBe(5 * W);
    expect(getFen(model, 'T07', '公务接待费', '决算数')).toBe(6 * W);
    expect(getValue(model, 'T07', '合计', '预算数')!.ref.address).toBe('A6');
    expect(model.issues).toEqual([]);
  });
});

describe('三公 table, grouped (all 预算数, then all 决算数) with statistics', () => {
  const items = ['合计', '因公出国（境）费', '公务用车购置及运行维护费', undefined, undefined, '公务接待费'];
  const sub = [undefined, undefined, '小计', '公务用车购置费', '公务用车运行维护费', undefined];
  const head = part(
    [
      ['预算数', undefined, undefined, undefined, undefined, undefined, '决算数', undefined, undefined, undefined, undefined, undefined, '因公出国（境）团组数（个）', '公务用车保有量（辆）', '国内公务接待批次'],
      [...items, ...items],
      [...sub, ...sub],
    ],
    [
      { top: 0, left: 0, bottom: 0, right: 5 },
      { top: 0, left: 6, bottom: 0, right: 11 },
      { top: 1, left: 2, bottom: 1, right: 4 },
      { top: 1, left: 8, bottom: 1, right: 10 },
      { top: 0, left: 12, bottom: 2, right: 12 },
      { top: 0, left: 13, bottom: 2, right: 13 },
      { top: 0, left: 14, bottom: 2, right: 14 },
    ],
  );
  const data: Cell[][] = [[30, 10, 15, 10, 5, 5, 25, 5, 14, 10, 4, 6, 2, 3, 12]];
  const grid = sheet('Sheet7', titleLines('财政拨款“三公”经费支出决算表', { width: 15 }), head, part(data));
  const model = recogniseWorkbook(workbook('t07g.xlsx', grid));
  const t07 = model.schedules.get('T07')!;

  it('reads items under the 预算数 and 决算数 groups', () => {
    expect(t07.rows.map((r) => r.key)).toEqual(ITEMS);
    expect(getValue(model, 'T07', '公务用车购置及运行维护费', '决算数')!.ref.address).toBe('I6');
    expect(getFen(model, 'T07', '公务用车购置费', '决算数')).toBe(10 * W);
    expect(getFen(model, 'T07', '因公出国（境）费', '预算数')).toBe(10 * W);
  });

  it('puts counts into stats as plain numbers', () => {
    expect([...t07.stats.keys()]).toEqual(['因公出国团组数', '公务用车保有量', '国内公务接待批次']);
    expect(t07.stats.get('公务用车保有量')).toEqual({ ref: { sheet: 'Sheet7', address: 'N6' }, parsed: { kind: 'number', fen: 3, fromText: false } });
  });

  it('never rounds a count that is not whole, and P-05 names it', () => {
    const half: Cell[][] = [[...data[0].slice(0, 13), 1.5, 12]];
    const m = recogniseWorkbook(workbook('t07h.xlsx', sheet('Sheet7', titleLines('财政拨款“三公”经费支出决算表', { width: 15 }), head, part(half))));
    expect(m.schedules.get('T07')!.stats.get('公务用车保有量')!.parsed).toEqual({ kind: 'notWhole', text: '1.5' });
    const p05 = runRules(m).filter((f) => f.rule === 'P-05' && f.outcome === 'fail');
    expect(p05.map((f) => [f.severity, f.message, f.cells])).toEqual([
      ['error', '一般公共预算财政拨款三公经费支出决算表：公务用车保有量 为不是整数的个数“1.5”，个数应为整数，请检查该单元格', [{ sheet: 'Sheet7', address: 'N6' }]],
    ]);
    expect(modelFromJson(modelToJson(m)).schedules.get('T07')!.stats.get('公务用车保有量')!.parsed).toEqual({ kind: 'notWhole', text: '1.5' });
  });
});
