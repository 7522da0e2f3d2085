import { TemplateId } from '../schedules/model';
import { StoredSettings } from '../stored/document';
import { isStyleId, reportStyle, templateSet } from '../templates';

/** The report's settings in force: the user's choices over the template's defaults. */
export interface EffectiveSettings {
  /** A style id of the registry. */
  style: string;
  percentDecimals: number;
  /** The title's unit name: the override, else the workbook's. */
  unitName?: string;
  /** The title's year: the override, else the workbook's. */
  year?: number;
  integerAmounts: boolean;
  listZeroItems: boolean;
}

/**
 * Settings in force for a workbook of `template`: `given` (command-line flags) over `stored`
 * (the workbook's) over the template's style and that style's decimals; title facts over
 * what the schedules say. A stored style the registry does not know falls back to the
 * template's.
 * @example effectiveSettings('sichuan2023', {}, {}, {}).style === 'sichuan'
 */
export function effectiveSettings(template: TemplateId, stored: StoredSettings, given: StoredSettings, detected: { unitName?: string; year?: number }): EffectiveSettings {
  const pick = <K extends keyof StoredSettings>(k: K): StoredSettings[K] => given[k] ?? stored[k];
  const chosen = pick('style');
  const style = isStyleId(chosen) ? chosen : templateSet(template).style;
  const out: EffectiveSettings = {
    style,
    percentDecimals: pick('percentDecimals') ?? reportStyle(style).percentDecimals,
    integerAmounts: pick('integerAmounts') ?? false,
    listZeroItems: pick('listZeroItems') ?? false,
  };
  const unitName = pick('unitName') ?? detected.unitName;
  const year = pick('year') ?? detected.year;
  if (unitName !== undefined) out.unitName = unitName;
  if (year !== undefined) out.year = year;
  return out;
}
