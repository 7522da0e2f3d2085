import { FEN_PER_UNIT } from '../../../src/core/grid/units';
import { isBlocking } from '../../../src/core/rules/finding';
import { builtInPack } from '../../../src/core/rules/packs';
import { runRules } from '../../../src/core/rules/runner';
import { TemplateId, WorkbookModel } from '../../../src/core/schedules/model';
import { cloneModel } from '../../factories/model-builder';
import { CleanOptions, cleanModel } from './fixtures/clean-model';

const TEMPLATES: TemplateId[] = ['national', 'sichuan2021', 'sichuan2023'];

describe('built-in packs', () => {
  it.each(TEMPLATES)('%s: parses, with unique ids per rule and every spec rule present', (t) => {
    const pack = builtInPack(t);
    expect(pack).toMatchObject({ id: `builtin-${t}`, template: t });
    const ids = new Set(pack.rules.map((r) => r.id));
    for (const id of ['T01-R01', 'T01-R05', 'T02-R02', 'T04-R04', 'T05-R03', 'T06-R02', 'T07-R02', 'T08-R01', 'X-01', 'X-05', 'X-06', 'X-09', 'Y-01', 'Y-02', 'Y-03', 'P-01', 'P-06']) {
      expect(ids).toContain(id);
    }
    expect(ids.has('X-10')).toBe(t !== 'national');
    expect(ids.has('T08S-R01')).toBe(t === 'sichuan2021');
  });

  it.each(TEMPLATES)('%s: a clean workbook has no failure at all', (t) => {
    for (const o of [{}, { unit: '元', budget: true }] as CleanOptions[]) {
      const bad = runRules(cleanModel(t, o)).filter((f) => f.outcome === 'fail' || f.outcome === 'error' || f.outcome === 'insufficient_data');
      expect(bad).toEqual([]);
    }
  });
});

/**
 * Every amount cell must be an operand of some error-severity rule: +1.00 (one unit; one
 * percentage point for rates) on any cell gives a blocking failure pointing at that cell.
 */
describe('mutation sweep', () => {
  function sweep(model: WorkbookModel): string[] {
    const missed: string[] = [];
    for (const [id, sched] of model.schedules) {
      for (const [key, cell] of sched.values) {
        const col = key.split('\u0001')[1];
        const kind = sched.columns.find((c) => c.key === col)?.kind;
        const m = cloneModel(model);
        const fen = cell.parsed.kind === 'number' ? cell.parsed.fen : 0;
        const delta = kind === 'rate' ? 100 : FEN_PER_UNIT[sched.unit];
        m.schedules.get(id)!.values.set(key, { ref: cell.ref, parsed: { kind: 'number', fen: fen + delta, fromText: false } });
        const hit = runRules(m).some((f) => isBlocking(f) && f.cells.some((c) => c.sheet === cell.ref.sheet && c.address === cell.ref.address));
        if (!hit) missed.push(`${id} ${key.replace('\u0001', ' × ')}`);
      }
    }
    return missed;
  }

  it.each(TEMPLATES)('%s: every cell is covered', (t) => {
    expect(sweep(cleanModel(t))).toEqual([]);
  });

  it('covers budget and rate columns of T05 in 元', () => {
    const model = cleanModel('national', { unit: '元', budget: true });
    expect(model.schedules.get('T05')!.values.size).toBe(8 * 6);
    expect(sweep(model)).toEqual([]);
  });
});
