/**
 * The Excel host's cost of a full read, measured through the fake Excel object model
 * (test/hosts/excel/fake-excel): syncs, requests and payload bytes per sync, for the
 * fourteen-schedule Sichuan 2021 workbook, the same with 36 more sheets (50), and with a
 * 50,000 × 20 sheet of figures added. Excel on the web refuses a request or response
 * over 5 MB.
 */
/// <reference types="office-js" />
import { type SheetGrid, gridFromRows } from '../../src/core/grid/sheet-grid';
import { ExcelHost } from '../../src/hosts/excel';
import { buildFixture } from '../../test/factories';
import { FIVE_MB, FakeExcel } from '../../test/hosts/excel/fake-excel';
import { timed } from '../measure';
import { Table, int, ms } from '../table';

function fillers(count: number): SheetGrid[] {
  return Array.from({ length: count }, (_, i) => gridFromRows(`附注${i + 1}`, [['说明', `第 ${i + 1} 页`], [i, i * 1.5]]));
}

function figures(rows: number, cols: number): SheetGrid {
  return gridFromRows(
    '明细数据',
    Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => ((r * 7919 + c * 104729) % 1_000_000) / 100)),
  );
}

const kb = (bytes: number): string => (bytes / 1024).toFixed(1);

/** "a + b + c", or the first three and how many more for long series. */
function series(values: string[]): string {
  return values.length <= 4 ? values.join(' + ') : `${values.slice(0, 3).join(' + ')} + ${values.length - 3} more`;
}

async function measure(label: string, sheets: SheetGrid[]): Promise<string[]> {
  const fake = new FakeExcel(sheets);
  const host = new ExcelHost({ run: fake.run, isSetSupported: fake.isSetSupported });
  const { ms: elapsed, result } = await timed(() => host.readWorkbook());
  const cells = result.sheets.reduce((n, g) => n + g.cells.reduce((m, row) => m + row.filter(Boolean).length, 0), 0);
  const syncs = fake.syncs;
  const maxRequest = Math.max(...syncs.map((s) => s.requestBytes));
  const maxResponse = Math.max(...syncs.map((s) => s.responseBytes));
  return [
    label,
    int(sheets.length),
    int(cells),
    int(syncs.length),
    series(syncs.map((s) => String(s.requests))),
    kb(maxRequest),
    kb(maxResponse),
    series(syncs.map((s) => kb(s.responseBytes))),
    maxRequest < FIVE_MB && maxResponse < FIVE_MB && syncs.every((s) => !s.failed) ? 'yes' : 'NO',
    ms(elapsed),
  ];
}

export async function benchExcelSyncs(): Promise<Table> {
  const fixture = buildFixture({ template: 'sichuan2021' }).sheets;
  return {
    title: 'Excel host: full read through the fake Office.js object model',
    headers: ['workbook', 'sheets', 'cells', 'syncs', 'requests per sync', 'max request KB', 'max response KB', 'response KB per sync', 'under 5 MB', 'ms'],
    rows: [
      await measure('Sichuan 2021, 14 schedules', fixture),
      await measure('+ 36 note sheets', [...fixture, ...fillers(36)]),
      await measure('+ 50,000 × 20 figures', [...fixture, figures(50_000, 20)]),
    ],
    notes: [
      'Syncs: 1 sheet list, 1 used ranges, then cell blocks packed into 4 MB (estimated at 64 B per cell) per sync.',
      'Requests count queued actions (object creations, loads, method calls); bytes are the batch and its data as JSON.',
      'ms is the fake in Node, not Excel: a real sync also costs a round trip to Excel.',
    ],
  };
}
