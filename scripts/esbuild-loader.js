/**
 * A webpack loader that compiles TypeScript, TSX and JavaScript (node_modules included) to
 * the syntax the supported webviews parse (webpack.config.js, `SYNTAX_TARGET`) with esbuild's
 * transform. Type checking is `npm run typecheck`; this only strips types and lowers syntax
 * (optional chaining, `??`, object spread …). Regular expressions with newer features become
 * `new RegExp(…)` calls, which parse everywhere (src/ must not use such features at all).
 */
const { transform } = require('esbuild');

const LOADERS = { '.ts': 'ts', '.tsx': 'tsx', '.mts': 'ts', '.cts': 'ts' };

module.exports = function esbuildLoader(source, map) {
  const done = this.async();
  const { target } = this.getOptions();
  const ext = /\.[^./\\]+$/.exec(this.resourcePath)?.[0] ?? '.js';
  transform(source, {
    loader: LOADERS[ext] ?? 'js',
    target,
    jsx: 'automatic',
    sourcefile: this.resourcePath,
    sourcemap: this.sourceMap ? 'external' : false,
    // As tsc does for targets below ES2022 (tsconfig.json's ES2020).
    tsconfigRaw: { compilerOptions: { useDefineForClassFields: false } },
  }).then(
    (result) => done(null, result.code, result.map || map),
    (err) => done(err),
  );
};
