import { FluentProvider, Tab, TabList, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import { WorkbookHost } from '../../hosts/workbook-host';
import { ChartsTab } from '../charts/ChartsTab';
import { ReportTab } from '../report/ReportTab';
import { ReviewTab } from '../review/ReviewTab';
import { PaneSettings, SettingsStorage, loadSettings, saveSettings } from '../settings';
import { reviewView } from '../store/selectors';
import { usePaneStore } from '../store/use-pane-store';
import type { BureauSetup } from '../bureau-config';
import { PaneHeader } from './PaneHeader';
import { SettingsTab } from './SettingsTab';
import { UndoNoticeBar } from './UndoNoticeBar';
import { VerifyTab } from '../verify/VerifyTab';

type TabId = 'review' | 'charts' | 'narrative' | 'verify' | 'settings';

const TABS: { id: TabId; label: string }[] = [
  { id: 'review', label: '审核' },
  { id: 'charts', label: '图表' },
  { id: 'narrative', label: '说明' },
  { id: 'verify', label: '核对' },
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
  /** Where this user's pane settings live (localStorage in the browser); none keeps them in memory. */
  storage?: SettingsStorage;
  /** The bureau's config.json (bureau-config.ts); none: nothing configured. */
  bureau?: Promise<BureauSetup>;
}

/**
 * The task pane: header, tabs 审核 / 图表 / 说明 / 核对 / 设置, all views of one PaneStore (the
 * engine's session and the workbook's stored data). The same in Excel and in the preview.
 */
export function PaneApp({ host, storage, bureau }: PaneAppProps) {
  const styles = useStyles();
  const [tab, setTab] = useState<TabId>('review');
  const [settings, setSettings] = useState<PaneSettings>(() => loadSettings(storage));
  const [store, state] = usePaneStore(host, settings.autoRecheck, { bureau });
  const changeSettings = useCallback(
    (next: PaneSettings) => {
      setSettings(next);
      saveSettings(storage, next);
    },
    [storage],
  );

  return (
    // Popups (tooltips, popovers, dialogs) are portals given the provider's class when
    // applyStylesToPortals is on (Fluent's useFluentProviderContextValues); their mount node is
    // absolute at top 0, left 0, right 0, z-index 1000000 (usePortalMountNodeStyles), so this
    // full-height white layout class would paint over the whole pane. Only the popup may float.
    <FluentProvider theme={webLightTheme} className={styles.root} applyStylesToPortals={false}>
      <PaneHeader workbook={host.name} review={reviewView(state)} failed={state.phase === 'failed'} />
      {state.undoNotice && <UndoNoticeBar onAccept={() => store.acceptUndoNotice()} />}
      <TabList className={styles.tabs} selectedValue={tab} onTabSelect={(_, data) => setTab(data.value as TabId)} aria-label="决算助手功能">
        {TABS.map((t) => (
          <Tab key={t.id} value={t.id} id={`tab-${t.id}`} aria-controls={`panel-${t.id}`}>
            {t.label}
          </Tab>
        ))}
      </TabList>
      <div className={styles.panel} role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'review' && <ReviewTab store={store} state={state} settings={settings} />}
        {tab === 'charts' && <ChartsTab host={host} session={state.session} />}
        {tab === 'narrative' && <ReportTab store={store} state={state} onGoToReview={() => setTab('review')} />}
        {tab === 'verify' && <VerifyTab store={store} state={state} />}
        {tab === 'settings' && <SettingsTab settings={settings} onChange={changeSettings} store={store} state={state} />}
      </div>
    </FluentProvider>
  );
}
