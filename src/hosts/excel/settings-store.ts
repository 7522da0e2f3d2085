/// <reference types="office-js" />
/**
 * Document settings (Office.context.document.settings) behind a small interface, so the
 * annotation store can be tested with a fake and never touches the Office global itself.
 */

export interface SettingsStore {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  /** Persist the settings into the document. */
  save(): Promise<void>;
}

/** Wrap Office.Settings (its saveAsync callback becomes a promise). */
export function officeSettingsStore(settings: Office.Settings): SettingsStore {
  return {
    get: (name) => settings.get(name),
    set: (name, value) => settings.set(name, value),
    save: () =>
      new Promise<void>((resolve, reject) => {
        settings.saveAsync((result) => {
          if (String(result.status) === 'succeeded') resolve();
          else reject(new Error(result.error?.message ?? 'saveAsync failed'));
        });
      }),
  };
}
