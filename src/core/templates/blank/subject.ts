import type { ScheduleId } from '../../schedules/model';
import { BlankSheet, BlankSheetBuilder, Term, plus } from './blank-sheet';
import { BlankContext, HeaderNode, blankSheetName, writeFootnote, writeHeader, writeLineNumbers, writeTitleBlock } from './furniture';
import { FOOTNOTES, printedTitle } from './titles';

/** A functional subject row: 类 (3 digits), 款 (5) or 项 (7) with its name. */
export interface SubjectRow {
  code: string;
  name: string;
}

/** A column computed on each subject row from other columns of that row. */
type RowFormula = { key: string; sign: 1 | -1 }[];

interface SubjectSpec {
  header: HeaderNode[];
  /** Per row, columns that are formulas of the row's other columns (the rest are typed). */
  derived: Record<string, RowFormula>;
}

const leaves = (keys: readonly string[]): HeaderNode[] => keys.map((text) => ({ text }));
const spending = (keys: { key: string; text?: string }[]): HeaderNode => ({ text: '本年支出', children: keys.map((k) => ({ text: k.text ?? k.key, key: k.key })) });
const sumOf = (keys: readonly string[]): RowFormula => keys.map((key) => ({ key, sign: 1 }));

const T02_COLUMNS = ['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'];
const T03_COLUMNS = ['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出'];
/** Economic classes of the Sichuan detail tables' columns. */
const DETAIL_COLUMNS = ['工资福利支出', '商品和服务支出', '对个人和家庭的补助', '资本性支出'];

const FUND: SubjectSpec = {
  header: [{ text: '年初结转和结余' }, { text: '本年收入' }, spending([{ key: '本年支出合计', text: '合计' }, { key: '基本支出' }, { key: '项目支出' }]), { text: '年末结转和结余' }],
  derived: {
    本年支出合计: sumOf(['基本支出', '项目支出']),
    年末结转和结余: [
      { key: '年初结转和结余', sign: 1 },
      { key: '本年收入', sign: 1 },
      { key: '本年支出合计', sign: -1 },
    ],
  },
};
const SPENT: SubjectSpec = { header: [spending([{ key: '合计' }, { key: '基本支出' }, { key: '项目支出' }])], derived: { 合计: sumOf(['基本支出', '项目支出']) } };

function subjectSpec(id: ScheduleId, template: string): SubjectSpec {
  switch (id) {
    case 'T02':
      return { header: leaves(T02_COLUMNS), derived: { 本年收入合计: sumOf(T02_COLUMNS.slice(1)) } };
    case 'T03':
      return { header: leaves(T03_COLUMNS), derived: { 本年支出合计: sumOf(T03_COLUMNS.slice(1)) } };
    case 'T05':
    case 'T09E':
      return SPENT;
    case 'T08':
      return FUND;
    case 'T09':
      return template === 'national' ? SPENT : FUND;
    case 'T05D':
    case 'T05DG':
    case 'T05P':
      return { header: [spending([{ key: '合计' }, ...DETAIL_COLUMNS.map((key) => ({ key }))])], derived: { 合计: sumOf(DETAIL_COLUMNS) } };
    default:
      throw new Error(`${id} is not a subject table`);
  }
}

/** Subject schedules of a blank workbook (T02, T03, T05, T08, T09 and the Sichuan detail tables). */
export function isSubjectSchedule(id: ScheduleId): boolean {
  return ['T02', 'T03', 'T05', 'T08', 'T09', 'T09E', 'T05D', 'T05DG', 'T05P'].includes(id);
}

/**
 * A subject schedule: code | name | amount columns, a 栏次 row, 合计 first, then each 类, its
 * 款 and their 项 in code order. A row with rows below it sums them, column by column, and
 * 合计 sums the 类; the 项 (and a 款 or 类 without rows below) are typed in, except columns
 * that are formulas of the row (本年支出合计 = 基本支出 + 项目支出 …). `carried` fills typed
 * 年初结转和结余 cells by code (万元).
 */
export function subjectSheet(id: ScheduleId, ctx: BlankContext, rows: readonly SubjectRow[], carried: ReadonlyMap<string, number> = new Map()): BlankSheet {
  const spec = subjectSpec(id, ctx.template);
  const title = printedTitle(id, ctx.template);
  const b = new BlankSheetBuilder(blankSheetName(ctx.numbers.get(id) ?? '', title, ctx.template === 'national'));
  const amountLeft = 2;
  const top = writeTitleBlock(b, amountLeft + countLeaves(spec.header), ctx, id, title);
  const h = writeHeader(b, top, 0, [{ text: '项目', children: [{ text: '科目编码' }, { text: '科目名称' }] }, ...spec.header]);
  const amount = h.leaves.filter((l) => l.col >= amountLeft);
  const width = amountLeft + amount.length;
  b.width(0, 12);
  b.width(1, 32);
  const lineRow = top + h.rows;
  writeLineNumbers(b, lineRow, [0], amount.map((l) => l.col));
  const totalRow = lineRow + 1;
  const rowOf = new Map<string, number>(rows.map((r, i) => [r.code, totalRow + 1 + i]));
  const colOf = new Map(amount.map((l) => [l.key, l.col]));
  const childrenOf = (code: string | undefined): number[] =>
    rows.filter((r) => (code === undefined ? r.code.length === 3 : r.code.length === code.length + 2 && r.code.startsWith(code))).map((r) => rowOf.get(r.code)!);

  b.put(totalRow, 0, '合计');
  b.merge(totalRow, 0, totalRow, 1);
  for (const { col } of amount) b.sum(totalRow, col, plus(childrenOf(undefined).map((r) => [r, col])));
  for (const r of rows) {
    const gr = rowOf.get(r.code)!;
    b.code(gr, 0, r.code);
    b.put(gr, 1, r.name);
    const children = childrenOf(r.code);
    for (const { key, col } of amount) {
      if (children.length > 0) b.sum(gr, col, plus(children.map((c) => [c, col])));
      else if (spec.derived[key]) b.sum(gr, col, spec.derived[key].map((t): Term => ({ row: gr, col: colOf.get(t.key)!, sign: t.sign })));
      else b.input(gr, col, { schedule: id, key: r.code, column: key }, key === '年初结转和结余' ? carried.get(r.code) ?? 0 : 0);
    }
  }
  writeFootnote(b, totalRow + 1 + rows.length, width, FOOTNOTES[id]);
  return b.build();
}

function countLeaves(nodes: readonly HeaderNode[]): number {
  return nodes.reduce((a, n) => a + (n.children ? countLeaves(n.children) : 1), 0);
}
