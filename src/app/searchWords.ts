import type { Atlas, AtlasEvent } from '../core/atlas';
import { collatorOf, formatDay, regionName, type Lang } from '../core/i18n';
import { reachOf } from '../core/view/counts';
import { searchPlaces } from '../core/view/search';
import type { VisibleArc } from '../core/view/visibleArcs';
import { DOMAIN_IDS, DOMAINS, KIND_IDS, KINDS } from '../core/vocabulary';
import type { MessageKey, Translate } from '../ui/messages';
import { namer } from './names';
import { reachText } from './selection';

const LEVEL: Record<string, MessageKey> = {
  province: 'levelProvince',
  region: 'levelRegion',
  city: 'levelCity',
  country: 'levelCountry',
};
/**
 * Vietnam's centrally-run cities (thành phố trực thuộc trung ương), first-level units as the provinces
 * are: "Hà Nội · tỉnh" in the search read as an error to a Vietnamese reader (a review of the vi copy).
 * The five before 2025, Huế from 1 January 2025 (Nghị quyết 1314/NQ-UBTVQH15), and the six of the
 * 34 units from 1 July 2025 (Nghị quyết 202/2025/QH15: Hà Nội kept its id).
 */
export const VN_CENTRAL_CITIES: ReadonlySet<string> = new Set([
  ...['VN-HN', 'VN-HP', 'VN-DN', 'VN-SG', 'VN-CT'],
  'VN25-HUE',
  ...['VN25-HAI-PHONG', 'VN25-DA-NANG', 'VN25-HO-CHI-MINH', 'VN25-CAN-THO'],
]);
/** What kind of place it is, in words: a Vietnamese centrally-run city as such, not as a province. */
const levelOf = (place: { id: string; level: string }): MessageKey | undefined =>
  VN_CENTRAL_CITIES.has(place.id) ? 'levelVnCity' : LEVEL[place.level];
/**
 * Country names from the browser's CLDR data (`regionName`), in the reader's language. One
 * `DisplayNames` per language, as one `Collator` (`collatorOf`): each costs the browser a look-up of its locale data
 * (made for each of 40 countries and each comparison, the filters' choices took up to a fifth of
 * the 300-event page's start).
 */
const countryName = (cc: string, lang: Lang) => regionName(cc, lang) ?? cc;

/**
 * Makes the language's `DisplayNames` and `Collator` before they are needed: the page does it while its
 * data loads, in a task of its own (src/app/start.ts). The first `Collator` loads the locale's collation
 * data (13–21 ms on a laptop, measured on a bare page), which lengthened the task that mounts the
 * filters and the search.
 */
export function prepareSearchWords(lang: Lang): void {
  countryName('VN', lang);
  collatorOf(lang);
}

/** The filter choices: the partner countries, kinds and domains that occur in the data. */
export function filterOptions(atlas: Atlas, lang: Lang) {
  const used = <T extends string>(pick: (e: AtlasEvent) => T[]) => new Set(atlas.events.flatMap(pick));
  const countries = [...used((e) => [e.partnerCountry])]
    .map((id) => ({ id, label: countryName(id, lang) }))
    .sort((a, b) => collatorOf(lang).compare(a.label, b.label));
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
    const level = levelOf(place);
    const parts = [level ? tr(level) : place.level, countryName(place.country, lang)];
    const into = atlas.adminChanges.find((c) => c.from === place.id);
    const formed = atlas.adminChanges.filter((c) => c.to === place.id);
    const date = (d: string) => formatDay(lang, d);
    // (The unit it became named plainly, the date says when: "merged into Bắc Ninh (since 2025) on
    // 1 July 2025" said it twice. With its era where it has the unit's own name: the old Tuyên Quang
    // "merged into Tuyên Quang" read as into itself.)
    if (into)
      parts.push(
        n.about(
          into.kind === 'merge' ? 'mergedInto' : 'becameUnit',
          { date: date(into.date) },
          into.to,
          n.plain(into.to) === n.plain(place.id) ? n.withEra(into.to) : n.plain(into.to),
        ),
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

/** How many places the empty search box offers to start from. */
export const START_PLACES = 5;

/**
 * Where a reader can start from before typing (the search box, focused and empty): the Vietnamese
 * units with the most partners on the map now, most first, each with whom it is linked to ("Hà Nội —
 * 41 partners in 33 countries"). At world scale the map draws countries, not provinces: this names
 * the hubs the flows leave from.
 */
export function startPlaces(
  atlas: Atlas,
  lang: Lang,
  tr: Translate,
  arcs: readonly VisibleArc[],
  n = START_PLACES,
): { id: string; label: string; detail: string }[] {
  const names = namer(atlas, lang, tr);
  return [...new Set(arcs.map((a) => a.vn))]
    .flatMap((id) => {
      const r = reachOf(atlas, arcs, id);
      // (Each is the unit in force on the day: its name alone says which, no era needed.)
      return r?.kind === 'vn' ? [{ id, partners: r.partners, label: names.plain(id) }] : [];
    })
    .sort((a, b) => b.partners - a.partners || collatorOf(lang).compare(a.label, b.label))
    .slice(0, n)
    .map(({ id, label }) => ({ id, label, detail: reachText(atlas, arcs, id, tr) ?? '' }));
}
