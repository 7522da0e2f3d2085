/**
 * Every fixture workbook (each template set × each layout variant of schedules.md §5) is
 * recognised completely: every schedule, every row, every column, each figure at its cell.
 */
import { recogniseWorkbook } from '../../src/core/schedules/recognise';
import { valueKey } from '../../src/core/schedules/model';
import { FIXTURE_VARIANTS, FixtureOptions, buildFixture } from '../factories';

const TEMPLATES = ['national', 'sichuan2021', 'sichuan2023'] as const;

/** Each variant in each template set (variants that fix their own template run once). */
const CASES: [string, FixtureOptions][] = FIXTURE_VARIANTS.flatMap(({ name, options }) =>
  options.template ? [[name, options] as [string, FixtureOptions]] : TEMPLATES.map((t) => [`${name} (${t})`, { ...options, template: t }] as [string, FixtureOptions]),
);

describe.each(CASES)('fixture %s', (_name, options) => {
  const fixture = buildFixture(options);
  const model = recogniseWorkbook({ file: `${fixture.name}.xlsx`, sheets: fixture.sheets });

  it('finds the template, year, unit name and every schedule', () => {
    expect(model.template).toBe(fixture.template);
    expect(model.year).toBe(fixture.year);
    expect(model.unitName).toBe(fixture.unitName);
    expect([...model.schedules.keys()].sort()).toEqual([...fixture.schedules].sort());
    expect(model.missing).toEqual([]);
    expect([...model.absentOptional].sort()).toEqual([...fixture.absentSchedules].sort());
    for (const s of model.schedules.values()) expect(s.unit).toBe(fixture.unit);
  });

  it('reads every expected figure at its cell', () => {
    const wrong: string[] = [];
    for (const e of fixture.expected) {
      const v = model.schedules.get(e.schedule)?.values.get(valueKey(e.row, e.col));
      const fen = v && v.parsed.kind === 'number' ? v.parsed.fen : v?.parsed.kind === 'blank' ? 0 : undefined;
      if (!v || fen !== e.fen || v.ref.sheet !== e.sheet || v.ref.address !== e.address) {
        wrong.push(`${e.schedule} ${e.row}/${e.col}: want ${e.fen} at ${e.sheet}!${e.address}, got ${v ? `${JSON.stringify(v.parsed)} at ${v.ref.sheet}!${v.ref.address}` : 'nothing'}`);
      }
    }
    expect(wrong.slice(0, 20)).toEqual([]);
  });

  it('reads nothing that is not there: rows and columns match exactly', () => {
    const expectedKeys = new Set(fixture.expected.map((e) => `${e.schedule} ${valueKey(e.row, e.col)}`));
    const extra: string[] = [];
    for (const s of model.schedules.values()) {
      for (const key of s.values.keys()) if (!expectedKeys.has(`${s.id} ${key}`)) extra.push(`${s.id} ${key.replace('\u0001', '/')}`);
    }
    expect(extra.slice(0, 20)).toEqual([]);
  });

  it('notices nothing wrong while reading', () => {
    expect(model.issues.filter((i) => i.severity !== 'info').map((i) => i.message)).toEqual([]);
  });
});
