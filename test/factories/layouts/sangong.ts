/**
 * 三公 tables (T07, T08S): one data row; each item has 预算数 and 决算数, either interleaved
 * (预算数 | 决算数 per item) or grouped (all 预算数, then all 决算数).
 */
import { Fen } from '../../../src/core/grid/units';
import { amountCell, shownFen } from './cells';
import { HeaderNode, LayoutContext, Placement, ScheduleInfo, writeFootnote, writeHeader, writeLineNumbers, writeTitleBlock } from './furniture';
import { SheetBuilder } from './sheet-builder';

type Pair = { 预算数: Fen; 决算数: Fen };
const MEASURES = ['预算数', '决算数'] as const;

/** Items as a header tree; `under` gives the leaves below each item. */
function itemTree(under: (key: string) => HeaderNode[] | undefined): HeaderNode[] {
  const item = (text: string, key = text): HeaderNode => {
    const children = under(key);
    return children ? { text, children } : { text, key };
  };
  return [
    item('合计'),
    item('因公出国（境）费'),
    {
      text: '公务用车购置及运行维护费',
      children: [item('小计', '公务用车购置及运行维护费'), item('公务用车购置费'), item('公务用车运行维护费')],
    },
    item('公务接待费'),
  ];
}

export function writeSangong(b: SheetBuilder, top: number, ctx: LayoutContext, info: ScheduleInfo, data: Record<string, Pair>): Placement {
  const width = 12;
  const headerTop = writeTitleBlock(b, top, width, ctx, info);
  // Leaf keys carry "item|measure" so each header leaf maps to one figure.
  const nodes: HeaderNode[] =
    ctx.o.sangong === 'interleaved'
      ? itemTree((key) => MEASURES.map((m) => ({ text: m, key: `${key}|${m}` })))
      : MEASURES.map((m) => ({
          text: m,
          children: itemTree(() => undefined).map(function tag(n: HeaderNode): HeaderNode {
            return n.children ? { ...n, children: n.children.map(tag) } : { ...n, key: `${n.key ?? n.text}|${m}` };
          }),
        }));
  const h = writeHeader(b, headerTop, 0, nodes);
  for (let c = 0; c < width; c++) b.width(c, 12);
  let row = headerTop + h.rows;
  if (ctx.o.lineNumbers) {
    writeLineNumbers(b, row, undefined, h.leaves.map((l) => l.col));
    row++;
  }
  const dataTop = row;
  for (const leaf of h.leaves) {
    const [item, measure] = leaf.key.split('|') as [string, (typeof MEASURES)[number]];
    const shown = shownFen(data[item][measure], ctx.cell);
    b.put(row, leaf.col, amountCell(shown, ctx.cell));
    b.expect(info.id, item, measure, shown, row, leaf.col);
  }
  const dataEnd = row + 1;
  const next = writeFootnote(b, dataEnd, width, info.footnote);
  return { next, headerTop, headerBottom: headerTop + h.rows - 1, dataTop, dataEnd, amountLeft: 0, width };
}
