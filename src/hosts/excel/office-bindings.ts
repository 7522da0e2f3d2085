/// <reference types="office-js" />
/**
 * The one place that reads the Office globals: Excel.run, the requirement sets and the
 * document settings of the running add-in. Used when ExcelHost is built without options.
 */
import type { ExcelHostOptions } from './types';
import { officeSettingsStore } from './settings-store';

/** Options bound to the live Office runtime; call after Office.onReady. */
export function officeHostOptions(): ExcelHostOptions {
  return {
    run: (batch) => Excel.run(batch),
    runIn: (context, batch) => Excel.run(context, batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    settings: Office.context.document?.settings ? officeSettingsStore(Office.context.document.settings) : undefined,
  };
}
