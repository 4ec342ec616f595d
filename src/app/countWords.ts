import type { Atlas } from '../core/atlas';
import { formatDay, type Lang } from '../core/i18n';
import { countsOf, type Counts } from '../core/view/counts';
import type { VisibleArc } from '../core/view/visibleArcs';
import type { Translate } from '../ui/messages';

/**
 * Counts in words a reader can check on the map: "5 events, 3 agreements signed · 7 links between
 * 6 Vietnamese provinces and 4 foreign partners". Agreements are named only when the data says some
 * were signed. Units that signed and are drawn as fewer on the day (merged, or renamed with a new
 * status: Thừa Thiên Huế and the city of Huế of 2025) are counted as they signed, with the number the
 * map draws them as on the day: "47 Vietnamese provinces as they signed (now 31)" ("(31 on the map)",
 * after 2025, read as a mistake to a reader who knows of 34 provinces). (Not "after the mergers": not
 * every such change is a merger, a second read found.)
 */
export function countWords(c: Counts, tr: Translate): string {
  if (c.events === 0) return tr('countNone');
  const events = tr('events', { n: c.events });
  const signed = c.signed ? `, ${tr('countSigned', { n: c.signed })}` : '';
  // (With the units they are drawn as, where those are fewer.)
  const merged = (text: string, drawn: number, n: number) =>
    drawn < n ? tr('countMerged', { text, m: drawn }) : text;
  const links = tr('countLinks', {
    n: c.links,
    vn: merged(tr('countProvinces', { n: c.vn }), c.vnDrawn, c.vn),
    partners: merged(tr('countPartners', { n: c.partners }), c.partnersDrawn, c.partners),
  });
  return `${events}${signed} · ${links}`;
}

/**
 * The status line under the map, on the exported PNG and on a video's frames: "Up to 1 March 2023:
 * 5 events …". The timeline runs to today, so on a day after the data's last update the line says
 * how old the data is: "Up to 6 December 2026 (data as of 1 March 2025): …" — a reader's review read
 * today's date as the data's. (As of its last event where that is later.)
 */
export function statusLine(
  atlas: Atlas,
  arcs: readonly VisibleArc[],
  day: string,
  lang: Lang,
  tr: Translate,
  counts = countWords(countsOf(atlas, arcs), tr),
): string {
  const date = formatDay(lang, day);
  // (The later of the update and the last event: data whose update day was not moved on still knows
  // of its events.)
  const updated = [atlas.publication.updated, atlas.dateRange.end].filter(Boolean).sort().at(-1);
  return updated && day > updated
    ? tr('statusDated', { counts, date, updated: formatDay(lang, updated) })
    : tr('status', { counts, date });
}
