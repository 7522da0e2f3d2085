import { FluentProvider, Tab, TabList, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import { WorkbookHost } from '../../hosts/workbook-host';
import { PaneSettings, SettingsStorage, loadSettings, saveSettings } from '../settings';
import { useReview } from '../use-review';
import { ComingSoon } from './ComingSoon';
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
        {tab === 'charts' && <ComingSoon title="图表" text="本年与上年对比的图表将在后续版本提供。" />}
        {tab === 'narrative' && <ComingSoon title="说明" text="决算情况说明的起草将在后续版本提供。" />}
        {tab === 'settings' && <SettingsTab settings={settings} onChange={changeSettings} />}
      </div>
    </FluentProvider>
  );
}
