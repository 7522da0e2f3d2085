import { useEffect, useState, useSyncExternalStore } from 'react';
import { WorkbookModel } from '../../core/schedules/model';
import { WorkbookHost } from '../../hosts/workbook-host';
import { PriorController, PriorFile, PriorInfo, WorkbookReader } from './prior-controller';

export interface PriorHandle {
  /** Last year's recognised workbook, for the 图表 and 说明 tabs. */
  prior?: WorkbookModel;
  info?: PriorInfo;
  busy: boolean;
  error?: string;
  importFile(file: PriorFile): Promise<void>;
  remove(): Promise<void>;
}

/**
 * Last year's workbook for this pane: restored from the workbook on mount, imported or
 * removed on demand. One controller per host (the pane is keyed by its host).
 */
export function usePrior(host: WorkbookHost, reader?: WorkbookReader): PriorHandle {
  const [controller] = useState(() => new PriorController(host, reader));
  useEffect(() => {
    void controller.load();
  }, [controller]);
  const state = useSyncExternalStore(controller.subscribe, controller.getState);
  return { ...state, importFile: (file) => controller.importFile(file), remove: () => controller.remove() };
}
