import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, Spinner, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import { CellRef, SheetGrid, gridFromRows } from '../../core/grid/sheet-grid';
import { browserStorage } from '../../taskpane/browser-storage';
import { bureauSetup } from '../../taskpane/bureau-config';
import { PaneApp } from '../../taskpane/components/PaneApp';
import { PaneMessage, describeError } from '../../taskpane/pane-message';
import { StoredData, isLegacyStoreSheet, isStoredSheet } from '../../core/stored';
import { saveBytes } from '../save-bytes';
import { copyFileName, workbookCopy } from '../download-copy';
import { PreviewHost } from '../preview-host';
import { PreviewToolbar } from './PreviewToolbar';
import { WorkbookView } from './WorkbookView';

/** Below this width the grid and the pane share the window one above the other. */
const NARROW = '@media (max-width: 760px)';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', height: '100vh' },
  // A narrow window (a phone, a window beside another) stacks the sheets above the pane, so
  // both stay in view instead of the pane being clipped and the grid squeezed out.
  main: { display: 'flex', flexGrow: 1, minHeight: 0, [NARROW]: { flexDirection: 'column' } },
  sheets: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0, minHeight: 0, [NARROW]: { flexBasis: '40%', flexGrow: 0, flexShrink: 0 } },
  pane: {
    width: '400px',
    flexShrink: 0,
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
    display: 'flex',
    flexDirection: 'column',
    minHeight: 0,
    [NARROW]: { width: 'auto', flexGrow: 1, flexShrink: 1, borderLeft: 'none', borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  },
  message: { margin: tokens.spacingHorizontalM },
  loading: { margin: tokens.spacingVerticalXXL },
});

export interface PreviewAppProps {
  /** The workbook shown before the user picks one (relative URL of the bundled sample). */
  sampleUrl: string;
}

interface Selection {
  cells: CellRef[];
  seq: number;
}

/** How many notes the user keeps in the workbook: explanations, typed texts and paragraph edits. */
const noteCount = (d: StoredData): number => Object.keys(d.annotations).length + Object.keys(d.reasons).length + Object.keys(d.edits).length;

/** The preview page: the workbook's sheets on the left, the task pane on the right. */
export function PreviewApp({ sampleUrl }: PreviewAppProps) {
  const styles = useStyles();
  const [host, setHost] = useState<PreviewHost>();
  // Each opened file gets a fresh pane (and a fresh ReviewController).
  const [opened, setOpened] = useState(0);
  const current = useRef<PreviewHost>();
  const [sheets, setSheets] = useState<SheetGrid[]>([]);
  const [owned, setOwned] = useState<SheetGrid[]>([]);
  const [active, setActive] = useState('');
  const [selection, setSelection] = useState<Selection>({ cells: [], seq: 0 });
  const [annotationCount, setAnnotationCount] = useState(0);
  const [message, setMessage] = useState<PaneMessage>();
  const [downloading, setDownloading] = useState(false);

  const open = useCallback((name: string, bytes: Uint8Array) => {
    const next = new PreviewHost(name, bytes, {
      onSelect: (cells) => {
        if (current.current !== next) return;
        setSelection((s) => ({ cells, seq: s.seq + 1 }));
        if (cells[0]) setActive(cells[0].sheet);
      },
      onOwnedSheet: (sheet, rows) => setOwned((list) => [...list.filter((g) => g.name !== sheet), gridFromRows(sheet, rows)]),
      onStored: (d) => setAnnotationCount(noteCount(d)),
    });
    current.current = next;
    setHost(next);
    setOpened((n) => n + 1);
    setSheets([]);
    setOwned([]);
    setMessage(undefined);
    setSelection({ cells: [], seq: 0 });
    setAnnotationCount(0);
    next
      .read()
      .then((source) => {
        if (current.current !== next) return;
        const shown = source.sheets.filter((s) => !isStoredSheet(s) && !isLegacyStoreSheet(s));
        setSheets(shown);
        setActive(shown.find((s) => !s.hidden)?.name ?? shown[0]?.name ?? '');
        return next.loadStored().then((r) => setAnnotationCount(noteCount(r.data)));
      })
      .catch((err: unknown) => {
        if (current.current === next) setMessage(describeError(err, 'check'));
      });
  }, []);

  // The bundled sample, unless the user was quicker.
  useEffect(() => {
    fetch(sampleUrl)
      .then((res) => {
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        return res.arrayBuffer();
      })
      .then((buffer) => {
        if (!current.current) open(decodeURIComponent(sampleUrl.split('/').pop() ?? 'sample.xlsx'), new Uint8Array(buffer));
      })
      .catch((err: unknown) => {
        if (!current.current) {
          setMessage({ intent: 'warning', title: '示例工作簿未能加载', body: `${err instanceof Error ? err.message : String(err)}。请点击“打开工作簿…”选择一个 .xlsx 文件。` });
        }
      });
  }, [sampleUrl, open]);

  const download = useCallback(async () => {
    if (!host) return;
    setDownloading(true);
    try {
      const bytes = await workbookCopy(host.bytes, (await host.loadStored()).data, host.ownedSheets());
      saveBytes(bytes, copyFileName(host.name));
    } catch (err) {
      setMessage({ ...describeError(err, 'export'), title: '无法生成含说明的工作簿' });
    } finally {
      setDownloading(false);
    }
  }, [host]);

  const allSheets = [...sheets.filter((s) => !owned.some((o) => o.name === s.name)), ...owned];
  const highlighted = new Set(selection.cells.filter((c) => c.sheet === active).map((c) => c.address));
  return (
    // Not on the popups' mount node: it would cover the page (see PaneApp).
    <FluentProvider theme={webLightTheme} className={styles.root} applyStylesToPortals={false}>
      <PreviewToolbar
        fileName={host?.name}
        annotationCount={annotationCount}
        canDownload={sheets.length > 0}
        downloading={downloading}
        onOpen={(file) => void file.arrayBuffer().then((b) => open(file.name, new Uint8Array(b)))}
        onDownload={() => void download()}
      />
      <main className={styles.main}>
        <div className={styles.sheets}>
          {message && (
            <MessageBar intent={message.intent} layout="multiline" className={styles.message} data-testid="preview-error">
              <MessageBarBody>
                <MessageBarTitle>{message.title}</MessageBarTitle>
                {message.body} 可点击上方“打开工作簿…”选择其他文件。
              </MessageBarBody>
            </MessageBar>
          )}
          {!message && allSheets.length === 0 && <Spinner className={styles.loading} label="正在打开工作簿…" />}
          {allSheets.length > 0 && (
            <WorkbookView sheets={allSheets} active={active} onActivate={setActive} highlighted={highlighted} selectionSeq={selection.seq} />
          )}
        </div>
        <aside className={styles.pane} aria-label="决算助手任务窗格" data-testid="pane">
          {host && <PaneApp key={opened} host={host} storage={browserStorage()} bureau={bureauSetup()} />}
        </aside>
      </main>
    </FluentProvider>
  );
}
