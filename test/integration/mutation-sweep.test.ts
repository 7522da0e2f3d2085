/**
 * Mutation sweep (issue 2): on each clean fixture, changing any single amount cell by 1.00
 * (in the sheet's unit) must yield an error finding whose cells include that cell, and the
 * clean fixture itself must yield no error. The detection rate is written to
 * test-output/mutation-sweep.json for the record.
 */
import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import { isBlocking } from '../../src/core/rules/finding';
import { FIXTURE_VARIANTS, buildFixture } from '../factories';
import { checkSheets, errorsOf, withCellBumped } from './support';

/** Clean variants: all but the rounded one (which is clean within tolerance, not exact). */
const CLEAN = FIXTURE_VARIANTS.filter((v) => !v.options.rounding);
const results: Record<string, { cells: number; detected: number }> = {};

afterAll(() => {
  const dir = join(__dirname, '..', '..', 'test-output');
  mkdirSync(dir, { recursive: true });
  const cells = Object.values(results).reduce((a, r) => a + r.cells, 0);
  const detected = Object.values(results).reduce((a, r) => a + r.detected, 0);
  writeFileSync(join(dir, 'mutation-sweep.json'), JSON.stringify({ cells, detected, rate: cells ? detected / cells : 0, fixtures: results }, null, 2));
});

describe.each(CLEAN.map((v) => [v.name, v.options] as const))('fixture %s', (name, options) => {
  const fixture = buildFixture(options);

  it('is clean: no error findings', () => {
    expect(errorsOf(checkSheets(fixture.sheets).findings)).toEqual([]);
  });

  it('catches a change of 1.00 in any amount cell', () => {
    const missed: string[] = [];
    for (const e of fixture.expected) {
      const sheets = withCellBumped(fixture.sheets, e.sheet, e.address, 1);
      const hit = checkSheets(sheets).findings.some(
        (f) => isBlocking(f) && f.cells.some((c) => c.sheet === e.sheet && c.address === e.address),
      );
      if (!hit) missed.push(`${e.schedule} ${e.row}/${e.col} ${e.sheet}!${e.address}`);
    }
    results[name] = { cells: fixture.expected.length, detected: fixture.expected.length - missed.length };
    expect(missed.slice(0, 30)).toEqual([]);
  });
});
