/** WpsHost.writeOwnedSheet: only the add-in's own sheet changes; the active sheet stays. */
import { gridFromRows } from '../../../src/core/grid/sheet-grid';
import { WpsOwnedSheetNameError, WpsOwnedSheetWriteError } from '../../../src/hosts/wps/errors';
import { fakeWith, hostOn, snapshot, VARIANTS } from './helpers';

const SCHEDULE = '一 收入支出决算总表';
const userWorkbook = (members: (typeof VARIANTS)[number] = 'typings') => {
  const grid = { ...gridFromRows(SCHEDULE, [['项目', '金额'], ['收入总计', 1687.35]]), merges: [{ top: 0, left: 0, bottom: 0, right: 1 }] };
  return fakeWith([grid, gridFromRows('备注', [['说明']])], { members });
};

describe('WpsHost.writeOwnedSheet', () => {
  it('adds the sheet after the last one, writes it, and touches nothing else, in every member form', async () => {
    for (const members of VARIANTS) {
      const fake = userWorkbook(members);
      const before = [snapshot(fake, SCHEDULE), snapshot(fake, '备注')];
      await hostOn(fake).writeOwnedSheet('决算助手_审核结果', [['规则', '结果'], ['=SUM(A1)', 2010301], ['R2', null]]);
      expect([snapshot(fake, SCHEDULE), snapshot(fake, '备注')]).toEqual(before);
      expect(fake.state.sheets.map((s) => s.name)).toEqual([SCHEDULE, '备注', '决算助手_审核结果']);
      expect(new Set(fake.state.writes.map((w) => w.sheet))).toEqual(new Set(['决算助手_审核结果']));
      expect(fake.state.active?.name).toBe(SCHEDULE);
      const cells = fake.sheet('决算助手_审核结果').cells;
      expect(cells.get('1,0')).toEqual({ value: '=SUM(A1)', numFmt: '@' });
      expect(cells.get('1,1')).toEqual({ value: 2010301, numFmt: undefined });
      expect(cells.get('2,1')).toBeUndefined();
    }
  });

  it('keeps text that looks like a number as text, and replaces what an earlier write left', async () => {
    const fake = userWorkbook();
    const host = hostOn(fake);
    await host.writeOwnedSheet('决算助手_审核结果', [['a', 'b', 'c'], ['x', 'y', 'z']]);
    await host.writeOwnedSheet('决算助手_审核结果', [['2010301']]);
    const cells = fake.sheet('决算助手_审核结果').cells;
    expect([...cells.keys()]).toEqual(['0,0']);
    expect(cells.get('0,0')).toEqual({ value: '2010301', numFmt: '@' });
    expect(fake.state.added).toEqual(['决算助手_审核结果']);
  });

  it('refuses a sheet the add-in does not own, before touching anything', async () => {
    const fake = userWorkbook();
    await expect(hostOn(fake).writeOwnedSheet(SCHEDULE, [['x']])).rejects.toThrow(WpsOwnedSheetNameError);
    expect(fake.state.writes).toEqual([]);
  });

  it('says in Chinese when WPS refuses the write', async () => {
    const fake = userWorkbook();
    const host = hostOn(fake);
    Object.defineProperty(fake.Application, 'ActiveWorkbook', { get: () => { throw new Error('只读'); } });
    await expect(host.writeOwnedSheet('决算助手_审核结果', [['x']])).rejects.toThrow(new WpsOwnedSheetWriteError('无法写入工作表“决算助手_审核结果”（ActiveWorkbook: 只读）。请确认工作簿未受保护、未以只读方式打开后重试。'));
  });
});
