/**
 * The browser engine (dist/web/engine.js) of the shared production build
 * (test/e2e/production-build.ts), and a look at what went into it. Shared by
 * test/build/browser-bundle.test.ts and the bench.
 */
import { builtinModules } from 'module';
import { readFileSync } from 'fs';
import { join } from 'path';
import { gzipSync } from 'zlib';
import { type BundledModule, ROOT, productionBuild } from '../e2e/production-build';

export { ROOT };
export type { BundledModule };

export interface BrowserBuild {
  /** The UMD bundle, dist/web/engine.js's twin. */
  bundlePath: string;
  bytes: number;
  gzipBytes: number;
  warnings: string[];
  /** Every module webpack put in the build, concatenated ones flattened; runtime modules included. */
  modules: BundledModule[];
  /** How long webpack took when the build was made; `fresh` is false when it was reused. */
  ms: number;
  fresh: boolean;
}

/**
 * The engine of the production build of the current sources (made now, or reused when an
 * earlier run or the test run's global setup made it).
 * @throws Error with webpack's messages when the build fails
 */
export async function browserEngine(): Promise<BrowserBuild> {
  const build = await productionBuild();
  const bundlePath = join(build.dir, 'engine.js');
  const code = readFileSync(bundlePath);
  return { bundlePath, bytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length, warnings: build.warnings, modules: build.modules, ms: build.ms, fresh: build.fresh };
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
