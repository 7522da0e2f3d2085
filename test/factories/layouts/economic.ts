/**
 * T06 一般公共预算财政拨款基本支出决算表: 人员经费 and 公用经费 blocks side by side, each
 * "科目编码 | 科目名称 | 决算数" (or 类 | 款 | 科目名称 | 决算数), 人员经费合计 / 公用经费合计 at the bottom.
 */
import { ECONOMIC_ITEMS } from '../../../src/core/schedules/catalogue/economic-items';
import { Figures } from '../tables';
import { amountCell, shownFen } from './cells';
import { HeaderNode, LayoutContext, Placement, ScheduleInfo, writeFootnote, writeHeader, writeTitleBlock } from './furniture';
import { SheetBuilder } from './sheet-builder';

const itemName = (code: string) => ECONOMIC_ITEMS.find((i) => i.code === code)!.name;

export function writeT06(b: SheetBuilder, top: number, ctx: LayoutContext, info: ScheduleInfo, data: { personnel: string[]; public: string[]; values: Figures }): Placement {
  const split = ctx.o.economicCodes === 'split';
  const blockWidth = split ? 4 : 3;
  const width = blockWidth * 2;
  const headerTop = writeTitleBlock(b, top, width, ctx, info);
  const blockHeader: HeaderNode[] = [...(split ? [{ text: '类' }, { text: '款' }] : [{ text: '科目编码' }]), { text: '科目名称' }, { text: '决算数' }];
  const h = writeHeader(b, headerTop, 0, [
    { text: '人员经费', children: blockHeader },
    { text: '公用经费', children: blockHeader },
  ]);
  const dataTop = headerTop + h.rows;
  const withFormulas = ctx.o.formulas && !ctx.o.textNumbers;
  const amountCol = (side: number) => side * blockWidth + blockWidth - 1;

  const writeSide = (codes: string[], side: number) => {
    const col0 = side * blockWidth;
    const rowOf = new Map<string, number>();
    codes.forEach((code, i) => {
      const gr = dataTop + i;
      rowOf.set(code, gr);
      if (split) {
        b.put(gr, col0, { value: code.slice(0, 3), numFmt: '@' });
        if (code.length === 5) b.put(gr, col0 + 1, { value: code.slice(3), numFmt: '@' });
      } else b.put(gr, col0, { value: code, numFmt: '@' });
      b.put(gr, col0 + blockWidth - 2, itemName(code));
      const shown = shownFen(data.values[code], ctx.cell);
      const isClass = code.length === 3;
      b.put(gr, amountCol(side), amountCell(shown, ctx.cell, !(withFormulas && isClass)));
      b.expect(info.id, code, '决算数', shown, gr, amountCol(side));
    });
    if (withFormulas) {
      for (const code of codes.filter((c) => c.length === 3)) {
        const items = codes.filter((c) => c.length === 5 && c.startsWith(code));
        b.formula(rowOf.get(code)!, amountCol(side), items.map((c) => [rowOf.get(c)!, amountCol(side)]));
      }
    }
  };
  writeSide(data.personnel, 0);
  writeSide(data.public, 1);
  b.width(blockWidth - 2, 26);
  b.width(2 * blockWidth - 2, 26);

  const totalRow = dataTop + Math.max(data.personnel.length, data.public.length);
  for (let r = dataTop; r < totalRow; r++) b.touch(r);
  (['人员经费合计', '公用经费合计'] as const).forEach((key, side) => {
    const col0 = side * blockWidth;
    b.put(totalRow, col0, key);
    b.merge(totalRow, col0, totalRow, col0 + blockWidth - 2);
    const shown = shownFen(data.values[key], ctx.cell);
    b.put(totalRow, amountCol(side), amountCell(shown, ctx.cell));
    b.expect(info.id, key, '决算数', shown, totalRow, amountCol(side));
  });
  const dataEnd = totalRow + 1;
  const next = writeFootnote(b, dataEnd, width, info.footnote);
  return { next, headerTop, headerBottom: headerTop + h.rows - 1, dataTop, dataEnd, amountLeft: blockWidth - 1, width };
}
