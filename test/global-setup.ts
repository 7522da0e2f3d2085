/**
 * Jest's global setup: make the production build (test/e2e/production-build.ts) once, before
 * any test file starts, when the run includes a test that uses it. The tests' hooks then only
 * read the finished build, so their timeouts catch hangs rather than a slow webpack on a
 * loaded machine, and sources edited during the run do not start another build. Runs that
 * pick only other tests (`npx jest test/core`) skip the build.
 */
import { existsSync, readdirSync } from 'fs';
import { join } from 'path';
import type { Config } from '@jest/types';
import { PINNED_BUILD, ROOT, productionBuild } from './e2e/production-build';

/** Folders whose test files use the production build. */
export const BUILD_TEST_DIRS = ['test/e2e', 'test/build', 'test/manifest'];

function buildTests(): string[] {
  return BUILD_TEST_DIRS.flatMap((dir) => {
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

export default async function globalSetup(globalConfig: Config.GlobalConfig): Promise<void> {
  if (globalConfig.listTests || !runNeedsBuild(globalConfig.testPathPattern)) return;
  const started = Date.now();
  const build = await productionBuild();
  // Workers start after this and inherit the environment: they all use this build.
  process.env[PINNED_BUILD] = build.dir;
  if (build.fresh) process.stderr.write(`\nproduction build for the tests made in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
}
