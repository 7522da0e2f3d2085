/**
 * Summary schedules T01 and T04: an income block on the left and an expenditure block on the
 * right, rows aligned so that 本年收入合计 faces 本年支出合计 and 收入总计 faces 支出总计.
 * Class rows carry names only (numbered 一、二、…), never codes.
 */
import { Fen } from '../../../src/core/grid/units';
import { FUNCTIONAL_CLASSES } from '../../../src/core/schedules/catalogue/functional-classes';
import { FUNDS, Figures } from '../tables';
import { amountCell, shownFen } from './cells';
import { LayoutContext, Placement, ScheduleInfo, writeFootnote, writeHeader, writeLineNumbers, writeTitleBlock } from './furniture';
import { SheetBuilder } from './sheet-builder';

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十', '二十一', '二十二', '二十三', '二十四', '二十五', '二十六'];

/** The classes the national template prints in T01/T04 (schedules.md §3). */
export const TEMPLATE_CLASSES = ['201', '202', '203', '204', '205', '206', '207', '208', '210', '211', '212', '213', '214', '215', '216', '217', '219', '220', '221', '222', '223', '224', '229', '231', '232', '234'];

const className = (code: string) => FUNCTIONAL_CLASSES.find((c) => c.code === code)!.name;

/** A row of one block: its label, key and amount cells by column key. */
interface BlockRow {
  label: string;
  key?: string;
  values?: Figures;
  /** Leave zero cells blank (the template's unused classes). */
  blankZero?: boolean;
}

interface Block {
  /** Column keys with header labels. */
  columns: { key: string; label: string }[];
  top: BlockRow[];
  bottom: BlockRow[];
}

function classRows(ctx: LayoutContext, used: string[], values: (code: string) => Figures): BlockRow[] {
  const codes = ctx.o.allClasses ? TEMPLATE_CLASSES : used;
  return codes.map((code, i) => ({ label: `${NUMERALS[i]}、${className(code)}`, key: code, values: values(code), blankZero: !used.includes(code) }));
}

/** Write a two-block summary schedule. */
function writeSummary(b: SheetBuilder, top: number, ctx: LayoutContext, info: ScheduleInfo, income: Block, spend: Block): Placement {
  const ln = ctx.o.lineNumbers ? 1 : 0;
  const incomeWidth = 1 + ln + income.columns.length;
  const width = incomeWidth + 1 + ln + spend.columns.length;
  const headerTop = writeTitleBlock(b, top, width, ctx, info);
  const blockHeader = (blk: Block) => [{ text: '项目' }, ...(ln ? [{ text: '行次' }] : []), ...blk.columns.map((c) => ({ text: c.label, key: c.key }))];
  const h = writeHeader(b, headerTop, 0, [
    { text: '收入', children: blockHeader(income) },
    { text: '支出', children: blockHeader(spend) },
  ]);
  b.width(0, 34);
  b.width(incomeWidth, 34);
  let row = headerTop + h.rows;
  if (ln) {
    b.put(row, 0, '栏次');
    b.put(row, incomeWidth, '栏次');
    writeLineNumbers(b, row, undefined, h.leaves.filter((l) => l.key !== '项目' && l.key !== '行次').map((l) => l.col));
    row++;
  }
  const dataTop = row;
  const n = Math.max(income.top.length, spend.top.length);
  const lines = (blk: Block): (BlockRow | undefined)[] => [...blk.top, ...Array(n - blk.top.length).fill(undefined), ...blk.bottom];
  const left = lines(income);
  const right = lines(spend);
  const count = Math.max(left.length, right.length);
  let lineNo = 1;
  const writeBlock = (rows: (BlockRow | undefined)[], blk: Block, col0: number) => {
    rows.forEach((r, i) => {
      const gr = dataTop + i;
      b.touch(gr);
      if (!r || !r.label) return;
      b.put(gr, col0, r.label);
      if (ln) b.put(gr, col0 + 1, lineNo++);
      if (!r.key || !r.values) return;
      blk.columns.forEach((c, j) => {
        const col = col0 + 1 + ln + j;
        const shown = shownFen(r.values![c.key] ?? 0, ctx.cell);
        b.put(gr, col, amountCell(shown, ctx.cell, r.blankZero));
        b.expect(info.id, r.key!, c.key, shown, gr, col);
      });
    });
  };
  writeBlock(left, income, 0);
  writeBlock(right, spend, incomeWidth);
  const dataEnd = dataTop + count;
  const next = writeFootnote(b, dataEnd, width, info.footnote);
  return { next, headerTop, headerBottom: headerTop + h.rows - 1, dataTop, dataEnd, amountLeft: 1 + ln, width };
}

const one = (fen: Fen): Figures => ({ 金额: fen });

/** T01 收入支出决算总表. */
export function writeT01(
  b: SheetBuilder,
  top: number,
  ctx: LayoutContext,
  info: ScheduleInfo,
  data: { income: Figures; expenditure: Figures; classes: string[] },
): Placement {
  const national = ctx.o.template === 'national';
  const inc = (label: string, key: string): BlockRow => ({ label, key, values: one(data.income[key]) });
  const exp = (label: string, key: string): BlockRow => ({ label, key, values: one(data.expenditure[key]) });
  const cols = [{ key: '金额', label: ctx.amountLabel }];
  const income: Block = {
    columns: cols,
    top: [
      inc('一、一般公共预算财政拨款收入', '一般公共预算财政拨款收入'),
      inc('二、政府性基金预算财政拨款收入', '政府性基金预算财政拨款收入'),
      inc('三、国有资本经营预算财政拨款收入', '国有资本经营预算财政拨款收入'),
      inc('四、上级补助收入', '上级补助收入'),
      inc('五、事业收入', '事业收入'),
      inc('六、经营收入', '经营收入'),
      inc('七、附属单位上缴收入', '附属单位上缴收入'),
      inc('八、其他收入', '其他收入'),
    ],
    bottom: [
      inc('本年收入合计', '本年收入合计'),
      inc(national ? '使用非财政拨款结余' : '使用非财政拨款结余（含专用结余）', '使用非财政拨款结余'),
      inc('年初结转和结余', '年初结转和结余'),
      inc(national ? '收入总计' : '总计', '收入总计'),
    ],
  };
  const spend: Block = {
    columns: cols,
    top: classRows(ctx, data.classes, (code) => one(data.expenditure[code] ?? 0)),
    bottom: [
      exp('本年支出合计', '本年支出合计'),
      exp('结余分配', '结余分配'),
      exp('年末结转和结余', '年末结转和结余'),
      exp(national ? '支出总计' : '总计', '支出总计'),
    ],
  };
  return writeSummary(b, top, ctx, info, income, spend);
}

/** T04 财政拨款收入支出决算总表: 年初 per fund as sub-rows; 年末 per fund in the fund columns. */
export function writeT04(
  b: SheetBuilder,
  top: number,
  ctx: LayoutContext,
  info: ScheduleInfo,
  data: { income: Figures; expenditure: Record<string, Figures>; classes: string[] },
): Placement {
  const inc = (label: string, key: string): BlockRow => ({ label, key, values: one(data.income[key]) });
  const exp = (label: string, key: string): BlockRow => ({ label, key, values: data.expenditure[key] });
  const income: Block = {
    columns: [{ key: '金额', label: ctx.amountLabel }],
    top: FUNDS.map((f, i) => inc(`${NUMERALS[i]}、${f}`, f)),
    bottom: [
      inc('本年收入合计', '本年收入合计'),
      inc('年初财政拨款结转和结余', '年初财政拨款结转和结余'),
      ...FUNDS.map((f) => inc(`\u3000\u3000${f}`, `年初财政拨款结转和结余/${f}`)),
      inc(ctx.o.template === 'national' ? '收入总计' : '总计', '收入总计'),
    ],
  };
  const zero = { 合计: 0, [FUNDS[0]]: 0, [FUNDS[1]]: 0, [FUNDS[2]]: 0 };
  const spend: Block = {
    columns: [{ key: '合计', label: '合计' }, ...FUNDS.map((f) => ({ key: f, label: f }))],
    top: classRows(ctx, data.classes, (code) => data.expenditure[code] ?? zero),
    bottom: [
      exp('本年支出合计', '本年支出合计'),
      exp('年末财政拨款结转和结余', '年末财政拨款结转和结余'),
      { label: '' },
      { label: '' },
      { label: '' },
      exp(ctx.o.template === 'national' ? '支出总计' : '总计', '支出总计'),
    ],
  };
  return writeSummary(b, top, ctx, info, income, spend);
}
