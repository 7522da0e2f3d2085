import JSZip from 'jszip';
import { emptyTextResultCells } from '../../../src/hosts/xlsx/empty-text-results';
import { readWorkbookBuffer } from '../../../src/hosts/xlsx/read-buffer';
import { xlsxBytes } from './factories';
import type ExcelJS from 'exceljs';

describe('emptyTextResultCells', () => {
  it('finds t="str" formulas with an empty <v>, whatever the attribute order', () => {
    const xml =
      '<sheetData><row r="1">' +
      '<c r="A1" s="3" t="str"><f>IF(B1=0,"",B1)</f><v></v></c>' +
      '<c t="str" r="B1"><f>C1&amp;""</f><v/></c>' +
      '<c r="C1" t="str"><f>"x"</f><v>x</v></c>' +
      '<c r="D1"><f>1+1</f></c>' +
      '<c r="E1" t="str"/>' +
      '<x:c r="F1" t="str"><x:f>G1</x:f><x:v></x:v></x:c>' +
      '</row></sheetData>';
    expect([...emptyTextResultCells(xml)].sort()).toEqual(['A1', 'B1', 'F1']);
  });
});

describe('readWorkbookBuffer: empty-text formula results in a sheet with an escaped name', () => {
  it('maps the sheet name through workbook.xml and its relationships', async () => {
    const bytes = await xlsxBytes((wb) => {
      const first = wb.addWorksheet('封面');
      first.getCell('A1').value = { formula: 'NOW()' } as ExcelJS.CellFormulaValue;
      const ws = wb.addWorksheet('收入&支出');
      ws.getCell('A1').value = { formula: 'IF(1=1,"",0)', result: '' };
      ws.getCell('A2').value = { formula: 'SUM(A1)' } as ExcelJS.CellFormulaValue;
    });
    // Excel writes <v/> style empties too; make sure the reader does not depend on ExcelJS's form.
    const zip = await JSZip.loadAsync(bytes);
    const sheet2 = await zip.file('xl/worksheets/sheet2.xml')!.async('string');
    expect(sheet2).toContain('<v></v>');
    zip.file('xl/worksheets/sheet2.xml', sheet2.replace('<v></v>', '<v/>'));
    const source = await readWorkbookBuffer(await zip.generateAsync({ type: 'uint8array' }), 'e.xlsx');

    expect(source.sheets[0].cells[0][0]).toEqual({ value: null, formula: 'NOW()', formulaWithoutValue: true });
    expect(source.sheets[1].name).toBe('收入&支出');
    expect(source.sheets[1].cells[0][0]).toEqual({ value: '', formula: 'IF(1=1,"",0)' });
    expect(source.sheets[1].cells[1][0]).toEqual({ value: null, formula: 'SUM(A1)', formulaWithoutValue: true });
  });
});
