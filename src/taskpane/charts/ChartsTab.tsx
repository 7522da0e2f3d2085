import { Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { SkippedChart } from '../../core/charts/chart-spec';
import type { Session } from '../../core/session';
import type { WorkbookHost } from '../../hosts/workbook-host';
import { ChartPreview } from './ChartPreview';
import { InsertCharts } from './InsertCharts';
import { chartsView } from './charts-view';
import { PRIOR_MISSING_NOTE } from './messages';
import { useChartSvgs } from './use-chart-svgs';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  note: { color: tokens.colorNeutralForeground3 },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, margin: 0, padding: 0, listStyleType: 'none' },
  skipped: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface ChartsTabProps {
  host: WorkbookHost;
  /** The current session: its charts, with last year's figures when it compares with a prior. */
  session?: Session;
}

function SkippedCharts({ skipped }: { skipped: SkippedChart[] }) {
  const styles = useStyles();
  if (skipped.length === 0) return null;
  return (
    <section aria-labelledby="charts-skipped-title" data-testid="charts-skipped">
      <Text id="charts-skipped-title" weight="semibold">
        未生成的图表
      </Text>
      <ul className={styles.skipped}>
        {skipped.map((s) => (
          <li key={s.id}>
            {s.id}（{s.title}）：{s.reason}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The 图表 tab: previews of 图1–图7, native charts into the workbook, PNG downloads. */
export function ChartsTab({ host, session }: ChartsTabProps) {
  const styles = useStyles();
  const view = useMemo(() => (session ? chartsView(session) : undefined), [session]);
  const images = useChartSvgs(view?.charts ?? NO_CHARTS);

  if (!view) {
    return (
      <Text role="status" className={styles.note}>
        请先在“审核”页检查工作簿，图表将根据识别出的决算表生成。
      </Text>
    );
  }
  return (
    <div className={styles.root} data-testid="charts-tab">
      <InsertCharts host={host} charts={view.charts} />
      {view.priorMissing && (
        <Text size={200} className={styles.note} data-testid="charts-prior-note">
          {PRIOR_MISSING_NOTE}
        </Text>
      )}
      {images.failed && <Text role="alert">{images.failed}</Text>}
      {images.loading && <Spinner size="tiny" label="正在绘制图表…" />}
      <ul className={styles.list} aria-label="图表预览">
        {view.charts.map((spec) => {
          const image = images.images[spec.id];
          return (
            <li key={spec.id}>
              <ChartPreview spec={spec} svg={image && 'svg' in image ? image.svg : undefined} error={image && 'error' in image ? image.error : undefined} />
            </li>
          );
        })}
      </ul>
      <SkippedCharts skipped={view.skipped} />
    </div>
  );
}

const NO_CHARTS: never[] = [];
