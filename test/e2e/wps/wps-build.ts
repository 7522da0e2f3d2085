/**
 * The production build of webpack.wps.config.js (dist/wps), made once per content of its
 * inputs into a temporary folder and shared by the WPS package and pane tests. Jest's global
 * setup makes it once per run, before the workers start, when the run includes a test of
 * this folder (test/global-setup.ts), and pins it for them. Its own folder under test/e2e,
 * so running only these tests does not make the Excel build (the global setup looks at
 * test/e2e/*.test.ts for that one).
 */
import { createHash } from 'crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import webpack from 'webpack';
import { ROOT, sourceHash } from '../production-build';

/** The server URL the tests build with: an "&" checks the XML escaping. */
export const TEST_WPS_URL = 'http://intranet.example.gov.cn/juesuan&wps/';
const DONE = '.build-done';

async function build(dir: string): Promise<void> {
  const saved = process.env.WPS_ADDIN_URL;
  process.env.WPS_ADDIN_URL = TEST_WPS_URL;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const config = require(join(ROOT, 'webpack.wps.config.js'))({}, { mode: 'production' });
    config.output.path = dir;
    await new Promise<void>((resolve, reject) =>
      webpack(config, (err, stats) => {
        if (err) reject(err);
        else if (stats?.hasErrors()) reject(new Error(stats.toString('errors-only')));
        else resolve();
      }),
    );
  } finally {
    if (saved === undefined) delete process.env.WPS_ADDIN_URL;
    else process.env.WPS_ADDIN_URL = saved;
  }
}

/**
 * The environment variable naming the WPS build a test run uses, set by test/global-setup.ts
 * (which makes the build once, before any worker starts).
 */
export const PINNED_WPS_BUILD = 'JUESUAN_TEST_WPS_BUILD';

/**
 * The folder holding the WPS build of the current sources, made now or reused. No lock: the
 * build is written to a folder of its own process and renamed into place when complete, so a
 * run killed halfway leaves nothing another run waits on or mistakes for a build (two runs
 * building the same sources at once both finish; the second rename loses and its copy goes).
 */
export async function makeWpsBuild(): Promise<{ dir: string; fresh: boolean }> {
  const hash = createHash('sha256').update(sourceHash()).update(readFileSync(join(ROOT, 'webpack.wps.config.js'))).update(TEST_WPS_URL).digest('hex').slice(0, 16);
  const dir = join(tmpdir(), `juesuan-wps-${hash}`);
  if (existsSync(join(dir, DONE))) return { dir, fresh: false };
  const tmp = `${dir}.tmp-${process.pid}`;
  try {
    rmSync(tmp, { recursive: true, force: true });
    await build(tmp);
    writeFileSync(join(tmp, DONE), '');
    if (!existsSync(join(dir, DONE))) {
      rmSync(dir, { recursive: true, force: true });
      renameSync(tmp, dir);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return { dir, fresh: true };
}

/** The WPS build the tests use: the run's (made by the global setup), else made now. */
export async function wpsBuild(): Promise<string> {
  const pinned = process.env[PINNED_WPS_BUILD];
  if (pinned && existsSync(join(pinned, DONE))) return pinned;
  return (await makeWpsBuild()).dir;
}
