import { CellRef } from '../../core/grid/sheet-grid';

/**
 * Cells as a person reads them, grouped by sheet: "表1!B7、C7；表2!D9". With `limit`, the
 * rest is summarised ("… 等 20 个单元格").
 */
export function formatCells(cells: CellRef[], limit = Infinity): string {
  const bySheet = new Map<string, string[]>();
  for (const c of cells.slice(0, limit)) {
    const list = bySheet.get(c.sheet) ?? [];
    list.push(c.address);
    bySheet.set(c.sheet, list);
  }
  const text = [...bySheet].map(([sheet, addresses]) => `${sheet}!${addresses.join('、')}`).join('；');
  return cells.length > limit ? `${text} 等 ${cells.length} 个单元格` : text;
}
