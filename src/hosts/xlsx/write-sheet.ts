import ExcelJS from 'exceljs';

/**
 * A new one-sheet workbook holding `rows` (the 补充信息 template and similar add-in-owned
 * files). Never used on a user's schedules: it creates a workbook of its own.
 * @example await writeSheetXlsx('补充信息', [['项目', '内容']])
 */
export async function writeSheetXlsx(sheetName: string, rows: (string | number | null)[][], widths: number[] = [36, 48]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  for (const row of rows) sheet.addRow(row);
  widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  if (rows.length > 0) sheet.getRow(1).font = { bold: true };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
