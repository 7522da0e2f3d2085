/// <reference lib="dom" />
/// <reference types="office-js" />
/**
 * The task pane in Excel (taskpane.html): unless the page's start-up check found office.js
 * missing or the webview too old, waits for Office, checks the host and the requirement
 * set, then shows the pane over the Excel host.
 */
import { type Root, createRoot } from 'react-dom/client';
import { PaneApp } from './components/PaneApp';
import { StartupMessage } from './components/StartupMessage';
import { createExcelHost } from './excel-entry';
import { browserStorage } from './browser-storage';
import { bureauSetup } from './bureau-config';

/** Set by taskpane.html's start-up check, which shows a plain message when the pane cannot run. */
interface StartupCheck {
  blocked: boolean;
  show(kind: 'office' | 'old'): void;
}
const check = (window as unknown as { juesuanStartup?: StartupCheck }).juesuanStartup;

if (check?.blocked) {
  // The page already says why the pane cannot start.
} else if (typeof Office === 'undefined') {
  // office.js "loaded" but is not Office's (a proxy's page on a closed network).
  check?.show('office');
} else {
  start(createRoot(document.getElementById('root') as HTMLElement));
}

function start(root: Root): void {
  Office.onReady(async (info) => {
    if (info.host !== Office.HostType.Excel) {
      root.render(<StartupMessage title="请在 Excel 中使用" body="决算助手是 Excel 加载项，请在 Excel 中打开工作簿后，从“开始”选项卡点击“审核决算表”。" />);
      return;
    }
    if (!Office.context.requirements.isSetSupported('ExcelApi', '1.9')) {
      root.render(
        <StartupMessage
          title="Excel 版本过旧"
          body="决算助手需要支持 ExcelApi 1.9 的 Excel（Microsoft 365、Excel 2021 或更新版本，或 Excel 网页版）。请更新 Excel 后再试。"
        />,
      );
      return;
    }
    try {
      const host = await createExcelHost();
      root.render(<PaneApp host={host} storage={browserStorage()} bureau={bureauSetup()} />);
    } catch (err) {
      root.render(<StartupMessage title="决算助手无法启动" body={`${err instanceof Error ? err.message : String(err)}。请关闭任务窗格后重新打开。`} />);
    }
  });
}
