/**
 * A national workbook model whose subject schedules (T02, T03, T05, T07)
 * hold `items` 项 rows under 20 类 and their 款, every parent the sum of its children, so
 * the rules run over large consolidated schedules (a 部门 with hundreds of member units).
 */
import { ScheduleId, WorkbookModel } from '../../src/core/schedules/model';
import { CellInput, RowSpec, schedule, workbook } from '../../test/factories/model-builder';

const CLASSES = 20;
/** 项 per 款: two-digit codes 01 … 90. */
const ITEMS_PER_KUAN = 90;

interface Subject {
  code: string;
  parts: number[];
}

/** Subject rows (合计, 类, 款, 项) with `cols` figures each; parents sum their children. */
function subjects(items: number, cols: number): Subject[] {
  const kuanPerClass = Math.ceil(items / (CLASSES * ITEMS_PER_KUAN));
  const out: Subject[] = [];
  const total: Subject = { code: '合计', parts: new Array<number>(cols).fill(0) };
  out.push(total);
  let made = 0;
  for (let c = 0; c < CLASSES && made < items; c++) {
    const cls: Subject = { code: String(201 + c), parts: new Array<number>(cols).fill(0) };
    out.push(cls);
    for (let k = 1; k <= kuanPerClass && made < items; k++) {
      const kuan: Subject = { code: `${cls.code}${String(k).padStart(2, '0')}`, parts: new Array<number>(cols).fill(0) };
      out.push(kuan);
      for (let i = 1; i <= ITEMS_PER_KUAN && made < items; i++, made++) {
        const parts = Array.from({ length: cols }, (_, j) => ((made * 37 + j * 11) % 997) + 1);
        out.push({ code: `${kuan.code}${String(i).padStart(2, '0')}`, parts });
        for (const s of [kuan, cls, total]) parts.forEach((v, j) => (s.parts[j] += v));
      }
    }
  }
  return out;
}

/** Rows whose first figure is the sum of the others (合计 = 基本 + 项目 …). */
function rowsWithTotal(list: Subject[]): RowSpec[] {
  return list.map((s): RowSpec => [s.code, s.parts.reduce((a, b) => a + b, 0), ...s.parts] as [string, ...CellInput[]]);
}

/** The model; `items` 项 rows per subject schedule, only the listed schedules when given. */
export function largeModel(items: number, only?: ScheduleId[]): WorkbookModel {
  const sched = (id: ScheduleId, rows: RowSpec[]) => schedule(id, { rows });
  const expenditure = subjects(items, 5);
  const all = [
    sched('T02', rowsWithTotal(subjects(items, 6))),
    sched('T03', rowsWithTotal(expenditure)),
    sched('T05', rowsWithTotal(subjects(items, 2))),
    // 预算数 = 决算数.
    sched(
      'T07',
      expenditure.map((s): RowSpec => {
        const v = s.parts.reduce((a, b) => a + b, 0);
        return [s.code, v, v];
      }),
    ),
  ];
  return workbook('national', only ? all.filter((s) => only.includes(s.id)) : all);
}
