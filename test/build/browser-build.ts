/**
 * Build the browser engine (webpack.config.js, production) into a folder of our choosing,
 * and look at what went into it. Shared by test/build/browser-bundle.test.ts and the bench.
 */
import { builtinModules } from 'module';
import { mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { gzipSync } from 'zlib';
import webpack from 'webpack';

export const ROOT = resolve(__dirname, '..', '..');

/** One module of webpack's stats, reduced to what the checks need. */
export interface BundledModule {
  name: string;
  identifier: string;
}

export interface BrowserBuild {
  /** The UMD bundle, dist/web/engine.js's twin. */
  bundlePath: string;
  bytes: number;
  gzipBytes: number;
  errors: string[];
  warnings: string[];
  /** Every module webpack put in the bundle, concatenated ones flattened; runtime modules included. */
  modules: BundledModule[];
  ms: number;
}

type ConfigFactory = (env: Record<string, unknown>, argv: { mode?: string }) => webpack.Configuration;

/** Concatenated modules hold their parts in `modules`; orphan modules repeat some of them. */
function flatten(modules: webpack.StatsModule[] | undefined, out: Map<string, BundledModule>): Map<string, BundledModule> {
  for (const m of modules ?? []) {
    const entry = { name: m.name ?? '', identifier: m.identifier ?? '' };
    out.set(`${entry.identifier}\n${entry.name}`, entry);
    flatten(m.modules, out);
  }
  return out;
}

function messages(list: webpack.StatsError[] | undefined): string[] {
  return (list ?? []).map((e) => [e.moduleName, e.message].filter(Boolean).join(': '));
}

/**
 * Run webpack with the repository's config in production mode, writing to `outDir` (a fresh
 * temporary folder by default) instead of dist/web. Resolves even when the build has
 * errors (they are in `errors`); rejects only when webpack itself cannot run.
 */
export function buildBrowserEngine(outDir: string = mkdtempSync(join(tmpdir(), 'juesuan-web-'))): Promise<BrowserBuild> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const factory = require(join(ROOT, 'webpack.config.js')) as ConfigFactory;
  const base = factory({}, { mode: 'production' });
  const config: webpack.Configuration = { ...base, context: ROOT, output: { ...base.output, path: outDir } };
  const started = Date.now();
  return new Promise((done, fail) => {
    const compiler = webpack(config);
    compiler.run((err, stats) => {
      compiler.close(() => undefined);
      if (err || !stats) return fail(err ?? new Error('webpack returned no stats'));
      const json = stats.toJson({ all: false, modules: true, nestedModules: true, runtimeModules: true, orphanModules: true, errors: true, warnings: true });
      const bundlePath = join(outDir, 'engine.js');
      const errors = messages(json.errors);
      let bytes = 0;
      let gzipBytes = 0;
      if (errors.length === 0) {
        const code = readFileSync(bundlePath);
        bytes = code.length;
        gzipBytes = gzipSync(code, { level: 9 }).length;
      }
      done({ bundlePath, bytes, gzipBytes, errors, warnings: messages(json.warnings), modules: [...flatten(json.modules, new Map()).values()], ms: Date.now() - started });
    });
  });
}

const BUILTINS = new Set(builtinModules.flatMap((n) => [n, `node:${n}`]));
/** Browser stand-ins for Node built-ins that would mean some code still expects Node. */
const POLYFILL_PACKAGES = /node_modules\/(buffer|events|process|util|assert|path-browserify|stream-browserify|crypto-browserify|os-browserify|browserify-zlib|stream-http|https-browserify|node-libs-browser|readable-stream)\//;

/**
 * The modules that are a Node built-in, an external reference to one, or a browser
 * polyfill of one. ExcelJS's self-contained browser build carries its own shims inside one
 * file; that file is not a built-in and is not reported.
 */
export function nodeBuiltinModules(modules: BundledModule[]): string[] {
  return modules
    .filter((m) => {
      const name = m.name.replace(/^ignored\|/, '');
      if (BUILTINS.has(name) || BUILTINS.has(m.identifier)) return true;
      if (/^(external|ignored)\b/.test(m.identifier) || /^ignored\|/.test(m.name)) return true;
      return POLYFILL_PACKAGES.test(m.name) || POLYFILL_PACKAGES.test(m.identifier.replace(/\\/g, '/'));
    })
    .map((m) => m.name || m.identifier);
}
