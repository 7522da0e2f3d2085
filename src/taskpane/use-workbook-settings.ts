import { useCallback, useEffect, useState } from 'react';
import { WorkbookHost } from '../hosts/workbook-host';
import { WORKBOOK_SETTINGS_DATA, WorkbookSettings, workbookSettingsFromJson, workbookSettingsToJson } from './settings';

/**
 * The workbook's own settings (unit name and year overrides): loaded from the workbook on
 * mount, saved back on every change. A failed save keeps the value for this session and
 * reports it through `error`.
 */
export function useWorkbookSettings(host: WorkbookHost): {
  value: WorkbookSettings;
  change: (next: WorkbookSettings) => void;
  error?: string;
} {
  const [value, setValue] = useState<WorkbookSettings>({});
  const [error, setError] = useState<string>();
  useEffect(() => {
    let live = true;
    host
      .loadAddinData(WORKBOOK_SETTINGS_DATA)
      .then((text) => live && setValue(workbookSettingsFromJson(text)))
      .catch((err: unknown) => live && setError(err instanceof Error ? err.message : String(err)));
    return () => {
      live = false;
    };
  }, [host]);
  const change = useCallback(
    (next: WorkbookSettings) => {
      setValue(next);
      setError(undefined);
      host.saveAddinData(WORKBOOK_SETTINGS_DATA, workbookSettingsToJson(next)).catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)));
    },
    [host],
  );
  return { value, change, error };
}
