/** Where the WPS pane finds the Application and its events (wpsjs 2.x and 1.x templates). */
import { wpsGlobals } from '../../src/wps/application';

describe('wpsGlobals', () => {
  it('takes window.Application and its ApiEvent (wpsjs 2.x)', () => {
    const ApiEvent = {};
    const app = { ActiveWorkbook: {}, ApiEvent };
    expect(wpsGlobals({ Application: app })).toEqual({ app, events: ApiEvent });
  });

  it('falls back to wps.EtApplication() and wps.ApiEvent (wpsjs 1.x ET template)', () => {
    const app = { ActiveWorkbook: {} };
    const ApiEvent = {};
    expect(wpsGlobals({ wps: { EtApplication: () => app, ApiEvent } })).toEqual({ app, events: ApiEvent });
  });

  it('finds nothing outside WPS', () => {
    expect(wpsGlobals({})).toBeUndefined();
  });
});
