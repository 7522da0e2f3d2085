/** ExcelHost.writeOwnedSheet: only sheets named with OWNED_SHEET_PREFIX, created or cleared, one batch. */
import { gridFromRows } from '../../../src/core/grid/sheet-grid';
import { OwnedSheetNameError, ownedSheetNameProblem } from '../../../src/hosts/excel';
import { OWNED_SHEET_PREFIX } from '../../../src/hosts/workbook-host';
import { fakeWith, hostOn } from './helpers';

const OWNED = `${OWNED_SHEET_PREFIX}审核结果`;

function snapshot(fake: ReturnType<typeof fakeWith>, name: string): string {
  const s = fake.sheet(name);
  return JSON.stringify({ rows: [...s.rows].map(([r, row]) => [r, [...row]]), merges: s.merges, visibility: s.visibility });
}

describe('ExcelHost.writeOwnedSheet', () => {
  it('refuses names without the prefix, in Chinese, before touching Excel', async () => {
    const fake = fakeWith([gridFromRows('一 收入支出决算总表', [[1]])]);
    const host = hostOn(fake);
    await expect(host.writeOwnedSheet('一 收入支出决算总表', [['x']])).rejects.toThrow(
      new OwnedSheetNameError('工作表名“一 收入支出决算总表”不是本工具专用的工作表：名称须以“决算助手_”开头。本工具不会改动其他工作表。'),
    );
    await expect(host.writeOwnedSheet(`${OWNED_SHEET_PREFIX}a/b`, [])).rejects.toThrow('含有 Excel 不允许的字符');
    await expect(host.writeOwnedSheet(`${OWNED_SHEET_PREFIX}${'长'.repeat(30)}`, [])).rejects.toThrow('超过 Excel 允许的 31 个字符');
    expect(fake.syncCount).toBe(0);
    expect(fake.valueAt('一 收入支出决算总表', 'A1')).toBe(1);
    expect(ownedSheetNameProblem(OWNED)).toBeNull();
  });

  it('creates the sheet and writes the rows in two syncs; strings stay text', async () => {
    const schedule = gridFromRows('一 收入支出决算总表', [['项目', 100]], [{ top: 0, left: 0, bottom: 0, right: 0 }]);
    const fake = fakeWith([schedule]);
    const before = snapshot(fake, '一 收入支出决算总表');
    await hostOn(fake).writeOwnedSheet(OWNED, [['规则', '差额'], ['=A1+1', 12.5, null], ['2010301']]);
    expect(fake.syncCount).toBe(2);
    expect(fake.valueAt(OWNED, 'A1')).toBe('规则');
    expect(fake.valueAt(OWNED, 'A2')).toBe('=A1+1');
    expect(fake.valueAt(OWNED, 'B2')).toBe(12.5);
    expect(fake.valueAt(OWNED, 'C2')).toBeNull();
    expect(fake.valueAt(OWNED, 'A3')).toBe('2010301');
    expect(snapshot(fake, '一 收入支出决算总表')).toBe(before);
    expect(fake.model.sheets.map((s) => s.name)).toEqual(['一 收入支出决算总表', OWNED]);
  });

  it('clears an existing owned sheet before writing, and leaves the others alone', async () => {
    const fake = fakeWith([gridFromRows('表1', [[1]]), gridFromRows(OWNED, [['旧', '旧'], ['旧', '旧', '旧']])]);
    const before = snapshot(fake, '表1');
    await hostOn(fake).writeOwnedSheet(OWNED, [['新']]);
    expect(fake.valueAt(OWNED, 'A1')).toBe('新');
    expect(fake.valueAt(OWNED, 'B1')).toBeNull();
    expect(fake.valueAt(OWNED, 'C2')).toBeNull();
    expect(snapshot(fake, '表1')).toBe(before);
    expect(fake.model.sheets).toHaveLength(2);
  });

  it('writes a large export in blocks, every request under 5 MB', async () => {
    const fake = fakeWith([]);
    const rows = Array.from({ length: 40_000 }, (_, i) => [`规则${i}`, '出错说明'.repeat(10), i]);
    await hostOn(fake).writeOwnedSheet(OWNED, rows);
    expect(fake.valueAt(OWNED, 'C40000')).toBe(39_999);
    expect(fake.syncCount).toBeGreaterThan(2);
    expect(fake.syncs.every((s) => !s.failed && s.requestBytes < 5 * 1024 * 1024)).toBe(true);
  });
});
