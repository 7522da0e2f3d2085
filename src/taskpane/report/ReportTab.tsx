import { Body1, MessageBar, MessageBarBody, MessageBarTitle, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { CellRef } from '../../core/grid/sheet-grid';
import { type SessionReport } from '../../core/session';
import { PaneMessage } from '../pane-message';
import type { PaneStore } from '../store/pane-store';
import type { PaneState } from '../store/pane-state';
import { countFindings } from '../review/summary';
import { reviewView } from '../store/selectors';
import { ErrorsBanner } from './ErrorsBanner';
import { OpenItemsPanel } from './OpenItemsPanel';
import { ReportActions } from './ReportActions';
import { ReportTitle } from './ReportTitle';
import { SectionView } from './SectionView';
import { StaleEdits } from './StaleEdits';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export interface ReportTabProps {
  store: PaneStore;
  state: PaneState;
  /** Show the 审核 tab (the errors banner's link). */
  onGoToReview?: () => void;
}

/** The session's report, or the failure to draft it, as a message. */
function draft({ session }: Pick<PaneState, 'session'>): SessionReport | PaneMessage | undefined {
  try {
    return session?.report();
  } catch (err) {
    return { intent: 'error', title: '无法生成决算情况说明', body: err instanceof Error ? err.message : String(err) };
  }
}

/**
 * The 说明 tab: the 决算情况说明 the session drafted from the current numbers and the stored
 * data, each figure tied to its cell, gaps to fill and paragraphs to reword (kept in the
 * workbook through the store), and the way out to Word.
 */
export function ReportTab({ store, state, onGoToReview }: ReportTabProps) {
  const styles = useStyles();
  const { session } = state;
  const drafted = useMemo(() => draft({ session }), [session]);
  const report = drafted && 'document' in drafted ? drafted : undefined;
  const [notice, setNotice] = useState<PaneMessage>();
  // A new check (new numbers) makes an earlier "copied" note misleading.
  useEffect(() => {
    setNotice(undefined);
  }, [session?.model]);
  const select = useCallback((cells: CellRef[]) => void store.select(cells), [store]);
  const generated = report?.generated;
  const openItems = useMemo(() => new Map((generated?.openItems ?? []).map((o) => [o.id, o])), [generated]);
  const saveTyped = useCallback((id: string, text: string) => store.saveReason(id, text), [store]);
  const saveEdit = useCallback((key: string, text: string | undefined, gen: string) => store.saveEdit(key, text, gen), [store]);

  if (!session) return <Body1>请先在“审核”页检查工作簿，再起草决算情况说明。</Body1>;
  if (!state.storedLoaded) return <Spinner size="small" label="正在读取已保存的内容…" />;
  const message = drafted && !('document' in drafted) ? drafted : notice;
  const review = reviewView(state);
  const errors = review ? countFindings(review, state.stored.annotations).open.error : 0;
  return (
    <div className={styles.root} data-testid="report">
      {message && (
        <MessageBar intent={message.intent} layout="multiline" data-testid="report-message">
          <MessageBarBody>
            <MessageBarTitle>{message.title}</MessageBarTitle>
            {message.body}
          </MessageBarBody>
        </MessageBar>
      )}
      <ErrorsBanner count={errors} onGoToReview={onGoToReview} />
      {report && (
        <>
          <ReportActions doc={report.document} session={session} errors={errors} onMessage={setNotice} />
          <OpenItemsPanel items={report.document.openItems} />
          <StaleEdits stale={report.stale} onDismiss={() => void store.dismissStaleEdits(report.stale.map((e) => e.key))} />
          <article aria-label="决算情况说明">
            <ReportTitle doc={report.document} />
            {report.generated.sections.map((s) => (
              <SectionView
                key={s.id}
                section={s}
                edits={report.edits}
                year={session.settings.year}
                openItems={openItems}
                saving={state.saving}
                onSelect={select}
                onSaveTyped={saveTyped}
                onSaveEdit={saveEdit}
              />
            ))}
          </article>
        </>
      )}
    </div>
  );
}
