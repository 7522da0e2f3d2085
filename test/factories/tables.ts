/**
 * Schedule figures derived from the department's leaf data: every total is a sum of leaves,
 * so rules.md §2–§4 hold by construction. Layouts turn these into sheets.
 */
import { Fen } from '../../src/core/grid/units';
import { ECONOMIC_ITEMS } from '../../src/core/schedules/catalogue/economic-items';
import { DepartmentYear, LeafYear, sangongActual, total } from './department';
import { subjectLevel, subjectName, subjectPath } from './subjects';

export type Figures = Record<string, Fen>;

export interface SubjectRow {
  /** '合计' or the subject code. */
  key: string;
  label: string;
  level?: 1 | 2 | 3;
}

/** A table whose rows are 合计 then functional subjects (类, its 款, their 项), in code order. */
export interface SubjectTable {
  columns: string[];
  rows: SubjectRow[];
  values: Record<string, Figures>;
}

/** Economic classes of the detail tables' columns. */
export const DETAIL_COLUMNS: { key: string; cls: string }[] = [
  { key: '工资福利支出', cls: '301' },
  { key: '商品和服务支出', cls: '302' },
  { key: '对个人和家庭的补助', cls: '303' },
  { key: '资本性支出', cls: '310' },
];

const byClass = (items: Record<string, Fen>, cls: string): Fen =>
  Object.entries(items).reduce((a, [code, v]) => a + (code.startsWith(cls) ? v : 0), 0);

const add = (into: Figures, from: Figures) => {
  for (const [k, v] of Object.entries(from)) into[k] = (into[k] ?? 0) + v;
};

/**
 * Aggregate leaf figures into 款, 类 and 合计 rows. Leaves whose figures are all zero are left
 * out, as published tables do.
 */
export function subjectTable(leaves: readonly LeafYear[], columns: string[], figures: (l: LeafYear) => Figures): SubjectTable {
  const values: Record<string, Figures> = { 合计: Object.fromEntries(columns.map((c) => [c, 0])) };
  const codes = new Set<string>();
  for (const leaf of leaves) {
    const f = figures(leaf);
    if (!columns.some((c) => (f[c] ?? 0) !== 0)) continue;
    const full = Object.fromEntries(columns.map((c) => [c, f[c] ?? 0]));
    for (const code of subjectPath(leaf.code)) {
      values[code] = values[code] ?? Object.fromEntries(columns.map((c) => [c, 0]));
      add(values[code], full);
      codes.add(code);
    }
    add(values['合计'], full);
  }
  const sorted = [...codes].sort((a, b) => (a.padEnd(7, '0') + a.length).localeCompare(b.padEnd(7, '0') + b.length));
  const rows: SubjectRow[] = [{ key: '合计', label: '合计' }, ...sorted.map((code) => ({ key: code, label: subjectName(code), level: subjectLevel(code) }))];
  return { columns, rows, values };
}

const gpbExp = (l: LeafYear) => total(l.basic) + total(l.project);

export const T02_COLUMNS = ['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'];
export const T03_COLUMNS = ['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出'];
export const T05_COLUMNS = ['合计', '基本支出', '项目支出', '年初预算数', '全年预算数'];
export const FUND_COLUMNS = ['年初结转和结余', '本年收入', '本年支出合计', '基本支出', '项目支出', '年末结转和结余'];
export const SOE_COLUMNS = ['合计', '基本支出', '项目支出'];

export function t02(d: DepartmentYear): SubjectTable {
  return subjectTable(d.leaves, T02_COLUMNS, (l) => {
    const fiscal = l.gpbIncome + l.fundIncome;
    return { 本年收入合计: fiscal + l.upper + l.business + l.other, 财政拨款收入: fiscal, 上级补助收入: l.upper, 事业收入: l.business, 其他收入: l.other };
  });
}

export function t03(d: DepartmentYear): SubjectTable {
  return subjectTable(d.leaves, T03_COLUMNS, (l) => {
    const basic = total(l.basic) + l.nfBasic;
    const project = total(l.project) + total(l.fund) + l.nfProject;
    return { 本年支出合计: basic + project, 基本支出: basic, 项目支出: project };
  });
}

export function t05(d: DepartmentYear): SubjectTable {
  return subjectTable(d.leaves, T05_COLUMNS, (l) => ({
    合计: gpbExp(l),
    基本支出: total(l.basic),
    项目支出: total(l.project),
    年初预算数: l.budgetInitial,
    全年预算数: l.budgetFull,
  }));
}

export function t08(d: DepartmentYear): SubjectTable {
  return subjectTable(d.leaves, FUND_COLUMNS, (l) => ({
    年初结转和结余: l.fundOpening,
    本年收入: l.fundIncome,
    本年支出合计: total(l.fund),
    项目支出: total(l.fund),
    年末结转和结余: l.fundClosing,
  }));
}

/** 国有资本经营: the department has none, so the table is empty. */
export function soeTable(columns: string[]): SubjectTable {
  return { columns, rows: [], values: {} };
}

/** Detail tables (Sichuan 五, 七, 九): 合计 and economic classes of the chosen spending. */
export function detailTable(d: DepartmentYear, spending: (l: LeafYear) => Record<string, Fen>): SubjectTable {
  return subjectTable(d.leaves, ['合计', ...DETAIL_COLUMNS.map((c) => c.key)], (l) => {
    const items = spending(l);
    const f: Figures = { 合计: total(items) };
    for (const c of DETAIL_COLUMNS) f[c.key] = byClass(items, c.cls);
    return f;
  });
}

const merge = (...rs: Record<string, Fen>[]): Record<string, Fen> => {
  const out: Record<string, Fen> = {};
  for (const r of rs) add(out, r);
  return out;
};

export const t05d = (d: DepartmentYear) => detailTable(d, (l) => merge(l.basic, l.project, l.fund));
export const t05dg = (d: DepartmentYear) => detailTable(d, (l) => merge(l.basic, l.project));
export const t05p = (d: DepartmentYear) => detailTable(d, (l) => l.project);

/** T01: income items and expenditure rows (class codes and totals), column 金额. */
export function t01(d: DepartmentYear): { income: Figures; expenditure: Figures; classes: string[] } {
  const income2 = t02(d).values['合计'];
  const spend = t03(d);
  const gpbIncome = d.leaves.reduce((a, l) => a + l.gpbIncome, 0);
  const fundIncome = d.leaves.reduce((a, l) => a + l.fundIncome, 0);
  const fundOpening = d.leaves.reduce((a, l) => a + l.fundOpening, 0);
  const fundClosing = d.leaves.reduce((a, l) => a + l.fundClosing, 0);
  const opening = d.gpbOpening + fundOpening + d.nfOpening;
  const closing = d.gpbClosing + fundClosing + d.nfClosing;
  const income: Figures = {
    一般公共预算财政拨款收入: gpbIncome,
    政府性基金预算财政拨款收入: fundIncome,
    国有资本经营预算财政拨款收入: 0,
    上级补助收入: income2['上级补助收入'],
    事业收入: income2['事业收入'],
    经营收入: 0,
    附属单位上缴收入: 0,
    其他收入: income2['其他收入'],
    本年收入合计: income2['本年收入合计'],
    使用非财政拨款结余: d.useNonFiscalBalance,
    年初结转和结余: opening,
  };
  income['收入总计'] = income['本年收入合计'] + d.useNonFiscalBalance + opening;
  const classes = spend.rows.filter((r) => r.level === 1).map((r) => r.key);
  const expenditure: Figures = {};
  for (const c of classes) expenditure[c] = spend.values[c]['本年支出合计'];
  expenditure['本年支出合计'] = spend.values['合计']['本年支出合计'];
  expenditure['结余分配'] = d.surplusDistribution;
  expenditure['年末结转和结余'] = closing;
  expenditure['支出总计'] = expenditure['本年支出合计'] + d.surplusDistribution + closing;
  return { income, expenditure, classes };
}

export const FUNDS = ['一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款'] as const;

/** T04: income rows in 金额; expenditure rows × (合计, three fund columns). */
export function t04(d: DepartmentYear): { income: Figures; expenditure: Record<string, Figures>; classes: string[] } {
  const sum = (f: (l: LeafYear) => Fen) => d.leaves.reduce((a, l) => a + f(l), 0);
  const inc = [sum((l) => l.gpbIncome), sum((l) => l.fundIncome), 0];
  const open = [d.gpbOpening, sum((l) => l.fundOpening), 0];
  const close = [d.gpbClosing, sum((l) => l.fundClosing), 0];
  const income: Figures = {};
  FUNDS.forEach((f, i) => (income[f] = inc[i]));
  income['本年收入合计'] = inc[0] + inc[1] + inc[2];
  income['年初财政拨款结转和结余'] = open[0] + open[1] + open[2];
  FUNDS.forEach((f, i) => (income[`年初财政拨款结转和结余/${f}`] = open[i]));
  income['收入总计'] = income['本年收入合计'] + income['年初财政拨款结转和结余'];

  const fiscal = subjectTable(d.leaves, [...FUNDS], (l) => ({ 一般公共预算财政拨款: gpbExp(l), 政府性基金预算财政拨款: total(l.fund) }));
  const classes = fiscal.rows.filter((r) => r.level === 1).map((r) => r.key);
  const row = (f: Fen[]): Figures => ({ 合计: f[0] + f[1] + f[2], [FUNDS[0]]: f[0], [FUNDS[1]]: f[1], [FUNDS[2]]: f[2] });
  const expenditure: Record<string, Figures> = {};
  for (const c of classes) expenditure[c] = row(FUNDS.map((f) => fiscal.values[c][f]));
  const spent = FUNDS.map((f) => fiscal.values['合计'][f]);
  expenditure['本年支出合计'] = row(spent);
  expenditure['年末财政拨款结转和结余'] = row(close);
  expenditure['支出总计'] = row(spent.map((s, i) => s + close[i]));
  return { income, expenditure, classes };
}

/** T06: every catalogue item of classes 301/302/303/310 (basic 一般公共预算 spending) and the two totals. */
export function t06(d: DepartmentYear): { personnel: string[]; public: string[]; values: Figures } {
  const spent: Figures = {};
  for (const l of d.leaves) add(spent, l.basic);
  const values: Figures = {};
  const list = (classes: string[]) =>
    ECONOMIC_ITEMS.filter((i) => classes.some((c) => i.code.startsWith(c))).map((i) => i.code);
  const personnel = list(['301', '303']);
  const pub = list(['302', '310']);
  for (const code of [...personnel, ...pub]) values[code] = code.length === 3 ? byClass(spent, code) : spent[code] ?? 0;
  for (const code of Object.keys(spent)) {
    if (values[code] === undefined) throw new Error(`fixture economic item ${code} is not in the T06 catalogue`);
  }
  values['人员经费合计'] = values['301'] + values['303'];
  values['公用经费合计'] = values['302'] + values['310'];
  return { personnel, public: pub, values };
}

export const SANGONG_ROWS = ['合计', '因公出国（境）费', '公务用车购置及运行维护费', '公务用车购置费', '公务用车运行维护费', '公务接待费'] as const;

/** T07 (or T08S when `zero`): rows × { 预算数, 决算数 }. */
export function sangong(d: DepartmentYear, zero = false): Record<string, { 预算数: Fen; 决算数: Fen }> {
  const a = zero ? { abroad: 0, carPurchase: 0, carRunning: 0, reception: 0 } : sangongActual(d.leaves);
  const b = zero ? a : d.sangongBudget;
  const pair = (k: keyof typeof a) => ({ 预算数: b[k], 决算数: a[k] });
  const car = { 预算数: b.carPurchase + b.carRunning, 决算数: a.carPurchase + a.carRunning };
  return {
    合计: { 预算数: b.abroad + car.预算数 + b.reception, 决算数: a.abroad + car.决算数 + a.reception },
    '因公出国（境）费': pair('abroad'),
    公务用车购置及运行维护费: car,
    公务用车购置费: pair('carPurchase'),
    公务用车运行维护费: pair('carRunning'),
    公务接待费: pair('reception'),
  };
}
