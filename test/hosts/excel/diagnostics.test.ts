/** The 诊断 page's Excel checks (diagnostics.ts) run against the fake, whichever way Excel behaves. */
import { gridFromRows } from '../../../src/core/grid/sheet-grid';
import { runExcelDiagnostics } from '../../../src/hosts/excel/diagnostics';
import { FakeExcel } from './fake-excel';
import { fakeWith } from './helpers';

function workbook(options: ConstructorParameters<typeof FakeExcel>[1] = {}): FakeExcel {
  return fakeWith([gridFromRows('总表', [['收入支出决算总表', null], ['收入', 100]], [{ top: 0, left: 0, bottom: 0, right: 1 }]), gridFromRows('表2', [[1]])], options);
}

describe('runExcelDiagnostics', () => {
  it('reports each check, and leaves the workbook as it was', async () => {
    const fake = workbook();
    const before = fake.model.sheets.map((s) => s.name);
    const active = fake.model.activeSheetId;
    const checks = await runExcelDiagnostics({ run: fake.run, isSetSupported: fake.isSetSupported });
    expect(checks.map((c) => [c.title, c.status])).toEqual([
      ['ExcelApi 要求集', 'pass'],
      ['读取整个工作簿', 'pass'],
      ['自定义 XML 部件往返', 'pass'],
      ['合并区域读取', 'pass'],
      ['新建、激活与隐藏工作表', 'info'],
    ]);
    expect(checks[0].detail).toContain('支持 ExcelApi 1.1–1.13');
    expect(checks[1].detail).toMatch(/^2 张工作表，4 个非空单元格，3 次同步，\d+ 毫秒$/);
    expect(checks[3].detail).toBe('工作表“总表”有 1 个合并区域：总表!A1:B1');
    expect(checks[4].detail).toBe('同一次同步中新建后激活：未生效（需先同步再激活）；激活隐藏工作表：报错 InvalidOperation');
    expect(fake.model.sheets.map((s) => s.name)).toEqual(before);
    expect(fake.model.activeSheetId).toBe(active);
    expect(fake.model.customXmlParts).toEqual([]);
  });

  it('says what Excel did where it activates new sheets and ignores hidden ones', async () => {
    const fake = workbook({ activateNewSheet: 'works', activateHidden: 'ignored' });
    const checks = await runExcelDiagnostics({ run: fake.run, isSetSupported: fake.isSetSupported });
    expect(checks[4].detail).toBe('同一次同步中新建后激活：生效；激活隐藏工作表：没有报错，也没有激活');
  });

  it('on an old Excel, tells what is missing and still runs the rest', async () => {
    const fake = workbook({ apiVersion: '1.4' });
    const checks = await runExcelDiagnostics({ run: fake.run, isSetSupported: fake.isSetSupported });
    expect(checks[0]).toMatchObject({ status: 'fail', detail: expect.stringContaining('支持 ExcelApi 1.1–1.4') });
    expect(checks[2]).toMatchObject({ status: 'info', detail: '不支持 ExcelApi 1.5：说明将保存在文档设置中' });
    expect(checks[3]).toMatchObject({ status: 'info' });
    // Reading needs 1.7 (getRangeByIndexes): Excel's own error is shown, not a crash.
    expect(checks[1]).toMatchObject({ status: 'fail', detail: expect.stringContaining('ApiNotFound') });
  });
});
