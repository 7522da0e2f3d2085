import { runRules } from '../../../src/core/rules/runner';
import { cellAt, withCellGrids } from '../../../src/core/rules/schedule-index';
import { ScheduleInstance, splitValueKey, valueKey } from '../../../src/core/schedules/model';
import { setCell } from '../../factories/model-builder';
import { cleanModel } from './fixtures/clean-model';

describe('cell grids of a run', () => {
  it('find every cell that the values map holds, inside a run and outside', () => {
    const t01 = cleanModel('national').schedules.get('T01') as ScheduleInstance;
    // A figure under a key no row of the schedule has (the recogniser stores such keys too).
    t01.values.set(valueKey('不在表中的行', '金额'), { ref: { sheet: t01.sheet, address: 'Z99' }, parsed: { kind: 'number', fen: 1, fromText: false } });
    const keys = [...t01.values.keys()];
    const read = () => keys.map((k) => cellAt(t01, ...splitValueKey(k)));
    const expected = keys.map((k) => t01.values.get(k));
    expect(read()).toEqual(expected);
    expect(withCellGrids(read)).toEqual(expected);
    expect(withCellGrids(() => [cellAt(t01, '没有的行', '金额'), cellAt(t01, splitValueKey(keys[0])[0], '没有的栏')])).toEqual([undefined, undefined]);
  });

  it('are never stale: a cell replaced between runs is read anew', () => {
    const model = cleanModel('national');
    const failing = () => runRules(model).filter((f) => f.rule === 'T07-R02b' && f.outcome === 'fail');
    expect(failing()).toEqual([]);
    setCell(model, 'T07', '公务接待费', '决算数', 4.5); // above budget 4.00
    expect(failing()).toHaveLength(1);
  });
});

describe('splitValueKey', () => {
  it('gives back the row and column of a value key', () => {
    expect(splitValueKey(valueKey('年初财政拨款结转和结余/一般公共预算财政拨款', '金额'))).toEqual(['年初财政拨款结转和结余/一般公共预算财政拨款', '金额']);
  });
});
