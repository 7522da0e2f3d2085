/** Which runs make the production build before their tests start (test/global-setup.ts). */
import { runNeedsBuild } from '../global-setup';

const FILES = ['/repo/test/e2e/preview-sample.test.ts', '/repo/test/build/browser-bundle.test.ts', '/repo/test/manifest/manifest.test.ts'];

describe('runNeedsBuild', () => {
  it('builds for the whole run and for runs that name a build test', () => {
    expect(runNeedsBuild('', FILES)).toBe(true);
    expect(runNeedsBuild(undefined, FILES)).toBe(true);
    expect(runNeedsBuild('test/e2e', FILES)).toBe(true);
    expect(runNeedsBuild('test/core|browser-bundle', FILES)).toBe(true);
    expect(runNeedsBuild('MANIFEST', FILES)).toBe(true);
  });

  it('skips the build for runs of other tests only', () => {
    expect(runNeedsBuild('test/core/rules', FILES)).toBe(false);
    expect(runNeedsBuild('test/hosts/excel|test/taskpane', FILES)).toBe(false);
  });

  it('makes the WPS build for runs of the WPS e2e tests, and only the WPS build for those alone', () => {
    const wps = ['/repo/test/e2e/wps/wps-pane.test.ts', '/repo/test/e2e/wps/wps-package.test.ts'];
    expect(runNeedsBuild('test/e2e/wps', wps)).toBe(true);
    expect(runNeedsBuild('test/e2e', wps)).toBe(true);
    expect(runNeedsBuild('wps-pane', wps)).toBe(true);
    expect(runNeedsBuild('test/e2e/wps', FILES)).toBe(false);
    expect(runNeedsBuild('test/e2e/preview-sample', wps)).toBe(false);
  });

  it('builds when the pattern is not a regular expression it can read', () => {
    expect(runNeedsBuild('(', FILES)).toBe(true);
  });
});
