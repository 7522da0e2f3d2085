/** pdfjs-dist ships no types for its minified builds and its worker; only what pdfjs-browser.ts uses. */
declare module 'pdfjs-dist/legacy/build/pdf.min.mjs' {
  export function getDocument(src: unknown): unknown;
}
declare module 'pdfjs-dist/legacy/build/pdf.worker.min.mjs' {
  export const WorkerMessageHandler: unknown;
}
