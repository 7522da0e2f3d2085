import { RecognitionIssue, ScheduleId } from '../model';
import * as issues from './issues';
import { ScheduleRead } from './schedule';

/**
 * One copy of each schedule, in workbook order. When a schedule appears more than once the
 * best copy is used: one on a visible sheet before one on a hidden sheet (a stale hidden
 * copy before the visible one is the usual case), then one on a sheet of its own before a
 * stray copy beneath another schedule (a table pasted below 收入决算表), then the first.
 * Each copy left aside is reported naming both sheets. A copy used from a hidden (or very
 * hidden) sheet is reported too: the user cannot see the table that was checked.
 * @param hidden names of the hidden sheets
 * @param out receives the issues
 */
export function chooseCopies(reads: ScheduleRead[], hidden: ReadonlySet<string>, out: RecognitionIssue[]): ScheduleRead[] {
  const schedulesOn = new Map<string, Set<ScheduleId>>();
  for (const { instance } of reads) {
    const set = schedulesOn.get(instance.sheet) ?? new Set<ScheduleId>();
    schedulesOn.set(instance.sheet, set.add(instance.id));
  }
  const rank = ({ instance }: ScheduleRead): number => (hidden.has(instance.sheet) ? 2 : 0) + (schedulesOn.get(instance.sheet)!.size > 1 ? 1 : 0);
  const chosen = new Map<ScheduleId, ScheduleRead>();
  for (const read of reads) {
    const prev = chosen.get(read.instance.id);
    if (!prev || rank(read) < rank(prev)) chosen.set(read.instance.id, read);
  }
  for (const read of reads) {
    const inst = read.instance;
    const used = chosen.get(inst.id)!.instance;
    if (used !== inst) out.push(issues.duplicateSchedule(inst.sheet, inst.titleRef.address, inst.title, used.sheet, inst.id, hidden.has(inst.sheet) && !hidden.has(used.sheet)));
    else if (hidden.has(inst.sheet)) out.push(issues.hiddenSheet(inst.sheet, inst.titleRef.address, inst.title, inst.id));
  }
  const used = new Set(chosen.values());
  return reads.filter((r) => used.has(r));
}
