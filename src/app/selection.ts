import type { Atlas, AtlasEvent } from '../core/atlas';
import { formatDay, type Lang } from '../core/i18n';
import { reachOf } from '../core/view/counts';
import { selectionAt, standingAt } from '../core/view/history';
import { searchPlaces } from '../core/view/search';
import type { VisibleArc } from '../core/view/visibleArcs';
import { DOMAIN_IDS, DOMAINS, KIND_IDS, KINDS } from '../core/vocabulary';
import type { MessageKey, Translate } from '../ui/messages';
import { namer } from './names';

/** The reader's name of a place: Vietnamese names with diacritics in Vietnamese, exonyms in fr/en. */
export const placeName = (atlas: Atlas, id: string, lang: Lang, tr: Translate) =>
  namer(atlas, lang, tr).plain(id);

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
    return tr('reachAbroad', { n: r.partners, units: tr('countProvinces', { n: r.units }) });
  const countries = r.countries === 1 ? tr('reachCountry') : tr('reachCountries', { n: r.countries });
  return tr('reachVn', { n: r.partners, countries });
}

/** The details panel of a selection: a title, a line under it, and the events with who took part. */
export interface SelectionPanel {
  title: string;
  subtitle: string;
  events: { event: AtlasEvent; parties: string }[];
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
  const count = events.length ? tr('events', { n: events.length }) : tr('noEvents');
  if (picked.kind === 'arc') {
    const shown = arcs.find((a) => a.id === selection);
    const title = shown ? n.arc(shown, day) : (n.arcId(selection, day) ?? '');
    return { arcs: picked.arcs, panel: { title, subtitle: count, events } };
  }
  const s = standingAt(atlas, selection, day);
  const when = (d: string) => formatDay(lang, d);
  const formed = atlas.adminChanges.filter((c) => c.to === selection);
  const history =
    s.kind === 'merged' || s.kind === 'renamed'
      ? tr('partOf', { new: n.plain(s.into), date: when(s.since) })
      : formed.length
        ? tr('formedFrom', {
            list: formed.map((c) => n.withEra(c.from)).join(', '),
            date: when(formed[0]?.date ?? day),
          })
        : null;
  const lines = [history, reachText(atlas, arcs, selection, tr), count].filter((x): x is string => !!x);
  return { arcs: picked.arcs, panel: { title: n.withEra(selection), subtitle: lines.join(' · '), events } };
}

const LEVEL: Record<string, MessageKey> = {
  province: 'levelProvince',
  region: 'levelRegion',
  city: 'levelCity',
  country: 'levelCountry',
};
/** Country names from the browser's CLDR data (`Intl.DisplayNames`), in the reader's language. */
export const countryName = (cc: string, lang: Lang) =>
  new Intl.DisplayNames([lang], { type: 'region' }).of(cc) ?? cc;

/** The filter choices: the partner countries, kinds and domains that occur in the data. */
export function filterOptions(atlas: Atlas, lang: Lang) {
  const used = <T extends string>(pick: (e: AtlasEvent) => T[]) => new Set(atlas.events.flatMap(pick));
  const countries = [...used((e) => [e.partnerCountry])]
    .map((id) => ({ id, label: countryName(id, lang) }))
    .sort((a, b) => a.label.localeCompare(b.label, lang));
  const kinds = KIND_IDS.filter((k) => used((e) => [e.kind]).has(k)).map((id) => ({
    id,
    label: KINDS[id][lang],
  }));
  const domainsUsed = used((e) => e.domains);
  const domains = DOMAIN_IDS.filter((d) => domainsUsed.has(d)).map((id) => ({
    id,
    label: DOMAINS[id][lang],
  }));
  return { countries, kinds, domains };
}

/**
 * Place search results for the page, each with what it is and, for a unit of one of the two
 * geographies, its era in words: the old and the new Tuyên Quang never read the same.
 */
export function searchResults(
  atlas: Atlas,
  query: string,
  lang: Lang,
  tr: Translate,
  /** The arcs shown: each result says whom the place is linked to on the map. */
  arcs: readonly VisibleArc[] = [],
) {
  const n = namer(atlas, lang, tr);
  return searchPlaces(atlas.places, query).map(({ place, matched }) => {
    const name = n.withEra(place.id);
    const level = LEVEL[place.level];
    const parts = [level ? tr(level) : place.level, countryName(place.country, lang)];
    const into = atlas.adminChanges.find((c) => c.from === place.id);
    const formed = atlas.adminChanges.filter((c) => c.to === place.id);
    const date = (d: string) => formatDay(lang, d);
    if (into)
      parts.push(
        tr(into.kind === 'merge' ? 'mergedInto' : 'becameUnit', {
          new: n.withEra(into.to),
          date: date(into.date),
        }),
      );
    else if (formed.length)
      parts.push(
        tr('formedFrom', {
          list: formed.map((c) => n.withEra(c.from)).join(', '),
          date: date(formed[0]?.date ?? ''),
        }),
      );
    const reach = reachText(atlas, arcs, place.id, tr);
    if (reach) parts.push(reach);
    return {
      id: place.id,
      label: matched === place.names[lang] ? name : `${name} (${matched})`,
      detail: parts.join(' · '),
    };
  });
}

/** The short text of the hover tooltip: an arc and its events, or a place and its events. */
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
    return arc ? tr('tipArc', { arc: n.arc(arc, day), n: count }) : null;
  }
  const reach = reachText(atlas, arcs, id, tr);
  const name = reach ? tr('tipReach', { name: n.asOf(id, day), reach }) : n.asOf(id, day);
  return count ? tr('tipPlace', { name, n: count }) : name;
}
