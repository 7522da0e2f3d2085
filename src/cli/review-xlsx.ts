import ExcelJS from 'exceljs';
import { ReviewTable } from './review-tables';

/**
 * The reviewer's report as an .xlsx: one sheet per table, the header row bold and frozen
 * (a worksheet view with state "frozen", ySplit 1) and an autofilter over the header
 * (ExcelJS README, "Worksheet Views" and "Auto Filters").
 */
export async function reviewXlsx(tables: ReviewTable[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '决算助手';
  for (const t of tables) {
    const sheet = workbook.addWorksheet(t.name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
    sheet.addRow(t.headers).font = { bold: true };
    for (const row of t.rows) sheet.addRow(row);
    t.widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, t.rows.length + 1), column: t.headers.length } };
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
