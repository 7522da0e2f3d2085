/// <reference lib="dom" />
/// <reference types="office-js" />
/**
 * Downloads from the pane. A Blob handed to `<a download>` saves a file in browsers, in
 * Excel on the web and on Windows, but does nothing at all in Excel on Mac and iPad, whose
 * pane is a WKWebView (office-js #2700 "by design", #3385, #3; WebKit bug 174076). There the
 * pane says so honestly instead of reporting a file that never came.
 */

/** What happened to a download. */
export type DownloadOutcome = 'started' | 'unsupported';

/** Office.context.platform ("PC", "OfficeOnline", "Mac", "iOS" …) when the page runs in Office. */
export function officePlatform(): string | undefined {
  if (typeof Office === 'undefined') return undefined;
  return (Office.context?.platform as unknown as string | undefined) ?? undefined;
}

/** False where a Blob download does nothing: Office on Mac and on iPad (WKWebView). */
export function blobDownloadWorks(platform: string | undefined = officePlatform()): boolean {
  return platform !== 'Mac' && platform !== 'iOS';
}

/** The pane's message where downloads do nothing: `what` could not be saved, `instead` says what works. */
export function downloadUnsupportedMessage(what: string, instead: string): string {
  return `Mac 和 iPad 版 Excel 不允许加载项下载文件，无法在此保存${what}。${instead}，或在 Windows 版或网页版 Excel 中下载。`;
}

/**
 * Hand a Blob to the browser as a download named `fileName` (PNG charts, the Word file, the
 * preview's workbook copy). The object URL is revoked later: some browsers read it after
 * click() returns. Returns 'unsupported' (doing nothing) where downloads cannot work.
 */
export function downloadBlob(blob: Blob, fileName: string, platform: string | undefined = officePlatform()): DownloadOutcome {
  if (!blobDownloadWorks(platform)) return 'unsupported';
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return 'started';
}
