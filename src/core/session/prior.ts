import { WorkbookModel } from '../schedules/model';
import { modelFromJson } from '../schedules/model-codec';
import { StoredPrior } from '../stored/document';
import { WorkbookSource } from '../grid/sheet-grid';
import { Supplement, readSupplement, supplementFromJson } from '../supplement';
import { recogniseUserSheets } from './user-sheets';

/** Last year's workbook as the session uses it. */
export interface PriorWorkbook {
  model: WorkbookModel;
  /** Last year's 补充信息 sheet, when its workbook had one. */
  supplement?: Supplement;
  /** Given now (--prior, the pane's import) or found in this workbook's stored data. */
  origin: 'given' | 'stored';
  /** The file it came from, when known. */
  file?: string;
}

/** Unit names compared without spaces and brackets' width. */
const sameUnit = (a: string, b: string): boolean => a.replace(/\s/g, '').replace(/（/g, '(').replace(/）/g, ')') === b.replace(/\s/g, '').replace(/（/g, '(').replace(/）/g, ')');

/**
 * Why last year's workbook does not fit this one, or undefined when it does: its year, when
 * both are known, must be this year − 1 (unless `anyYear`, for a deliberate comparison),
 * and its unit, when both are known, the same.
 * @example priorMismatch({ year: 2024 } as WorkbookModel, { year: 2024 } as WorkbookModel)
 *   // '上年决算表是2024年度的，本年决算表是2024年度的：应为2023年度。'
 */
export function priorMismatch(current: Pick<WorkbookModel, 'year' | 'unitName'>, prior: Pick<WorkbookModel, 'year' | 'unitName'>, anyYear = false): string | undefined {
  if (!anyYear && current.year !== undefined && prior.year !== undefined && prior.year !== current.year - 1) {
    return `上年决算表是${prior.year}年度的，本年决算表是${current.year}年度的：应为${current.year - 1}年度。`;
  }
  if (current.unitName && prior.unitName && !sameUnit(current.unitName, prior.unitName)) {
    return `上年决算表的单位是“${prior.unitName}”，本年决算表的单位是“${current.unitName}”，不是同一单位。`;
  }
  return undefined;
}

/**
 * Last year's workbook as a prior: its schedules (the add-in's own sheets left out) and its
 * 补充信息, for every surface that is given the file (--prior, the pane's import).
 * @throws SheetNotRecognizedError when it holds no schedule
 */
export function priorFromSource(source: WorkbookSource): { model: WorkbookModel; supplement?: Supplement } {
  return { model: recogniseUserSheets(source), supplement: readSupplement(source.sheets) };
}

/**
 * Last year's model and 补充信息 kept in the workbook.
 * @throws ModelCodecError or SupplementCodecError when the stored text cannot be read
 */
export function storedPriorWorkbook(stored: StoredPrior): { model: WorkbookModel; supplement?: Supplement } {
  return { model: modelFromJson(stored.model), ...(stored.supplement ? { supplement: supplementFromJson(stored.supplement) } : {}) };
}
