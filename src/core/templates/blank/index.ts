/**
 * The blank standard workbook (`juesuan template`): every schedule of a template set laid
 * out as the bureau hands it to departments — titles, unit and year lines, headers and 栏次,
 * subject rows, totals as formulas, the 补充信息 sheet and the bureau's packs — as plain data.
 * A host writes it to a file (src/hosts/xlsx/write-blank.ts).
 */
import { BlankTemplateError } from '../../errors';
import { FUNCTIONAL_CLASSES } from '../../schedules/catalogue/functional-classes';
import type { ScheduleId, WorkbookModel } from '../../schedules/model';
import { type StoredData, type StoredPack, emptyStored, withPacks } from '../../stored';
import { SUPPLEMENT_SHEET, supplementTemplate } from '../../supplement';
import { isTemplateId, templateIds, templateSet } from '../registry';
import { BlankSheet, BlankSheetBuilder } from './blank-sheet';
import { FromPrior, fromPrior } from './carry';
import { t06Sheet } from './economic';
import { BlankContext } from './furniture';
import { sangongSheet } from './sangong';
import { SubjectRow, isSubjectSchedule, subjectSheet } from './subject';
import { subjectRows } from './subjects';
import { t01Sheet, t04Sheet } from './summary';

export type { BlankInput, BlankSheet } from './blank-sheet';
export { AMOUNT_FORMAT } from './blank-sheet';
export { printedTitle } from './titles';
export type { SubjectRow } from './subject';
export { subjectRows } from './subjects';

export interface BlankRequest {
  /** A template set id of the registry (national, sichuan2021, sichuan2023). */
  template: string;
  year: number;
  unitName?: string;
  /** Subject codes for every subject table (3, 5 or 7 digits, or code=name). */
  codes?: readonly string[];
  /** Last year's workbook: its subject rows, and its 年末结转和结余 as this year's 年初. */
  prior?: WorkbookModel;
  /** Rule packs stored in the workbook, as the pane stores them. */
  packs?: StoredPack[];
}

export interface BlankWorkbook {
  /** The schedules in template order, then 补充信息. */
  sheets: BlankSheet[];
  /** The stored-data document to write into the workbook (its packs), when there is one. */
  stored?: StoredData;
  /** Every subject row of the subject tables (类, 款, 项), in code order. */
  subjects: SubjectRow[];
}

/** Classes of the subject rows, in budget classification order (T01/T04 list them by name). */
function classesOf(rows: readonly SubjectRow[]): string[] {
  const used = new Set(rows.map((r) => r.code.slice(0, 3)));
  const known = FUNCTIONAL_CLASSES.map((c) => c.code).filter((c) => used.has(c));
  return [...known, ...[...used].filter((c) => !known.includes(c)).sort()];
}

function supplementSheet(): BlankSheet {
  const b = new BlankSheetBuilder(SUPPLEMENT_SHEET);
  supplementTemplate().forEach((row, r) => row.forEach((v, c) => v !== null && b.put(r, c, v)));
  b.width(0, 48);
  b.width(1, 36);
  b.headerBand(0, 0);
  return { ...b.build(), unprotected: true };
}

/**
 * The blank workbook of `request.template` for `request.year`: subject rows from last year's
 * workbook (each table its own rows) or from `codes`, and last year's closing balances in
 * this year's opening columns.
 * @throws BlankTemplateError for an unknown template, a year out of range, a bad code, or a
 *   last year's workbook of another year
 * @example blankWorkbook({ template: 'national', year: 2025, codes: ['2060101'] }).sheets.length // 10
 */
export function blankWorkbook(request: BlankRequest): BlankWorkbook {
  const { template, year, prior } = request;
  if (!isTemplateId(template)) throw new BlankTemplateError(`没有模板“${template}”，可用的模板：${templateIds().join('、')}。`);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new BlankTemplateError(`年度“${year}”不对，应为 2000 到 2100 之间的年份。`);
  if (prior?.year !== undefined && prior.year !== year - 1) {
    throw new BlankTemplateError(`上年决算表“${prior.file}”是 ${prior.year} 年度的，不是 ${year - 1} 年度的，不能结转到 ${year} 年度。`);
  }
  const set = templateSet(template);
  const given = request.codes && request.codes.length > 0 ? subjectRows(request.codes) : undefined;
  const carried: FromPrior | undefined = prior ? fromPrior(prior) : undefined;
  const rowsOf = (id: ScheduleId): SubjectRow[] => given ?? carried?.rows(id) ?? [];
  const ctx: BlankContext = { template, year, unitName: request.unitName ?? prior?.unitName, numbers: new Map(set.schedules.map((e) => [e.id, e.number])) };
  const subjects = given ?? carried?.all ?? [];
  const classes = classesOf(subjects);
  const sheets = set.schedules.map((e): BlankSheet => {
    if (e.id === 'T01') return t01Sheet(ctx, classes, carried?.summary);
    if (e.id === 'T04') return t04Sheet(ctx, classes, carried?.summary);
    if (e.id === 'T06') return t06Sheet(ctx);
    if (e.id === 'T07' || e.id === 'T08S') return sangongSheet(e.id, ctx);
    if (isSubjectSchedule(e.id)) return subjectSheet(e.id, ctx, rowsOf(e.id), carried?.funds.get(e.id));
    throw new Error(`no blank layout for ${e.id}`);
  });
  const stored = request.packs && request.packs.length > 0 ? withPacks(emptyStored(), request.packs) : undefined;
  return { sheets: [...sheets, supplementSheet()], stored, subjects };
}
