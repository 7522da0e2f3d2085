import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { TableArrowUpRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { ChartSpec } from '../../core/charts/chart-spec';
import { excelChartPlan } from '../../core/charts/excel-plan';
import { CHARTS_SHEET_NAME } from '../../core/charts/owned-sheet';
import type { WorkbookHost } from '../../hosts/workbook-host';
import { PaneMessageBar } from '../components/PaneMessageBar';
import type { PaneMessage } from '../pane-message';
import { NO_NATIVE_CHARTS, insertMessage } from './messages';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  note: { color: tokens.colorNeutralForeground3 },
});

/** The 插入到工作簿 button: native Excel charts on the add-in's own sheet. */
export function InsertCharts({ host, charts }: { host: WorkbookHost; charts: ChartSpec[] }) {
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<PaneMessage>();
  const supported = typeof host.insertCharts === 'function';

  const insert = async () => {
    if (!host.insertCharts) return;
    setBusy(true);
    setMessage(undefined);
    try {
      const plan = excelChartPlan(charts, CHARTS_SHEET_NAME);
      await host.insertCharts(plan);
      setMessage(insertMessage(plan.charts.length));
    } catch (err) {
      setMessage(insertMessage(0, err));
    } finally {
      setBusy(false);
    }
  };

  const button = (
    <Button
      appearance="primary"
      icon={<TableArrowUpRegular />}
      disabled={!supported || busy || charts.length === 0}
      disabledFocusable={!supported}
      onClick={() => void insert()}
      aria-describedby={supported ? undefined : 'charts-insert-note'}
      title={supported ? undefined : NO_NATIVE_CHARTS}
    >
      {busy ? '正在插入…' : '插入到工作簿'}
    </Button>
  );
  return (
    <div className={styles.root}>
      {button}
      {!supported && (
        <Text id="charts-insert-note" size={200} className={styles.note}>
          {NO_NATIVE_CHARTS}；请在 Excel 中打开本加载项后插入，或下载 PNG 图片。
        </Text>
      )}
      {message && <PaneMessageBar message={message} onDismiss={() => setMessage(undefined)} testId="charts-insert-message" />}
    </div>
  );
}
