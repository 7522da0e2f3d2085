import { FluentProvider, Tab, TabList, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { useCallback, useMemo, useState } from 'react';
import { WorkbookHost } from '../../hosts/workbook-host';
import { ChartsTab } from '../charts/ChartsTab';
import { usePrior } from '../prior/use-prior';
import { ReportTab } from '../report/ReportTab';
import { ReviewResult } from '../review-result';
import { PaneSettings, SettingsStorage, loadSettings, reportSettings, saveSettings } from '../settings';
import { useReview } from '../use-review';
import { useWorkbookSettings } from '../use-workbook-settings';
import { PaneHeader } from './PaneHeader';
import { ReviewTab } from './ReviewTab';
import { SettingsTab } from './SettingsTab';

type TabId = 'review' | 'charts' | 'narrative' | 'settings';

const TABS: { id: TabId; label: string }[] = [
  { id: 'review', label: '审核' },
  { id: 'charts', label: '图表' },
  { id: 'narrative', label: '说明' },
  { id: 'settings', label: '设置' },
];

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    height: '100%',
    minWidth: '280px',
    backgroundColor: tokens.colorNeutralBackground1,
    fontFamily: tokens.fontFamilyBase,
  },
  tabs: { paddingLeft: tokens.spacingHorizontalS, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  panel: { flexGrow: 1, overflowY: 'auto', padding: tokens.spacingHorizontalM },
});

export interface PaneAppProps {
  host: WorkbookHost;
  /** Where the settings live (localStorage in the browser); none keeps them in memory. */
  storage?: SettingsStorage;
}

/** The task pane: header, tabs 审核 / 图表 / 说明 / 设置. The same in Excel and in the preview. */
export function PaneApp({ host, storage }: PaneAppProps) {
  const styles = useStyles();
  const [tab, setTab] = useState<TabId>('review');
  const [settings, setSettings] = useState<PaneSettings>(() => loadSettings(storage));
  const [controller, state] = useReview(host, settings.autoRecheck);
  const prior = usePrior(host);
  const workbookSettings = useWorkbookSettings(host);
  const report = reportSettings(settings, workbookSettings.value, state.review?.model);
  const reportReview = useMemo(() => withTitleOverrides(state.review, report.unitName, report.year), [state.review, report.unitName, report.year]);
  const changeSettings = useCallback(
    (next: PaneSettings) => {
      setSettings(next);
      saveSettings(storage, next);
    },
    [storage],
  );

  return (
    <FluentProvider theme={webLightTheme} className={styles.root}>
      <PaneHeader workbook={host.name} review={state.review} failed={state.phase === 'failed'} />
      <TabList
        className={styles.tabs}
        selectedValue={tab}
        onTabSelect={(_, data) => setTab(data.value as TabId)}
        aria-label="决算助手功能"
      >
        {TABS.map((t) => (
          <Tab key={t.id} value={t.id} id={`tab-${t.id}`} aria-controls={`panel-${t.id}`}>
            {t.label}
          </Tab>
        ))}
      </TabList>
      <div className={styles.panel} role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'review' && <ReviewTab controller={controller} state={state} settings={settings} />}
        {tab === 'charts' && <ChartsTab host={host} review={state.review} prior={prior.prior} />}
        {tab === 'narrative' && (
          <ReportTab host={host} review={reportReview} prior={prior.prior} style={report.style} percentDecimals={report.percentDecimals} />
        )}
        {tab === 'settings' && (
          <SettingsTab
            settings={settings}
            onChange={changeSettings}
            detected={state.review?.model}
            workbook={workbookSettings}
            prior={prior}
            host={host}
            supplement={state.review?.supplement}
            onSupplementSaved={() => void controller.check()}
          />
        )}
      </div>
    </FluentProvider>
  );
}

/** The review with the unit name and year the user set in 设置 (they head the report). */
function withTitleOverrides(review: ReviewResult | undefined, unitName?: string, year?: number): ReviewResult | undefined {
  if (!review || (unitName === review.model.unitName && year === review.model.year)) return review;
  return { ...review, model: { ...review.model, unitName, year } };
}
