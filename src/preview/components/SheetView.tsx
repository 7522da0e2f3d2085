import { Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useRef } from 'react';
import { SheetGrid } from '../../core/grid/sheet-grid';
import { layoutSheet } from '../grid-layout';

const useStyles = makeStyles({
  scroller: { overflow: 'auto', flexGrow: 1, minHeight: 0, backgroundColor: tokens.colorNeutralBackground1 },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, fontFamily: tokens.fontFamilyBase },
  srOnly: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
  head: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '0 4px',
    minWidth: '48px',
  },
  rowHead: {
    position: 'sticky',
    left: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '0 4px',
    textAlign: 'right',
  },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '2px 6px',
    whiteSpace: 'pre-wrap',
    maxWidth: '360px',
    verticalAlign: 'top',
  },
  numeric: { textAlign: 'right', whiteSpace: 'nowrap' },
  hidden: { color: tokens.colorNeutralForegroundDisabled },
  highlighted: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    outline: `2px solid ${tokens.colorPaletteRedBorder2}`,
    outlineOffset: '-2px',
  },
  note: { padding: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground3 },
});

export interface SheetViewProps {
  grid: SheetGrid;
  /** A1 addresses to highlight on this sheet. */
  highlighted: Set<string>;
  /** Changes on every selection, so the same cells scroll into view again. */
  selectionSeq: number;
}

/** One sheet as a read-only table with column letters and row numbers; workbook text is escaped by React. */
export function SheetView({ grid, highlighted, selectionSeq }: SheetViewProps) {
  const styles = useStyles();
  const layout = useMemo(() => layoutSheet(grid), [grid]);
  const scroller = useRef<HTMLDivElement>(null);
  const first = [...highlighted][0];
  useEffect(() => {
    if (!first) return;
    const el = scroller.current?.querySelector(`[data-address="${first}"]`);
    el?.scrollIntoView({ block: 'center', inline: 'center' });
  }, [first, selectionSeq, grid]);

  return (
    <div ref={scroller} className={styles.scroller} tabIndex={0} role="region" aria-label={`工作表“${grid.name}”（只读）`} data-testid="sheet-view" data-sheet={grid.name}>
      <table className={styles.table}>
        <thead>
          <tr>
            {/* A header needs text of its own (axe empty-table-header), shown only to screen readers. */}
            <th className={styles.head} scope="col">
              <span className={styles.srOnly}>行号</span>
            </th>
            {layout.columns.map((c) => (
              <th key={c.letter} scope="col" className={mergeClasses(styles.head, c.hidden && styles.hidden)}>
                {c.letter}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {layout.rows.map((row) => (
            <tr key={row.row}>
              <th scope="row" className={mergeClasses(styles.rowHead, row.hidden && styles.hidden)}>
                {row.row + 1}
              </th>
              {row.cells.map((cell) => {
                const on = highlighted.has(cell.address);
                return (
                  <td
                    key={cell.col}
                    rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}
                    colSpan={cell.colSpan > 1 ? cell.colSpan : undefined}
                    className={mergeClasses(styles.cell, cell.numeric && styles.numeric, row.hidden && styles.hidden, on && styles.highlighted)}
                    data-address={cell.address}
                    data-highlighted={on ? 'true' : undefined}
                    title={on ? '审核结果所指的单元格' : undefined}
                  >
                    {cell.text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {layout.truncated && <Text className={styles.note}>此工作表较大，预览只显示前 {layout.rows.length} 行、{layout.columns.length} 列。</Text>}
    </div>
  );
}
