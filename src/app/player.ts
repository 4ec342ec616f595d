import type { Atlas } from '../core/atlas';
import { playbackDay } from '../core/view/playback';
import { eventDays } from '../core/view/timelineEvents';
import { timelineEnd } from '../core/view/visibleArcs';
import type { Guard } from './boundary';
import type { Store } from './store';

const DAY_MS = 86_400_000;
/** Seconds speed 1 takes to play the whole timeline. */
const SPAN_SECONDS = 20;

/**
 * Plays the timeline: the day advances every animation frame until the end (speed 1 plays the whole
 * span in at most 20 s, faster across stretches with no event ahead), then stops. Pausing, or any other change of day, stops it.
 */
export function createPlayer(win: Window, atlas: Atlas, store: Store, guard: Guard) {
  let raf = 0;
  const end = () => timelineEnd(atlas);
  const days = eventDays(atlas.events.map((e) => ({ day: e.start })));
  return {
    play(speed = 1) {
      win.cancelAnimationFrame(raf);
      if (store.get().day >= end()) store.set({ day: atlas.dateRange.start });
      store.set({ playing: true });
      const span = (Date.parse(end()) - Date.parse(atlas.dateRange.start)) / DAY_MS;
      let last = win.performance.now();
      const step = guard((now: number) => {
        if (!store.get().playing) return;
        // Stretches with no event ahead go faster (playbackDay), so the busy years get the time.
        const base = Math.max(1, ((now - last) / 1000) * (span / SPAN_SECONDS) * speed);
        last = now;
        const next = playbackDay(store.get().day, base, days, end());
        if (next >= end()) return store.set({ day: end(), playing: false });
        store.set({ day: next });
        raf = win.requestAnimationFrame(step);
      });
      raf = win.requestAnimationFrame(step);
    },
    pause: () => store.set({ playing: false }),
  };
}
