/**
 * Re-check when the user edits cells: `ApiEvent.AddApiEventListener('SheetChange', fn)`,
 * removed with `RemoveApiEventListener('SheetChange', fn)`. The wps-jsapi typings (index.d.ts,
 * namespace ApiEvent) list SheetChange(WorkSheet, Range) among the ET events and the wpsjs
 * templates register listeners on `Application.ApiEvent`; builds without ApiEvent raise
 * nothing, and the pane then says that checking is by hand (WpsEventsUnavailableError).
 * Changes on the add-in's own sheets (its own writes) are ignored. The pane debounces.
 */
import { OWNED_SHEET_PREFIX } from '../../core/charts/owned-sheet';
import { WpsEventsUnavailableError } from './errors';
import { type WpsObject, call, get, has } from './members';

export const CHANGE_EVENT = 'SheetChange';

function isOwnedSheet(sheet: unknown): boolean {
  try {
    return !!sheet && typeof sheet === 'object' && String(get(sheet as WpsObject, 'Name')).startsWith(OWNED_SHEET_PREFIX);
  } catch {
    return false;
  }
}

export function watchChangesIn(app: WpsObject, callback: () => void, given?: WpsObject): () => void {
  const events = given ?? (has(app, 'ApiEvent') ? (get(app, 'ApiEvent') as WpsObject) : undefined);
  if (!events || typeof events.AddApiEventListener !== 'function') {
    throw new WpsEventsUnavailableError('这一版本的 WPS 不向加载项报告单元格的修改，决算助手无法在修改后自动重新检查。', {
      nextStep: '修改表格后，请点击“检查”重新审核。',
    });
  }
  const listener = (sheet: unknown): void => {
    if (!isOwnedSheet(sheet)) callback();
  };
  call(events, 'AddApiEventListener', CHANGE_EVENT, listener);
  return () => {
    try {
      call(events, 'RemoveApiEventListener', CHANGE_EVENT, listener);
    } catch {
      // The pane is closing; WPS drops the page's listeners with it.
    }
  };
}
