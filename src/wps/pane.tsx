/// <reference lib="dom" />
/**
 * The task pane in WPS 表格 (dist/wps/taskpane.html, opened by main.js through
 * Application.CreateTaskPane): the same pane as in Excel, over the WPS host. Unless the
 * page's start-up check found the embedded browser too old, or the page runs outside WPS.
 */
import './polyfills';
import { createRoot } from 'react-dom/client';
import { PaneApp } from '../taskpane/components/PaneApp';
import { StartupMessage } from '../taskpane/components/StartupMessage';
import { browserStorage } from '../taskpane/browser-storage';
import { WpsHost } from '../hosts/wps';
import { wpsGlobals } from './application';

const check = (window as unknown as { juesuanStartup?: { blocked: boolean } }).juesuanStartup;

if (!check?.blocked) {
  const root = createRoot(document.getElementById('root') as HTMLElement);
  const wps = wpsGlobals(window as unknown as Record<string, unknown>);
  if (!wps) {
    root.render(<StartupMessage title="请在 WPS 表格中使用" body="此页面是决算助手的 WPS 加载项任务窗格，请在 WPS 表格中打开工作簿后，从“开始”选项卡的“决算助手”组点击“审核决算表”。" />);
  } else {
    root.render(<PaneApp host={new WpsHost(wps.app, { events: wps.events })} storage={browserStorage()} />);
  }
}
