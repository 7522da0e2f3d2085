/**
 * The pane's own settings (设置 tab), kept per user in the browser's storage for this add-in.
 * What shapes the report (style, decimals, the title's unit name and year) belongs to the
 * workbook instead and lives in its stored data (src/core/stored), so every surface uses it.
 */
export interface PaneSettings {
  /** Check again when a worksheet changes. */
  autoRecheck: boolean;
  /** List the rules that do not apply to this workbook. */
  showNotApplicable: boolean;
}

export const DEFAULT_SETTINGS: PaneSettings = { autoRecheck: true, showNotApplicable: false };

const STORAGE_KEY = 'juesuan.pane.settings';

/** The part of the Web Storage API used here (localStorage, or a fake in tests). */
export interface SettingsStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** Stored settings over the defaults; anything unreadable falls back to the defaults. */
export function loadSettings(storage: SettingsStorage | undefined): PaneSettings {
  try {
    const raw = storage?.getItem(STORAGE_KEY);
    if (!raw) return { ...DEFAULT_SETTINGS };
    const parsed = JSON.parse(raw) as Partial<Record<keyof PaneSettings, unknown>>;
    return {
      autoRecheck: typeof parsed.autoRecheck === 'boolean' ? parsed.autoRecheck : DEFAULT_SETTINGS.autoRecheck,
      showNotApplicable: typeof parsed.showNotApplicable === 'boolean' ? parsed.showNotApplicable : DEFAULT_SETTINGS.showNotApplicable,
    };
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
