import { CellRef, a1 } from '../../grid/sheet-grid';
import { DEFAULT_UNIT, Unit, unitFromText } from '../../grid/units';
import { labelledUnit } from './identity';
import { SheetIndex } from './sheet-index';
import { isDigits, isLabelWord, norm, yearIn } from './text';

/** What the lines around a title say: unit, unit name, year. */
export interface Furniture {
  unit: Unit;
  unitDeclared: boolean;
  unitName?: string;
  unitNameRef?: CellRef;
  year?: number;
  yearRef?: CellRef;
}

const UNIT_WORD = /^(?:人民币)?(?:亿元|万元|千元|元)$/;

/**
 * The department name after 部门： / 编制单位： / 单位： (never 金额单位：, and never when the
 * text after 单位： is itself a unit such as 万元).
 * @example unitNameIn('编制单位：某某局\u3000\u3000金额单位：万元') === '某某局'
 */
export function unitNameIn(raw: string): string | undefined {
  const re = /(部门|编制单位|填报单位|单位)\s*[:：]\s*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(raw)) !== null) {
    if (m.index > 0 && raw[m.index - 1] === '额') continue;
    const rest = raw.slice(m.index + m[0].length);
    const cut = rest.split(/\s{2,}|[\u3000]|金额单位|单位\s*[:：]|（?(?:19|20)\d{2}年/)[0].trim();
    if (cut !== '' && !UNIT_WORD.test(norm(cut)) && !/^(?:亿元|万元|千元|元)/.test(cut)) return cut;
  }
  return undefined;
}

/**
 * Read unit, unit name and year from the title row down to the first data row. The unit may
 * also sit in a header as "金额（万元）"; the first unit found wins.
 */
export function readFurniture(ix: SheetIndex, from: number, to: number): Furniture {
  const out: Furniture = { unit: DEFAULT_UNIT, unitDeclared: false };
  for (let r = Math.max(0, from); r < to; r++) {
    for (const tc of ix.rows[r]) {
      if (!out.unitDeclared) {
        const unit = unitFromText(tc.raw);
        if (unit) {
          out.unit = unit;
          out.unitDeclared = true;
        }
      }
      if (out.unitName === undefined) {
        const name = unitNameIn(tc.raw);
        if (name !== undefined) {
          out.unitName = name;
          out.unitNameRef = { sheet: ix.name, address: a1(r, tc.col) };
        }
      }
      if (out.year === undefined) {
        const y = yearIn(tc.raw);
        if (y !== undefined) {
          out.year = y;
          out.yearRef = { sheet: ix.name, address: a1(r, tc.col) };
        }
      }
    }
    // "编制单位：" in one cell and the name in the next.
    if (out.unitName === undefined) {
      const clue = labelledUnit(ix, r, /^(?:部门|编制单位|填报单位|单位)[：:]?$/);
      if (clue) {
        out.unitName = clue.value;
        out.unitNameRef = clue.ref;
      }
    }
  }
  return out;
}

/**
 * A furniture line sits between the title and the header: unit line, table code, year,
 * a second title line. Header rows never consist of such cells only.
 */
export function isFurnitureRow(ix: SheetIndex, r: number): boolean {
  const cells = ix.rows[r];
  if (cells.length === 0) return false;
  return cells.every((tc) => {
    const t = tc.text;
    if (isLabelWord(t)) return false;
    if (unitFromText(tc.raw) || unitNameIn(tc.raw) !== undefined) return true;
    if (/^(公开|财决)\d+表$/.test(t) || /^附?表[一二三四五六七八九十\d]+$/.test(t) || /^附件\d*$/.test(t)) return true;
    if (/^（?(?:19|20)\d{2}年(?:度)?）?$/.test(t) || /^（?(?:19|20)\d{2}年\d{1,2}月\d{1,2}日）?$/.test(t)) return true;
    if (t.includes('决算') && t.includes('表')) return true;
    return /^单位[：]/.test(t) && !isDigits(t);
  });
}
