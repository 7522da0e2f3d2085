import { VerifyCheck, finding } from '../context';
import { fundSpending } from '../claims-other';
import { normaliseText, similarity } from '../normalise';
import { PartKey } from '../../narrative/styles';
import { ScheduleInstance } from '../../schedules/model';
import { countedFen } from '../../grid/amount';
import { VerifyFinding } from '../types';
import { partSentences } from './package-content';

const SAYS_NONE = /无数据|没有|未发生|无此|为0|为零/;

const isEmpty = (inst: ScheduleInstance): boolean => [...inst.values.values()].every((v) => (countedFen(v.parsed) ?? 0) === 0);

/**
 * Each empty schedule is explained ("本表无数据"): in the sheet itself, or in the report — a
 * sentence saying there was none that names the table, or the section of its fund.
 */
export const checkEmptySchedules: VerifyCheck = (ctx) => {
  const out: VerifyFinding[] = [];
  const texts = ctx.report.sentences.map((s) => ctx.texts[s.index]).filter((t) => SAYS_NONE.test(t));
  const named = (title: string) => texts.some((t) => [...t.matchAll(/《([^》]+)》/g)].some((m) => similarity(m[1], normaliseText(title)) >= 0.8));
  const sectionSays = (part: PartKey) => partSentences(ctx, part).some((s) => SAYS_NONE.test(ctx.texts[s.index]));
  const partOf: Partial<Record<string, PartKey>> = { T07: 'sangongOverall', T08: 'fund', T09: 'soe', T09E: 'soe' };
  for (const inst of ctx.model.schedules.values()) {
    if (!isEmpty(inst) || inst.emptyStatement) continue;
    const part = partOf[inst.id];
    if (named(inst.canonicalTitle) || (part && sectionSays(part))) continue;
    out.push(finding('empty-schedule', 'error', undefined, `《${inst.canonicalTitle}》（“${inst.sheet}”）没有数据，表中和报告中都没有说明。`, { expected: '本表无数据的说明' }));
  }
  for (const [part, which, what] of [['fund', 'fund', '政府性基金'], ['soe', 'soe', '国有资本经营']] as const) {
    const spent = fundSpending(ctx, which);
    const sentences = partSentences(ctx, part);
    if ((spent && spent.value !== 0) || sectionSays(part)) continue;
    out.push(finding('empty-schedule', 'error', sentences[0], `本年没有${what}预算财政拨款支出，报告应说明无此项支出（表无数据）。`, { expected: '无数据的说明' }));
  }
  return out;
};
