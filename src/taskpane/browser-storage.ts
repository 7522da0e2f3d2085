/// <reference lib="dom" />
import { SettingsStorage } from './settings';

/** localStorage when the browser allows it (it may throw in locked-down webviews). */
export function browserStorage(): SettingsStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
