/**
 * Empty schedules are empty (issue 10.2): a table without data, said by a note in its first
 * data row, its 合计 row or beneath it, reads as empty — no unreadable-amount error — in every
 * template set; the 三公 table's note in its only data row too. A note in an amount cell of a
 * table that holds data is still an error.
 */
import { checkWorkbook } from '../../../../src/core/check';
import { GridCell, SheetGrid, parseA1 } from '../../../../src/core/grid/sheet-grid';
import { TemplateId, getValue } from '../../../../src/core/schedules/model';
import { buildFixture } from '../../../factories';
import { errorsOf } from '../../../integration/support';

const TEMPLATES: TemplateId[] = ['national', 'sichuan2021', 'sichuan2023'];

/** The workbook with some cells of one sheet replaced. */
function withCells(sheets: SheetGrid[], sheet: string, cells: [address: string, value: GridCell['value']][]): SheetGrid[] {
  return sheets.map((g) => {
    if (g.name !== sheet) return g;
    const rows = g.cells.map((r) => r.slice());
    for (const [address, value] of cells) {
      const { row, col } = parseA1(address);
      while (rows.length <= row) rows.push([]);
      rows[row][col] = value === null ? null : { value };
    }
    return { ...g, cells: rows };
  });
}

describe.each(TEMPLATES)('%s template', (template) => {
  it.each(['row', 'totalRow', 'purposeInTotalRow', 'below'] as const)('an empty fund table with its note as %s gives no error and reads as empty', (emptyNote) => {
    const f = buildFixture({ template, emptyNote });
    expect(f.emptySchedules.length).toBeGreaterThan(0);
    const { model, findings } = checkWorkbook({ file: 'e.xlsx', sheets: f.sheets });
    expect(errorsOf(findings)).toEqual([]);
    for (const id of f.emptySchedules) {
      const inst = model.schedules.get(id)!;
      expect(inst).toBeDefined();
      expect(inst.emptyStatement).toMatch(/^注：|本表无数据/);
      for (const v of inst.values.values()) expect(['blank', 'number']).toContain(v.parsed.kind);
    }
  });

  it('the 三公 table with only “故本表无数据” in its data row gives no unreadable-amount error', () => {
    const f = buildFixture({ template });
    const cells = f.expected.filter((e) => e.schedule === 'T07');
    const sheet = cells[0].sheet;
    const first = [...cells].sort((a, b) => parseA1(a.address).col - parseA1(b.address).col)[0];
    const note = '注：本单位2024年度无“三公”经费财政拨款支出，故本表无数据。';
    const sheets = withCells(f.sheets, sheet, cells.map((e) => [e.address, e === first ? note : null]));
    const { model, findings } = checkWorkbook({ file: 's.xlsx', sheets });
    const t07 = model.schedules.get('T07')!;
    expect(t07.emptyStatement).toBe(note);
    expect(getValue(model, 'T07', first.row, first.col)?.parsed).toEqual({ kind: 'blank' });
    expect(findings.filter((x) => x.rule === 'P-05' && x.outcome === 'fail')).toEqual([]);
  });

  it('a note in an amount cell of a table that holds data is still an unreadable amount', () => {
    const f = buildFixture({ template });
    const cell = f.expected.find((e) => e.schedule === 'T05' && e.fen !== 0)!;
    const sheets = withCells(f.sheets, cell.sheet, [[cell.address, '注：本表反映部门本年度一般公共预算财政拨款实际支出情况。']]);
    const { findings } = checkWorkbook({ file: 'n.xlsx', sheets });
    const p05 = findings.filter((x) => x.rule === 'P-05' && x.outcome === 'fail');
    expect(p05.some((x) => x.severity === 'error' && x.cells.some((c) => c.sheet === cell.sheet && c.address === cell.address))).toBe(true);
  });
});
