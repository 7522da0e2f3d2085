/**
 * Jest's global setup: make the production build (test/e2e/production-build.ts), the WPS
 * build (test/e2e/wps/wps-build.ts) and the compiled command line (dist/, as `npm run
 * build:cli` makes it) once each, before any test file starts, when the run includes a test
 * that uses it. The tests' hooks then only
 * read the finished build, so their timeouts catch hangs rather than a slow webpack on a
 * loaded machine, and sources edited during the run do not start another build. Runs that
 * pick only other tests (`npx jest test/core`) skip the build.
 */
import { execFileSync } from 'child_process';
import { existsSync, readdirSync } from 'fs';
import { join } from 'path';
import type { Config } from '@jest/types';
import { PINNED_BUILD, ROOT, productionBuild } from './e2e/production-build';
import { PINNED_WPS_BUILD, makeWpsBuild } from './e2e/wps/wps-build';

/** Folders whose test files use the production build (not their sub-folders). */
export const BUILD_TEST_DIRS = ['test/e2e', 'test/build', 'test/manifest'];
/** Folders whose test files use the WPS build. */
export const WPS_TEST_DIRS = ['test/e2e/wps'];
/** Test files that run the compiled command (bin/juesuan.js, its --jobs worker threads). */
export const CLI_BUILD_TESTS = ['test/cli/bin.test.ts', 'test/cli/check-jobs.test.ts', 'test/cli/check-report.test.ts'];

/** dist/ as `npm run build:cli` makes it (tsc, then the ECharts bundle), so those tests see the current sources. */
function buildCli(): void {
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.cli.json'], { cwd: ROOT });
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'bundle-echarts.js')], { cwd: ROOT });
}

function buildTests(dirs = BUILD_TEST_DIRS): string[] {
  return dirs.flatMap((dir) => {
    const abs = join(ROOT, dir);
    return existsSync(abs) ? readdirSync(abs).filter((f) => f.endsWith('.test.ts')).map((f) => join(abs, f)) : [];
  });
}

/** Whether a run with this path pattern (jest's positional arguments, joined by "|") runs a test of BUILD_TEST_DIRS. */
export function runNeedsBuild(testPathPattern: string | undefined, files: string[] = buildTests()): boolean {
  if (!testPathPattern) return true;
  let pattern: RegExp;
  try {
    pattern = new RegExp(testPathPattern, 'i');
  } catch {
    return true;
  }
  return files.some((f) => pattern.test(f));
}

const seconds = (started: number) => ((Date.now() - started) / 1000).toFixed(0);

export default async function globalSetup(globalConfig: Config.GlobalConfig): Promise<void> {
  if (globalConfig.listTests) return;
  // Workers start after this and inherit the environment: they all use these builds.
  if (runNeedsBuild(globalConfig.testPathPattern)) {
    const started = Date.now();
    const build = await productionBuild();
    process.env[PINNED_BUILD] = build.dir;
    if (build.fresh) process.stderr.write(`\nproduction build for the tests made in ${seconds(started)} s\n`);
  }
  if (runNeedsBuild(globalConfig.testPathPattern, CLI_BUILD_TESTS.map((f) => join(ROOT, f)))) {
    const started = Date.now();
    buildCli();
    process.stderr.write(`\ncommand line compiled for the tests in ${seconds(started)} s\n`);
  }
  if (runNeedsBuild(globalConfig.testPathPattern, buildTests(WPS_TEST_DIRS))) {
    const started = Date.now();
    const build = await makeWpsBuild();
    process.env[PINNED_WPS_BUILD] = build.dir;
    if (build.fresh) process.stderr.write(`\nWPS build for the tests made in ${seconds(started)} s\n`);
  }
}
