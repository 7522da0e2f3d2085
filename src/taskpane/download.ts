/// <reference lib="dom" />

/**
 * Hand a Blob to the browser as a download named `fileName` (PNG charts, the Word file, the
 * preview's workbook copy). The object URL is revoked later: some browsers read it after
 * click() returns.
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
