/**
 * Unit name and year where real workbooks put them (issue 10.1) and one unit per workbook
 * (issue 16.4), on fixtures of all three template sets: each place found on its own, the
 * file name as the last resort (said so), and a warning naming both cells when two places
 * disagree.
 */
import { recogniseWorkbook } from '../../../../src/core/schedules/recognise';
import { TemplateId } from '../../../../src/core/schedules/model';
import { FixtureOptions, buildFixture } from '../../../factories';
import { OTHER_UNIT } from '../../../factories/layouts/furniture';

const TEMPLATES: TemplateId[] = ['national', 'sichuan2021', 'sichuan2023'];
const UNIT = '某市科学技术局';

const recognise = (options: FixtureOptions, file = 'workbook.xlsx') => recogniseWorkbook({ file, sheets: buildFixture(options).sheets });
const codes = (m: ReturnType<typeof recognise>, code: string) => m.issues.filter((i) => i.code === code);

describe.each(TEMPLATES)('unit and year in the %s template', (template) => {
  it.each(['unitLine', 'separateCell', 'beneath', 'superTitle', 'cover', 'coverBelow'] as const)('are found when written as %s', (identity) => {
    const model = recognise({ template, identity, year: 2024 });
    expect(model.unitName).toBe(UNIT);
    expect(model.year).toBe(2024);
    expect(model.issues.filter((i) => /mismatch|from-file/.test(i.code))).toEqual([]);
  });

  it('take the year from the title alone', () => {
    const model = recognise({ template, identity: 'separateCell', year: 2023 });
    expect(model.year).toBe(2023);
  });

  it('fall back on the file name, and say so', () => {
    const model = recognise({ template, identity: 'none' }, '/tmp/某市科学技术局2024年度部门决算.xlsx');
    expect(model.year).toBe(2024);
    expect(model.unitName).toBe(UNIT);
    expect(codes(model, 'year-from-file').map((i) => i.message)).toEqual(['工作表中没有找到年度，年度“2024”取自文件名“/tmp/某市科学技术局2024年度部门决算.xlsx”']);
    expect(codes(model, 'unit-name-from-file')).toHaveLength(1);
  });

  it('stay unknown when written nowhere', () => {
    const model = recognise({ template, identity: 'none' }, 'workbook.xlsx');
    expect(model.year).toBeUndefined();
    expect(model.unitName).toBeUndefined();
  });

  it.each(['unitLine', 'beneath'] as const)('different 编制单位 names in different schedules (%s) give a warning naming the cells and the names', (identity) => {
    const model = recognise({ template, identity, conflictingUnit: true });
    expect(model.unitName).toBe(UNIT);
    const warnings = codes(model, 'unit-name-mismatch');
    expect(warnings).toHaveLength(1);
    const [w] = warnings;
    expect(w.severity).toBe('warning');
    expect(w.schedule).toBe('T05');
    expect(w.cells).toHaveLength(2);
    expect(w.message).toContain(`的单位名称“${OTHER_UNIT}”与`);
    expect(w.message).toContain(`的单位名称“${UNIT}”不一致，已采用“${UNIT}”`);
    const t05 = model.schedules.get('T05')!.sheet;
    expect(w.cells[1].sheet).toBe(t05);
    expect(w.message).toContain(`工作表“${t05}”${w.cells[1].address}单元格`);
    expect(w.message).toContain(`工作表“${w.cells[0].sheet}”${w.cells[0].address}单元格`);
  });
});

describe('places that disagree', () => {
  it('a cover naming another year than the schedules: a warning naming both cells', () => {
    const f = buildFixture({ template: 'national', identity: 'separateCell', year: 2024 });
    const cover = buildFixture({ template: 'national', identity: 'cover', year: 2023 }).sheets[0];
    const model = recogniseWorkbook({ file: 'a.xlsx', sheets: [cover, ...f.sheets] });
    expect(model.year).toBe(2024);
    const [w] = codes(model, 'year-mismatch');
    expect(w.message).toBe(`工作表“封面”B4单元格的年度“2023”与工作表“${f.sheets[0].name}”A1单元格的年度“2024”不一致，已采用“2024”`);
    expect(w.cells).toEqual([
      { sheet: f.sheets[0].name, address: 'A1' },
      { sheet: '封面', address: 'B4' },
    ]);
  });

  it('a file name never contradicts the sheets', () => {
    const model = recognise({ template: 'national' }, '其他单位2019年度.xlsx');
    expect(model.year).toBe(2024);
    expect(model.unitName).toBe(UNIT);
    expect(model.issues.filter((i) => /mismatch|from-file/.test(i.code))).toEqual([]);
  });
});
