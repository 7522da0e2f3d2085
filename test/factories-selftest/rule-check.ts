/**
 * An independent re-statement of rules.md §2–§4 over a fixture's expected figures, used
 * only to prove the fixtures consistent (the real rules engine lives elsewhere). Returns
 * the violated identities as readable strings; an empty list means every rule holds.
 */
import { ScheduleId } from '../../src/core/schedules/model';
import { Fixture } from '../factories';

type Get = (s: ScheduleId, row: string, col: string) => number | undefined;

export function figureLookup(f: Fixture): Get {
  const m = new Map(f.expected.map((e) => [`${e.schedule}|${e.row}|${e.col}`, e.fen]));
  return (s, row, col) => m.get(`${s}|${row}|${col}`);
}

const FUNDS = ['一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款'];
const DETAIL = ['工资福利支出', '商品和服务支出', '对个人和家庭的补助', '资本性支出'];

export function checkFixture(f: Fixture, prior?: Fixture): string[] {
  const get = figureLookup(f);
  const out: string[] = [];
  const has = (s: ScheduleId) => f.expected.some((e) => e.schedule === s);
  const rowsOf = (s: ScheduleId) => [...new Set(f.expected.filter((e) => e.schedule === s).map((e) => e.row))];
  const colsOf = (s: ScheduleId) => [...new Set(f.expected.filter((e) => e.schedule === s).map((e) => e.col))];
  const codes = (s: ScheduleId) => rowsOf(s).filter((r) => /^\d+$/.test(r));
  // 万元 figures rounded one by one may differ from their rounded sum by 0.005 万元 × (n + 1).
  const tol = (n: number) => (f.options.rounding ? 5_000 * (n + 1) : 0);
  const val = (s: ScheduleId, r: string, c: string): number => {
    const v = get(s, r, c);
    if (v === undefined) out.push(`missing ${s} ${r} ${c}`);
    return v ?? 0;
  };
  const sum = (name: string, total: number, parts: number[], extra = 0) => {
    const d = total - parts.reduce((a, b) => a + b, 0);
    if (Math.abs(d) > tol(parts.length + extra)) out.push(`${name}: ${total} ≠ Σ ${parts.join('+')} (diff ${d})`);
  };
  const hierarchy = (s: ScheduleId, cols: string[]) => {
    const cs = codes(s);
    for (const c of cols) {
      sum(`${s} 合计/${c}`, val(s, '合计', c), cs.filter((x) => x.length === 3).map((x) => val(s, x, c)));
      for (const p of cs.filter((x) => x.length < 7)) {
        sum(`${s} ${p}/${c}`, val(s, p, c), cs.filter((x) => x.length === p.length + 2 && x.startsWith(p)).map((x) => val(s, x, c)));
      }
    }
  };
  const rowSum = (s: ScheduleId, total: string, parts: string[]) => {
    for (const r of rowsOf(s)) sum(`${s} ${r} ${total}`, val(s, r, total), parts.map((p) => val(s, r, p)));
  };

  // T01
  const inc = ['一般公共预算财政拨款收入', '政府性基金预算财政拨款收入', '国有资本经营预算财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'];
  const t1 = (r: string) => val('T01', r, '金额');
  const t1Classes = codes('T01');
  sum('T01-R01', t1('本年收入合计'), inc.map(t1));
  sum('T01-R02', t1('本年支出合计'), t1Classes.map(t1));
  sum('T01-R03', t1('收入总计'), [t1('本年收入合计'), t1('使用非财政拨款结余'), t1('年初结转和结余')]);
  sum('T01-R04', t1('支出总计'), [t1('本年支出合计'), t1('结余分配'), t1('年末结转和结余')]);
  sum('T01-R05', t1('收入总计'), [t1('支出总计')]);

  // T02, T03
  const t2cols = ['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'];
  const t3cols = ['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出'];
  rowSum('T02', t2cols[0], t2cols.slice(1));
  hierarchy('T02', t2cols);
  rowSum('T03', t3cols[0], t3cols.slice(1));
  hierarchy('T03', t3cols);

  // T04
  const t4 = (r: string, c = '合计') => val('T04', r, c);
  const t4in = (r: string) => val('T04', r, '金额');
  const t4rows = rowsOf('T04').filter((r) => get('T04', r, '合计') !== undefined);
  for (const r of t4rows) sum(`T04-R01 ${r}`, t4(r), FUNDS.map((c) => t4(r, c)));
  sum('T04-R02 收入', t4in('本年收入合计'), FUNDS.map(t4in));
  sum('T04-R02 年初', t4in('年初财政拨款结转和结余'), FUNDS.map((x) => t4in(`年初财政拨款结转和结余/${x}`)));
  sum('T04-R03 收入总计', t4in('收入总计'), [t4in('本年收入合计'), t4in('年初财政拨款结转和结余')]);
  sum('T04-R03 收支', t4in('收入总计'), [t4('支出总计')]);
  for (const c of ['合计', ...FUNDS]) {
    sum(`T04-R03 支出总计 ${c}`, t4('支出总计', c), [t4('本年支出合计', c), t4('年末财政拨款结转和结余', c)]);
    sum(`T04-R05 ${c}`, t4('本年支出合计', c), codes('T04').map((x) => t4(x, c)));
  }
  FUNDS.forEach((fund) => {
    const flow = t4in(`年初财政拨款结转和结余/${fund}`) + t4in(fund) - t4('本年支出合计', fund);
    sum(`T04-R04 ${fund}`, t4('年末财政拨款结转和结余', fund), [flow], 3);
  });

  // T05
  const t5cols = colsOf('T05').filter((c) => c !== '完成预算');
  rowSum('T05', '合计', ['基本支出', '项目支出']);
  hierarchy('T05', t5cols);
  for (const r of rowsOf('T05')) {
    const rate = get('T05', r, '完成预算');
    const budget = get('T05', r, '全年预算数');
    if (rate !== undefined && budget) {
      const computed = Math.round((val('T05', r, '合计') * 10_000) / budget);
      if (Math.abs(rate - computed) > 1) out.push(`T05-R03 ${r}: ${rate} vs ${computed}`);
    }
  }

  // T06
  const t6 = (r: string) => val('T06', r, '决算数');
  for (const cls of codes('T06').filter((c) => c.length === 3)) {
    sum(`T06-R01 ${cls}`, t6(cls), codes('T06').filter((c) => c.length === 5 && c.startsWith(cls)).map(t6));
  }
  sum('T06-R02 人员', t6('人员经费合计'), [t6('301'), t6('303')]);
  sum('T06-R02 公用', t6('公用经费合计'), [t6('302'), t6('310')]);

  // T07, T08S
  for (const s of ['T07', 'T08S'] as ScheduleId[]) {
    if (!has(s)) continue;
    for (const m of ['预算数', '决算数']) {
      const g = (r: string) => val(s, r, m);
      sum(`${s}-R01 ${m}`, g('合计'), [g('因公出国（境）费'), g('公务用车购置及运行维护费'), g('公务接待费')]);
      sum(`${s}-R01 车 ${m}`, g('公务用车购置及运行维护费'), [g('公务用车购置费'), g('公务用车运行维护费')]);
    }
    for (const r of rowsOf(s)) if (val(s, r, '决算数') > val(s, r, '预算数')) out.push(`${s}-R02 ${r} 决算 > 预算`);
  }

  // T08 (T09 is empty in the fixtures)
  if (has('T08')) {
    for (const r of rowsOf('T08')) {
      const g = (c: string) => val('T08', r, c);
      sum(`T08-R01 flow ${r}`, g('年末结转和结余'), [g('年初结转和结余') + g('本年收入') - g('本年支出合计')], 3);
    }
    rowSum('T08', '本年支出合计', ['基本支出', '项目支出']);
    hierarchy('T08', colsOf('T08'));
  }

  // Detail tables
  for (const s of ['T05D', 'T05DG', 'T05P'] as ScheduleId[]) {
    if (!has(s)) continue;
    rowSum(s, '合计', DETAIL);
    hierarchy(s, ['合计', ...DETAIL]);
  }

  // Between schedules
  const t2 = (r: string, c: string) => val('T02', r, c);
  const t3 = (r: string, c: string) => val('T03', r, c);
  sum('X-01 合计', t1('本年收入合计'), [t2('合计', '本年收入合计')]);
  sum('X-01 财政拨款', t2('合计', '财政拨款收入'), inc.slice(0, 3).map(t1));
  for (const [k, c] of [['上级补助收入', '上级补助收入'], ['事业收入', '事业收入'], ['经营收入', '经营收入'], ['附属单位上缴收入', '附属单位上缴收入'], ['其他收入', '其他收入']]) {
    sum(`X-01 ${k}`, t1(k), [t2('合计', c)]);
  }
  sum('X-02', t1('本年支出合计'), [t3('合计', '本年支出合计')]);
  for (const c of t1Classes) sum(`X-02 ${c}`, t1(c), [get('T03', c, '本年支出合计') ?? 0]);
  sum('X-03', t2('合计', '财政拨款收入'), [t4in('本年收入合计')]);
  sum('X-04', t4('本年支出合计', FUNDS[0]), [val('T05', '合计', '合计')]);
  for (const c of codes('T04')) sum(`X-04 ${c}`, t4(c, FUNDS[0]), [get('T05', c, '合计') ?? 0]);
  sum('X-05', val('T05', '合计', '基本支出'), [t6('人员经费合计'), t6('公用经费合计')]);
  if (has('T08')) {
    sum('X-06 支出', t4('本年支出合计', FUNDS[1]), [val('T08', '合计', '本年支出合计')]);
    sum('X-06 收入', t4in(FUNDS[1]), [val('T08', '合计', '本年收入')]);
    sum('X-06 年初', t4in(`年初财政拨款结转和结余/${FUNDS[1]}`), [val('T08', '合计', '年初结转和结余')]);
    sum('X-06 年末', t4('年末财政拨款结转和结余', FUNDS[1]), [val('T08', '合计', '年末结转和结余')]);
  } else if (t4('本年支出合计', FUNDS[1]) !== 0) out.push('X-06 fund column non-zero without T08');
  if (t4('本年支出合计', FUNDS[2]) !== 0) out.push('X-06 国有资本经营 column non-zero');
  for (const r of rowsOf('T05')) {
    if (val('T05', r, '合计') > (get('T03', r, '本年支出合计') ?? 0) + tol(1)) out.push(`X-07 ${r} 合计`);
    if (val('T05', r, '基本支出') > (get('T03', r, '基本支出') ?? 0) + tol(1)) out.push(`X-07 ${r} 基本支出`);
  }
  for (const [code, item] of [['30212', '因公出国（境）费'], ['30217', '公务接待费'], ['30231', '公务用车运行维护费']]) {
    if (t6(code) > val('T07', item, '决算数')) out.push(`X-08 ${code}`);
  }
  if (t1('年初结转和结余') < t4in('年初财政拨款结转和结余')) out.push('X-09 年初');
  if (t1('年末结转和结余') < t4('年末财政拨款结转和结余')) out.push('X-09 年末');
  if (has('T05D')) for (const r of ['合计', ...codes('T04')]) sum(`X-10 五 ${r}`, get('T05D', r, '合计') ?? 0, [t4(r === '合计' ? '本年支出合计' : r)]);
  if (has('T05DG')) for (const r of rowsOf('T05')) sum(`X-10 七 ${r}`, val('T05DG', r, '合计'), [val('T05', r, '合计')]);
  if (has('T05P')) {
    for (const r of rowsOf('T05')) if (val('T05', r, '项目支出') !== 0) sum(`X-10 九 ${r}`, val('T05P', r, '合计'), [val('T05', r, '项目支出')]);
  }

  // Across years
  if (prior) {
    const p = figureLookup(prior);
    sum('Y-01', t1('年初结转和结余'), [p('T01', '年末结转和结余', '金额') ?? NaN]);
    for (const fund of FUNDS) sum(`Y-02 ${fund}`, t4in(`年初财政拨款结转和结余/${fund}`), [p('T04', '年末财政拨款结转和结余', fund) ?? NaN]);
  }
  return out;
}
