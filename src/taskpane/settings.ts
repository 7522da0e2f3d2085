import { narrativeStyle } from '../core/narrative/styles';
import { TemplateId } from '../core/schedules/model';

/** Style of the 决算情况说明: 四川 or 全国 (src/core/narrative/styles). */
export type ReportStyle = 'sichuan' | 'national';

/** The pane's settings (设置 tab), kept per user in the browser's storage for this add-in. */
export interface PaneSettings {
  /** Check again when a worksheet changes. */
  autoRecheck: boolean;
  /** List the rules that do not apply to this workbook. */
  showNotApplicable: boolean;
  /** Style of the report; absent: from the workbook's template (sichuan* → 四川). */
  reportStyle?: ReportStyle;
  /** Decimals of rates and shares, 0–2; absent: the style's (四川 0, 全国 2). */
  percentDecimals?: number;
}

export const DEFAULT_SETTINGS: PaneSettings = { autoRecheck: true, showNotApplicable: false };

const STORAGE_KEY = 'juesuan.pane.settings';

/** The part of the Web Storage API used here (localStorage, or a fake in tests). */
export interface SettingsStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const isStyle = (v: unknown): v is ReportStyle => v === 'sichuan' || v === 'national';
const isDecimals = (v: unknown): v is number => v === 0 || v === 1 || v === 2;

/** Stored settings over the defaults; anything unreadable falls back to the defaults. */
export function loadSettings(storage: SettingsStorage | undefined): PaneSettings {
  try {
    const raw = storage?.getItem(STORAGE_KEY);
    if (!raw) return { ...DEFAULT_SETTINGS };
    const parsed = JSON.parse(raw) as Partial<Record<keyof PaneSettings, unknown>>;
    const out: PaneSettings = {
      autoRecheck: typeof parsed.autoRecheck === 'boolean' ? parsed.autoRecheck : DEFAULT_SETTINGS.autoRecheck,
      showNotApplicable: typeof parsed.showNotApplicable === 'boolean' ? parsed.showNotApplicable : DEFAULT_SETTINGS.showNotApplicable,
    };
    if (isStyle(parsed.reportStyle)) out.reportStyle = parsed.reportStyle;
    if (isDecimals(parsed.percentDecimals)) out.percentDecimals = parsed.percentDecimals;
    return out;
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

/** Store the settings; a storage that refuses (private mode, quota) is not an error. */
export function saveSettings(storage: SettingsStorage | undefined, settings: PaneSettings): void {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(settings));
  } catch {
    // The settings then last for this session only.
  }
}

/**
 * Overrides that belong to the workbook rather than the user (the report title's unit name
 * and year), stored with host.saveAddinData(WORKBOOK_SETTINGS_DATA, json).
 */
export interface WorkbookSettings {
  unitName?: string;
  year?: number;
}

export const WORKBOOK_SETTINGS_DATA = 'settings';

/** A plausible report year for the override. */
export function isReportYear(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 2000 && v <= 2100;
}

/** JSON for saveAddinData; empty fields left out. */
export function workbookSettingsToJson(s: WorkbookSettings): string {
  const out: WorkbookSettings = {};
  if (s.unitName?.trim()) out.unitName = s.unitName.trim();
  if (isReportYear(s.year)) out.year = s.year;
  return JSON.stringify(out);
}

/** The overrides from loadAddinData's text; nothing (or garbage) gives none. */
export function workbookSettingsFromJson(text: string | undefined): WorkbookSettings {
  if (!text) return {};
  try {
    const raw = JSON.parse(text) as Record<string, unknown>;
    const out: WorkbookSettings = {};
    if (typeof raw.unitName === 'string' && raw.unitName.trim()) out.unitName = raw.unitName.trim();
    if (isReportYear(raw.year)) out.year = raw.year;
    return out;
  } catch {
    return {};
  }
}

/** 四川 for the Sichuan templates, 全国 otherwise (and when no workbook was read yet). */
export function styleForTemplate(template: TemplateId | undefined): ReportStyle {
  return template?.startsWith('sichuan') ? 'sichuan' : 'national';
}

/** The style's own number of decimals for rates and shares (四川 0, 全国 2). */
export function defaultPercentDecimals(style: ReportStyle): number {
  return narrativeStyle(style).percentDecimals;
}

/** What the 说明 tab needs: the effective style, decimals and title facts. */
export interface ReportSettings {
  style: ReportStyle;
  percentDecimals: number;
  /** The unit name for the title: the override, else the workbook's. */
  unitName?: string;
  /** The year for the title: the override, else the workbook's. */
  year?: number;
}

/**
 * The effective report settings: the user's choices over the template's defaults, the
 * workbook's overrides over what the schedules say.
 * @example reportSettings(DEFAULT_SETTINGS, {}, { template: 'sichuan2023' }).style === 'sichuan'
 */
export function reportSettings(pane: PaneSettings, workbook: WorkbookSettings, detected: { template?: TemplateId; unitName?: string; year?: number } = {}): ReportSettings {
  const style = pane.reportStyle ?? styleForTemplate(detected.template);
  const out: ReportSettings = { style, percentDecimals: pane.percentDecimals ?? defaultPercentDecimals(style) };
  const unitName = workbook.unitName ?? detected.unitName;
  const year = workbook.year ?? detected.year;
  if (unitName !== undefined) out.unitName = unitName;
  if (year !== undefined) out.year = year;
  return out;
}
