import type { ScheduleId } from '../../schedules/model';
import { BlankSheet, BlankSheetBuilder, plus } from './blank-sheet';
import { BlankContext, HeaderNode, blankSheetName, writeFootnote, writeHeader, writeLineNumbers, writeTitleBlock } from './furniture';
import { FOOTNOTES, printedTitle } from './titles';

const MEASURES = ['预算数', '决算数'] as const;
const pair = (item: string): HeaderNode[] => MEASURES.map((m) => ({ text: m, key: `${item}|${m}` }));

/** Items in table order; 合计 and the 公务用车 小计 sum the items named. */
const ITEMS: HeaderNode[] = [
  { text: '合计', children: pair('合计') },
  { text: '因公出国（境）费', children: pair('因公出国（境）费') },
  {
    text: '公务用车购置及运行维护费',
    children: [
      { text: '小计', children: pair('公务用车购置及运行维护费') },
      { text: '公务用车购置费', children: pair('公务用车购置费') },
      { text: '公务用车运行维护费', children: pair('公务用车运行维护费') },
    ],
  },
  { text: '公务接待费', children: pair('公务接待费') },
];
const SUMS: Record<string, string[]> = {
  合计: ['因公出国（境）费', '公务用车购置及运行维护费', '公务接待费'],
  公务用车购置及运行维护费: ['公务用车购置费', '公务用车运行维护费'],
};

/**
 * A 三公 table (T07, T08S): one data row, 预算数 | 决算数 under each item; 合计 and the
 * 公务用车 小计 are formulas of their items.
 */
export function sangongSheet(id: ScheduleId, ctx: BlankContext): BlankSheet {
  const title = printedTitle(id, ctx.template);
  const b = new BlankSheetBuilder(blankSheetName(ctx.numbers.get(id) ?? '', title, ctx.template === 'national'));
  const top = writeTitleBlock(b, 12, ctx, id, title);
  const h = writeHeader(b, top, 0, ITEMS);
  for (let c = 0; c < 12; c++) b.width(c, 12);
  const lineRow = top + h.rows;
  writeLineNumbers(b, lineRow, [], h.leaves.map((l) => l.col));
  const row = lineRow + 1;
  const colOf = new Map(h.leaves.map((l) => [l.key, l.col]));
  for (const leaf of h.leaves) {
    const [item, measure] = leaf.key.split('|');
    const parts = SUMS[item];
    if (parts) b.sum(row, leaf.col, plus(parts.map((p) => [row, colOf.get(`${p}|${measure}`)!])));
    else b.input(row, leaf.col, { schedule: id, key: item, column: measure });
  }
  writeFootnote(b, row + 1, 12, FOOTNOTES[id]);
  return b.build();
}
