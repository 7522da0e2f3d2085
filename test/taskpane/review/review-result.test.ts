import { gridFromRows } from '../../../src/core/grid/sheet-grid';
import { checkWorkbook } from '../../../src/core/check';
import { WorkbookSource } from '../../../src/core/grid/sheet-grid';
import { openSession } from '../../../src/core/session';
import { emptyStored } from '../../../src/core/stored';
import { reviewResult } from '../../../src/taskpane/review/review-result';
import { buildFixture } from '../../factories';
import { withCellBumped } from '../../integration/support';

const reviewWorkbook = (source: WorkbookSource) => reviewResult(openSession(source, emptyStored()));

describe('reviewResult of a session', () => {
  const fixture = buildFixture();

  it('gives the header facts, the schedules found and the non-pass findings of a clean workbook', () => {
    const r = reviewWorkbook({ file: 'national-2024.xlsx', sheets: fixture.sheets });
    expect(r.unitName).toBe('某市科学技术局');
    expect(r.year).toBe(2024);
    expect(r.templateName).toBe('全国通用九表');
    expect(r.amountUnit).toBe('万元');
    expect(r.schedules.map((s) => s.id)).toEqual(['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T07', 'T08', 'T09']);
    expect(r.schedules[0]).toEqual({ id: 'T01', title: '收入支出决算总表', sheet: '收入支出决算总表' });
    expect(r.missing).toEqual([]);
    expect(r.findings.some((f) => f.outcome === 'pass')).toBe(false);
    expect(r.findings.filter((f) => f.outcome === 'fail')).toEqual([]);
    const all = checkWorkbook({ file: 'x', sheets: fixture.sheets }).findings;
    expect(r.passCount).toBe(all.filter((f) => f.outcome === 'pass').length);
    expect(r.findings).toHaveLength(all.length - r.passCount);
  });

  it('reports a changed amount as an error finding with its cells', () => {
    const sheets = withCellBumped(fixture.sheets, '收入支出决算总表', 'B6', 1);
    const errors = reviewWorkbook({ file: 'x.xlsx', sheets }).findings.filter((f) => f.outcome === 'fail');
    expect(errors.map((f) => f.rule)).toEqual(['T01-R01', 'X-01c', 'X-03b']);
  });

  it('does not read the add-in\'s own sheets, even when they quote schedule titles', () => {
    const exported = gridFromRows('决算助手_审核结果', [['2024年度收入支出决算总表'], ['部门：别的单位'], ['项目', '金额'], ['收入总计', 1]]);
    const r = reviewWorkbook({ file: 'x.xlsx', sheets: [exported, ...fixture.sheets] });
    expect(r.unitName).toBe('某市科学技术局');
    expect(r.schedules[0].sheet).toBe('收入支出决算总表');
    expect(r.findings.filter((f) => f.outcome === 'fail')).toEqual([]);
  });

  it('lists missing mandatory schedules with their titles', () => {
    const sheets = fixture.sheets.filter((s) => s.name !== '支出决算表');
    const r = reviewWorkbook({ file: 'x.xlsx', sheets });
    expect(r.missing).toEqual([{ id: 'T03', title: '支出决算表' }]);
  });
});
