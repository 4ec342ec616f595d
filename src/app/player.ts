import type { Atlas } from '../core/atlas';
import { timelineEnd } from '../core/view/visibleArcs';
import type { Guard } from './boundary';
import type { Store } from './store';

const DAY_MS = 86_400_000;
/** Seconds speed 1 takes to play the whole timeline. */
const SPAN_SECONDS = 20;

const addDays = (day: string, n: number) => new Date(Date.parse(day) + n * DAY_MS).toISOString().slice(0, 10);

/**
 * Plays the timeline: the day advances every animation frame until the end (speed 1 plays the whole
 * span in about 20 s), then stops. Pausing, or any other change of day, stops it.
 */
export function createPlayer(win: Window, atlas: Atlas, store: Store, guard: Guard) {
  let raf = 0;
  const end = () => timelineEnd(atlas);
  return {
    play(speed = 1) {
      win.cancelAnimationFrame(raf);
      if (store.get().day >= end()) store.set({ day: atlas.dateRange.start });
      store.set({ playing: true });
      const span = (Date.parse(end()) - Date.parse(atlas.dateRange.start)) / DAY_MS;
      let last = win.performance.now();
      const step = guard((now: number) => {
        if (!store.get().playing) return;
        const days = Math.max(1, Math.round(((now - last) / 1000) * (span / SPAN_SECONDS) * speed));
        last = now;
        const next = addDays(store.get().day, days);
        if (next >= end()) return store.set({ day: end(), playing: false });
        store.set({ day: next });
        raf = win.requestAnimationFrame(step);
      });
      raf = win.requestAnimationFrame(step);
    },
    pause: () => store.set({ playing: false }),
  };
}
