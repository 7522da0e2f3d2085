import { Fen } from '../../grid/units';
import { ScheduleId, WorkbookModel, getFen } from '../../schedules/model';
import type { SummaryCarry } from './summary';
import type { SubjectRow } from './subject';
import { isSubjectSchedule } from './subject';
import { subjectRows } from './subjects';

const FUNDS = ['一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款'] as const;

/** What this year's blank takes from last year's workbook. */
export interface FromPrior {
  /** Subject rows per schedule: last year's own rows, else every subject row last year had. */
  rows(id: ScheduleId): SubjectRow[];
  /** Every subject row last year had, in any table. */
  all: SubjectRow[];
  summary: SummaryCarry;
  /** 年初结转和结余 of the fund tables (T08, T09) by subject code, 万元. */
  funds: Map<ScheduleId, Map<string, number>>;
}

/** 分 as 万元 with two decimals. */
const wan = (fen: Fen): number => Math.round(fen / 10_000) / 100;

/**
 * Last year's subject rows and closing balances (年末结转和结余), carried into this year's
 * opening columns (年初结转和结余) as the official software does: T01's total, T04's per
 * fund, and T08/T09's per subject.
 * @example fromPrior(priorModel).summary.t01 // last year's T01 年末结转和结余, 万元
 */
export function fromPrior(prior: WorkbookModel): FromPrior {
  const own = new Map<ScheduleId, SubjectRow[]>();
  const names = new Map<string, string>();
  for (const s of prior.schedules.values()) {
    if (!isSubjectSchedule(s.id)) continue;
    const codes = s.rows.filter((r) => r.code && !r.duplicateOf).map((r) => r.code!);
    for (const r of s.rows) if (r.code && r.label) names.set(r.code, r.label);
    own.set(s.id, subjectRows(codes, names));
  }
  const all = subjectRows([...new Set([...own.values()].flat().map((r) => r.code))], names);
  const funds = new Map<ScheduleId, Map<string, number>>();
  for (const id of ['T08', 'T09'] as const) {
    const s = prior.schedules.get(id);
    if (!s) continue;
    const closing = new Map<string, number>();
    for (const r of s.rows) {
      const fen = r.code ? getFen(prior, id, r.key, '年末结转和结余') : undefined;
      if (fen) closing.set(r.code!, wan(fen));
    }
    funds.set(id, closing);
  }
  const t01 = getFen(prior, 'T01', '年末结转和结余', '金额');
  const t04: SummaryCarry['t04'] = {};
  for (const f of FUNDS) {
    const fen = getFen(prior, 'T04', '年末财政拨款结转和结余', f);
    if (fen !== undefined) t04[f] = wan(fen);
  }
  return {
    rows: (id) => own.get(id) ?? all,
    all,
    summary: { t01: t01 === undefined ? undefined : wan(t01), t04 },
    funds,
  };
}
