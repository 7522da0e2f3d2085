/**
 * The sheets of a workbook read straight from their XML (sheet-xml-grid.ts), with the styles
 * and shared strings read once: no ExcelJS workbook, no second zip. Gives undefined when any
 * part is something this reader leaves to ExcelJS; read-buffer.ts then reads the file with
 * ExcelJS, so the grids are the same either way. Browser-safe.
 */
import type { SheetGrid } from '../../core/grid/sheet-grid';
import { readSharedStrings } from './shared-strings-xml';
import type { ListedSheet } from './sheet-list';
import { sheetXmlToGrid } from './sheet-xml-grid';
import { readCellStyles } from './styles-xml';
import { type ZipParts, ZipRefusal } from './zip-parts';

/** A listed sheet and whether it is read in full (`full`); the others come back empty. */
export interface SheetToRead {
  sheet: ListedSheet;
  full: boolean;
}

/**
 * The grids in workbook order, or undefined when ExcelJS must read this workbook.
 * @throws ZipRefusal when a part inflates beyond the caps (as the ExcelJS path would).
 */
export async function directGrids(zip: ZipParts, sheets: SheetToRead[], date1904: boolean): Promise<SheetGrid[] | undefined> {
  try {
    // ExcelJS reads these two parts under these names only (exceljs/lib/xlsx/xlsx.js load).
    const stylesXml = await zip.text('xl/styles.xml');
    if (stylesXml === undefined) return undefined;
    const stringsXml = await zip.text('xl/sharedStrings.xml');
    const styles = readCellStyles(stylesXml);
    const strings = stringsXml === undefined ? undefined : readSharedStrings(stringsXml);
    const grids: SheetGrid[] = [];
    for (const { sheet, full } of sheets) {
      if (!full) {
        grids.push({ name: sheet.name, cells: [], merges: [], hidden: sheet.hidden });
        continue;
      }
      const xml = await zip.text(sheet.path as string);
      if (xml === undefined) return undefined;
      grids.push(sheetXmlToGrid(xml, sheet.name, sheet.hidden, { styles, strings, date1904, formulae: new Map() }));
    }
    return grids;
  } catch (e) {
    // Anything unexpected here too: ExcelJS then reads the file, or says why it cannot.
    if (e instanceof ZipRefusal) throw e;
    return undefined;
  }
}
