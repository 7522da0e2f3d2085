import {
  DEFAULT_SETTINGS,
  SettingsStorage,
  defaultPercentDecimals,
  loadSettings,
  reportSettings,
  saveSettings,
  styleForTemplate,
  workbookSettingsFromJson,
  workbookSettingsToJson,
} from '../../src/taskpane/settings';

function memoryStorage(initial: Record<string, string> = {}): SettingsStorage & { data: Record<string, string> } {
  const data = { ...initial };
  return { data, getItem: (k) => data[k] ?? null, setItem: (k, v) => void (data[k] = v) };
}

describe('report settings', () => {
  it('takes the style from the template and the decimals from the style', () => {
    expect(styleForTemplate('sichuan2021')).toBe('sichuan');
    expect(styleForTemplate('sichuan2023')).toBe('sichuan');
    expect(styleForTemplate('national')).toBe('national');
    expect(styleForTemplate(undefined)).toBe('national');
    expect(defaultPercentDecimals('sichuan')).toBe(0);
    expect(defaultPercentDecimals('national')).toBe(2);
    expect(reportSettings(DEFAULT_SETTINGS, {}, { template: 'sichuan2023', unitName: '某局', year: 2024 })).toEqual({
      style: 'sichuan',
      percentDecimals: 0,
      unitName: '某局',
      year: 2024,
    });
  });

  it('puts the user\'s choices over the defaults and the workbook\'s overrides over the schedules', () => {
    const pane = { ...DEFAULT_SETTINGS, reportStyle: 'national' as const };
    expect(reportSettings(pane, {}, { template: 'sichuan2023' })).toEqual({ style: 'national', percentDecimals: 2 });
    expect(reportSettings({ ...pane, percentDecimals: 1 }, { unitName: '改名局', year: 2023 }, { unitName: '某局', year: 2024 })).toEqual({
      style: 'national',
      percentDecimals: 1,
      unitName: '改名局',
      year: 2023,
    });
  });

  it('keeps style and decimals in the user\'s storage, dropping bad values', () => {
    const storage = memoryStorage();
    saveSettings(storage, { ...DEFAULT_SETTINGS, reportStyle: 'sichuan', percentDecimals: 1 });
    expect(loadSettings(storage)).toEqual({ autoRecheck: true, showNotApplicable: false, reportStyle: 'sichuan', percentDecimals: 1 });
    const bad = memoryStorage({ 'juesuan.pane.settings': '{"reportStyle":"beijing","percentDecimals":5}' });
    expect(loadSettings(bad)).toEqual(DEFAULT_SETTINGS);
    expect(loadSettings(bad).reportStyle).toBeUndefined();
  });

  it('stores the workbook overrides as JSON, trimmed, implausible years dropped', () => {
    expect(workbookSettingsToJson({ unitName: '  某局 ', year: 2024 })).toBe('{"unitName":"某局","year":2024}');
    expect(workbookSettingsToJson({ unitName: ' ', year: 24 })).toBe('{}');
    expect(workbookSettingsFromJson('{"unitName":"某局","year":2024}')).toEqual({ unitName: '某局', year: 2024 });
    expect(workbookSettingsFromJson('{"year":"2024"}')).toEqual({});
    expect(workbookSettingsFromJson('garbage')).toEqual({});
    expect(workbookSettingsFromJson(undefined)).toEqual({});
  });
});
