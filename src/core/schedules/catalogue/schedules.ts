import { ColumnKind, ScheduleId } from '../model';

/**
 * The schedule catalogue as data: titles, row items and columns of every schedule the
 * reader knows (schedules.md §1, §4). The recogniser matches sheets against it; rules
 * address operands by the keys defined here.
 *
 * Text matching is done on normalised text (no spaces, no quote marks, no numbering such
 * as "一、" or "（一）", full-width brackets), so aliases are written in that form.
 */

/**
 * How a schedule is laid out on its sheet:
 * - summary: two blocks side by side (income | expenditure), rows are named items (T01, T04)
 * - subject: rows are functional subjects (合计, 类/款/项) against named columns
 * - economic: blocks of (code | name | amount) rows of economic classification (T06)
 * - sangong: one data row of 三公 items, each with 预算数 and 决算数 (T07, T08S)
 */
export type Layout = 'summary' | 'subject' | 'economic' | 'sangong';

/** A named row of a summary schedule. */
export interface ItemDef {
  key: string;
  block: 'income' | 'expenditure';
  /** Normalised labels that name this row; the key itself always matches. */
  aliases?: string[];
  /** For sub-rows listed under a parent row (年初财政拨款结转和结余 → its three funds). */
  parent?: string;
  /** What the row is beyond its name: one of the income items that make up 本年收入合计. */
  role?: 'incomeItem';
}

/**
 * A column. `aliases` are header paths: "本年支出/合计" matches a column whose last header
 * level is 合计 and some upper level contains 本年支出; "基本支出" matches a column whose last
 * level is 基本支出.
 */
export interface ColumnDef {
  key: string;
  kind: ColumnKind;
  aliases: string[];
  /** Summary schedules: which block the column belongs to. */
  block?: 'income' | 'expenditure';
  /** Budget and rate columns exist only in some templates. */
  optional?: boolean;
}

export interface ScheduleDef {
  /** The id this table has in the national numbering when the template does not say otherwise. */
  id: ScheduleId;
  /** Canonical title first, then variants seen in the wild (normalised). */
  titles: string[];
  /** National code (公开01表) or 财决 code cues. */
  codes: string[];
  layout: Layout;
  items?: ItemDef[];
  columns: ColumnDef[];
  /**
   * Subject and detail tables: columns not in `columns` are kept under their header text
   * (economic-classification columns of the 明细表 vary between templates).
   */
  openColumns?: boolean;
  /** Statistics (counts) a 三公 table may carry, with header aliases. */
  stats?: { key: string; aliases: string[] }[];
}

const amount = (key: string, aliases: string[] = [], extra: Partial<ColumnDef> = {}): ColumnDef => ({
  key,
  kind: 'amount',
  aliases: [key, ...aliases],
  ...extra,
});

const FUNDS = ['一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款'] as const;

const T01: ScheduleDef = {
  id: 'T01',
  titles: ['收入支出决算总表', '收入支出决算表'],
  codes: ['公开01表', '财决01表'],
  layout: 'summary',
  items: [
    { key: '一般公共预算财政拨款收入', block: 'income', role: 'incomeItem', aliases: ['财政拨款收入/一般公共预算财政拨款', '一般公共预算财政拨款'] },
    { key: '政府性基金预算财政拨款收入', block: 'income', role: 'incomeItem', aliases: ['政府性基金预算财政拨款'] },
    { key: '国有资本经营预算财政拨款收入', block: 'income', role: 'incomeItem', aliases: ['国有资本经营预算财政拨款'] },
    { key: '上级补助收入', block: 'income', role: 'incomeItem' },
    { key: '事业收入', block: 'income', role: 'incomeItem' },
    { key: '经营收入', block: 'income', role: 'incomeItem' },
    { key: '附属单位上缴收入', block: 'income', role: 'incomeItem' },
    { key: '其他收入', block: 'income', role: 'incomeItem' },
    { key: '本年收入合计', block: 'income', aliases: ['本年收入小计'] },
    { key: '使用非财政拨款结余', block: 'income', aliases: ['使用非财政拨款结余（含专用结余）', '使用非财政拨款结余(含专用结余)', '用事业基金弥补收支差额'] },
    { key: '年初结转和结余', block: 'income', aliases: ['年初结转结余'] },
    { key: '收入总计', block: 'income', aliases: ['总计'] },
    // Expenditure block: one row per functional class, keyed by its code (see functional-classes.ts).
    { key: '本年支出合计', block: 'expenditure', aliases: ['本年支出小计'] },
    { key: '结余分配', block: 'expenditure' },
    { key: '年末结转和结余', block: 'expenditure', aliases: ['年末结转结余'] },
    { key: '支出总计', block: 'expenditure', aliases: ['总计'] },
  ],
  columns: [
    amount('金额', ['决算数', '年度决算数', '本年决算数', '金额（决算数）'], { block: 'income' }),
    amount('金额', ['决算数', '年度决算数', '本年决算数', '金额（决算数）'], { block: 'expenditure' }),
  ],
};

const T02: ScheduleDef = {
  id: 'T02',
  titles: ['收入决算表', '收入决算总表'],
  codes: ['公开02表', '财决02表'],
  layout: 'subject',
  columns: [
    amount('本年收入合计', ['合计', '本年收入/合计']),
    amount('财政拨款收入', ['财政拨款']),
    amount('上级补助收入'),
    amount('事业收入'),
    amount('经营收入'),
    amount('附属单位上缴收入'),
    amount('其他收入'),
  ],
};

const T03: ScheduleDef = {
  id: 'T03',
  titles: ['支出决算表', '支出决算总表'],
  codes: ['公开03表', '财决03表'],
  layout: 'subject',
  columns: [
    amount('本年支出合计', ['合计', '本年支出/合计']),
    amount('基本支出'),
    amount('项目支出'),
    amount('上缴上级支出'),
    amount('经营支出'),
    amount('对附属单位补助支出'),
  ],
};

const T04: ScheduleDef = {
  id: 'T04',
  titles: ['财政拨款收入支出决算总表', '财政拨款收入支出决算表', '财政拨款收支决算总表'],
  codes: ['公开04表', '财决04表'],
  layout: 'summary',
  items: [
    ...FUNDS.map((f): ItemDef => ({ key: f, block: 'income', aliases: [`${f}收入`] })),
    { key: '本年收入合计', block: 'income', aliases: ['本年收入小计'] },
    { key: '年初财政拨款结转和结余', block: 'income', aliases: ['年初财政拨款结转结余'] },
    ...FUNDS.map((f): ItemDef => ({ key: `年初财政拨款结转和结余/${f}`, block: 'income', parent: '年初财政拨款结转和结余', aliases: [f] })),
    { key: '收入总计', block: 'income', aliases: ['总计'] },
    { key: '本年支出合计', block: 'expenditure', aliases: ['本年支出小计'] },
    { key: '年末财政拨款结转和结余', block: 'expenditure', aliases: ['年末财政拨款结转结余'] },
    // When a template lists 年末 per fund as sub-rows, the reader stores sub-row × 合计 as
    // (年末财政拨款结转和结余, fund column), so rules see one form.
    { key: '支出总计', block: 'expenditure', aliases: ['总计'] },
  ],
  columns: [
    amount('金额', ['决算数', '年度决算数', '本年决算数'], { block: 'income' }),
    amount('合计', ['小计'], { block: 'expenditure' }),
    ...FUNDS.map((f) => amount(f, [f.replace('财政拨款', '')], { block: 'expenditure' })),
  ],
};

/** Budget columns some T05 templates carry (schedules.md §4, T05). */
const BUDGET_COLUMNS: ColumnDef[] = [
  amount('年初预算数', ['年初预算'], { optional: true }),
  amount('全年预算数', ['调整预算数', '全年预算', '调整预算'], { optional: true }),
  { key: '完成预算', kind: 'rate', aliases: ['完成预算%', '完成预算（%）', '完成预算(%)', '决算数为预算数的%', '预算完成率'], optional: true },
];

const T05: ScheduleDef = {
  id: 'T05',
  titles: ['一般公共预算财政拨款支出决算表', '一般公共预算财政拨款收入支出决算表'],
  codes: ['公开05表', '财决05表'],
  layout: 'subject',
  columns: [
    amount('合计', ['本年支出/合计', '本年支出/小计', '小计', '决算数/合计', '决算数/小计', '本年支出合计']),
    amount('基本支出'),
    amount('项目支出'),
    ...BUDGET_COLUMNS,
  ],
};

const T06: ScheduleDef = {
  id: 'T06',
  titles: ['一般公共预算财政拨款基本支出决算表', '一般公共预算财政拨款基本支出决算明细表'],
  codes: ['公开06表', '财决06表'],
  layout: 'economic',
  items: [
    { key: '人员经费合计', block: 'expenditure', aliases: ['人员经费'] },
    { key: '公用经费合计', block: 'expenditure', aliases: ['公用经费'] },
  ],
  columns: [amount('决算数', ['金额', '本年决算数'])],
};

const SANGONG_ITEMS: ItemDef[] = [
  { key: '合计', block: 'expenditure' },
  { key: '因公出国（境）费', block: 'expenditure', aliases: ['因公出国(境)费', '因公出国境费', '因公出国（境）费用'] },
  { key: '公务用车购置及运行维护费', block: 'expenditure', aliases: ['公务用车购置及运行费', '公务用车购置及运行（维护）费', '公务用车购置及运行(维护)费'] },
  { key: '公务用车购置费', block: 'expenditure', parent: '公务用车购置及运行维护费', aliases: ['公务用车购置及运行维护费/公务用车购置费', '购置费'] },
  { key: '公务用车运行维护费', block: 'expenditure', parent: '公务用车购置及运行维护费', aliases: ['公务用车运行费', '公务用车运行（维护）费', '运行维护费', '运行费'] },
  { key: '公务接待费', block: 'expenditure' },
  { key: '国内接待费', block: 'expenditure', parent: '公务接待费', aliases: ['国内公务接待费'] },
  { key: '外事接待费', block: 'expenditure', parent: '公务接待费', aliases: ['外宾接待费'] },
];

const SANGONG_STATS = [
  { key: '因公出国团组数', aliases: ['因公出国（境）团组数', '团组数'] },
  { key: '因公出国人次', aliases: ['因公出国（境）人次'] },
  { key: '公务用车购置数', aliases: ['购置数', '公务用车购置数量'] },
  { key: '公务用车保有量', aliases: ['保有量', '公务用车保有数'] },
  { key: '国内公务接待批次', aliases: ['国内接待批次'] },
  { key: '国内公务接待人次', aliases: ['国内接待人次'] },
  { key: '外事接待批次', aliases: ['外宾接待批次'] },
  { key: '外事接待人次', aliases: ['外宾接待人次'] },
];

/** 三公 tables: rows are the items above, columns 预算数 and 决算数 (interleaved or grouped). */
const sangong = (id: ScheduleId, titles: string[], codes: string[]): ScheduleDef => ({
  id,
  titles,
  codes,
  layout: 'sangong',
  items: SANGONG_ITEMS,
  columns: [amount('预算数', ['预算', '全年预算数', '年初预算数']), amount('决算数', ['决算'])],
  stats: SANGONG_STATS,
});

const T07 = sangong(
  'T07',
  ['一般公共预算财政拨款三公经费支出决算表', '财政拨款三公经费支出决算表', '三公经费支出决算表', '一般公共预算财政拨款三公经费支出决算表（含机关运行经费）'],
  ['公开07表', '财决07表'],
);
const T08S = sangong('T08S', ['政府性基金预算财政拨款三公经费支出决算表'], []);

/** T08/T09: subject rows with the fund's carry-over flow. */
const FUND_COLUMNS: ColumnDef[] = [
  amount('年初结转和结余', ['年初结转结余', '年初财政拨款结转和结余']),
  amount('本年收入', ['本年收入合计']),
  amount('本年支出合计', ['本年支出/合计', '本年支出/小计', '本年支出', '合计', '小计']),
  amount('基本支出', ['本年支出/基本支出']),
  amount('项目支出', ['本年支出/项目支出']),
  amount('年末结转和结余', ['年末结转结余', '年末财政拨款结转和结余']),
];

const T08: ScheduleDef = {
  id: 'T08',
  titles: ['政府性基金预算财政拨款收入支出决算表', '政府性基金预算财政拨款支出决算表'],
  codes: ['公开08表', '财决08表'],
  layout: 'subject',
  columns: FUND_COLUMNS,
};

const T09: ScheduleDef = {
  id: 'T09',
  titles: ['国有资本经营预算财政拨款收入支出决算表'],
  codes: ['公开09表', '财决09表'],
  layout: 'subject',
  columns: FUND_COLUMNS,
};

/**
 * 国有资本经营预算财政拨款支出决算表: the national 公开09表 (T09) and the Sichuan 十四 / 2023
 * 十二 (T09E). The template decides the id.
 */
const T09E: ScheduleDef = {
  id: 'T09E',
  titles: ['国有资本经营预算财政拨款支出决算表'],
  codes: [],
  layout: 'subject',
  columns: [
    amount('合计', ['本年支出/合计', '本年支出/小计', '小计', '本年支出合计']),
    amount('基本支出'),
    amount('项目支出'),
  ],
};

/** Sichuan functional × economic detail tables: 合计 plus economic columns. */
const detail = (id: ScheduleId, titles: string[]): ScheduleDef => ({
  id,
  titles,
  codes: [],
  layout: 'subject',
  openColumns: true,
  columns: [amount('合计', ['本年支出/合计', '小计', '本年支出合计'])],
});

const T05D = detail('T05D', ['财政拨款支出决算明细表']);
const T05DG = detail('T05DG', ['一般公共预算财政拨款支出决算明细表']);
const T05P = detail('T05P', ['一般公共预算财政拨款项目支出决算表']);

export const SCHEDULE_DEFS: readonly ScheduleDef[] = [T01, T02, T03, T04, T05, T06, T07, T08, T09, T05D, T05DG, T05P, T08S, T09E];

export function scheduleDef(id: ScheduleId): ScheduleDef {
  const def = SCHEDULE_DEFS.find((d) => d.id === id);
  if (!def) throw new Error(`unknown schedule ${id}`);
  return def;
}

/**
 * The income items of 收入支出决算总表 that make up 本年收入合计, in table order (一般公共预算财政拨款收入 …
 * 其他收入): the one list the report, the charts and the rules' tests take them from.
 */
export const INCOME_ITEMS: readonly string[] = (scheduleDef('T01').items ?? []).filter((i) => i.role === 'incomeItem').map((i) => i.key);
