import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { CopyRegular, DocumentArrowDownRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import { NarrativeDocument } from '../../core/narrative/document';
import type { Session } from '../../core/session';
import { renderHtml } from '../../render/html';
import { renderText } from '../../render/text';
import { PaneMessage } from '../pane-message';
import { copyFormatted } from './clipboard';
import { reportFileName } from './file-name';
import { ErrorsBanner } from './ErrorsBanner';
import { OpenItemsList } from './OpenItemsList';
import { blobDownloadWorks, downloadBlob, downloadUnsupportedMessage } from '../download';
import { buildWordFile } from './word-file';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  dialog: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  manual: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, marginTop: tokens.spacingVerticalS },
});

export interface ReportActionsProps {
  doc: NarrativeDocument;
  /** The session the report came from: its charts and the title's unit name and year. */
  session: Session;
  /** Errors of the check still to deal with, said again before the download. */
  errors: number;
  onMessage: (m: PaneMessage | undefined) => void;
}

/** 复制为带格式文本 and 下载 Word 文件 (after a look at the open items). */
export function ReportActions({ doc, session, errors, onMessage }: ReportActionsProps) {
  const styles = useStyles();
  const [manual, setManual] = useState<string>();
  const [confirming, setConfirming] = useState(false);
  const [building, setBuilding] = useState(false);
  // The open items go into the Word file only when asked: the file is what gets handed in.
  const [withOpenItems, setWithOpenItems] = useState(false);
  const manualRef = useRef<HTMLTextAreaElement>(null);
  const downloadRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  // The dialog starts on its main button. Fluent's Dialog focuses the first focusable element
  // in an effect of its own (react-dialog useFocusFirstElement), which `autoFocus` cannot beat:
  // move the focus once that has run.
  useEffect(() => {
    if (!confirming) return undefined;
    const t = setTimeout(() => confirmRef.current?.focus(), 0);
    return () => clearTimeout(t);
  }, [confirming]);
  const closeDialog = (refocus: boolean) => {
    setConfirming(false);
    // Back to the button that opened the dialog (not when a link moved on to a gap).
    if (refocus) setTimeout(() => downloadRef.current?.focus(), 0);
  };

  const copy = async () => {
    const text = renderText(doc);
    const outcome = await copyFormatted(renderHtml(doc, { fragment: true }), text);
    if (outcome === 'manual') {
      setManual(text);
      onMessage({ intent: 'warning', title: '无法直接复制', body: '浏览器不允许写入剪贴板。请点“全选”后按 Ctrl+C 复制。' });
    } else {
      setManual(undefined);
      onMessage({ intent: 'success', title: '已复制', body: '决算情况说明已复制，可直接粘贴到 Word 或 WPS。' });
    }
  };

  const download = async () => {
    closeDialog(true);
    const unsupported: PaneMessage = { intent: 'warning', title: '无法下载 Word 文件', body: downloadUnsupportedMessage(' Word 文件', '请点“复制为带格式文本”后粘贴到 Word 或 WPS') };
    // Checked before building: on Mac and iPad the file could not be saved anyway.
    if (!blobDownloadWorks()) return onMessage(unsupported);
    setBuilding(true);
    try {
      const name = reportFileName(session.settings.year, session.settings.unitName);
      const outcome = downloadBlob(await buildWordFile(doc, session.charts().charts, withOpenItems), name);
      onMessage(outcome === 'started' ? { intent: 'success', title: '已生成 Word 文件', body: name } : unsupported);
    } catch (err) {
      onMessage({ intent: 'error', title: '无法生成 Word 文件', body: err instanceof Error ? err.message : String(err) });
    } finally {
      setBuilding(false);
    }
  };

  const selectAll = () => {
    manualRef.current?.focus();
    manualRef.current?.select();
  };

  return (
    <div>
      <div className={styles.row}>
        <Button icon={<CopyRegular />} onClick={() => void copy()}>
          复制为带格式文本
        </Button>
        <Button ref={downloadRef} icon={<DocumentArrowDownRegular />} disabledFocusable={building} onClick={() => setConfirming(true)}>
          {building ? '正在生成…' : '下载 Word 文件'}
        </Button>
      </div>
      {manual !== undefined && (
        <div className={styles.manual}>
          <Textarea ref={manualRef} readOnly value={manual} rows={8} aria-label="决算情况说明文字" data-testid="manual-copy" />
          <Button size="small" onClick={selectAll}>
            全选
          </Button>
        </div>
      )}
      <Dialog open={confirming} onOpenChange={(_, d) => (d.open ? setConfirming(true) : closeDialog(true))}>
        <DialogSurface aria-label="下载 Word 文件">
          <DialogBody>
            <DialogTitle>下载 Word 文件</DialogTitle>
            <DialogContent className={styles.dialog}>
              <ErrorsBanner count={errors} />
              {doc.openItems.length === 0 ? (
                <p>没有待补充事项。</p>
              ) : (
                <>
                  <p data-testid="download-open-count">还有 {doc.openItems.length} 项待补充，在文中以黄色标出：</p>
                  <OpenItemsList items={doc.openItems} onFollow={() => closeDialog(false)} />
                  <Checkbox
                    checked={withOpenItems}
                    onChange={(_, d) => setWithOpenItems(d.checked === true)}
                    label="在文末列出待补充事项"
                    data-testid="with-open-items"
                  />
                </>
              )}
            </DialogContent>
            <DialogActions>
              <Button ref={confirmRef} appearance="primary" onClick={() => void download()} data-testid="download-confirm">
                {doc.openItems.length === 0 && errors === 0 ? '下载' : '仍然下载'}
              </Button>
              <Button onClick={() => closeDialog(true)}>取消</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
