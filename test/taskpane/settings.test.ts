import { DEFAULT_SETTINGS, SettingsStorage, loadSettings, saveSettings } from '../../src/taskpane/settings';

function memoryStorage(initial: Record<string, string> = {}): SettingsStorage & { data: Record<string, string> } {
  const data = { ...initial };
  return { data, getItem: (k) => data[k] ?? null, setItem: (k, v) => void (data[k] = v) };
}

describe('pane settings', () => {
  it('starts from the defaults: re-check on, not-applicable rules hidden', () => {
    expect(loadSettings(memoryStorage())).toEqual({ autoRecheck: true, showNotApplicable: false });
    expect(loadSettings(undefined)).toEqual(DEFAULT_SETTINGS);
  });

  it('round-trips through the storage', () => {
    const storage = memoryStorage();
    saveSettings(storage, { autoRecheck: false, showNotApplicable: true });
    expect(storage.data['juesuan.pane.settings']).toBe('{"autoRecheck":false,"showNotApplicable":true}');
    expect(loadSettings(storage)).toEqual({ autoRecheck: false, showNotApplicable: true });
  });

  it('falls back field by field on bad or foreign data', () => {
    expect(loadSettings(memoryStorage({ 'juesuan.pane.settings': '{"autoRecheck":"no","showNotApplicable":true}' }))).toEqual({
      autoRecheck: true,
      showNotApplicable: true,
    });
    expect(loadSettings(memoryStorage({ 'juesuan.pane.settings': 'not json' }))).toEqual(DEFAULT_SETTINGS);
  });

  it('survives a storage that throws', () => {
    const locked: SettingsStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(loadSettings(locked)).toEqual(DEFAULT_SETTINGS);
    expect(() => saveSettings(locked, DEFAULT_SETTINGS)).not.toThrow();
  });
});
