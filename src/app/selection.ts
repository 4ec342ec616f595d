import type { Atlas, AtlasEvent } from '../core/atlas';
import { successorAt } from '../core/adminChanges';
import { searchPlaces } from '../core/search';
import type { VisibleArc } from '../core/visibleArcs';
import { DOMAIN_IDS, DOMAINS, KIND_IDS, KINDS } from '../core/vocabulary';

const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];
const frenchDay = (d: string) =>
  `${Number(d.slice(8, 10))}${d.slice(8, 10) === '01' ? 'er' : ''} ${MONTHS[Number(d.slice(5, 7)) - 1]} ${d.slice(0, 4)}`;

/**
 * What a selection (a place id or an arc id) highlights and lists: the connected visible arcs and
 * every event on them, oldest first. A unit that has ceased is named with its successor.
 */
export function detailsFor(
  atlas: Atlas,
  arcs: VisibleArc[],
  selection: string | null,
  day: string,
): { arcs: Set<string>; panel: { title: string; subtitle: string; events: AtlasEvent[] } | null } {
  if (!selection) return { arcs: new Set(), panel: null };
  const now = successorAt(selection, day, atlas.adminChanges);
  const hit = arcs.filter(
    (a) =>
      a.id === selection ||
      a.vn === now ||
      a.partner === selection ||
      a.pairs.some((p) => p.split('~')[0] === selection),
  );
  const ids = new Set(hit.flatMap((a) => a.events));
  const events = atlas.events.filter((e) => ids.has(e.id));
  const place = (id: string) => atlas.places.find((p) => p.id === id);
  const name = (id: string) => place(id)?.names.vi ?? id;
  let title = name(selection);
  let subtitle = events.length
    ? `${events.length} événement${events.length > 1 ? 's' : ''}`
    : 'aucun partenariat à cette date';
  if (selection.includes('~')) {
    const [vn = '', partner = ''] = selection.split('~');
    title = `${name(vn)} ↔ ${name(partner)}`;
  } else if (now !== selection) {
    const change = atlas.adminChanges.find((c) => c.from === selection);
    subtitle = `${name(selection)} — fait partie de ${name(now)} depuis le ${frenchDay(change?.date ?? day)} · ${subtitle}`;
  }
  return { arcs: new Set(hit.map((a) => a.id)), panel: { title, subtitle, events } };
}

const LEVEL_FR: Record<string, string> = {
  province: 'province',
  region: 'région',
  city: 'ville',
  country: 'pays',
};
const countryName = (cc: string) => new Intl.DisplayNames(['fr'], { type: 'region' }).of(cc) ?? cc;
const plural = (n: number, word: string) => `${n} ${word}${n > 1 ? 's' : ''}`;

/** The filter choices: the partner countries, kinds and domains that occur in the data. */
export function filterOptions(atlas: Atlas) {
  const used = <T extends string>(pick: (e: AtlasEvent) => T[]) => new Set(atlas.events.flatMap(pick));
  const countries = [...used((e) => [e.partnerCountry])]
    .map((id) => ({ id, label: countryName(id) }))
    .sort((a, b) => a.label.localeCompare(b.label, 'fr'));
  const kinds = KIND_IDS.filter((k) => used((e) => [e.kind]).has(k)).map((id) => ({
    id,
    label: KINDS[id].fr,
  }));
  const domainsUsed = used((e) => e.domains);
  const domains = DOMAIN_IDS.filter((d) => domainsUsed.has(d)).map((id) => ({ id, label: DOMAINS[id].fr }));
  return { countries, kinds, domains };
}

/** Place search results for the page, each with what it is and, for a merged unit, what it joined. */
export function searchResults(atlas: Atlas, query: string, day: string) {
  return searchPlaces(atlas.places, query).map(({ place, matched }) => {
    const now = successorAt(place.id, day, atlas.adminChanges);
    const name = place.names.vi;
    const parts = [LEVEL_FR[place.level] ?? place.level, countryName(place.country)];
    if (now !== place.id) {
      const to = atlas.places.find((p) => p.id === now)?.names.vi ?? now;
      parts.push(`fait partie de ${to}`);
    } else if (place.validFrom && place.validFrom > day)
      parts.push(`à partir du ${frenchDay(place.validFrom)}`);
    return {
      id: place.id,
      label: matched === name ? name : `${name} (${matched})`,
      detail: parts.join(' · '),
    };
  });
}

/** The short text of the hover tooltip: a pair and its event count, or a place and its partnerships. */
export function hoverText(atlas: Atlas, arcs: VisibleArc[], id: string, day: string): string | null {
  const name = (x: string) => atlas.places.find((p) => p.id === x)?.names.vi ?? x;
  if (id.includes('~')) {
    const arc = arcs.find((a) => a.id === id);
    const [vn = '', partner = ''] = id.split('~');
    return arc ? `${name(vn)} ↔ ${name(partner)} · ${plural(arc.events.length, 'événement')}` : null;
  }
  const now = successorAt(id, day, atlas.adminChanges);
  const n = arcs.filter((a) => a.vn === now || a.partner === id).length;
  return n ? `${name(id)} · ${plural(n, 'partenariat')}` : name(id);
}
