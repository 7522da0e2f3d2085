import { Tooltip, makeStyles, tokens } from '@fluentui/react-components';
import { CellRef } from '../../core/grid/sheet-grid';
import { NumberRun } from '../../core/narrative/document';
import { describeSource, selectableRefs } from './sources';

const useStyles = makeStyles({
  num: {
    font: 'inherit',
    color: tokens.colorBrandForeground1,
    background: 'none',
    border: 'none',
    padding: 0,
    borderBottom: `1px dotted ${tokens.colorBrandForeground1}`,
    cursor: 'pointer',
  },
  plain: { borderBottom: `1px dotted ${tokens.colorNeutralStroke1}` },
  lines: { margin: 0, paddingLeft: tokens.spacingHorizontalM },
});

export interface NumberRunViewProps {
  run: NumberRun;
  /** This year: sources of earlier years are in last year's workbook, not selectable here. */
  year?: number;
  onSelect: (cells: CellRef[]) => void;
}

/** A figure of the report: hover or focus shows its sources; a click selects its cells. */
export function NumberRunView({ run, year, onSelect }: NumberRunViewProps) {
  const styles = useStyles();
  const lines = run.sources.map(describeSource);
  const refs = selectableRefs(run.sources, year);
  const content = (
    <ul className={styles.lines}>
      {lines.map((l, i) => (
        <li key={i}>{l}</li>
      ))}
    </ul>
  );
  const label = `${run.text}，来源：${lines.join('；')}`;
  return (
    <Tooltip content={content} relationship="inaccessible" withArrow>
      {refs.length > 0 ? (
        <button type="button" className={styles.num} data-testid="num" aria-label={`${label}。点击选中单元格`} onClick={() => onSelect(refs)}>
          {run.text}
        </button>
      ) : (
        <span className={styles.plain} data-testid="num" tabIndex={0} aria-label={label}>
          {run.text}
        </span>
      )}
    </Tooltip>
  );
}
