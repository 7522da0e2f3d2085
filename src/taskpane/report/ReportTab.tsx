import { Body1, Caption1, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { CellRef } from '../../core/grid/sheet-grid';
import { WorkbookModel } from '../../core/schedules/model';
import { WorkbookHost } from '../../hosts/workbook-host';
import { PaneMessage } from '../pane-message';
import { ReviewResult } from '../review-result';
import { OpenItemsList } from './OpenItemsList';
import { ReportActions } from './ReportActions';
import { SectionView } from './SectionView';
import { StaleEdits } from './StaleEdits';
import { useReport } from './use-report';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  title: { textAlign: 'center', display: 'block' },
  open: { border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground3 },
});

export interface ReportTabProps {
  host: WorkbookHost;
  review?: ReviewResult;
  prior?: WorkbookModel;
  style: 'sichuan' | 'national';
  percentDecimals?: number;
}

/**
 * The 说明 tab: the 决算情况说明 drafted from the current numbers, each figure tied to its
 * cell, gaps to fill (kept in the workbook), paragraphs to reword, and the way out to Word.
 */
export function ReportTab({ host, review, prior, style, percentDecimals }: ReportTabProps) {
  const styles = useStyles();
  const report = useReport({ host, review, prior, style, percentDecimals });
  const [notice, setNotice] = useState<PaneMessage>();
  // A new check (new numbers) makes an earlier "copied" note misleading.
  useEffect(() => setNotice(undefined), [review]);
  const select = useCallback((cells: CellRef[]) => void host.selectCells(cells).catch(() => undefined), [host]);
  const doc = report.output;
  const openItems = useMemo(() => new Map((report.generated?.openItems ?? []).map((o) => [o.id, o])), [report.generated]);

  if (!review) return <Body1>请先在“审核”页检查工作簿，再起草决算情况说明。</Body1>;
  if (!report.loaded) return <Spinner size="small" label="正在读取已保存的内容…" />;
  const message = report.message ?? notice;
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
      {doc && (
        <>
          <ReportActions doc={doc} model={review.model} prior={prior} onMessage={setNotice} />
          <div className={styles.open} aria-label="待补充事项">
            <Subtitle2 data-testid="open-count">待补充事项：{doc.openItems.length} 项</Subtitle2>
            {doc.openItems.length > 0 && <OpenItemsList items={doc.openItems} />}
            <Caption1 className={styles.hint}>黄色标出的内容需要补充：点击后可采用参考原因或自行填写，保存在工作簿中。</Caption1>
          </div>
          <StaleEdits stale={report.stale} onDismiss={() => void report.dismissStale()} />
          <article aria-label="决算情况说明">
            <Subtitle2 as="h2" className={styles.title} data-testid="report-title">
              {doc.title}
            </Subtitle2>
            {report.generated?.sections.map((s) => (
              <SectionView
                key={s.id}
                section={s}
                edits={report.edits}
                year={review.model.year}
                openItems={openItems}
                saving={report.saving}
                onSelect={select}
                onSaveTyped={report.saveTyped}
                onSaveEdit={report.saveEdit}
              />
            ))}
          </article>
        </>
      )}
    </div>
  );
}
