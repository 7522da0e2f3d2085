import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowExportRegular, ArrowSyncRegular } from '@fluentui/react-icons';
import type { PaneStore } from '../store/pane-store';
import type { PaneState } from '../store/pane-state';
import { PaneSettings } from '../settings';
import { FindingGroups } from './FindingGroups';
import { PaneMessageBar } from '../components/PaneMessageBar';
import { ReadingProgress } from './ReadingProgress';
import { ReviewSummary } from './ReviewSummary';
import { reviewView } from '../store/selectors';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface ReviewTabProps {
  store: PaneStore;
  state: PaneState;
  settings: PaneSettings;
}

/** 审核: check, progress, messages, the summary and the findings. */
export function ReviewTab({ store, state, settings }: ReviewTabProps) {
  const styles = useStyles();
  const busy = state.phase === 'reading' || state.phase === 'checking';
  const review = reviewView(state);
  return (
    <section className={styles.root} aria-label="审核">
      <div className={styles.toolbar} role="toolbar" aria-label="审核操作">
        <Button appearance="primary" icon={<ArrowSyncRegular />} onClick={() => void store.check()} disabledFocusable={busy}>
          {busy ? '正在检查…' : '检查'}
        </Button>
        <Button
          icon={<ArrowExportRegular />}
          onClick={() => void store.exportFindings()}
          disabledFocusable={!review || state.exporting}
          title="把审核结果写入名为“决算助手_审核结果”的工作表"
        >
          导出到工作表
        </Button>
      </div>
      {busy && <ReadingProgress phase={state.phase} progress={state.progress} />}
      {state.error && (
        <PaneMessageBar message={state.error} actionLabel="重新检查" onAction={() => void store.check()} testId="check-error" />
      )}
      {state.notice && (
        <PaneMessageBar message={state.notice} onDismiss={() => store.dismissNotice()} testId="notice" />
      )}
      {review && (
        <>
          <ReviewSummary review={review} annotations={state.stored.annotations} showNotApplicable={settings.showNotApplicable} />
          <FindingGroups review={review} state={state} store={store} showNotApplicable={settings.showNotApplicable} />
        </>
      )}
    </section>
  );
}
