import { WorkbookSource } from './grid/sheet-grid';
import { Finding } from './rules/finding';
import { RulePack } from './rules/pack-format';
import { WorkbookModel } from './schedules/model';
import { openSession } from './session';
import { emptyStored } from './stored';

export { workbookUnit } from './session/findings';

/** Options of one check: a department's own rule packs and last year's workbook. */
export interface CheckOptions {
  packs?: RulePack[];
  prior?: WorkbookModel;
  /** Relative change that Y-03 flags (0.2 = 20 %). */
  yoyThreshold?: number;
}

/** A checked workbook: what was recognised and every finding (passes included). */
export interface CheckReport {
  model: WorkbookModel;
  findings: Finding[];
}

/**
 * The findings of a workbook without stored data: a session (src/core/session) with nothing
 * stored, for tests and the browser engine. Surfaces open a session instead.
 * @throws SheetNotRecognizedError when the workbook holds no schedule at all
 * @example checkWorkbook(await readWorkbookFile('a.xlsx')).findings.filter(isBlocking)
 */
export function checkWorkbook(source: WorkbookSource, options: CheckOptions = {}): CheckReport {
  const s = openSession(source, emptyStored(), { packs: options.packs, prior: options.prior ? { model: options.prior } : undefined, yoyThreshold: options.yoyThreshold, priorAnyYear: true });
  return { model: s.model, findings: s.findings };
}
