import type { PdfJs } from './pdf-text';

/**
 * pdf.js for the browser, loaded on first use as chunks of their own (the pane's first load
 * stays as it is). The legacy build of pdfjs-dist is used, as in Node: it carries the
 * polyfills the older webviews Office runs in lack. The worker's module is imported too and
 * set as `globalThis.pdfjsWorker`: pdf.js then runs its "fake worker" in this thread
 * (pdfjs-dist 5.4 api.js, PDFWorker#initialize / #mainThreadWorkerMessageHandler) instead of
 * starting a Worker from a workerSrc URL, which an add-in's content security policy and the
 * preview's static server need not allow. A report is a few pages: text only, no rendering.
 * The minified files are bundled (half the size to minify again); their two unused native
 * import() calls are taken out at build time (scripts/pdfjs-loader.js).
 */
export async function loadPdfJsBrowser(): Promise<PdfJs> {
  const [pdfjs, worker] = await Promise.all([
    import(/* webpackChunkName: "pdfjs" */ 'pdfjs-dist/legacy/build/pdf.min.mjs'),
    import(/* webpackChunkName: "pdfjs-worker" */ 'pdfjs-dist/legacy/build/pdf.worker.min.mjs'),
  ]);
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
  return pdfjs as unknown as PdfJs;
}
