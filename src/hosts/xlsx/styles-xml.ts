/**
 * The number format of each cell style in xl/styles.xml, as ExcelJS resolves it
 * (exceljs/lib/xlsx/xform/style/styles-xform.js getStyleModel, numfmt-xform.js): the <xf>
 * entries of <cellXfs> by index; a custom <numFmt> by id (backslashes of escaped characters
 * removed), else ExcelJS's table of built-in formats; id 0 gives none. Browser-safe.
 */
import { NotHandled, readXml, type Tokenizer } from './xml-events';

// ExcelJS's table of built-in number formats (id → { f: format code }); plain data.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const BUILT_IN: Record<string, { f?: string } | undefined> = require('exceljs/lib/xlsx/defaultnumformats');

/** The cell styles of a workbook: style index → number format code, when it has one. */
export interface CellStyles {
  /** Whether the workbook has a style at this index (ExcelJS's getStyleModel gives a model). */
  has(index: number): boolean;
  numFmt(index: number): string | undefined;
}

/** Read styles.xml. @throws NotHandled where ExcelJS would fail (a <numFmt> without a format code). */
export function readCellStyles(xml: string): CellStyles {
  const { custom, xfIds } = readXml((tokenize) => stylesOf(xml, tokenize));
  const codes = xfIds.map((id) => (id ? custom.get(id) || BUILT_IN[id]?.f || undefined : undefined));
  return {
    has: (index) => index >= 0 && index < codes.length,
    numFmt: (index) => codes[index],
  };
}

/** The custom number formats by id, and the numFmtId of each cell style. */
function stylesOf(xml: string, tokenize: Tokenizer): { custom: Map<number, string>; xfIds: number[] } {
  const custom = new Map<number, string>();
  const xfIds: number[] = [];
  let inCellXfs = false;
  let inNumFmts = false; // a <dxf> has <numFmt>s too, which are not the cells' formats
  let depth = 0; // inside an <xf> of <cellXfs>
  tokenize(xml, {
    open(tag) {
      if (depth > 0) {
        depth++;
        return;
      }
      if (tag.name === 'cellXfs') inCellXfs = true;
      else if (tag.name === 'numFmts') inNumFmts = true;
      else if (tag.name === 'numFmt' && inNumFmts) {
        const code = tag.attributes.formatCode;
        if (code === undefined) throw new NotHandled('a number format without a code');
        custom.set(parseInt(tag.attributes.numFmtId, 10), code.replace(/[\\](.)/g, '$1'));
      } else if (tag.name === 'xf' && inCellXfs) {
        xfIds.push(parseInt(tag.attributes.numFmtId, 10));
        depth = 1;
      }
    },
    close(name) {
      if (depth > 0) depth--;
      else if (name === 'cellXfs') inCellXfs = false;
      else if (name === 'numFmts') inNumFmts = false;
    },
  });
  if (xfIds.length === 0) throw new NotHandled('no cell styles');
  return { custom, xfIds };
}
