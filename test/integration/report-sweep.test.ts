/**
 * Report sweep (issue 16.1): every single-cell mutation of the bundled samples that `check`
 * survives, the report (narrative, rendered as text) and the charts survive too: no throw, no
 * NaN / Infinity / undefined in what a reader sees, open items unique. Every text cell (titles,
 * headers, labels, notes) is blanked and overwritten with a stray title; every number cell is
 * overwritten with odd text (an unreadable figure, as an error value or a blank-free note
 * would be). The survival counts are written to test-output/report-sweep.json.
 *
 * `check` is recognition plus the rules, and the runner turns a rule that throws into an
 * 'error' finding, so check survives exactly when recognition does; recognition is what runs
 * per mutation (the full check costs ten times more), and every 50th mutation also runs the
 * full check to hold that equivalence.
 */
import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import { buildChartSpecs } from '../../src/core/charts/specs';
import { checkWorkbook } from '../../src/core/check';
import { CellValue, GridCell, SheetGrid, WorkbookSource } from '../../src/core/grid/sheet-grid';
import { generateNarrative } from '../../src/core/narrative';
import { WorkbookModel } from '../../src/core/schedules/model';
import { recogniseWorkbook } from '../../src/core/schedules/recognise';
import { readWorkbookFile } from '../../src/hosts/xlsx';
import { renderText } from '../../src/render/text';

const SAMPLES = join(__dirname, '..', '..', 'assets', 'samples');

const TEXT_MUTATIONS: { name: string; value: CellValue }[] = [
  { name: 'blank', value: null },
  { name: 'stray title', value: '一般公共预算财政拨款支出决算表' },
];
const NUMBER_MUTATIONS: { name: string; value: CellValue }[] = [{ name: 'odd text', value: '见附件' }];
const FULL_CHECK_EVERY = 50;

interface Tally {
  mutations: number;
  checkSurvived: number;
  narrativeSurvived: number;
  chartsSurvived: number;
}
const results: Record<string, Tally> = {};

afterAll(() => {
  const dir = join(__dirname, '..', '..', 'test-output');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'report-sweep.json'), JSON.stringify(results, null, 2));
});

/** The workbook with one cell replaced; other sheets and rows are shared. */
function withCell(sheets: SheetGrid[], sheet: number, row: number, col: number, value: CellValue): SheetGrid[] {
  return sheets.map((g, i) => {
    if (i !== sheet) return g;
    const cells = g.cells.slice();
    const r = (cells[row] ?? []).slice();
    r[col] = value === null ? null : ({ value } as GridCell);
    cells[row] = r;
    return { ...g, cells };
  });
}

const BAD_TEXT = /NaN|Infinity|undefined|\[object/;

/** What went wrong with the report and charts of one mutated workbook, or undefined. */
function reportProblem(model: WorkbookModel, prior: WorkbookModel): { narrative?: string; charts?: string } {
  const out: { narrative?: string; charts?: string } = {};
  try {
    const doc = generateNarrative(model, { style: model.template === 'national' ? 'national' : 'sichuan', prior });
    const text = renderText(doc);
    const ids = doc.openItems.map((o) => o.id);
    if (BAD_TEXT.test(text)) out.narrative = `bad text: ${BAD_TEXT.exec(text)?.[0]}`;
    else if (new Set(ids).size !== ids.length) out.narrative = 'duplicate open item ids';
  } catch (e) {
    out.narrative = e instanceof Error ? e.message : String(e);
  }
  try {
    const set = buildChartSpecs(model, prior);
    const values = set.charts.flatMap((c) => c.series.flatMap((s) => s.values));
    if (values.some((v) => typeof v === 'number' && !Number.isFinite(v))) out.charts = 'non-finite chart value';
    if (BAD_TEXT.test(JSON.stringify(set.charts.map((c) => [c.title, c.categories])))) out.charts = 'bad chart text';
  } catch (e) {
    out.charts = e instanceof Error ? e.message : String(e);
  }
  return out;
}

describe.each(['national', 'sichuan'])('sample %s', (prefix) => {
  let source: WorkbookSource;
  let prior: WorkbookModel;

  beforeAll(async () => {
    source = await readWorkbookFile(join(SAMPLES, `${prefix}-2024.xlsx`));
    prior = recogniseWorkbook(await readWorkbookFile(join(SAMPLES, `${prefix}-2023.xlsx`)));
  });

  it('survives every single-cell mutation that the check survives', () => {
    const tally: Tally = { mutations: 0, checkSurvived: 0, narrativeSurvived: 0, chartsSurvived: 0 };
    const failures: string[] = [];
    source.sheets.forEach((grid, s) => {
      grid.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (!cell || cell.value === null || cell.value === '') return;
          for (const m of typeof cell.value === 'number' ? NUMBER_MUTATIONS : TEXT_MUTATIONS) {
            tally.mutations += 1;
            const sheets = withCell(source.sheets, s, r, c, m.value);
            let model: WorkbookModel | undefined;
            try {
              model = recogniseWorkbook({ file: source.file, sheets });
            } catch {
              model = undefined;
            }
            if (tally.mutations % FULL_CHECK_EVERY === 0) {
              let checked = true;
              try {
                checkWorkbook({ file: source.file, sheets }, { prior });
              } catch {
                checked = false;
              }
              expect(checked).toBe(model !== undefined);
            }
            if (!model) continue;
            tally.checkSurvived += 1;
            const problem = reportProblem(model, prior);
            if (!problem.narrative) tally.narrativeSurvived += 1;
            if (!problem.charts) tally.chartsSurvived += 1;
            if (problem.narrative || problem.charts) {
              failures.push(`${grid.name}!R${r + 1}C${c + 1} ${m.name}: ${problem.narrative ?? ''} ${problem.charts ?? ''}`.trim());
            }
          }
        }),
      );
    });
    results[prefix] = tally;
    expect(tally.checkSurvived).toBeGreaterThan(0);
    expect(failures.slice(0, 20)).toEqual([]);
  }, 900_000);
});
