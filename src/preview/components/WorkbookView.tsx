import { Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { SheetGrid } from '../../core/grid/sheet-grid';
import { SheetView } from './SheetView';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minHeight: 0, flexGrow: 1 },
  tabs: { overflowX: 'auto', flexShrink: 0, borderTop: `1px solid ${tokens.colorNeutralStroke2}`, backgroundColor: tokens.colorNeutralBackground2 },
});

export interface WorkbookViewProps {
  sheets: SheetGrid[];
  active: string;
  onActivate: (name: string) => void;
  highlighted: Set<string>;
  selectionSeq: number;
}

/** The workbook's sheets, one tab each (as in Excel, tabs below the grid). */
export function WorkbookView({ sheets, active, onActivate, highlighted, selectionSeq }: WorkbookViewProps) {
  const styles = useStyles();
  const grid = sheets.find((s) => s.name === active) ?? sheets[0];
  return (
    <div className={styles.root}>
      {grid && <SheetView key={grid.name} grid={grid} highlighted={highlighted} selectionSeq={selectionSeq} />}
      <TabList className={styles.tabs} size="small" selectedValue={grid?.name} onTabSelect={(_, d) => onActivate(String(d.value))} aria-label="工作表">
        {sheets.map((s) => (
          <Tab key={s.name} value={s.name} data-testid="sheet-tab">
            {s.name}
          </Tab>
        ))}
      </TabList>
    </div>
  );
}
