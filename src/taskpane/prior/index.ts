/** Last year's workbook: import, keep in the workbook, restore (see prior-controller.ts). The UI is PriorSection.tsx (jest does not load .tsx). */
export { PRIOR_DATA, PriorController, priorInfo, priorYearWarning } from './prior-controller';
export type { PriorFile, PriorInfo, PriorState, WorkbookReader } from './prior-controller';
export { usePrior } from './use-prior';
export type { PriorHandle } from './use-prior';
