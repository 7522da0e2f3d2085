/** Reads a written report's bytes into paragraphs; PDFs need pdf.js, loaded only for them. */
export type ReportReader = (bytes: Uint8Array, name: string) => Promise<string[]>;

const isPdf = (bytes: Uint8Array) => bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46;

/**
 * The pane's reader: the readers of `juesuan verify` (src/hosts/report-text), loaded on first
 * use as a chunk of their own (JSZip for .docx), and pdf.js as a further chunk only for a PDF,
 * so the pane's first load does not grow.
 */
export const browserReportReader: ReportReader = async (bytes, name) => {
  const { reportParagraphs } = await import(/* webpackChunkName: "report-reader" */ '../../hosts/report-text');
  const pdfjs = isPdf(bytes) ? await (await import(/* webpackChunkName: "report-reader" */ '../../hosts/report-text/pdfjs-browser')).loadPdfJsBrowser() : undefined;
  return reportParagraphs(bytes, name, () => {
    if (!pdfjs) throw new Error('文件头不是 %PDF');
    return pdfjs;
  });
};
