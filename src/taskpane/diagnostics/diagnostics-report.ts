/// <reference lib="dom" />
/// <reference types="office-js" />
/**
 * The 诊断 page's checks that need no workbook (platform, downloads, clipboard), the list of
 * those that need Excel where it is not there (the preview page), and the report to copy.
 */
import type { DiagnosticCheck } from '../../hosts/excel/diagnostics';
import { blobDownloadWorks } from '../download';

export type { DiagnosticCheck };

/** What the page knows of where it runs. */
export interface PlatformInfo {
  /** Office.context.platform, or undefined outside Office. */
  platform?: string;
  /** Office.context.diagnostics.version ("16.0.18827.20008"). */
  version?: string;
  /** navigator.userAgent. */
  userAgent: string;
}

const PLATFORM_NAMES: Record<string, string> = {
  PC: 'Windows 版 Excel',
  OfficeOnline: 'Excel 网页版',
  Mac: 'Mac 版 Excel',
  iOS: 'iPad 版 Excel',
  Android: 'Android 版 Excel',
  Universal: 'Windows 通用版 Excel',
};

/** Where the page runs, from Office when it is there. */
export function platformInfo(): PlatformInfo {
  const userAgent = typeof navigator === 'undefined' ? '' : navigator.userAgent;
  if (typeof Office === 'undefined' || !Office.context) return { userAgent };
  const diagnostics = (Office.context as { diagnostics?: { version?: string } }).diagnostics;
  return { platform: Office.context.platform as unknown as string, version: diagnostics?.version, userAgent };
}

/** Platform and version, downloads, clipboard. */
export function pageChecks(info: PlatformInfo): DiagnosticCheck[] {
  const where = info.platform ? `${PLATFORM_NAMES[info.platform] ?? info.platform}${info.version ? ` ${info.version}` : ''}` : '浏览器预览（不在 Office 中）';
  const clipboard = typeof navigator !== 'undefined' && !!navigator.clipboard?.write && typeof ClipboardItem !== 'undefined';
  return [
    { title: '平台与版本', status: 'info', detail: `${where}；${info.userAgent}` },
    {
      title: '下载文件',
      status: blobDownloadWorks(info.platform) ? 'pass' : 'info',
      detail: blobDownloadWorks(info.platform) ? '可以下载 Word 文件与图片' : '此平台不允许加载项下载文件：请用复制代替',
    },
    {
      title: '剪贴板',
      status: 'info',
      detail: `${clipboard ? '剪贴板接口可用' : '剪贴板接口不可用，将改用选区复制'}；点击“复制诊断报告”时实际测试`,
    },
  ];
}

/** The Excel checks as "needs Excel" lines, for the preview page. */
export function needsExcel(checks: readonly { title: string; about: string }[]): DiagnosticCheck[] {
  return checks.map((c) => ({ title: c.title, status: 'needs-excel', detail: `需要在 Excel 中运行：${c.about}` }));
}

const STATUS_TEXT: Record<DiagnosticCheck['status'], string> = { pass: '通过', fail: '失败', info: '信息', 'needs-excel': '需要 Excel' };

/** The report to copy: one line per check. */
export function diagnosticsReport(checks: DiagnosticCheck[], at: Date): string {
  return [`决算助手诊断报告（${at.toISOString()}）`, ...checks.map((c) => `【${STATUS_TEXT[c.status]}】${c.title}：${c.detail}`)].join('\n');
}

export { STATUS_TEXT };
