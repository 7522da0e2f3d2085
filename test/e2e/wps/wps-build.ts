/**
 * The production build of webpack.wps.config.js (dist/wps), made once per content of its
 * inputs into a temporary folder and shared by the WPS package and pane tests (a lock folder
 * makes a second worker wait). Its own folder under test/e2e, so running only these tests
 * does not make the Excel build (test/global-setup.ts looks at test/e2e/*.test.ts).
 */
import { createHash } from 'crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import webpack from 'webpack';
import { ROOT, sourceHash } from '../production-build';

/** The server URL the tests build with: an "&" checks the XML escaping. */
export const TEST_WPS_URL = 'http://intranet.example.gov.cn/juesuan&wps/';
const DONE = '.build-done';

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

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

/** The folder holding the WPS build of the current sources. */
export async function wpsBuild(): Promise<string> {
  const hash = createHash('sha256').update(sourceHash()).update(readFileSync(join(ROOT, 'webpack.wps.config.js'))).update(TEST_WPS_URL).digest('hex').slice(0, 16);
  const dir = join(tmpdir(), `juesuan-wps-${hash}`);
  const lock = `${dir}.lock`;
  for (;;) {
    if (existsSync(join(dir, DONE))) return dir;
    try {
      mkdirSync(lock);
    } catch {
      await sleep(2000);
      continue;
    }
    try {
      rmSync(dir, { recursive: true, force: true });
      await build(dir);
      writeFileSync(join(dir, DONE), '');
      return dir;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}
