/**
 * One schedule onto a sheet: picks the layout and the figures for a schedule id.
 */
import { ScheduleId } from '../../../src/core/schedules/model';
import { DETAIL_COLUMNS, SOE_COLUMNS, SubjectTable, sangong, soeTable, t01, t02, t03, t04, t05, t05d, t05dg, t05p, t06, t08, FUND_COLUMNS, T02_COLUMNS, T03_COLUMNS } from '../tables';
import { writeT06 } from './economic';
import { HeaderNode, LayoutContext, Placement, ScheduleInfo } from './furniture';
import { writeSangong } from './sangong';
import { SheetBuilder } from './sheet-builder';
import { SubjectSpec, writeSubjectTable } from './subject';
import { writeT01, writeT04 } from './summary';

const leaves = (keys: string[]): HeaderNode[] => keys.map((text) => ({ text }));
const spending = (parent: string, keys: { key: string; text?: string }[]): HeaderNode => ({
  text: parent,
  children: keys.map((k) => ({ text: k.text ?? k.key, key: k.key })),
});

const fundHeader: HeaderNode[] = [
  { text: '年初结转和结余' },
  { text: '本年收入' },
  spending('本年支出', [{ key: '本年支出合计', text: '合计' }, { key: '基本支出' }, { key: '项目支出' }]),
  { text: '年末结转和结余' },
];
const soeHeader: HeaderNode[] = [spending('本年支出', [{ key: '合计' }, { key: '基本支出' }, { key: '项目支出' }])];

/** A table with only a zero 合计 row is printed empty, with its statement. */
const orEmpty = (t: SubjectTable): SubjectTable =>
  t.rows.length <= 1 && t.columns.every((c) => (t.values['合计']?.[c] ?? 0) === 0) ? { ...t, rows: [] } : t;

function subjectSpec(id: ScheduleId, ctx: LayoutContext): SubjectSpec {
  const d = ctx.dept;
  switch (id) {
    case 'T02':
      return { table: t02(d), header: leaves(T02_COLUMNS), rowSum: { total: T02_COLUMNS[0], parts: T02_COLUMNS.slice(1) }, blankZero: true };
    case 'T03':
      return { table: t03(d), header: leaves(T03_COLUMNS), rowSum: { total: T03_COLUMNS[0], parts: T03_COLUMNS.slice(1) }, blankZero: true };
    case 'T05': {
      const actual = [{ key: '合计' }, { key: '基本支出' }, { key: '项目支出' }];
      const rowSum = { total: '合计', parts: ['基本支出', '项目支出'] };
      if (!ctx.o.budgetColumns) return { table: t05(d), header: [spending('本年支出', actual)], flatLabels: { 合计: '本年支出合计' }, rowSum };
      return {
        table: t05(d),
        header: [{ text: '年初预算数' }, { text: '全年预算数' }, spending('决算数', actual)],
        rowSum,
        rate: { actual: '合计', budget: '全年预算数' },
      };
    }
    case 'T08':
      return { table: orEmpty(t08(d)), header: fundHeader, rowSum: { total: '本年支出合计', parts: ['基本支出', '项目支出'] } };
    case 'T09':
      return ctx.o.template === 'national' ? { table: soeTable(SOE_COLUMNS), header: soeHeader } : { table: soeTable(FUND_COLUMNS), header: fundHeader };
    case 'T09E':
      return { table: soeTable(SOE_COLUMNS), header: soeHeader };
    case 'T05D':
    case 'T05DG':
    case 'T05P': {
      const table = id === 'T05D' ? t05d(d) : id === 'T05DG' ? t05dg(d) : t05p(d);
      const econ = DETAIL_COLUMNS.map((c) => c.key);
      return {
        table,
        header: [spending('本年支出', [{ key: '合计' }, ...econ.map((key) => ({ key }))])],
        rowSum: { total: '合计', parts: econ },
        blankZero: true,
      };
    }
    default:
      throw new Error(`${id} is not a subject table`);
  }
}

/** Write schedule `info.id` from row `top`; returns where it went. */
export function writeSchedule(b: SheetBuilder, top: number, ctx: LayoutContext, info: ScheduleInfo): { placement: Placement; empty: boolean } {
  const d = ctx.dept;
  switch (info.id) {
    case 'T01':
      return { placement: writeT01(b, top, ctx, info, t01(d)), empty: false };
    case 'T04':
      return { placement: writeT04(b, top, ctx, info, t04(d)), empty: false };
    case 'T06':
      return { placement: writeT06(b, top, ctx, info, t06(d)), empty: false };
    case 'T07':
      return { placement: writeSangong(b, top, ctx, info, sangong(d)), empty: false };
    case 'T08S':
      return { placement: writeSangong(b, top, ctx, info, sangong(d, true)), empty: false };
    default: {
      const spec = subjectSpec(info.id, ctx);
      return { placement: writeSubjectTable(b, top, ctx, info, spec), empty: spec.table.rows.length === 0 };
    }
  }
}
