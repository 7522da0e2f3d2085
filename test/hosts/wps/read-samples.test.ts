/**
 * WpsHost.readWorkbook over every bundled sample gives the .xlsx host's SheetGrids cell by
 * cell, whichever form the members take and however WPS hands over what is undocumented.
 */
import { recogniseWorkbook } from '../../../src/core/schedules/recognise';
import { SAMPLES, VARIANTS, fakeWith, hostOn, sampleGrids, withoutFormulas } from './helpers';

describe('WpsHost.readWorkbook: the bundled samples', () => {
  for (const file of SAMPLES) {
    for (const members of VARIANTS) {
      it(`${file}, members as ${members}: the same SheetGrids as the .xlsx host`, async () => {
        const grids = await sampleGrids(file);
        const host = hostOn(fakeWith(grids, { workbookName: file, members }));
        const source = await host.readWorkbook();
        expect(source.file).toBe(file);
        expect(host.name).toBe(file);
        expect(source.sheets).toEqual(withoutFormulas(grids));
        expect(recogniseWorkbook(source).schedules.size).toBeGreaterThan(0);
      });
    }
  }

  it('gives the same grids whether mixed number formats come back as null or as an array, mixed merges as null or true, and empty cells as undefined or ""', async () => {
    const grids = await sampleGrids('sichuan-2024.xlsx');
    expect(grids.some((g) => g.merges.length > 0)).toBe(true);
    for (const mixedFormats of ['null', 'array'] as const) {
      for (const emptyValue of ['undefined', 'empty-string'] as const) {
        for (const mixedMerges of ['null', 'true'] as const) {
          const source = await hostOn(fakeWith(grids, { mixedFormats, emptyValue, mixedMerges })).readWorkbook();
          expect(source.sheets).toEqual(withoutFormulas(grids));
        }
      }
    }
  });

  it('reports progress once per sheet', async () => {
    const grids = await sampleGrids('national-2024.xlsx');
    const seen: string[] = [];
    await hostOn(fakeWith(grids)).readWorkbook((p) => seen.push(`${p.done}/${p.total}`));
    expect(seen).toEqual(['0/' + grids.length, ...grids.map((_, i) => `${i + 1}/${grids.length}`)]);
  });
});
