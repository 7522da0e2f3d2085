import { SheetGrid } from '../grid/sheet-grid';
import { Supplement, readSupplementSheet } from './read';

/**
 * The supplementary sheet 补充信息 (narrative.md §4; layout in docs/supplement-sheet.md):
 * two columns 项目 | 内容 holding facts no schedule has (政府采购, 国有资产, “三公” counts,
 * 绩效), budget figures per 项 (`预算:2060101`) and the reasons the user typed per placeholder
 * (`原因:reason:收支总计`).
 */
export type { Supplement, SupplementEntry } from './read';
export { normaliseItem, SUPPLEMENT_SHEET } from './read';
export { SUPPLEMENT_ITEMS, VEHICLE_KINDS, REASON_PREFIX, BUDGET_PREFIX, supplementItem } from './items';
export type { SupplementItemDef, SupplementUnit } from './items';
export { supplementTemplate } from './template';
export { SupplementCodecError, supplementFromJson, supplementToJson } from './codec';
export { numberProblem, notANumberProblem, supplementFindings, SUPPLEMENT_VALUE_RULE } from './values';

/**
 * Find the sheet named 补充信息 among a workbook's sheets and read it.
 * @returns undefined when the workbook has no such sheet.
 * @example const s = readSupplement(sheets); s?.reasons.get('reason:收支总计')?.text
 */
export function readSupplement(sheets: SheetGrid[]): Supplement | undefined {
  return readSupplementSheet(sheets);
}
