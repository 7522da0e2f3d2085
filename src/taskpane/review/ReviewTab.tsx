import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowExportRegular, ArrowSyncRegular } from '@fluentui/react-icons';
import { PaneState, ReviewController } from '../review-controller';
import { PaneSettings } from '../settings';
import { FindingGroups } from './FindingGroups';
import { PaneMessageBar } from './PaneMessageBar';
import { ReadingProgress } from './ReadingProgress';
import { ReviewSummary } from './ReviewSummary';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface ReviewTabProps {
  controller: ReviewController;
  state: PaneState;
  settings: PaneSettings;
}

/** 审核: check, progress, messages, the summary and the findings. */
export function ReviewTab({ controller, state, settings }: ReviewTabProps) {
  const styles = useStyles();
  const busy = state.phase === 'reading' || state.phase === 'checking';
  return (
    <section className={styles.root} aria-label="审核">
      <div className={styles.toolbar} role="toolbar" aria-label="审核操作">
        <Button appearance="primary" icon={<ArrowSyncRegular />} onClick={() => void controller.check()} disabledFocusable={busy}>
          {busy ? '正在检查…' : '检查'}
        </Button>
        <Button
          icon={<ArrowExportRegular />}
          onClick={() => void controller.exportFindings()}
          disabledFocusable={!state.review || state.exporting}
          title="把审核结果写入名为“决算助手_审核结果”的工作表"
        >
          导出到工作表
        </Button>
      </div>
      {busy && <ReadingProgress phase={state.phase} progress={state.progress} />}
      {state.error && (
        <PaneMessageBar message={state.error} actionLabel="重新检查" onAction={() => void controller.check()} testId="check-error" />
      )}
      {state.notice && (
        <PaneMessageBar message={state.notice} onDismiss={() => controller.dismissNotice()} testId="notice" />
      )}
      {state.review && (
        <>
          <ReviewSummary review={state.review} annotations={state.annotations} showNotApplicable={settings.showNotApplicable} />
          <FindingGroups review={state.review} state={state} controller={controller} showNotApplicable={settings.showNotApplicable} />
        </>
      )}
    </section>
  );
}
