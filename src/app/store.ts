import type { Filters } from '../core/view/visibleArcs';
import { NO_FILTERS } from '../core/view/visibleArcs';
import type { MapStatus } from './mapSlot';

export interface AppState {
  ready: boolean;
  day: string;
  playing: boolean;
  selection: string | null;
  filters: Filters;
  map: MapStatus;
}

/**
 * A tiny observable store: the single source of the page's state. What follows from it (the geography,
 * the visible arcs, the selection's details) is derived when drawn, never stored.
 */
export function createStore(initial: Omit<AppState, 'ready' | 'map'> & Partial<AppState>) {
  let state: AppState = {
    ready: false,
    map: 'static',
    ...initial,
    filters: initial.filters ?? NO_FILTERS,
  };
  const listeners = new Set<(s: AppState, prev: AppState) => void>();
  return {
    get: () => state,
    set(patch: Partial<AppState>) {
      const prev = state;
      state = { ...state, ...patch };
      for (const l of listeners) l(state, prev);
    },
    on(fn: (s: AppState, prev: AppState) => void) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
  };
}
export type Store = ReturnType<typeof createStore>;
