/**
 * A webpack loader for pdf.js (pdfjs-dist's legacy build), run before esbuild-loader: pdf.js
 * keeps two native `import(url)` calls marked webpackIgnore — the fallback that loads the
 * worker from GlobalWorkerOptions.workerSrc, and the JPEG 2000 decoder without WebAssembly.
 * Neither is used by the add-in (the worker module is set as globalThis.pdfjsWorker before
 * pdf.js runs, src/hosts/report-text/pdfjs-browser.ts, and only text is read, no images), and
 * `import()` is syntax the ES2017 webviews cannot parse, so each becomes a rejected promise
 * with a message. The build fails if pdf.js changes so that none is found.
 */
const IGNORED_IMPORT = /\bimport\(\s*\/\*webpackIgnore: true\*\/\s*(\/\*@vite-ignore\*\/\s*)?/g;

module.exports = function pdfjsLoader(source) {
  const out = source.replace(IGNORED_IMPORT, '((url) => Promise.reject(new Error("pdf.js: " + url + " is not loaded in this add-in")))(');
  if (out === source) throw new Error(`pdfjs-loader: no webpackIgnore import() found in ${this.resourcePath}; check the pdfjs-dist version`);
  return out;
};
