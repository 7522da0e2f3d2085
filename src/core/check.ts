import { WorkbookSource } from './grid/sheet-grid';
import { DEFAULT_UNIT, Unit } from './grid/units';
import { recogniseWorkbook } from './schedules/recognise';
import { RecognitionIssue, WorkbookModel } from './schedules/model';
import { Finding } from './rules/finding';
import { RulePack } from './rules/pack-format';
import { runRules } from './rules/runner';

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
 * Recognise a workbook's schedules and run every rule on them: the built-in pack of its
 * template, the given packs, the cross-year rules when last year's model is given, and
 * what the reader itself noticed (unknown rows, unreadable headers) as findings.
 * @throws SheetNotRecognizedError when the workbook holds no schedule at all
 * @example checkWorkbook(await readWorkbookFile('a.xlsx')).findings.filter(isBlocking)
 */
export function checkWorkbook(source: WorkbookSource, options: CheckOptions = {}): CheckReport {
  const model = recogniseWorkbook(source);
  const findings = [
    ...model.issues.map((issue) => issueToFinding(issue, workbookUnit(model))),
    ...runRules(model, { packs: options.packs, prior: options.prior, yoyThreshold: options.yoyThreshold }),
  ];
  return { model, findings };
}

/** The unit most schedules of the workbook are in (for messages that belong to no schedule). */
export function workbookUnit(model: WorkbookModel): Unit {
  const counts = new Map<Unit, number>();
  for (const s of model.schedules.values()) counts.set(s.unit, (counts.get(s.unit) ?? 0) + 1);
  let best: Unit = DEFAULT_UNIT;
  let bestCount = 0;
  for (const [unit, n] of counts) {
    if (n > bestCount) {
      best = unit;
      bestCount = n;
    }
  }
  return best;
}

function issueToFinding(issue: RecognitionIssue, unit: Unit): Finding {
  return {
    rule: issue.code,
    severity: issue.severity,
    outcome: 'fail',
    message: issue.message,
    unit,
    cells: issue.cells,
    schedule: issue.schedule,
  };
}
