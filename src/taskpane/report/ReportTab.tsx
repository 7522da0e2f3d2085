import { Body1, Caption1, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { CellRef } from '../../core/grid/sheet-grid';
import { type SessionReport } from '../../core/session';
import { PaneMessage } from '../pane-message';
import type { PaneStore } from '../store/pane-store';
import type { PaneState } from '../store/pane-state';
import { OpenItemsList } from './OpenItemsList';
import { ReportActions } from './ReportActions';
import { SectionView } from './SectionView';
import { StaleEdits } from './StaleEdits';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  title: { textAlign: 'center', display: 'block' },
  open: { border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground3 },
});

export interface ReportTabProps {
  store: PaneStore;
  state: PaneState;
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
export function ReportTab({ store, state }: ReportTabProps) {
  const styles = useStyles();
  const { session } = state;
  const drafted = useMemo(() => draft({ session }), [session]);
  const report = drafted && 'document' in drafted ? drafted : undefined;
  const [notice, setNotice] = useState<PaneMessage>();
  // A new check (new numbers) makes an earlier "copied" note misleading.
  useEffect(() => setNotice(undefined), [session?.model]);
  const select = useCallback((cells: CellRef[]) => void store.select(cells), [store]);
  const generated = report?.generated;
  const openItems = useMemo(() => new Map((generated?.openItems ?? []).map((o) => [o.id, o])), [generated]);
  const saveTyped = useCallback((id: string, text: string) => store.saveReason(id, text), [store]);
  const saveEdit = useCallback((key: string, text: string | undefined, gen: string) => store.saveEdit(key, text, gen), [store]);

  if (!session) return <Body1>请先在“审核”页检查工作簿，再起草决算情况说明。</Body1>;
  if (!state.storedLoaded) return <Spinner size="small" label="正在读取已保存的内容…" />;
  const message = drafted && !('document' in drafted) ? drafted : notice;
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
      {report && (
        <>
          <ReportActions doc={report.document} session={session} onMessage={setNotice} />
          <div className={styles.open} aria-label="待补充事项">
            <Subtitle2 data-testid="open-count">待补充事项：{report.document.openItems.length} 项</Subtitle2>
            {report.document.openItems.length > 0 && <OpenItemsList items={report.document.openItems} />}
            <Caption1 className={styles.hint}>黄色标出的内容需要补充：点击后可采用参考原因或自行填写，保存在工作簿中。</Caption1>
          </div>
          <StaleEdits stale={report.stale} onDismiss={() => void store.dismissStaleEdits(report.stale.map((e) => e.key))} />
          <article aria-label="决算情况说明">
            <Subtitle2 as="h2" className={styles.title} data-testid="report-title">
              {report.document.title}
            </Subtitle2>
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
