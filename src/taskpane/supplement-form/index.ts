/** The supplementary facts form (设置 tab): rows ↔ values in form-rows.ts; the UI is SupplementForm.tsx. */
export { SUPPLEMENT_FORM_SHEET, formBlockedReason, formGroups, formProblems, formValues, supplementRows, valueProblem } from './form-rows';
export type { FormGroup, SupplementValues } from './form-rows';
