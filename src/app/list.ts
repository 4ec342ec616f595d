import type { Atlas } from '../core/atlas';
import { formatDay, type Lang } from '../core/i18n';
import { timelineEnd } from '../core/view/visibleArcs';
import { KINDS } from '../core/vocabulary';
import { inLang } from '../ui/details';
import type { Translate } from '../ui/messages';
import { sourceLine } from '../ui/sourceLine';
import { namer } from './names';

/** Events per slice of the list: each slice is laid in a task of its own (a short one on a phone). */
const LIST_SLICE = 25;

/**
 * The list of every event with its source: the text version of the map, and its fallback. Each event
 * names the units that took part, as they signed and as they stand today ("Hà Giang (now part of
 * Tuyên Quang)"). Filled `LIST_SLICE` events at a time, each slice after the last through `later`
 * (at once by default): 300 events in one task held a phone's main thread 0.1 s at 4× CPU.
 */
export function renderList(
  doc: Document,
  atlas: Atlas,
  list: HTMLElement,
  lang: Lang,
  tr: Translate,
  later: (next: () => void) => void = (next) => next(),
  /**
   * Lay out each slice as it is added, though the list is off screen (where a keyboard is likely: see
   * start.ts). The browser skips an off-screen list's layout (`content-visibility: auto`) until
   * something needs it, and the first Tab anywhere on the page does: Chromium lays out every skipped
   * subtree to find the next focusable element. At 300 events that was the whole list at once, in the
   * key's own task: on the 300 events' page a first Tab, 2.5 s after ready, took 75–125 ms to handle,
   * and 16–27 ms with the slices laid out as they came (Event Timing, 10 runs each; issue 16).
   */
  layOut = false,
): void {
  const names = namer(atlas, lang, tr);
  const today = timelineEnd(atlas);
  list.dataset.events = String(atlas.events.length);
  list.dataset.pairs = String(atlas.pairs.length);
  const item = (e: Atlas['events'][number]) => {
    const li = doc.createElement('li');
    li.dataset.event = e.id;
    const h = doc.createElement('h3');
    h.textContent = `${formatDay(lang, e.date, e.precision)} — ${inLang(e.title, lang)}`;
    const who = doc.createElement('p');
    who.className = 'parties';
    who.textContent = `${names.parties(e, today)} · ${KINDS[e.kind][lang]}`;
    const summary = doc.createElement('p');
    summary.textContent = inLang(e.summary, lang);
    li.append(h, who, summary, sourceLine(doc, e.source, lang, tr));
    return li;
  };
  let next = 0;
  const slice = () => {
    const end = Math.min(atlas.events.length, next + LIST_SLICE);
    list.append(...atlas.events.slice(next, end).map(item));
    // (Reading a box in a skipped subtree lays out what is dirty in the page, the skipped subtree
    // included: this slice, the rest being laid out already.)
    if (layOut) list.lastElementChild?.getBoundingClientRect();
    next = end;
    if (next < atlas.events.length) later(slice);
  };
  slice();
}

/** How many frames the list waits to be seen off screen before it is filled where it is. */
const OFF_SCREEN_FRAMES = 3;

/**
 * Runs `fill` once the browser skips `list`'s rendering (`content-visibility: auto`, style.css: it is
 * off screen), or after `OFF_SCREEN_FRAMES` frames where it is on screen. The list of events is below
 * the list of what is on the map, which pushes it off screen; filled before the browser has seen it
 * there (it was near the viewport before the data came), its lines were all laid out: at 300 events
 * 1,500 elements, 0.6–1 s of a phone's main thread, twice. (Frames, not milliseconds: the browser
 * sees it off screen at the end of a frame, however slow the frames are.)
 */
export function whenOffScreen(list: HTMLElement, win: Window, fill: () => void): void {
  let left = OFF_SCREEN_FRAMES;
  const check = () => {
    if (!list.checkVisibility({ contentVisibilityAuto: true }) || --left <= 0) fill();
    else win.requestAnimationFrame(check);
  };
  win.requestAnimationFrame(check);
}
