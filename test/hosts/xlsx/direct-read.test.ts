/**
 * The direct reader (sheet XML straight into grids) against ExcelJS, the reference: every
 * fixture variant and every sample workbook give deep-equal grids both ways, and the
 * inputs the direct reader leaves to ExcelJS are read by ExcelJS.
 */
import { promises as fs } from 'fs';
import path from 'path';
import { checkWorkbook } from '../../../src/core/check';
import { directGrids } from '../../../src/hosts/xlsx/direct-grids';
import { readWorkbookBuffer } from '../../../src/hosts/xlsx/read-buffer';
import { listSheets } from '../../../src/hosts/xlsx/sheet-list';
import { ZipParts } from '../../../src/hosts/xlsx/zip-parts';
import { buildFixture, FIXTURE_VARIANTS, writeXlsx } from '../../factories';

const SAMPLES = path.join(__dirname, '../../../assets/samples');

/** The direct reader's grids for every sheet of the workbook, or undefined when it leaves the file to ExcelJS. */
async function direct(bytes: Uint8Array) {
  const zip = await ZipParts.open(bytes);
  const { sheets, date1904 } = await listSheets(zip);
  return directGrids(
    zip,
    sheets.filter((s) => s.worksheet).map((sheet) => ({ sheet, full: true })),
    date1904,
  );
}

async function expectSameAsExcelJs(bytes: Uint8Array, name: string): Promise<void> {
  const reference = await readWorkbookBuffer(bytes, name, { exceljs: true, allSheets: true });
  const grids = await direct(bytes);
  expect(grids).toBeDefined();
  expect(grids).toEqual(reference.sheets);
  // And through the public reader, with the same findings.
  const read = await readWorkbookBuffer(bytes, name, { allSheets: true });
  expect(read).toEqual(reference);
  expect(checkWorkbook(read).findings).toEqual(checkWorkbook(reference).findings);
}

describe('direct reader: the same grids as ExcelJS', () => {
  it.each(FIXTURE_VARIANTS.map((v) => [v.name, v.options] as const))('fixture %s', async (name, options) => {
    await expectSameAsExcelJs(await writeXlsx(buildFixture(options).sheets), `${name}.xlsx`);
  });

  it.each(['national-2023.xlsx', 'national-2024.xlsx', 'sichuan-2023.xlsx', 'sichuan-2024.xlsx'])('sample %s', async (file) => {
    await expectSameAsExcelJs(await fs.readFile(path.join(SAMPLES, file)), file);
  });
});
