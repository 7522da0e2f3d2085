import { SheetNotRecognizedError } from '../../errors';
import { WorkbookSource, a1 } from '../../grid/sheet-grid';
import { RecognitionIssue, ScheduleId, ScheduleInstance, TemplateId, WorkbookModel } from '../model';
import * as issues from './issues';
import { IdentityClues, coverClues, decideIdentity, fileClues, scheduleClues, superTitleClues } from './identity';
import { ScheduleRead, readSchedule } from './schedule';
import { SheetIndex } from './sheet-index';
import { decideTemplate, missingSchedules, resolveDef } from './template';
import { Candidate, findCandidates } from './titles';
import { chooseCopies } from './copies';

/**
 * Recognise the final-accounts schedules of a workbook by content (title rows, table codes,
 * sheet names as a last resort), whatever the template variant, and read every figure with
 * its sheet and A1 address. Oddities are reported in `issues`, absent schedules in
 * `missing` / `absentOptional`; only a workbook without any schedule throws.
 *
 * @throws SheetNotRecognizedError when the workbook has no sheets, only empty sheets, or no
 *   sheet holding a recognisable schedule; the message names the file and lists its sheets.
 * @example
 *   const model = recogniseWorkbook({ file: 'a.xlsx', sheets: [grid] });
 *   getFen(model, 'T01', '收入总计', '金额');
 */
export function recogniseWorkbook(source: WorkbookSource, options?: { template?: TemplateId }): WorkbookModel {
  const names = source.sheets.map((s) => s.name);
  if (source.sheets.length === 0) throw new SheetNotRecognizedError(`文件“${source.file}”中没有工作表，无法识别决算公开表`, { file: source.file });
  const indexes = source.sheets.map((g) => new SheetIndex(g));
  if (indexes.every((ix) => ix.isEmpty())) {
    throw new SheetNotRecognizedError(`文件“${source.file}”的工作表都是空的（${names.join('、')}），无法识别决算公开表`, { file: source.file });
  }
  const candidates: Candidate[] = indexes.flatMap((ix, i) => findCandidates(ix, i));
  const template = decideTemplate(
    candidates.map((c) => ({ def: c.def, matchedTitle: c.matchedTitle, year: c.titleYear })),
    options?.template,
  );

  const schedules = new Map<ScheduleId, ScheduleInstance>();
  const allIssues: RecognitionIssue[] = [];
  const sheetsWithSchedule = new Set<string>();
  const reads: ScheduleRead[] = [];
  /** Where each read's title was found, for the super-title above a sheet's first table. */
  const candidateOf = new Map<ScheduleRead, Candidate>();
  const clues: IdentityClues = { units: [], years: [] };
  const firstTitle = new Map<SheetIndex, number>();
  for (const cand of candidates) {
    const def = resolveDef(cand.def, template);
    let read: ScheduleRead | undefined;
    try {
      read = readSchedule(cand, def);
    } catch (e) {
      // Never let odd content abort the whole workbook; say which table could not be read.
      const where = cand.titleRow >= 0 ? a1(cand.titleRow, cand.titleCol) : 'A1';
      allIssues.push(issues.readFailed(cand.ix.name, where, cand.titleText, e instanceof Error ? e.message : String(e)));
      read = undefined;
    }
    if (!read) continue;
    sheetsWithSchedule.add(read.instance.sheet);
    reads.push(read);
    candidateOf.set(read, cand);
  }
  const hidden = new Set(source.sheets.filter((g) => g.hidden).map((g) => g.name));
  for (const read of chooseCopies(reads, hidden, allIssues)) {
    const inst = read.instance;
    schedules.set(inst.id, inst);
    allIssues.push(...read.issues);
    scheduleClues(read, clues);
    const cand = candidateOf.get(read) as Candidate;
    if (cand.titleRow > 0 && !firstTitle.has(cand.ix)) firstTitle.set(cand.ix, cand.titleRow);
  }
  if (schedules.size === 0) {
    throw new SheetNotRecognizedError(`文件“${source.file}”中没有找到可识别的决算公开表。工作表：${names.map((n) => `“${n}”`).join('、')}`, {
      file: source.file,
    });
  }
  firstTitle.forEach((row, ix) => superTitleClues(ix, row, clues));
  indexes.filter((ix) => !sheetsWithSchedule.has(ix.name)).forEach((ix) => coverClues(ix, clues));
  fileClues(source.file, clues);
  const { unitName, year, issues: identityIssues } = decideIdentity(clues, source.file);
  allIssues.push(...identityIssues);
  const { missing, absentOptional } = missingSchedules(template, new Set(schedules.keys()));
  const model: WorkbookModel = {
    file: source.file,
    template,
    schedules,
    missing,
    absentOptional,
    issues: allIssues,
    unrecognizedSheets: names.filter((n) => !sheetsWithSchedule.has(n)),
  };
  if (unitName !== undefined) model.unitName = unitName;
  if (year !== undefined) model.year = year;
  return model;
}
