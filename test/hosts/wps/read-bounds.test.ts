/** Bounded reads in WPS (src/hosts/wps/read-bounds.ts): a stray far value does not make the read huge, and the user is told where it is — as in the Excel host. */
import { type CellValue, gridFromRows } from '../../../src/core/grid/sheet-grid';
import { MAX_CELLS_PER_SHEET } from '../../../src/hosts/read-bounds';
import { fakeWith, hostOn } from './helpers';

/** A 40 × 8 schedule at A1:H40. */
function schedule(name: string): ReturnType<typeof gridFromRows> {
  const rows: CellValue[][] = [['收入支出决算总表'], ...Array.from({ length: 39 }, (_, r) => [`项目${r}`, ...Array.from({ length: 7 }, (_, c) => r * 10 + c)])];
  return gridFromRows(name, rows);
}

describe.each(['null', 'undefined'] as const)('WpsHost.readWorkbook: bounded reads (Find misses as %s)', (findMiss) => {
  it('reads a schedule with a stray value at XFD1048576 in its region, and names that cell', async () => {
    const fake = fakeWith([schedule('总表'), schedule('收入表')], { findMiss });
    fake.userEdit('总表', 'XFD1048576', 'x');
    const source = await hostOn(fake).readWorkbook();
    expect(fake.state.largestRead).toBeLessThanOrEqual(MAX_CELLS_PER_SHEET);
    expect(source.sheets[0].cells).toHaveLength(40);
    expect(source.sheets[0].cells[39]).toHaveLength(8);
    expect(source.sheets[0].cells[39][7]).toEqual({ value: 386 });
    expect(source.sheets[1].cells).toHaveLength(40);
    expect(source.notices).toEqual([
      '工作表“总表”的已用区域为 A1:XFD1048576，远超决算表的范围，因为 XFD1048576 处有内容。只读取了 A1:H40，其余单元格未读取。如这些内容是误输入的，请删除后重新检查。',
    ]);
  });

  it('names far cells to the right and below by the area that holds them', async () => {
    const fake = fakeWith([schedule('总表')], { findMiss });
    fake.userEdit('总表', 'ZZ3', 'a');
    fake.userEdit('总表', 'ZZ9', 'b');
    fake.userEdit('总表', 'C900000', 'c');
    const source = await hostOn(fake).readWorkbook();
    expect(source.sheets[0].cells).toHaveLength(40);
    expect(source.notices?.[0]).toContain('因为 C900000、ZZ3:ZZ9 处有内容。只读取了 A1:H40');
  });

  it('says nothing and reads whole when the used range is within the cap', async () => {
    const fake = fakeWith([schedule('总表')], { findMiss });
    fake.userEdit('总表', 'Z2000', 'far but small');
    const source = await hostOn(fake).readWorkbook();
    expect(source.notices).toBeUndefined();
    expect(source.sheets[0].cells[1999][25]).toEqual({ value: 'far but small' });
  });

  it('looks for the schedule from the used range\'s top-left cell', async () => {
    const fake = fakeWith([gridFromRows('表', [[1]])], { findMiss });
    fake.userEdit('表', 'A1', '');
    fake.userEdit('表', 'C60000', '起');
    fake.userEdit('表', 'XFD1048576', '止');
    const source = await hostOn(fake).readWorkbook();
    expect(source.sheets[0].cells[59999]).toEqual([null, null, { value: '起' }]);
    expect(source.notices).toEqual([
      '工作表“表”的已用区域为 C60000:XFD1048576，远超决算表的范围，因为 XFD1048576 处有内容。只读取了 C60000，其余单元格未读取。如这些内容是误输入的，请删除后重新检查。',
    ]);
  });

  it('reads nothing of a sheet whose values are all far apart, and says which cells', async () => {
    const fake = fakeWith([gridFromRows('表', [])], { findMiss });
    fake.userEdit('表', 'A1048576', '下');
    fake.userEdit('表', 'XFD1', '右');
    const source = await hostOn(fake).readWorkbook();
    expect(source.sheets[0].cells).toEqual([]);
    expect(source.notices?.[0]).toContain('因为 A1048576、XFD1 处有内容。未读取该工作表的单元格。');
  });
});
