import { ECONOMIC_ITEMS } from '../../schedules/catalogue/economic-items';
import { BlankSheet, BlankSheetBuilder, plus } from './blank-sheet';
import { BlankContext, blankSheetName, writeFootnote, writeHeader, writeTitleBlock } from './furniture';
import { FOOTNOTES, printedTitle } from './titles';

const SIDES = [
  { side: 'personnel', total: '人员经费合计' },
  { side: 'public', total: '公用经费合计' },
] as const;

/**
 * T06 一般公共预算财政拨款基本支出决算表: 人员经费 | 公用经费 blocks of 科目编码 | 科目名称 | 决算数
 * with every economic item of the catalogue; each class sums its items, and 人员经费合计 /
 * 公用经费合计 at the bottom sum their side's classes.
 */
export function t06Sheet(ctx: BlankContext): BlankSheet {
  const title = printedTitle('T06', ctx.template);
  const b = new BlankSheetBuilder(blankSheetName(ctx.numbers.get('T06') ?? '', title, ctx.template === 'national'));
  const top = writeTitleBlock(b, 6, ctx, 'T06', title);
  const blockHeader = [{ text: '科目编码' }, { text: '科目名称' }, { text: '决算数' }];
  const h = writeHeader(b, top, 0, [
    { text: '人员经费', children: blockHeader },
    { text: '公用经费', children: blockHeader },
  ]);
  const dataTop = top + h.rows;
  const sides = SIDES.map((s) => ECONOMIC_ITEMS.filter((i) => i.side === s.side));
  const totalRow = dataTop + Math.max(...sides.map((s) => s.length));
  SIDES.forEach((s, i) => {
    const items = sides[i];
    const col0 = i * 3;
    const amount = col0 + 2;
    const rowOf = new Map(items.map((item, j) => [item.code, dataTop + j]));
    const isClass = (code: string) => code.length === 3;
    for (const item of items) {
      const gr = rowOf.get(item.code)!;
      b.code(gr, col0, item.code);
      b.put(gr, col0 + 1, item.name);
      const under = items.filter((x) => !isClass(x.code) && x.code.startsWith(item.code));
      if (isClass(item.code) && under.length > 0) b.sum(gr, amount, plus(under.map((x) => [rowOf.get(x.code)!, amount])));
      else b.input(gr, amount, { schedule: 'T06', key: item.code, column: '决算数' });
    }
    b.put(totalRow, col0, s.total);
    b.merge(totalRow, col0, totalRow, col0 + 1);
    b.sum(totalRow, amount, plus(items.filter((x) => isClass(x.code)).map((x) => [rowOf.get(x.code)!, amount])));
    b.width(col0, 10);
    b.width(col0 + 1, 26);
    b.width(amount, 14);
  });
  writeFootnote(b, totalRow + 1, 6, FOOTNOTES.T06);
  return b.build();
}
