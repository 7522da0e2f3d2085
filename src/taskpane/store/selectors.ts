import type { Session } from '../../core/session';
import { type ReviewResult, reviewResult } from '../review/review-result';
import type { PaneState } from './pane-state';

/**
 * Values derived from the pane's state, computed once per session object: views call these
 * instead of keeping modified copies.
 */
const reviews = new WeakMap<Session, ReviewResult>();

/** The 审核 tab's view of the current session, or undefined before a successful check. */
export function reviewView(state: Pick<PaneState, 'session'>): ReviewResult | undefined {
  const s = state.session;
  if (!s) return undefined;
  let r = reviews.get(s);
  if (!r) {
    r = reviewResult(s);
    reviews.set(s, r);
  }
  return r;
}

/** What 设置 shows about last year's workbook in use. */
export interface PriorInfo {
  fileName: string;
  year?: number;
  unitName?: string;
  /** Number of schedules recognised. */
  scheduleCount: number;
}

/** Last year's workbook the session compares with, and why a stored one is not used. */
export function priorView(state: Pick<PaneState, 'session'>): { info?: PriorInfo; problem?: string } {
  const s = state.session;
  if (!s) return {};
  const problem = s.priorProblem;
  const p = s.prior;
  if (!p) return { problem };
  const info: PriorInfo = { fileName: p.file ?? p.model.file, scheduleCount: p.model.schedules.size };
  if (p.model.year !== undefined) info.year = p.model.year;
  if (p.model.unitName !== undefined) info.unitName = p.model.unitName;
  return { info, problem };
}
