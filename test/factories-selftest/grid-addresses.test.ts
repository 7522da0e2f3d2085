import { countedFen, parseAmount } from '../../src/core/grid/amount';
import { cellAt, cellText, parseA1, SheetGrid } from '../../src/core/grid/sheet-grid';
import { templateSet } from '../../src/core/templates';
import { scheduleDef } from '../../src/core/schedules/catalogue/schedules';
import { FIXTURE_VARIANTS, Fixture, buildFixture } from '../factories';

const variants = FIXTURE_VARIANTS.map((v) => [v.name, buildFixture(v.options)] as const);

function cellFen(f: Fixture, sheet: SheetGrid, address: string, col: string): number | undefined {
  const { row, col: c } = parseA1(address);
  // Rates are stated in percent with two decimals; read as 元 they give hundredths of a point.
  return countedFen(parseAmount(cellAt(sheet, row, c), col === '完成预算' ? '元' : f.unit));
}

describe.each(variants)('%s', (_name, f) => {
  it('holds every expected figure at its address', () => {
    const byName = new Map(f.sheets.map((s) => [s.name, s]));
    const wrong = f.expected.filter((e) => cellFen(f, byName.get(e.sheet)!, e.address, e.col) !== e.fen);
    expect(wrong).toEqual([]);
    expect(f.expected.length).toBeGreaterThan(300);
  });

  it('uses one address per figure and catalogue keys only', () => {
    const addresses = f.expected.map((e) => `${e.sheet}!${e.address}`);
    expect(new Set(addresses).size).toBe(addresses.length);
    for (const e of f.expected) {
      const def = scheduleDef(e.schedule);
      const known = def.columns.some((c) => c.key === e.col) || def.openColumns || def.layout === 'sangong';
      expect(known ? e.col : `${e.schedule}:${e.col}`).toBe(e.col);
      const rowOk = /^\d{3}(\d\d){0,2}$/.test(e.row) || e.row === '合计' || (def.items ?? []).some((i) => i.key === e.row);
      expect(rowOk ? e.row : `${e.schedule}:${e.row}`).toBe(e.row);
    }
  });

  it('lists the template schedules and puts a title on a sheet for each', () => {
    const ids = templateSet(f.template).schedules.map((s) => s.id);
    expect([...f.schedules, ...f.absentSchedules].sort()).toEqual([...ids].sort());
    const texts = f.sheets.flatMap((s) => s.cells.flatMap((r) => r.map(cellText)));
    for (const id of f.schedules) {
      // The national 公开09表 prints the T09E title; the template decides the id.
      const titles = [...scheduleDef(id).titles, ...(id === 'T09' ? scheduleDef('T09E').titles : [])];
      const found = texts.some((t) => titles.some((title) => t.replace(/[“”"「」]/g, '').endsWith(title)));
      expect(found ? id : `${id} without title`).toBe(id);
    }
  });

  it('keeps values of merged areas in the top-left cell and merges apart', () => {
    for (const s of f.sheets) {
      for (const m of s.merges) {
        for (let r = m.top; r <= m.bottom; r++) {
          for (let c = m.left; c <= m.right; c++) {
            if (r !== m.top || c !== m.left) expect(cellAt(s, r, c)).toBeNull();
          }
        }
      }
      const cover = new Set<string>();
      for (const m of s.merges) {
        for (let r = m.top; r <= m.bottom; r++) {
          for (let c = m.left; c <= m.right; c++) {
            expect(cover.has(`${r},${c}`)).toBe(false);
            cover.add(`${r},${c}`);
          }
        }
      }
    }
  });

  it('has valid, unique sheet names', () => {
    const names = f.sheets.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n).toMatch(/^[^[\]:*?/\\]{1,31}$/);
  });
});

describe('variant specifics', () => {
  const get = (name: string) => variants.find(([n]) => n === name)![1];

  it('writes 元 amounts ×10000 and says 单位：元', () => {
    const yuan = get('yuan-units');
    const e = yuan.expected.find((x) => x.schedule === 'T01' && x.row === '收入总计')!;
    const sheet = yuan.sheets.find((s) => s.name === e.sheet)!;
    const { row, col } = parseA1(e.address);
    expect(cellAt(sheet, row, col)!.value).toBe(e.fen / 100);
    expect(sheet.cells.flat().some((c) => cellText(c) === '单位：元')).toBe(true);
  });

  it('writes text numbers with thousands separators and "@"', () => {
    const t = get('text-numbers');
    const e = t.expected.find((x) => x.schedule === 'T01' && x.row === '收入总计')!;
    const { row, col } = parseA1(e.address);
    const cell = cellAt(t.sheets.find((s) => s.name === e.sheet)!, row, col)!;
    expect(cell).toMatchObject({ numFmt: '@' });
    expect(cell.value).toMatch(/^\d{1,3}(,\d{3})*\.\d\d$/);
  });

  it('names export sheets like Z01 收入支出决算总表(财决01表)', () => {
    expect(get('software-export').sheets[0].name).toBe('Z01 收入支出决算总表(财决01表)');
  });

  it('shuffles renamed sheets', () => {
    const names = get('renamed-shuffled').sheets.map((s) => s.name);
    expect(names).not.toEqual([...names].sort((a, b) => Number(a.replace(/\D/g, '')) - Number(b.replace(/\D/g, ''))));
    expect(names).toEqual(expect.arrayContaining(['Sheet1', '表2', '附表3']));
  });

  it('stacks T08 and T09 on one sheet', () => {
    const f = get('fund-tables-stacked');
    const t08 = f.expected.find((e) => e.schedule === 'T08')!.sheet;
    const texts = f.sheets.find((s) => s.name === t08)!.cells.flat().map(cellText);
    expect(texts.filter((t) => /决算表$/.test(t)).length).toBe(2);
    expect(f.sheets.length).toBe(8);
  });

  it('leaves out optional schedules', () => {
    const f = get('optional-absent');
    expect(f.absentSchedules).toEqual(['T08', 'T09']);
    expect(f.expected.some((e) => e.schedule === 'T08')).toBe(false);
  });

  it('hides a row and a column inside each table in the clutter variant', () => {
    const f = get('hidden-and-notes');
    for (const s of f.sheets) {
      expect(s.hiddenRows?.length).toBe(1);
      expect(s.hiddenCols?.length).toBe(1);
    }
    expect(f.sheets[0].cells.flat().map(cellText)).toContain('数据来源：部门决算报表系统');
  });

  it('writes formulas with cached results in the formulas variant', () => {
    const f = get('formulas');
    const e = f.expected.find((x) => x.schedule === 'T03' && x.row === '206' && x.col === '本年支出合计')!;
    const { row, col } = parseA1(e.address);
    const cell = cellAt(f.sheets.find((s) => s.name === e.sheet)!, row, col)!;
    expect(cell.formula).toMatch(/^([A-Z]+\d+(\+[A-Z]+\d+)+|SUM\([A-Z]+\d+:[A-Z]+\d+\))$/);
    expect(cell.value).toBe(e.fen / 1_000_000);
  });

  it('writes completion rates in the budget variant', () => {
    const f = get('t05-budget-columns');
    const rate = f.expected.find((x) => x.schedule === 'T05' && x.row === '2060203' && x.col === '完成预算')!;
    expect(rate.fen).toBe(10_000);
    expect(f.expected.some((x) => x.schedule === 'T05' && x.col === '全年预算数')).toBe(true);
  });

  it('groups 三公 columns: all 预算数 before all 决算数', () => {
    const f = get('sangong-grouped');
    const cols = f.expected.filter((e) => e.schedule === 'T07').map((e) => ({ col: parseA1(e.address).col, m: e.col }));
    const maxBudget = Math.max(...cols.filter((c) => c.m === '预算数').map((c) => c.col));
    const minActual = Math.min(...cols.filter((c) => c.m === '决算数').map((c) => c.col));
    expect(maxBudget).toBeLessThan(minActual);
  });
});
