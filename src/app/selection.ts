import { parseArcId } from '../core/arcId';
import type { Atlas, AtlasEvent } from '../core/atlas';
import { indexOf } from '../core/atlasIndex';
import { successorAt } from '../core/adminChanges';
import { formatDay, type Lang } from '../core/i18n';
import { searchPlaces } from '../core/view/search';
import type { VisibleArc } from '../core/view/visibleArcs';
import { DOMAIN_IDS, DOMAINS, KIND_IDS, KINDS } from '../core/vocabulary';
import type { MessageKey, Translate } from '../ui/messages';

/** The reader's name of a place: Vietnamese names with diacritics in Vietnamese, exonyms in fr/en. */
export const placeName = (atlas: Atlas, id: string, lang: Lang) =>
  indexOf(atlas).place(id)?.names[lang] ?? id;

/**
 * What a selection (a place id or an arc id) highlights and lists: the connected visible arcs and
 * every event on them, oldest first. A unit that has ceased is named with its successor.
 */
export function detailsFor(
  atlas: Atlas,
  arcs: VisibleArc[],
  selection: string | null,
  day: string,
  lang: Lang,
  tr: Translate,
): { arcs: Set<string>; panel: { title: string; subtitle: string; events: AtlasEvent[] } | null } {
  if (!selection) return { arcs: new Set(), panel: null };
  const now = successorAt(selection, day, atlas.adminChanges);
  const hit = arcs.filter(
    (a) =>
      a.id === selection ||
      a.vn === now ||
      a.partner === selection ||
      a.pairs.some((p) => parseArcId(p)?.vn === selection),
  );
  const ids = new Set(hit.flatMap((a) => a.events));
  const events = atlas.events.filter((e) => ids.has(e.id));
  const name = (id: string) => placeName(atlas, id, lang);
  let title = name(selection);
  let subtitle = events.length ? tr('events', { n: events.length }) : tr('noEvents');
  const ends = parseArcId(selection);
  if (ends) {
    title = `${name(ends.vn)} ↔ ${name(ends.partner)}`;
  } else if (now !== selection) {
    const change = atlas.adminChanges.find((c) => c.from === selection);
    const date = formatDay(lang, change?.date ?? day);
    subtitle = `${tr('partOf', { old: name(selection), new: name(now), date })} · ${subtitle}`;
  }
  return { arcs: new Set(hit.map((a) => a.id)), panel: { title, subtitle, events } };
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

/** Place search results for the page, each with what it is and, for a merged unit, what it joined. */
export function searchResults(atlas: Atlas, query: string, day: string, lang: Lang, tr: Translate) {
  return searchPlaces(atlas.places, query).map(({ place, matched }) => {
    const now = successorAt(place.id, day, atlas.adminChanges);
    const name = place.names[lang];
    const level = LEVEL[place.level];
    const parts = [level ? tr(level) : place.level, countryName(place.country, lang)];
    if (now !== place.id) parts.push(tr('partOfShort', { new: placeName(atlas, now, lang) }));
    else if (place.validFrom && place.validFrom > day)
      parts.push(tr('from', { date: formatDay(lang, place.validFrom) }));
    return {
      id: place.id,
      label: matched === name ? name : `${name} (${matched})`,
      detail: parts.join(' · '),
    };
  });
}

/** The short text of the hover tooltip: a pair and its event count, or a place and its partnerships. */
export function hoverText(
  atlas: Atlas,
  arcs: VisibleArc[],
  id: string,
  day: string,
  lang: Lang,
  tr: Translate,
) {
  const name = (x: string) => placeName(atlas, x, lang);
  const ends = parseArcId(id);
  if (ends) {
    const arc = arcs.find((a) => a.id === id);
    return arc ? tr('tipArc', { a: name(ends.vn), b: name(ends.partner), n: arc.events.length }) : null;
  }
  const now = successorAt(id, day, atlas.adminChanges);
  const n = arcs.filter((a) => a.vn === now || a.partner === id).length;
  return n ? tr('tipPlace', { name: name(id), n }) : name(id);
}
