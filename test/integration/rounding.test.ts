/**
 * Rounding (rules.md §1): a 万元 workbook whose figures were rounded one by one from 元
 * gives info findings only; the same differences in a 元 workbook are errors.
 */
import { buildFixture } from '../factories';
import { checkSheets, withCellBumped } from './support';

describe.each(['national', 'sichuan2021', 'sichuan2023'] as const)('rounded 万元 fixture (%s)', (template) => {
  const seeds = [3, 11, 29];

  it.each(seeds)('seed %i: rounding differences are info, never warning or error', (seed) => {
    const fixture = buildFixture({ template, rounding: true, seed });
    const failures = checkSheets(fixture.sheets).findings.filter((f) => f.outcome === 'fail');
    expect(failures.filter((f) => f.severity !== 'info').map((f) => `${f.rule} ${f.message}`)).toEqual([]);
    // The rounding is real: some sums do not add up exactly, and each such difference is small.
    expect(failures.length).toBeGreaterThan(0);
    for (const f of failures) expect(Math.abs(f.difference ?? 0)).toBeLessThan(1_000_000);
  });
});

it('a difference of 0.01 beyond rounding tolerance in a 元 workbook is an error', () => {
  const fixture = buildFixture({ unit: '元' });
  const total = fixture.expected.find((e) => e.schedule === 'T01' && e.row === '收入总计')!;
  const sheets = withCellBumped(fixture.sheets, total.sheet, total.address, 0.01);
  const r05 = checkSheets(sheets).findings.find((f) => f.rule === 'T01-R05')!;
  expect(r05).toMatchObject({ outcome: 'fail', severity: 'error', difference: expect.any(Number) });
  expect(Math.abs(r05.difference!)).toBe(1);
});
