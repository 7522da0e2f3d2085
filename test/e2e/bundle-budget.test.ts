/**
 * The task pane's initial JavaScript stays within its budget and carries none of the heavy
 * libraries that are loaded only when used (ExcelJS, the .docx writer, charts, the report
 * readers and pdf.js).
 */
import { PANE_BUDGET_GZIP, entrySizes } from './bundle-size';
import { ProductionBuild, productionBuild } from './production-build';

describe('production bundle', () => {
  let build: ProductionBuild;
  beforeAll(async () => {
    build = await productionBuild();
  }, 240_000);

  it(`keeps the task pane's initial JS (gzip) within ${PANE_BUDGET_GZIP / 1024} KiB`, () => {
    const pane = entrySizes(build).find((s) => s.entry === 'taskpane');
    expect(pane?.gzipBytes).toBeGreaterThan(10_000);
    expect(pane?.gzipBytes).toBeLessThanOrEqual(PANE_BUDGET_GZIP);
  });

  it('leaves ExcelJS, docx and ECharts out of the pane\'s first load and loads the Excel host on demand', () => {
    const { initial, async: later, modules } = build.entries.taskpane;
    expect(initial).toEqual(['taskpane.js']);
    expect(modules.filter((m) => /node_modules\/(exceljs|docx|echarts|jszip)\//.test(m))).toEqual([]);
    expect(modules).toContain('src/taskpane/components/PaneApp.tsx');
    expect(modules.some((m) => m.startsWith('src/hosts/excel/'))).toBe(false);
    expect(later.some((f) => /^chunks\/excel-host\.[0-9a-f]{8}\.js$/.test(f))).toBe(true);
  });

  it("loads the 核对 tab's report readers and pdf.js on demand, pdf.js as a chunk of its own", () => {
    const { async: later, modules } = build.entries.taskpane;
    expect(modules.filter((m) => /node_modules\/pdfjs-dist\//.test(m) || m.startsWith('src/hosts/report-text/docx-text'))).toEqual([]);
    expect(modules).toContain('src/taskpane/verify/VerifyTab.tsx');
    expect(later.some((f) => /^chunks\/pdfjs\.[0-9a-f]{8}\.js$/.test(f))).toBe(true);
    expect(later.some((f) => /^chunks\/report-reader\.[0-9a-f]{8}\.js$/.test(f))).toBe(true);
  });

  it('keeps the engine a single self-contained file and the preview free of office.js', () => {
    expect(build.entries.engine.initial).toEqual(['engine.js']);
    expect(build.entries.engine.async).toEqual([]);
    expect(build.entries.preview.modules.some((m) => m.includes('office'))).toBe(false);
    expect(build.entries.preview.modules).toContain('src/preview/preview-host.ts');
  });
});
