import type { ScheduleId } from '../../schedules/model';
import { FUNCTIONAL_CLASSES } from '../../schedules/catalogue/functional-classes';
import { BlankSheet, BlankSheetBuilder, Term } from './blank-sheet';
import { BlankContext, blankSheetName, writeFootnote, writeHeader, writeLineNumbers, writeTitleBlock } from './furniture';
import { FOOTNOTES, printedTitle } from './titles';

const NUMERALS = '一二三四五六七八九十'.split('');
/** 一 … 九十九: the numbering of rows in the summary tables. */
const numeral = (n: number): string => (n <= 10 ? NUMERALS[n - 1] : `${n >= 20 ? NUMERALS[Math.floor(n / 10) - 1] : ''}十${n % 10 ? NUMERALS[(n % 10) - 1] : ''}`);

const FUNDS = ['一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款'] as const;

/** A row of one block: a label, and the row key when it carries amounts. */
interface Line {
  label: string;
  key?: string;
  /** How the row's cell in column `col` is computed from the rows (by key) of its block; typed when absent. */
  sum?: { key: string; sign: 1 | -1 }[];
  /** A formula over cells of either block, per column key (年末 = 年初 + 收入 − 支出). */
  balance?: (column: string) => Ref[];
  /** The amount typed in, 万元, per column key. */
  carried?: Record<string, number>;
}

/** A cell of a summary table by block, row key and column key, with its sign in a formula. */
interface Ref {
  block: 'income' | 'expenditure';
  key: string;
  column: string;
  sign: 1 | -1;
}

interface Block {
  columns: { key: string; label: string }[];
  /** Item rows (income items, classes), then the rows that sum them, aligned at the bottom. */
  top: Line[];
  bottom: Line[];
}

const add = (keys: readonly string[]): { key: string; sign: 1 }[] => keys.map((key) => ({ key, sign: 1 }));
const className = (code: string): string => FUNCTIONAL_CLASSES.find((c) => c.code === code)?.name ?? code;
const classLines = (classes: readonly string[]): Line[] => classes.map((code, i) => ({ label: `${numeral(i + 1)}、${className(code)}`, key: code }));

/**
 * A two-block summary table (收入 | 支出 side by side): the item rows at the top, the totals
 * at the bottom so 本年收入合计 faces 本年支出合计 and 收入总计 faces 支出总计; totals are
 * formulas of the rows they add up, per column; a column that adds up other columns (T04's
 * 合计) is `rowTotal`; 年末结转和结余 is the balance of the rest, as the official software
 * derives it.
 */
function summarySheet(id: ScheduleId, ctx: BlankContext, income: Block, spend: Block, rowTotal?: { block: 'expenditure'; total: string; parts: string[] }): BlankSheet {
  const title = printedTitle(id, ctx.template);
  const b = new BlankSheetBuilder(blankSheetName(ctx.numbers.get(id) ?? '', title, ctx.template === 'national'));
  const incomeWidth = 1 + income.columns.length;
  const width = incomeWidth + 1 + spend.columns.length;
  const top = writeTitleBlock(b, width, ctx, id, title);
  const blockHeader = (blk: Block) => [{ text: '项目' }, ...blk.columns.map((c) => ({ text: c.label, key: c.key }))];
  const h = writeHeader(b, top, 0, [
    { text: '收入', children: blockHeader(income) },
    { text: '支出', children: blockHeader(spend) },
  ]);
  b.width(0, 34);
  b.width(incomeWidth, 34);
  const lineRow = top + h.rows;
  writeLineNumbers(b, lineRow, [0, incomeWidth], [...income.columns.map((_, i) => 1 + i), ...spend.columns.map((_, i) => incomeWidth + 1 + i)]);
  const dataTop = lineRow + 1;
  const n = Math.max(income.top.length, spend.top.length);
  const lines = (blk: Block): (Line | undefined)[] => [...blk.top, ...Array<undefined>(n - blk.top.length).fill(undefined), ...blk.bottom];
  const blocks = { income: { blk: income, col0: 0 }, expenditure: { blk: spend, col0: incomeWidth } };
  const cellOf = (ref: Ref): Term => {
    const { blk, col0 } = blocks[ref.block];
    const row = lines(blk).findIndex((l) => l?.key === ref.key);
    return { row: dataTop + row, col: col0 + 1 + blk.columns.findIndex((c) => c.key === ref.column), sign: ref.sign };
  };
  for (const name of ['income', 'expenditure'] as const) {
    const { blk, col0 } = blocks[name];
    lines(blk).forEach((l, i) => {
      const gr = dataTop + i;
      if (!l?.label) return;
      b.put(gr, col0, l.label);
      if (!l.key) return;
      blk.columns.forEach((c, j) => {
        const col = col0 + 1 + j;
        const at = (key: string, column = c.key, sign: 1 | -1 = 1): Term => cellOf({ block: name, key, column, sign });
        if (rowTotal?.block === name && c.key === rowTotal.total && !l.sum) b.sum(gr, col, rowTotal.parts.map((p) => at(l.key!, p)));
        else if (l.sum) b.sum(gr, col, l.sum.map((t) => at(t.key, c.key, t.sign)));
        else if (l.balance) b.sum(gr, col, l.balance(c.key).map(cellOf));
        else b.input(gr, col, { schedule: id, key: l.key!, column: c.key }, l.carried?.[c.key] ?? 0);
      });
    });
  }
  writeFootnote(b, dataTop + n + Math.max(income.bottom.length, spend.bottom.length), width, FOOTNOTES[id]);
  return b.build();
}

const INCOME_ITEMS: Line[] = [
  { label: '一、一般公共预算财政拨款收入', key: '一般公共预算财政拨款收入' },
  { label: '二、政府性基金预算财政拨款收入', key: '政府性基金预算财政拨款收入' },
  { label: '三、国有资本经营预算财政拨款收入', key: '国有资本经营预算财政拨款收入' },
  { label: '四、上级补助收入', key: '上级补助收入' },
  { label: '五、事业收入', key: '事业收入' },
  { label: '六、经营收入', key: '经营收入' },
  { label: '七、附属单位上缴收入', key: '附属单位上缴收入' },
  { label: '八、其他收入', key: '其他收入' },
];

/** What a summary table carries over from last year: T01's 年初结转和结余, T04's 年初 per fund (万元). */
export interface SummaryCarry {
  t01?: number;
  t04?: Partial<Record<(typeof FUNDS)[number], number>>;
}

/** T01 收入支出决算总表: income items, one row per functional class, and the totals as formulas. */
export function t01Sheet(ctx: BlankContext, classes: readonly string[], carry: SummaryCarry = {}): BlankSheet {
  const national = ctx.template === 'national';
  const label = national ? '金额' : '决算数';
  const income: Block = {
    columns: [{ key: '金额', label }],
    top: INCOME_ITEMS,
    bottom: [
      { label: '本年收入合计', key: '本年收入合计', sum: add(INCOME_ITEMS.map((l) => l.key!)) },
      { label: national ? '使用非财政拨款结余' : '使用非财政拨款结余（含专用结余）', key: '使用非财政拨款结余' },
      { label: '年初结转和结余', key: '年初结转和结余', carried: carry.t01 === undefined ? undefined : { 金额: carry.t01 } },
      { label: national ? '收入总计' : '总计', key: '收入总计', sum: add(['本年收入合计', '使用非财政拨款结余', '年初结转和结余']) },
    ],
  };
  const spend: Block = {
    columns: [{ key: '金额', label }],
    top: classLines(classes),
    bottom: [
      { label: '本年支出合计', key: '本年支出合计', sum: add(classes) },
      { label: '结余分配', key: '结余分配' },
      {
        label: '年末结转和结余',
        key: '年末结转和结余',
        balance: () => [
          { block: 'income', key: '收入总计', column: '金额', sign: 1 },
          { block: 'expenditure', key: '本年支出合计', column: '金额', sign: -1 },
          { block: 'expenditure', key: '结余分配', column: '金额', sign: -1 },
        ],
      },
      { label: national ? '支出总计' : '总计', key: '支出总计', sum: add(['本年支出合计', '结余分配', '年末结转和结余']) },
    ],
  };
  return summarySheet('T01', ctx, income, spend);
}

/** T04 财政拨款收入支出决算总表: 年初 per fund as sub-rows, 年末 per fund in the fund columns. */
export function t04Sheet(ctx: BlankContext, classes: readonly string[], carry: SummaryCarry = {}): BlankSheet {
  const national = ctx.template === 'national';
  const opening = FUNDS.map((f) => `年初财政拨款结转和结余/${f}`);
  const income: Block = {
    columns: [{ key: '金额', label: national ? '金额' : '决算数' }],
    top: FUNDS.map((f, i) => ({ label: `${numeral(i + 1)}、${f}`, key: f })),
    bottom: [
      { label: '本年收入合计', key: '本年收入合计', sum: add(FUNDS) },
      { label: '年初财政拨款结转和结余', key: '年初财政拨款结转和结余', sum: add(opening) },
      ...FUNDS.map((f, i): Line => ({ label: `\u3000\u3000${f}`, key: opening[i], carried: carry.t04?.[f] === undefined ? undefined : { 金额: carry.t04[f]! } })),
      { label: national ? '收入总计' : '总计', key: '收入总计', sum: add(['本年收入合计', '年初财政拨款结转和结余']) },
    ],
  };
  const spend: Block = {
    columns: [{ key: '合计', label: '合计' }, ...FUNDS.map((f) => ({ key: f, label: f }))],
    top: classLines(classes),
    bottom: [
      { label: '本年支出合计', key: '本年支出合计', sum: add(classes) },
      {
        label: '年末财政拨款结转和结余',
        key: '年末财政拨款结转和结余',
        // Per fund: 年初 + 本年收入 − 本年支出; the 合计 column adds the funds up (rowTotal).
        balance: (fund) => [
          { block: 'income', key: `年初财政拨款结转和结余/${fund}`, column: '金额', sign: 1 },
          { block: 'income', key: fund, column: '金额', sign: 1 },
          { block: 'expenditure', key: '本年支出合计', column: fund, sign: -1 },
        ],
      },
      { label: '' },
      { label: '' },
      { label: '' },
      { label: national ? '支出总计' : '总计', key: '支出总计', sum: add(['本年支出合计', '年末财政拨款结转和结余']) },
    ],
  };
  return summarySheet('T04', ctx, income, spend, { block: 'expenditure', total: '合计', parts: [...FUNDS] });
}
