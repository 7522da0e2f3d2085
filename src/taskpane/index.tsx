/// <reference lib="dom" />
/// <reference types="office-js" />
/**
 * The task pane in Excel (taskpane.html): waits for Office, checks the host and the
 * requirement set, then shows the pane over the Excel host.
 */
import { createRoot } from 'react-dom/client';
import { PaneApp } from './components/PaneApp';
import { StartupMessage } from './components/StartupMessage';
import { createExcelHost } from './excel-entry';
import { browserStorage } from './browser-storage';

const root = createRoot(document.getElementById('root') as HTMLElement);

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
    root.render(<PaneApp host={host} storage={browserStorage()} />);
  } catch (err) {
    root.render(<StartupMessage title="决算助手无法启动" body={`${err instanceof Error ? err.message : String(err)}。请关闭任务窗格后重新打开。`} />);
  }
});
