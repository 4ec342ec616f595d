import { axisBottom } from 'd3-axis';
import { scaleUtc } from 'd3-scale';
import { select } from 'd3-selection';
import type { Translate } from './messages';

export interface TimelineProps {
  start: string;
  end: string;
  /** Event start days, drawn as ticks. */
  events: { day: string; precision: 'year' | 'month' | 'day' }[];
  day: string;
  playing: boolean;
  onDay(day: string): void;
  onPlay(speed: number): void;
  onPause(): void;
  /** Interface strings and the reader's date format. */
  tr: Translate;
  formatDay(iso: string): string;
}

const DAY_MS = 86_400_000;
const toMs = (d: string) => Date.parse(`${d}T00:00:00Z`);
const toDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The timeline: a native range input (drag, click, and the keyboard for free: arrows step a day,
 * PageUp/PageDown a larger step, Home/End the ends) under a d3 axis with a tick per event.
 * `mount(el, props) → { update, destroy }`.
 */
export function mountTimeline(el: HTMLElement, props: TimelineProps) {
  const doc = el.ownerDocument;
  const root = doc.createElement('div');
  root.className = 'timeline';
  const play = doc.createElement('button');
  play.type = 'button';
  play.className = 'play';
  const speed = doc.createElement('select');
  speed.className = 'speed';
  speed.setAttribute('aria-label', props.tr('speed'));
  for (const [v, label] of [
    ['1', '×1'],
    ['4', '×4'],
  ] as const) {
    const o = doc.createElement('option');
    o.value = v;
    o.textContent = label;
    speed.append(o);
  }
  const track = doc.createElement('div');
  track.className = 'track';
  const svg = select(track).append('svg').attr('class', 'axis').attr('aria-hidden', 'true');
  const input = doc.createElement('input');
  input.type = 'range';
  input.className = 'scrub';
  input.setAttribute('aria-label', props.tr('date'));
  const lo = toMs(props.start);
  const hi = toMs(props.end);
  input.min = '0';
  input.max = String(Math.round((hi - lo) / DAY_MS));
  input.step = '1';
  const label = doc.createElement('output');
  label.className = 'date';
  track.append(input);
  root.append(play, speed, track, label);
  el.append(root);

  let current = props;
  let drawnWidth = 0;
  const draw = () => {
    const width = Math.max(120, track.clientWidth);
    // The observer also fires when nothing we draw depends on changed (e.g. the date label).
    if (width === drawnWidth) return;
    drawnWidth = width;
    const x = scaleUtc()
      .domain([new Date(lo), new Date(hi)])
      .range([8, width - 8]);
    svg.attr('width', width).attr('height', 28);
    svg.selectAll('*').remove();
    svg
      .append('g')
      .attr('transform', 'translate(0,14)')
      .call(
        axisBottom(x)
          .ticks(Math.max(2, Math.floor(width / 90)))
          .tickSizeOuter(0),
      );
    // One path per precision for all event ticks: a few DOM nodes even for thousands of events.
    const ticks = (precision: 'day' | 'month' | 'year') =>
      current.events
        .filter((d) => (precision === 'day' ? d.precision === 'day' : d.precision !== 'day'))
        .map((d) => `M${x(new Date(toMs(d.day))).toFixed(1)},2V13`)
        .join('');
    svg.append('path').attr('class', 'event day').attr('d', ticks('day'));
    svg.append('path').attr('class', 'event month').attr('d', ticks('month'));
  };
  const sync = () => {
    input.value = String(Math.round((toMs(current.day) - lo) / DAY_MS));
    // Screen readers announce the date as words, not as a day count.
    input.setAttribute('aria-valuetext', current.formatDay(current.day));
    label.textContent = current.formatDay(current.day);
    play.textContent = current.playing ? '❚❚' : '▶';
    play.setAttribute('aria-label', current.tr(current.playing ? 'pause' : 'play'));
  };
  input.addEventListener('input', () => current.onDay(toDay(lo + Number(input.value) * DAY_MS)));
  play.addEventListener('click', () =>
    current.playing ? current.onPause() : current.onPlay(Number(speed.value)),
  );
  const resize = new ResizeObserver(draw);
  resize.observe(track);
  draw();
  sync();
  return {
    update(next: Partial<TimelineProps>) {
      current = { ...current, ...next };
      sync();
    },
    destroy() {
      resize.disconnect();
      root.remove();
    },
  };
}
