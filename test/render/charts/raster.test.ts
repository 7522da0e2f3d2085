/** raster.ts: resvg-wasm started without Node's lazy fetch globals, which are put back after. */
import { withoutFetchGlobals } from '../../../src/render/charts/raster';

const descriptors = () => ['Request', 'Response'].map((name) => Object.getOwnPropertyDescriptor(globalThis, name));

describe('withoutFetchGlobals', () => {
  it('hides Request and Response while the start runs, and puts them back as they were', async () => {
    const before = descriptors();
    const seen = await withoutFetchGlobals(async () => [typeof globalThis.Request, typeof globalThis.Response]);
    expect(seen).toEqual(['undefined', 'undefined']);
    expect(descriptors()).toEqual(before);
  });

  it('puts them back when the start fails', async () => {
    const before = descriptors();
    await expect(withoutFetchGlobals(() => Promise.reject(new Error('no wasm')))).rejects.toThrow('no wasm');
    expect(descriptors()).toEqual(before);
  });
});
