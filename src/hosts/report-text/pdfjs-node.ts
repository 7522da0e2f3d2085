import { createRequire } from 'module';
import { pathToFileURL } from 'url';
import { PdfJs } from './pdf-text';

/**
 * pdf.js for Node: the legacy build of pdfjs-dist (ES modules only), loaded with Node's own
 * require, which loads ES modules without top-level await since Node 20.19 — from the
 * compiled CommonJS command and from Jest alike. The worker runs in-process (pdf.js "fake
 * worker", imported from workerSrc).
 */
export function loadPdfJsNode(): PdfJs & { GlobalWorkerOptions: { workerSrc: string } } {
  const req = createRequire(__filename);
  const pdfjs = req('pdfjs-dist/legacy/build/pdf.mjs') as PdfJs & { GlobalWorkerOptions: { workerSrc: string } };
  if (!pdfjs.GlobalWorkerOptions.workerSrc) pdfjs.GlobalWorkerOptions.workerSrc = pathToFileURL(req.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs')).href;
  return pdfjs;
}
