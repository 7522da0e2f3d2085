import { gridFromRows } from '../../src/core/grid/sheet-grid';
import { formatNumber, layoutSheet } from '../../src/preview/grid-layout';

describe('formatNumber', () => {
  it('follows the number format: decimals, separators, percent', () => {
    expect(formatNumber(1523.26, '#,##0.00')).toBe('1,523.26');
    expect(formatNumber(1523.2, '0.00')).toBe('1523.20');
    expect(formatNumber(0.985, '0.0%')).toBe('98.5%');
    expect(formatNumber(-12.5, '#,##0.00;[Red]-#,##0.00')).toBe('-12.50');
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(7, 'General')).toBe('7');
  });
});

describe('layoutSheet', () => {
  const grid = {
    ...gridFromRows('表1', [
      ['收入支出决算总表', null, null],
      ['项目', '金额', null],
      ['收入', { value: 1523.26, numFmt: '#,##0.00' }, { value: { error: '#REF!' } }],
      [null, true, '<b>不是标签</b>'],
    ]),
    merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
    hiddenRows: [3],
    hiddenCols: [2],
  };

  it('shows a merged area as one cell with spans and leaves its covered cells out', () => {
    const layout = layoutSheet(grid);
    expect(layout.rows[0].cells).toEqual([{ col: 0, address: 'A1', text: '收入支出决算总表', rowSpan: 1, colSpan: 3, numeric: false }]);
    expect(layout.rows[1].cells.map((c) => c.address)).toEqual(['A2', 'B2', 'C2']);
  });

  it('formats values and keeps text as text (React escapes it)', () => {
    const layout = layoutSheet(grid);
    expect(layout.rows[2].cells.map((c) => [c.text, c.numeric])).toEqual([
      ['收入', false],
      ['1,523.26', true],
      ['#REF!', false],
    ]);
    expect(layout.rows[3].cells.map((c) => c.text)).toEqual(['', 'TRUE', '<b>不是标签</b>']);
  });

  it('marks hidden rows and columns and names columns by letter', () => {
    const layout = layoutSheet(grid);
    expect(layout.columns).toEqual([
      { letter: 'A', hidden: false },
      { letter: 'B', hidden: false },
      { letter: 'C', hidden: true },
    ]);
    expect(layout.rows.map((r) => r.hidden)).toEqual([false, false, false, true]);
    expect(layout.truncated).toBe(false);
  });

  it('stops at the limits and says so; a merge crossing the limit is cut', () => {
    const layout = layoutSheet(grid, { rows: 2, cols: 2 });
    expect(layout.rows).toHaveLength(2);
    expect(layout.columns).toHaveLength(2);
    expect(layout.rows[0].cells[0].colSpan).toBe(2);
    expect(layout.truncated).toBe(true);
  });
});
