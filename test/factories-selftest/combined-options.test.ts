import { countedFen, parseAmount } from '../../src/core/grid/amount';
import { cellAt, parseA1 } from '../../src/core/grid/sheet-grid';
import { TemplateId } from '../../src/core/schedules/model';
import { FixtureOptions, buildFixture, priorYearFixture } from '../factories';
import { checkFixture } from './rule-check';

const EVERYTHING: FixtureOptions = {
  codeStyle: 'split', totalRow: 'last', headers: 'flat', unit: '元', textNumbers: true, sheetNames: 'renamed',
  stackFundTables: true, sangong: 'grouped', budgetColumns: true, economicCodes: 'split', clutter: true,
  formulas: true, lineNumbers: true, yearInTitle: false, allClasses: true,
};
const ROUNDED: FixtureOptions = {
  codeStyle: 'split', textNumbers: true, sheetNames: 'export', omitOptional: true, budgetColumns: true, clutter: true, lineNumbers: true, rounding: true,
};
const FORMULAS: FixtureOptions = { formulas: true, clutter: true, stackFundTables: true, budgetColumns: true, lineNumbers: true, totalRow: 'last', codeStyle: 'split' };

const cases = (['national', 'sichuan2021', 'sichuan2023'] as TemplateId[]).flatMap((template) =>
  Object.entries({ EVERYTHING, ROUNDED, FORMULAS }).map(([name, o]) => [`${template} ${name}`, { template, ...o }] as const),
);

describe.each(cases)('options combined: %s', (_name, options) => {
  const f = buildFixture(options);

  it('keeps every rule', () => {
    expect(checkFixture(f, priorYearFixture(options))).toEqual([]);
  });

  it('holds every expected figure at its address', () => {
    const byName = new Map(f.sheets.map((s) => [s.name, s]));
    const wrong = f.expected.filter((e) => {
      const { row, col } = parseA1(e.address);
      return countedFen(parseAmount(cellAt(byName.get(e.sheet)!, row, col), e.col === '完成预算' ? '元' : f.unit)) !== e.fen;
    });
    expect(wrong).toEqual([]);
  });
});
