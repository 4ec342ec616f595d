import { axisBottom } from 'd3-axis';
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { select, type Selection } from 'd3-selection';
import type { Lang } from '../core/i18n';
import { axisTickFormat, startLabelFormat } from '../core/view/timeLocale';
import { eventHistogram } from '../core/view/timelineEvents';

/** Sizes of the timeline's drawing (CSS px unless said). */
export const AXIS = {
  /** Half the slider thumb's width: the axis runs between the thumb's centre at both ends. */
  inset: 8,
  /** Month bins when a month is at least this wide and there are at most `maxMonthBins` of them, else
   *  year bins: past ~160 bars a histogram reads as a comb of ticks, not as density. */
  minMonthWidth: 7,
  maxMonthBins: 160,
  /** Width of a tick label, in ems of the axis text, for choosing how many ticks fit. */
  labelEms: 6,
  /** Height of the lane above the bars that holds the reform's label, in ems of the axis text. */
  laneEms: 1.3,
  /** Least width of a bar whose bin the timeline's start or end cuts. */
  minCutBar: 5,
  /**
   * Least height (px) of a selection's bar, up to its bin's whole bar: in bins of all the events'
   * scale, East Kazakhstan's one event in the 300-event fixture was a 2-px strip on the track, and a
   * reader found no "since when" there.
   */
  minSelectedBar: 6,
  /** Least gap between the start's label and the next label, in ems of the axis text (`startLabel`). */
  startGapEms: 1.5,
  /**
   * The start is named by its year alone (to keep a tick its month and year would hide) only when it
   * lies within this share of the ticks' step after its 1 January (`startLabel`).
   */
  yearAloneShare: 0.1,
  /** Width of a character of the axis text, in ems (tabular digits and short month names). */
  charEms: 0.62,
};

const toDate = (d: string) => new Date(`${d}T00:00:00Z`);
const YEAR_MS = 365.25 * 86_400_000;

/**
 * The timeline's start, named where no tick names it (`startLabelFormat`: "nov. 2018"): the seed data's
 * first event, 21 November 2018, stood over the "2019" of the first tick 13 px to its right, and read
 * as of 2019 (a reader's review). A year tick whose label it would touch is left out, its mark too:
 * kept, the 2019 tick stood over the start's label and read as its mark.
 */
function startLabel(
  a: Selection<SVGSVGElement, unknown, null, undefined>,
  scale: ScaleTime<number, number>,
  start: string,
  fontPx: number,
  text: (day: string) => string,
) {
  const year = Number(start.slice(0, 4));
  const ticks = a.selectAll<SVGGElement, Date>('.tick');
  const data = ticks.data();
  // (A tick names a year on its 1 January: `axisTickFormat`.)
  if (data.some((d) => d.getUTCFullYear() === year && d.getUTCMonth() === 0 && d.getUTCDate() === 1)) return;
  const x0 = scale(toDate(start));
  const width = (s: string) => s.length * fontPx * AXIS.charEms;
  // (Clear of the next label by an em and more: half an em apart on a phone, "2018 2020" read as one.)
  const touching = (label: string) => {
    const right = x0 + width(label) + fontPx * AXIS.startGapEms;
    return ticks.filter(function (d) {
      return scale(d) - width(select(this).select('text').text()) / 2 < right;
    });
  };
  const monthTicks = data.some((d) => d.getUTCMonth() !== 0 || d.getUTCDate() !== 1);
  // The year alone where the month would cost a tick more, on an axis whose ticks are so far apart
  // that the year, written a little after its 1 January, still reads as the start's: on a phone's
  // axis of 36 years in decades, "avr. 1990" left out the "2000" the year alone kept clear of. Not
  // where ticks are a year or two apart ("2018" at 21 November 2018 read as the year's tick), nor on
  // an axis of months.
  const step = data.length > 1 ? (data[1]!.getTime() - data[0]!.getTime()) / YEAR_MS : Infinity;
  const into = (toDate(start).getTime() - Date.UTC(year, 0, 1)) / YEAR_MS;
  const monthYear = text(start);
  const yearOnly = String(year);
  const label =
    !monthTicks && into < AXIS.yearAloneShare * step && touching(monthYear).size() > touching(yearOnly).size()
      ? yearOnly
      : monthYear;
  const touched = touching(label);
  // Ticks of months (a wall screen's axis): the year's first tick left out, "avr." would follow
  // "nov. 2018" for April 2019; the start is left unnamed there, as before.
  if (!touched.empty() && monthTicks) return;
  touched.remove();
  a.append('g')
    .attr('class', 'tick start-label')
    .attr('transform', `translate(${x0.toFixed(1)},0)`)
    .append('text')
    .attr('y', 8)
    .attr('dy', '0.71em')
    .attr('text-anchor', 'start')
    .text(label);
}
let ids = 0;

/**
 * The drawn part of the timeline: the event histogram (events per year or month, the part before
 * the current day in the accent colour) over the slider, and the axis with ticks in the reader's
 * language under it. `draw` rebuilds for a width; `setDay` moves only the histogram's clip.
 */
export function mountTimelineAxis(hist: SVGSVGElement, axis: SVGSVGElement, lang: Lang) {
  const clipId = `timeline-past-${++ids}`;
  const format = axisTickFormat(lang);
  const startText = startLabelFormat(lang);
  let x: ScaleTime<number, number> | null = null;
  let clip: SVGRectElement | null = null;
  return {
    /** Redraws for the SVGs' current size; returns the scale (day → x in px). */
    draw(
      start: string,
      end: string,
      events: readonly { day: string }[],
      reform: string | null,
      /** A selection's events, or those the filters let through: drawn strong over the others, which fade (none: all alike). */
      highlight: readonly { day: string }[] | null = null,
    ) {
      const width = Math.max(120, hist.clientWidth);
      const height = hist.clientHeight || 24;
      const fontPx = parseFloat(getComputedStyle(axis).fontSize) || 10;
      x = scaleUtc()
        .domain([toDate(start), toDate(end)])
        .range([AXIS.inset, width - AXIS.inset]);
      const scale = x;
      const months = (Date.parse(end) - Date.parse(start)) / 2.63e9;
      const byMonth = months <= AXIS.maxMonthBins && (width - 2 * AXIS.inset) / months >= AXIS.minMonthWidth;
      const bins = eventHistogram(events, start, end, byMonth ? 'month' : 'year');
      const max = Math.max(1, ...bins.map((b) => b.count));
      // The bars stay under the lane of the reform's label: the label never hides a bar.
      const lane = Math.ceil(fontPx * AXIS.laneEms);
      // One path for all bars: a few DOM nodes for any number of events. Each bar is at least 2 px
      // high when it holds an event, so a lone event in a busy decade still shows.
      const heightOf = (count: number) => Math.max(2, ((height - lane) * count) / max);
      const whole = new Map(bins.map((b) => [b.start, heightOf(b.count)]));
      const barsOf = (of: typeof bins, least = (_start: string) => 2) =>
        of
          .filter((b) => b.count > 0)
          .map((b) => {
            let x0 = Math.max(AXIS.inset, scale(toDate(b.start)));
            const x1 = Math.min(width - AXIS.inset, scale(toDate(b.end)));
            // A bin cut by the timeline's ends (its first event is rarely on 1 January) keeps a
            // readable width inside the track, not a sliver.
            const cut = b.start < start || b.end > end;
            const w = Math.max(cut ? AXIS.minCutBar : 1.5, x1 - x0 - 1);
            x0 = Math.min(x0, width - AXIS.inset - w);
            const h = Math.max(least(b.start), heightOf(b.count));
            return `M${x0.toFixed(1)},${height}h${w.toFixed(1)}v${(-h).toFixed(1)}h${(-w).toFixed(1)}Z`;
          })
          .join('');
      const bars = barsOf(bins);
      const h = select(hist).attr('width', width).attr('height', height);
      h.selectAll('*').remove();
      const rect = h
        .append('clipPath')
        .attr('id', clipId)
        .append('rect')
        .attr('x', 0)
        .attr('y', 0)
        .attr('height', height);
      clip = rect.node();
      // A selection's events (or the filters'), in bins of the same scale, over all the events faded:
      // when its links began among all of them (a reader's review: the bars ignored the selection).
      const faded = highlight ? ' faded' : '';
      h.append('path').attr('class', `bins${faded}`).attr('d', bars);
      h.append('path')
        .attr('class', `bins past${faded}`)
        .attr('d', bars)
        .attr('clip-path', `url(#${clipId})`);
      if (highlight) {
        const mine = barsOf(eventHistogram(highlight, start, end, byMonth ? 'month' : 'year'), (b) =>
          Math.min(AXIS.minSelectedBar, whole.get(b) ?? AXIS.minSelectedBar),
        );
        h.append('path').attr('class', 'bins selected').attr('d', mine);
        h.append('path')
          .attr('class', 'bins past selected')
          .attr('d', mine)
          .attr('clip-path', `url(#${clipId})`);
      }
      if (reform && reform > start && reform < end) {
        const rx = scale(toDate(reform)).toFixed(1);
        h.append('path').attr('class', 'reform-line').attr('d', `M${rx},0V${height}`);
      }
      const a = select(axis).attr('width', width);
      a.selectAll('*').remove();
      a.append('g')
        .call(
          axisBottom(scale)
            .ticks(Math.max(2, Math.floor(width / (fontPx * AXIS.labelEms))))
            .tickFormat((d) => format(d as Date))
            .tickSize(5)
            .tickSizeOuter(0),
        )
        .call((g) => g.select('.domain').remove())
        // d3 writes font-size="10" and font-family on the group; the stylesheet sizes the text in rem.
        .attr('font-size', null)
        .attr('font-family', null);
      startLabel(a, scale, start, fontPx, startText);
      if (reform && reform > start && reform < end) {
        const rx = scale(toDate(reform)).toFixed(1);
        a.append('path').attr('class', 'reform-tick').attr('d', `M${rx},0V5`);
      }
      return scale;
    },
    setDay(day: string) {
      if (x && clip) clip.setAttribute('width', Math.max(0, x(toDate(day)) + 0.5).toFixed(1));
    },
  };
}
