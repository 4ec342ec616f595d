import type { Lang } from '../core/i18n';
import { eventDays, nextEventDay, previousEventDay } from '../core/view/timelineEvents';
import type { Translate } from './messages';
import { AXIS, mountTimelineAxis } from './timelineAxis';

export interface TimelineProps {
  start: string;
  end: string;
  /** Event start days: the density histogram and the previous/next-event steps. */
  events: { day: string; precision: 'year' | 'month' | 'day' }[];
  day: string;
  playing: boolean;
  onDay(day: string): void;
  onPlay(speed: number): void;
  onPause(): void;
  /** Interface strings and the reader's date format. */
  tr: Translate;
  formatDay(iso: string): string;
  /** The reader's language, for the axis's month names (default French, the page's default). */
  lang?: Lang;
  /** First day of the 63 → 34 reform (`reformDay(atlas.adminChanges)`), marked on the axis; null: none. */
  reformDay?: string | null;
  /** Start days of a selection's events (or the filters'), strong in the histogram over the others faded; null: none. */
  highlight?: readonly { day: string }[] | null;
}

const DAY_MS = 86_400_000;
const SVG = 'http://www.w3.org/2000/svg';
const toMs = (d: string) => Date.parse(`${d}T00:00:00Z`);
const toDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** Ids of the reform notes, one per mounted timeline. */
let notes = 0;
/** Icons as paths in a 16 × 16 box (drawn, not typed: the glyphs ⏮ ▶ vary by font and platform). */
const ICONS = {
  previous: 'M3 2h2v12H3zM14 2v12L6 8z',
  next: 'M11 2h2v12h-2zM2 2v12l8-6z',
  play: 'M4 2v12l10-6z',
  pause: 'M3 2h4v12H3zM9 2h4v12H9z',
};

/**
 * The timeline: a restyled native range input (drag, click, and the keyboard: arrows step a day,
 * Home/End the ends, PageUp/PageDown the next/previous event), buttons for play and the
 * previous/next event (empty years skipped), the event histogram above it, the 2025 reform marked and
 * explained, an axis in the reader's language under it, and the date in a box as wide as the longest
 * date, so nothing moves while playing. `mount(el, props) → { update, destroy }`.
 */
export function mountTimeline(el: HTMLElement, props: TimelineProps) {
  const doc = el.ownerDocument;
  const make = <K extends keyof HTMLElementTagNameMap>(tag: K, cls: string) => {
    const e = doc.createElement(tag);
    e.className = cls;
    return e;
  };
  const icon = (button: HTMLButtonElement, d: string) => {
    const svg = doc.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', '0 0 16 16');
    svg.setAttribute('aria-hidden', 'true');
    const path = doc.createElementNS(SVG, 'path');
    path.setAttribute('d', d);
    svg.append(path);
    button.replaceChildren(svg);
  };
  const tr = props.tr;
  const root = make('div', 'timeline');
  const button = (cls: string, label: string, d: string, key?: [string, string]) => {
    const b = make('button', cls);
    b.type = 'button';
    b.setAttribute('aria-label', label);
    b.title = key ? `${label} (${key[1]})` : label;
    if (key) b.setAttribute('aria-keyshortcuts', key[0]);
    icon(b, d);
    return b;
  };
  const prev = button('step prev', tr('previousEvent'), ICONS.previous, ['PageDown', tr('previousKey')]);
  const play = button('play', tr('play'), ICONS.play);
  const next = button('step next', tr('nextEvent'), ICONS.next, ['PageUp', tr('nextKey')]);
  const speed = make('select', 'speed');
  speed.setAttribute('aria-label', tr('speed'));
  for (const v of ['1', '4']) {
    const o = doc.createElement('option');
    o.value = v;
    o.textContent = `×${v}`;
    speed.append(o);
  }
  const track = make('div', 'track');
  const hist = doc.createElementNS(SVG, 'svg');
  hist.setAttribute('class', 'hist');
  hist.setAttribute('aria-hidden', 'true');
  const axisSvg = doc.createElementNS(SVG, 'svg');
  axisSvg.setAttribute('class', 'axis');
  axisSvg.setAttribute('aria-hidden', 'true');
  const input = make('input', 'scrub');
  input.type = 'range';
  input.setAttribute('aria-label', tr('date'));
  const lo = toMs(props.start);
  const hi = toMs(props.end);
  input.min = '0';
  input.max = String(Math.round((hi - lo) / DAY_MS));
  input.step = '1';
  track.append(hist, input, axisSvg);

  // The reform: a labelled mark over the histogram; its explanation shows on hover and focus and is
  // the button's description for screen readers. Activating it goes to the day.
  const asked = props.reformDay ?? null;
  const reform = asked !== null && asked > props.start && asked < props.end ? asked : null;
  const mark = make('button', 'reform');
  if (reform !== null) {
    mark.type = 'button';
    mark.textContent = tr('reformShort');
    mark.setAttribute('aria-label', tr('reformName', { date: props.formatDay(reform) }));
    const note = make('span', 'reform-note');
    note.id = `reform-note-${++notes}`;
    note.setAttribute('role', 'tooltip');
    note.textContent = tr('reformNote', { date: props.formatDay(reform) });
    mark.setAttribute('aria-describedby', note.id);
    mark.addEventListener('click', () => current.onDay(reform));
    track.append(mark, note);
  }

  // The date, in a box sized by the longest date of the language (every month on a two-digit day),
  // stacked invisibly in the same grid cell: the box follows the text size and never changes width.
  const label = make('output', 'date');
  const shown = make('span', 'now');
  const year = props.end.slice(0, 4);
  const sizers = Array.from({ length: 12 }, (_, m) => {
    const s = make('span', 'sizer');
    s.setAttribute('aria-hidden', 'true');
    s.textContent = props.formatDay(`${year}-${String(m + 1).padStart(2, '0')}-28`);
    return s;
  });
  label.append(shown, ...sizers);
  root.append(prev, play, next, speed, track, label);
  el.append(root);

  let current = props;
  let days = eventDays(props.events);
  const axis = mountTimelineAxis(hist, axisSvg, props.lang ?? 'fr');
  let drawn = '';
  const draw = () => {
    // The observer also fires when nothing drawn depends on the change: redraw on width or text size.
    const key = `${track.clientWidth}:${getComputedStyle(axisSvg).fontSize}`;
    if (key === drawn) return;
    drawn = key;
    const x = axis.draw(current.start, current.end, current.events, reform, current.highlight ?? null);
    if (reform !== null) mark.style.setProperty('--x', `${x(new Date(toMs(reform))).toFixed(1)}px`);
    axis.setDay(current.day);
  };
  const go = (day: string | null) => {
    if (day) current.onDay(day);
  };
  const sync = () => {
    const value = Math.round((toMs(current.day) - lo) / DAY_MS);
    input.value = String(value);
    // The filled part of the slider's track, in step with the thumb.
    const share = Number(input.max) > 0 ? value / Number(input.max) : 0;
    input.style.setProperty(
      '--fill',
      `calc(${AXIS.inset}px + ${share.toFixed(5)} * (100% - ${2 * AXIS.inset}px))`,
    );
    // Screen readers announce the date as words, not as a day count.
    input.setAttribute('aria-valuetext', current.formatDay(current.day));
    shown.textContent = current.formatDay(current.day);
    icon(play, current.playing ? ICONS.pause : ICONS.play);
    play.setAttribute('aria-label', tr(current.playing ? 'pause' : 'play'));
    play.title = tr(current.playing ? 'pause' : 'play');
    prev.setAttribute('aria-disabled', String(previousEventDay(days, current.day) === null));
    next.setAttribute('aria-disabled', String(nextEventDay(days, current.day) === null));
    axis.setDay(current.day);
  };
  input.addEventListener('input', () => current.onDay(toDay(lo + Number(input.value) * DAY_MS)));
  root.addEventListener('keydown', (e) => {
    // PageUp/PageDown anywhere in the timeline but the speed menu: the slider's "larger step" is the
    // next/previous event, the step that matters here (empty years skipped).
    if ((e.key !== 'PageUp' && e.key !== 'PageDown') || e.target === speed) return;
    e.preventDefault();
    go(e.key === 'PageUp' ? nextEventDay(days, current.day) : previousEventDay(days, current.day));
  });
  prev.addEventListener('click', () => go(previousEventDay(days, current.day)));
  next.addEventListener('click', () => go(nextEventDay(days, current.day)));
  play.addEventListener('click', () =>
    current.playing ? current.onPause() : current.onPlay(Number(speed.value)),
  );
  // The observer draws the axis the first time too, once the page is laid out: drawing it now would
  // read the track's width and force a layout of the whole page in the middle of its start.
  const resize = new ResizeObserver(draw);
  resize.observe(track);
  sync();
  return {
    update(change: Partial<TimelineProps>) {
      current = { ...current, ...change };
      if (change.events) days = eventDays(current.events);
      // (Drawn again at once only once drawn: before, the observer's first draw has it, and reading
      // the track's width now would lay out the page in the middle of its start.)
      if ((change.events || 'highlight' in change) && drawn !== '') {
        drawn = '';
        draw();
      }
      sync();
    },
    destroy() {
      resize.disconnect();
      root.remove();
    },
  };
}
