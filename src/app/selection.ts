import type { Atlas, AtlasEvent } from '../core/atlas';
import { collatorOf, formatDay, type Lang } from '../core/i18n';
import { indexOf } from '../core/atlasIndex';
import { reachOf } from '../core/view/counts';
import { parseArcId } from '../core/arcId';
import { selectionAt, standingAt } from '../core/view/history';
import type { VisibleArc } from '../core/view/visibleArcs';
import type { Translate } from '../ui/messages';
import { namer } from './names';

/**
 * Whom a place is linked to on the map, in words: "34 partners in 14 countries" for a Vietnamese
 * unit, "linked to 4 Vietnamese provinces" for a partner; null without arcs.
 */
export function reachText(
  atlas: Atlas,
  arcs: readonly VisibleArc[],
  id: string,
  tr: Translate,
): string | null {
  const r = reachOf(atlas, arcs, id);
  if (!r) return null;
  if (r.kind === 'partner') return tr('reachPartner', { n: r.units });
  if (r.kind === 'country')
    return tr('reachAbroad', {
      n: r.partners,
      links: tr('reachLinks', { n: r.links }),
      units: tr('countProvinces', { n: r.units }),
    });
  const countries = r.countries === 1 ? tr('reachCountry') : tr('reachCountries', { n: r.countries });
  return tr('reachVn', { n: r.partners, countries });
}

/** The details panel of a selection: a title, a line under it, and the events with who took part. */
export interface SelectionPanel {
  title: string;
  subtitle: string;
  events: { event: AtlasEvent; parties: string }[];
  /**
   * The units its history names, a reader can go on to: what a ceased unit is part of now, the units a
   * new one was formed from ("See Bắc Ninh" on Bắc Giang's panel, which has no partnership of its own).
   */
  related: { id: string; label: string }[];
  /**
   * Who a place is linked to, and since when, one line per arc, oldest first (`linksOf`): a hub's
   * forty partners were only to be read from its sixty events (a reader's review). Empty for an arc,
   * and for a place with one link (its events say it).
   */
  links: PanelLink[];
}

/** A line of a place's links: the arc's id, who is at its other end, and what it holds. */
export interface PanelLink {
  id: string;
  /** The other end ("Hokkaidō"), or both ends where the place is not one of them ("Hà Nội ↔ Paris"). */
  label: string;
  /** The partner's country where the label does not say it, the events, since when. */
  note: string;
}

/**
 * The lines of a place's links (`SelectionPanel.links`): its arcs on the map, each with the place's own
 * events on it, oldest first. Where the place itself signed each of its events on an arc, the line
 * names the other end alone, with its country when that is abroad ("Hokkaidō" · "Japan · 1 event ·
 * November 2023"); else both ends as they signed (a country's links: "Hà Nội ↔ Paris"; a new unit's,
 * through what it was formed from: "Hà Giang (now part of Tuyên Quang) ↔ Guangxi"). Decided line by line:
 * decided for the whole list, the old Hồ Chí Minh City's 49 links after the 2025 merger (five of the
 * new city's arcs carry other units' events too) read "Ho Chi Minh City (before the merger of 1 July
 * 2025) ↔ Ōsaka Prefecture" 49 times under a title that named it. A unit whose successor has its name
 * is named by its era, as the panel's title names it ("Ho Chi Minh City (until 2025) ↔ Gironde").
 */
export function linksOf(
  atlas: Atlas,
  arcs: readonly VisibleArc[],
  place: string,
  picked: { arcs: ReadonlySet<string>; events: readonly AtlasEvent[] },
  day: string,
  lang: Lang,
  tr: Translate,
): PanelLink[] {
  const ix = indexOf(atlas);
  const n = namer(atlas, lang, tr);
  const mine = new Map(picked.events.map((e) => [e.id, e]));
  const lines = arcs
    .filter((a) => picked.arcs.has(a.id))
    .map((a) => {
      const events = a.events.flatMap((id) => mine.get(id) ?? []);
      const first = events.reduce((d, e) => (e.start < d ? e.start : d), '9999');
      return { a, events, first };
    });
  if (lines.length < 2) return [];
  /** Whether the place signed each of these events (its own, on an arc) on one side, as a unit of its own. */
  const signedEach = (a: VisibleArc, events: readonly AtlasEvent[], side: 'vn' | 'partner') =>
    events.every((e) =>
      a.pairs.some((p) => parseArcId(p)?.[side] === place && !!ix.pair(p)?.events.includes(e.id)),
    );
  // (Made once per language: the panel is drawn again at every step of a playing timeline.)
  const collator = collatorOf(lang);
  return lines
    .map(({ a, events, first }) => {
      const side = signedEach(a, events, 'vn') ? 'partner' : signedEach(a, events, 'partner') ? 'vn' : null;
      // (Under a title that names the place and its era: each unit by its era, `brief`.)
      const label = side ? n.end(a, side, day, true) : n.arc(a, day, true);
      const country = side === 'partner' ? ix.place(ix.place(a.partner)?.country ?? '')?.names[lang] : null;
      // (A city that is its country is named once: "Singapore · 1 event", not "Singapore · Singapore".)
      const note = [
        country === label ? null : country,
        tr('events', { n: events.length }),
        sinceText(events, lang, tr),
      ];
      return {
        first,
        link: {
          id: a.id,
          label,
          note: note.filter((x): x is string => !!x).join(' · '),
        },
      };
    })
    .sort((x, y) => x.first.localeCompare(y.first) || collator.compare(x.link.label, y.link.label))
    .map((x) => x.link);
}

/**
 * What a selection (a place id or an arc id) highlights and lists: the connected visible arcs and
 * every event on them that the selection took part in, oldest first, each naming its units as they
 * signed. A unit that has ceased is named with what it is part of now; an id the atlas does not know
 * selects nothing.
 */
export function detailsFor(
  atlas: Atlas,
  arcs: VisibleArc[],
  selection: string | null,
  day: string,
  lang: Lang,
  tr: Translate,
): { arcs: Set<string>; panel: SelectionPanel | null } {
  const picked = selection ? selectionAt(atlas, arcs, selection) : null;
  if (!selection || !picked) return { arcs: new Set(), panel: null };
  const n = namer(atlas, lang, tr);
  const events = picked.events.map((event) => ({ event, parties: n.parties(event, day) }));
  const count = events.length ? tr('events', { n: events.length }) : null;
  if (picked.kind === 'arc') {
    const shown = arcs.find((a) => a.id === selection);
    // (An arc of another day: the pairs it names, as they signed; a pair that never signed is not named.)
    const title = shown
      ? n.arc(shown, day)
      : picked.pairs.size > 0
        ? n.arc({ pairs: [...picked.pairs] }, day)
        : (n.arcId(selection, day) ?? '');
    return {
      arcs: picked.arcs,
      panel: { title, subtitle: count ?? tr('noEvents'), events, related: [], links: [] },
    };
  }
  const s = standingAt(atlas, selection, day);
  const when = (d: string) => formatDay(lang, d);
  const formed = atlas.adminChanges.filter((c) => c.to === selection);
  const history =
    s.kind === 'merged' || s.kind === 'renamed'
      ? n.about('partOf', { date: when(s.since) }, s.into)
      : formed.length
        ? tr('formedFrom', {
            list: formed.map((c) => n.withEra(c.from)).join(', '),
            date: when(formed[0]?.date ?? day),
          })
        : null;
  // (A unit that had ceased has no partnership "by this date" to come: none of its own; one not yet
  // formed, none because it was not.)
  const none =
    s.kind === 'merged' || s.kind === 'renamed'
      ? tr('noEventsOwn')
      : s.kind === 'notYet'
        ? tr('noEventsNotYet')
        : tr('noEvents');
  const lines = [history, reachText(atlas, arcs, selection, tr), count ?? none].filter(
    (x): x is string => !!x,
  );
  const see = (id: string) => ({ id, label: tr('seePlace', { name: n.withEra(id) }) });
  const related =
    s.kind === 'merged' || s.kind === 'renamed' ? [see(s.into)] : formed.map((c) => see(c.from));
  return {
    arcs: picked.arcs,
    panel: {
      title: n.withEra(selection),
      subtitle: lines.join(' · '),
      events,
      related,
      links: linksOf(atlas, arcs, selection, picked, day, lang, tr),
    },
  };
}

/**
 * Since when, in a tooltip or a list line: the month (or the year, as the data has it) of the first
 * of these events; "since …" when there are several. Null without events. The map and its tooltips
 * said who was linked to whom, but when only in the details panel (a reader's review).
 *
 * @example sinceText([hokkaido], 'fr', tr) === 'novembre 2023'; sinceText([gx2023, gx2025], 'en', tr) === 'since February 2023'
 */
export function sinceText(events: readonly AtlasEvent[], lang: Lang, tr: Translate): string | null {
  // (On one start day, the coarser date: "2023" and 1 January 2023 say "since 2023".)
  const coarse = { year: 0, month: 1, day: 2 };
  const before = (a: AtlasEvent, e: AtlasEvent) =>
    a.start < e.start || (a.start === e.start && coarse[a.precision] <= coarse[e.precision]);
  const first = events.reduce<AtlasEvent | null>((a, e) => (a && before(a, e) ? a : e), null);
  if (!first) return null;
  const date = formatDay(lang, first.date, first.precision === 'year' ? 'year' : 'month');
  return events.length === 1 ? date : tr('since', { date });
}

/**
 * An arc in words, as its tooltip and its line in the list of what is on the map say it: its ends,
 * its events and since when.
 *
 * @example arcText(seedAtlas, arcOf('VN-13~JP-01'), '2025-03-01', 'en', translator('en')) → 'Quảng Ninh ↔ Hokkaidō · 1 event · November 2023'
 */
export function arcText(atlas: Atlas, arc: VisibleArc, day: string, lang: Lang, tr: Translate): string {
  const ix = indexOf(atlas);
  const events = arc.events.flatMap((id) => ix.event(id) ?? []);
  const since = sinceText(events, lang, tr);
  const text = tr('tipArc', { arc: namer(atlas, lang, tr).arc(arc, day), n: arc.events.length });
  return since ? `${text} · ${since}` : text;
}

/** The short text of the hover tooltip: an arc or a place, its events and since when. */
export function hoverText(
  atlas: Atlas,
  arcs: VisibleArc[],
  id: string,
  day: string,
  lang: Lang,
  tr: Translate,
): string | null {
  const n = namer(atlas, lang, tr);
  const picked = selectionAt(atlas, arcs, id);
  if (!picked) return null;
  const count = picked.events.length;
  if (picked.kind === 'arc') {
    const arc = arcs.find((a) => a.id === id);
    return arc ? arcText(atlas, arc, day, lang, tr) : null;
  }
  const reach = reachText(atlas, arcs, id, tr);
  const name = reach ? tr('tipReach', { name: n.asOf(id, day), reach }) : n.asOf(id, day);
  if (!count) return name;
  const since = sinceText(picked.events, lang, tr);
  const text = tr('tipPlace', { name, n: count });
  return since ? `${text} · ${since}` : text;
}
