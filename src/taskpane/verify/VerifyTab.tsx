import { Button, Field, MessageBar, MessageBarBody, Spinner, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkCircleRegular, CopyRegular, DocumentSearchRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { verifySummary } from '../../core/verify';
import { FilePicker } from '../components/FilePicker';
import type { PaneStore } from '../store/pane-store';
import type { PaneState } from '../store/pane-state';
import { MarkedReportView } from './MarkedReportView';
import { VerifyFindingItem } from './VerifyFindingItem';
import { copyVerifyResult } from './verify-copy';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  hint: { color: tokens.colorNeutralForeground3 },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0 },
  unchecked: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
});

export interface VerifyTabProps {
  store: PaneStore;
  state: PaneState;
}

type CopyMessage = { intent: 'success' | 'warning'; text: string };

/**
 * 核对: a department's written 决算情况说明, pasted or opened (.docx, .pdf, text), checked
 * sentence by sentence against this workbook through the pane's session — the same findings
 * as `juesuan verify`. Each finding selects the cells it was checked against; the text is
 * shown with the findings marked; the list can be copied.
 */
export function VerifyTab({ store, state }: VerifyTabProps) {
  const styles = useStyles();
  const [text, setText] = useState('');
  const [activeSentence, setActiveSentence] = useState<number>();
  const [copied, setCopied] = useState<CopyMessage>();
  const { busy, error, report, result } = state.verify;
  const ready = state.phase === 'ready';

  const copy = async () => {
    if (!result || !report) return;
    const outcome = await copyVerifyResult(report.name, state.source?.file ?? '', state.session?.model ?? {}, result);
    setCopied(outcome === 'manual' ? { intent: 'warning', text: '无法访问剪贴板，请在报告原文中选中文字后按 Ctrl+C 复制。' } : { intent: 'success', text: `已复制 ${result.findings.length} 条核对结果。` });
  };

  return (
    <section className={styles.root} aria-label="核对">
      <Text size={200} className={styles.hint}>
        把单位编写的决算情况说明粘贴到下面，或打开 Word / PDF 文件，逐句与本工作簿的决算表核对数字、比率、科目名称和必备内容。
      </Text>
      <Field label="决算情况说明文字">
        <Textarea value={text} onChange={(_, d) => setText(d.value)} resize="vertical" rows={5} placeholder="在此粘贴报告全文…" data-testid="verify-input" />
      </Field>
      <div className={styles.toolbar} role="toolbar" aria-label="核对操作">
        <Button appearance="primary" icon={<DocumentSearchRegular />} disabledFocusable={busy || !ready} onClick={() => { setActiveSentence(undefined); setCopied(undefined); store.verifyText(text); }}>
          核对粘贴的文字
        </Button>
        <FilePicker accept="report" inputLabel="选择报告文件" testId="verify-file-input" disabled={busy || !ready} onPick={(f) => { setActiveSentence(undefined); setCopied(undefined); void store.verifyFile(f); }}>
          打开报告文件…
        </FilePicker>
        <Button icon={<CopyRegular />} disabledFocusable={!result} onClick={() => void copy()}>
          复制核对结果
        </Button>
        {busy && <Spinner size="tiny" label="正在读取报告…" />}
      </div>
      {!ready && !busy && <Text className={styles.hint}>工作簿检查完成后即可核对。</Text>}
      {error && (
        <MessageBar intent="error" data-testid="verify-error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {copied && (
        <MessageBar intent={copied.intent} data-testid="verify-copied">
          <MessageBarBody>{copied.text}</MessageBarBody>
        </MessageBar>
      )}
      {result && report && !error && (
        <>
          <div data-testid="verify-summary">
            <Text weight="semibold" block>
              {report.name}
            </Text>
            <Text>{verifySummary(result)}</Text>
          </div>
          {result.findings.length === 0 ? (
            <Text>
              <CheckmarkCircleRegular /> 未发现与决算表不符之处。
            </Text>
          ) : (
            <ol className={styles.list} aria-label="核对结果">
              {result.findings.map((f, i) => (
                <VerifyFindingItem
                  key={i}
                  finding={f}
                  number={i + 1}
                  active={f.sentenceIndex !== undefined && f.sentenceIndex === activeSentence}
                  onSelect={() => {
                    setActiveSentence(f.sentenceIndex);
                    void store.select(f.cells);
                  }}
                />
              ))}
            </ol>
          )}
          {result.unchecked.length > 0 && (
            <div>
              <Text weight="semibold">未能核对（没有找到对应的表内数字）</Text>
              <ul className={styles.unchecked} data-testid="verify-unchecked">
                {result.unchecked.map((u, i) => (
                  <li key={i}>
                    {u.stated}：{u.sentence}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <Text weight="semibold">报告原文（已标注）</Text>
          <MarkedReportView result={result} activeSentence={activeSentence} />
        </>
      )}
    </section>
  );
}
