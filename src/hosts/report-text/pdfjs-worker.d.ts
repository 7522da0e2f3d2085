/** pdfjs-dist ships no types for its worker module; only its export is used (pdfjs-browser.ts). */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
