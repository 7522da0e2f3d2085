/**
 * Where the pane's page finds WPS: `window.Application` (the wpsjs 2.x templates:
 * `window.Application.ActiveWorkbook`, `window.Application.ApiEvent`), or the older global
 * `wps` (wpsjs 1.x ET template: `wps.EtApplication()`, `wps.ApiEvent`). Undefined outside WPS.
 */
import type { WpsObject } from '../hosts/wps';

export interface WpsGlobals {
  app: WpsObject;
  events?: WpsObject;
}

function objectOr(v: unknown): WpsObject | undefined {
  return v && (typeof v === 'object' || typeof v === 'function') ? (v as WpsObject) : undefined;
}

export function wpsGlobals(w: Record<string, unknown>): WpsGlobals | undefined {
  const wps = objectOr(w.wps);
  let app = objectOr(w.Application);
  if (!app && wps) app = typeof wps.EtApplication === 'function' ? objectOr((wps.EtApplication as () => unknown)()) : objectOr(wps.Application);
  if (!app) return undefined;
  const events = objectOr(app.ApiEvent) ?? objectOr(wps?.ApiEvent);
  return events ? { app, events } : { app };
}
