import { useEffect, useState, useSyncExternalStore } from 'react';
import { WorkbookHost } from '../hosts/workbook-host';
import { PaneState, ReviewController } from './review-controller';

/**
 * One ReviewController for the pane's lifetime: started on mount (first check, change
 * watching), disposed on unmount. The pane is keyed by its host, so a new workbook gets a
 * new controller.
 */
export function useReview(host: WorkbookHost, autoRecheck: boolean): [ReviewController, PaneState] {
  const [controller] = useState(() => new ReviewController(host, { autoRecheck }));
  useEffect(() => {
    void controller.start();
    return () => controller.dispose();
  }, [controller]);
  useEffect(() => controller.setAutoRecheck(autoRecheck), [controller, autoRecheck]);
  const state = useSyncExternalStore(controller.subscribe, controller.getState);
  return [controller, state];
}
