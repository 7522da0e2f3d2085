import { useEffect, useState, useSyncExternalStore } from 'react';
import type { WorkbookHost } from '../../hosts/workbook-host';
import { PaneStore, type PaneStoreOptions } from './pane-store';
import type { PaneState } from './pane-state';

/**
 * One PaneStore for the pane's lifetime: started on mount (stored data, first check, change
 * watching), disposed on unmount. The pane is keyed by its host, so a new workbook gets a
 * new store.
 */
export function usePaneStore(host: WorkbookHost, autoRecheck: boolean, options: Omit<PaneStoreOptions, 'autoRecheck'> = {}): [PaneStore, PaneState] {
  const [store] = useState(() => new PaneStore(host, { ...options, autoRecheck }));
  useEffect(() => {
    void store.start();
    return () => store.dispose();
  }, [store]);
  useEffect(() => {
    store.setAutoRecheck(autoRecheck);
  }, [store, autoRecheck]);
  const state = useSyncExternalStore(store.subscribe, store.getState);
  return [store, state];
}
