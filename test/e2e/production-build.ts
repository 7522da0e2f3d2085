/**
 * The production build of webpack.config.js (all entries), made once per content of its
 * inputs and shared by the manifest check, the end-to-end tests and the bench: the output
 * lands in a temporary folder named after a hash of the sources, so a second test file (or
 * a second run with nothing changed) reuses it. Parallel test workers wait on a lock folder.
 */
import { createHash } from 'crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, relative, resolve } from 'path';
import webpack from 'webpack';

export const ROOT = resolve(__dirname, '..', '..');

const INPUTS = ['src', 'test/e2e/production-build.ts', 'assets/icons', 'assets/samples/national-2024.xlsx', 'manifest.xml', 'webpack.config.js', 'scripts/esbuild-loader.js', 'scripts/pdfjs-loader.js', 'tsconfig.json', 'tsconfig.web.json', 'package-lock.json'];
const PREFIX = 'juesuan-prod-';
const INFO = 'build-info.json';
/** A lock older than this belongs to a build that died. */
const STALE_LOCK_MS = 10 * 60_000;

export interface EntryFiles {
  /** JS files the page loads before it runs (webpack's initial chunks). */
  initial: string[];
  /** Chunks the entry may load later (dynamic imports). */
  async: string[];
  /** Source modules in the initial chunks (node_modules paths included). */
  modules: string[];
}

/** One module of webpack's stats, reduced to what the checks need. */
export interface BundledModule {
  name: string;
  identifier: string;
}

export interface ProductionBuild {
  dir: string;
  entries: Record<string, EntryFiles>;
  /** Every module of the build (all entries), concatenated ones flattened; runtime modules included. */
  modules: BundledModule[];
  warnings: string[];
  /** Milliseconds webpack took when this build was made. */
  ms: number;
  /** False when an earlier build of the same sources was reused. */
  fresh: boolean;
}

function listFiles(path: string, out: string[]): string[] {
  if (!existsSync(path)) return out;
  if (statSync(path).isDirectory()) for (const name of readdirSync(path).sort()) listFiles(join(path, name), out);
  else out.push(path);
  return out;
}

/** Hash of every input file's path and content, and of the build's environment. */
export function sourceHash(): string {
  const hash = createHash('sha256');
  for (const input of INPUTS) {
    for (const file of listFiles(join(ROOT, input), [])) {
      hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
    }
  }
  hash.update(`ADDIN_URL=${process.env.ADDIN_URL ?? ''}`);
  return hash.digest('hex').slice(0, 16);
}

type ConfigFactory = (env: Record<string, unknown>, argv: { mode?: string }) => webpack.Configuration;

/** A module's source path, and those of the modules concatenated into it (scope hoisting). */
function moduleNames(m: webpack.Module, out: Set<string>): Set<string> {
  out.add(relative(ROOT, m.nameForCondition() ?? m.identifier()));
  const inner = (m as unknown as { modules?: Iterable<webpack.Module> }).modules;
  if (inner) for (const part of inner) moduleNames(part, out);
  return out;
}

/** Concatenated modules hold their parts in `modules`; orphan modules repeat some of them. */
function flatten(modules: webpack.StatsModule[] | undefined, out: Map<string, BundledModule>): Map<string, BundledModule> {
  for (const m of modules ?? []) {
    const entry = { name: m.name ?? '', identifier: m.identifier ?? '' };
    out.set(`${entry.identifier}\n${entry.name}`, entry);
    flatten(m.modules, out);
  }
  return out;
}

function runWebpack(outDir: string): Promise<Omit<ProductionBuild, 'dir' | 'fresh'>> {
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
      const errors = stats.compilation.errors.map((e) => e.message);
      if (errors.length > 0) return fail(new Error(`production build failed:\n${errors.slice(0, 5).join('\n')}`));
      const { compilation } = stats;
      const entries: Record<string, EntryFiles> = {};
      for (const [name, entrypoint] of compilation.entrypoints) {
        const initialChunks = new Set(entrypoint.chunks);
        const initial = [...initialChunks].flatMap((c) => [...c.files]).filter((f) => f.endsWith('.js'));
        const asyncFiles = new Set<string>();
        for (const chunk of initialChunks) for (const a of chunk.getAllAsyncChunks()) for (const f of a.files) if (f.endsWith('.js')) asyncFiles.add(f);
        const modules = new Set<string>();
        for (const chunk of initialChunks) for (const m of compilation.chunkGraph.getChunkModulesIterable(chunk)) moduleNames(m, modules);
        entries[name] = { initial, async: [...asyncFiles].sort(), modules: [...modules].sort() };
      }
      const json = stats.toJson({ all: false, modules: true, nestedModules: true, runtimeModules: true, orphanModules: true, warnings: true });
      const bundled = [...flatten(json.modules, new Map()).values()];
      const warnings = (json.warnings ?? []).map((w) => [w.moduleName, w.message].filter(Boolean).join(': '));
      done({ entries, modules: bundled, warnings, ms: Date.now() - started });
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Builds of other sources not used for this long are dropped. Several checkouts (other
 * worktrees, other branches) share the temporary folder, each with its own sources; removing
 * their builds at once would make them build again while their tests run.
 */
const UNUSED_BUILD_MS = 6 * 60 * 60_000;

/** Drop builds of other sources that nobody has read for UNUSED_BUILD_MS (never the one being made or read now). */
function removeOldBuilds(keep: string): void {
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith(PREFIX) || name === keep || name.includes('.lock') || name.includes('.tmp-')) continue;
    const info = statSync(join(tmpdir(), name, INFO), { throwIfNoEntry: false });
    if (info && Date.now() - info.mtimeMs < UNUSED_BUILD_MS) continue;
    rmSync(join(tmpdir(), name), { recursive: true, force: true });
  }
}

/**
 * The environment variable naming the build a test run uses (set by test/global-setup.ts):
 * sources edited while the run goes on do not make its tests build again.
 */
export const PINNED_BUILD = 'JUESUAN_TEST_BUILD';

/** A finished build, marked as in use (removeOldBuilds of another checkout looks at this time). */
function readBuild(dir: string): ProductionBuild {
  const info = JSON.parse(readFileSync(join(dir, INFO), 'utf8')) as Omit<ProductionBuild, 'dir' | 'fresh'>;
  const now = new Date();
  utimesSync(join(dir, INFO), now, now);
  return { ...info, dir, fresh: false };
}

/**
 * The production build of the current sources (or of the test run's pinned build), made now or reused.
 * @throws Error with webpack's messages when the build fails
 */
export async function productionBuild(): Promise<ProductionBuild> {
  const pinned = process.env[PINNED_BUILD];
  if (pinned && existsSync(join(pinned, INFO))) return readBuild(pinned);
  const name = `${PREFIX}${sourceHash()}`;
  const dir = join(tmpdir(), name);
  const lock = `${dir}.lock`;
  for (;;) {
    if (existsSync(join(dir, INFO))) return readBuild(dir);
    try {
      mkdirSync(lock);
      break;
    } catch {
      // Another worker is building these sources; wait for it, unless it died.
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > STALE_LOCK_MS) rmSync(lock, { recursive: true, force: true });
      await sleep(500);
    }
  }
  const tmp = `${dir}.tmp-${process.pid}`;
  try {
    rmSync(tmp, { recursive: true, force: true });
    const info = await runWebpack(tmp);
    writeFileSync(join(tmp, INFO), JSON.stringify(info));
    rmSync(dir, { recursive: true, force: true });
    renameSync(tmp, dir);
    removeOldBuilds(name);
    return { ...info, dir, fresh: true };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
    rmSync(lock, { recursive: true, force: true });
  }
}
