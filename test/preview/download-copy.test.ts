import { readFileSync } from 'fs';
import { join } from 'path';
import { checkWorkbook } from '../../src/core/check';
import { readWorkbookBuffer } from '../../src/hosts/xlsx/read-buffer';
import { STORED_SHEET, StoredData, emptyStored, storedFromWorkbook } from '../../src/core/stored';
import { copyFileName, workbookCopy } from '../../src/preview/download-copy';

const SAMPLE = join(__dirname, '..', '..', 'assets', 'samples', 'national-2024.xlsx');
const AT = '2025-03-01T08:00:00.000Z';

const ruleCells = (sheets: Parameters<typeof checkWorkbook>[0]) =>
  checkWorkbook(sheets).findings.map((f) => `${f.outcome} ${f.rule} ${f.cells.map((c) => `${c.sheet}!${c.address}`).join(',')}`);

describe('workbookCopy', () => {
  const bytes = new Uint8Array(readFileSync(SAMPLE));
  const stored: StoredData = { ...emptyStored(), savedAt: AT, annotations: { 'T07-R02b@表7!C7,表7!D7': { explanation: '出访任务增加', updatedAt: AT } } };
  const storedIn = (source: { sheets: Parameters<typeof storedFromWorkbook>[0]['sheets'] }) => storedFromWorkbook({ sheets: source.sheets }).data;

  it('adds the stored data in a hidden sheet and the exported sheets; the schedules check the same', async () => {
    const owned = new Map([['决算助手_审核结果', [['规则', '问题'], ['T01-R01', '不平衡']]]]);
    const copy = await workbookCopy(bytes, stored, owned);
    const source = await readWorkbookBuffer(copy, 'copy.xlsx');
    const original = await readWorkbookBuffer(bytes, 'national-2024.xlsx');
    expect(source.sheets.map((s) => s.name)).toEqual([...original.sheets.map((s) => s.name), '决算助手_审核结果', STORED_SHEET]);
    expect(source.sheets.find((s) => s.name === STORED_SHEET)?.hidden).toBe(true);
    expect(storedIn(source)).toEqual(stored);
    const scheduleSheets = { file: 'x', sheets: source.sheets.filter((s) => !s.name.startsWith('决算助手_')) };
    expect(ruleCells(scheduleSheets)).toEqual(ruleCells({ file: 'x', sheets: original.sheets }));
  });

  it('replaces the add-in sheets of an earlier copy instead of adding more', async () => {
    const first = await workbookCopy(bytes, stored, new Map([['决算助手_审核结果', [['旧']]]]));
    const next: StoredData = { ...emptyStored(), annotations: { K: { ignored: true, updatedAt: AT } } };
    const second = await workbookCopy(first, next, new Map([['决算助手_审核结果', [['新']]]]));
    const source = await readWorkbookBuffer(second, 'copy2.xlsx');
    expect(source.sheets.filter((s) => s.name.startsWith('决算助手_')).map((s) => s.name)).toEqual(['决算助手_审核结果', STORED_SHEET]);
    expect(source.sheets.find((s) => s.name === '决算助手_审核结果')?.cells[0]?.[0]?.value).toBe('新');
    expect(storedIn(source)).toEqual(next);
  });

  it('writes no stored-data sheet when nothing is stored, and drops version 0.1\'s annotation sheet', async () => {
    const source = await readWorkbookBuffer(await workbookCopy(bytes, emptyStored(), new Map()), 'copy.xlsx');
    expect(source.sheets.some((s) => s.name.startsWith('决算助手_'))).toBe(false);
  });

  it('names the copy after the original', () => {
    expect(copyFileName('national-2024.xlsx')).toBe('national-2024-含说明.xlsx');
    expect(copyFileName('决算.XLSX')).toBe('决算-含说明.xlsx');
  });
});
