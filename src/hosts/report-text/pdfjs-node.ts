import * as nodeModule from 'module';
import { pathToFileURL } from 'url';
import { PdfJs } from './pdf-text';

/**
 * pdf.js for Node: the legacy build of pdfjs-dist (ES modules only), loaded with Node's own
 * require, which loads ES modules without top-level await since Node 20.19 — from the
 * compiled CommonJS command and from Jest alike. The worker runs in-process (pdf.js "fake
 * worker", imported from workerSrc). Node's own `module` is taken from
 * process.getBuiltinModule (Node ≥ 20.16) where present: a test runner's module registry
 * (Jest replaces createRequire) would load the .mjs file as CommonJS and fail.
 */
export function loadPdfJsNode(): PdfJs & { GlobalWorkerOptions: { workerSrc: string } } {
  const builtin = (process as { getBuiltinModule?: (id: string) => unknown }).getBuiltinModule?.('module') as typeof nodeModule | undefined;
  const req = (builtin ?? nodeModule).createRequire(__filename);
  const pdfjs = req('pdfjs-dist/legacy/build/pdf.mjs') as PdfJs & { GlobalWorkerOptions: { workerSrc: string } };
  if (!pdfjs.GlobalWorkerOptions.workerSrc) pdfjs.GlobalWorkerOptions.workerSrc = pathToFileURL(req.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs')).href;
  return pdfjs;
}
