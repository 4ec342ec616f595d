import { fold } from '../../core/normalize';
import type { GazetteerPlace, Level } from '../../core/types';
import { createGazetteer, primaryNames } from '../../core/geo/gazetteer';
import { geocode, type Geocode } from '../../core/geo/geocode';

const PARTNER_LEVELS: Level[] = ['region', 'city', 'country'];

/**
 * CLDR's French names of cities that French no longer writes so (a second read): "Manaos" for Manaus,
 * "Kzyl Orda" beside the region Natural Earth names Kyzylorda in French.
 */
const DATED = new Set(['Manaos', 'Kzyl Orda']);

/** A CLDR time zone tree of one locale (`main/<locale>/timeZoneNames.json`: `dates.timeZoneNames.zone`). */
export interface ZoneTree {
  [key: string]: ZoneTree | string | undefined;
}

/** A time zone's city, by its English name, with its French and Vietnamese names where CLDR gives them. */
export interface Exemplar {
  en: string;
  fr?: string;
  vi?: string;
}

/**
 * CLDR's exemplar cities (the city a time zone is named by: "Europe/London" is London, "Londres" in
 * French), by time zone id, with a French or a Vietnamese name that differs from the English one.
 * The English name is CLDR's where it gives one ("Asia/Calcutta": Kolkata), else the id's last part.
 * Left out: names that say which place they are ("Beulah, Bắc Dakota", "Tripoli (Libye)"), the unknown zone.
 *
 * @example exemplarsOf({ fr: { Europe: { London: { exemplarCity: 'Londres' } } }, vi: {}, en: {} }).get('Europe/London') // { en: 'London', fr: 'Londres' }
 */
export function exemplarsOf(zones: { fr: ZoneTree; vi: ZoneTree; en: ZoneTree }): Map<string, Exemplar> {
  const byLang = (tree: ZoneTree) => {
    const out = new Map<string, string>();
    const walk = (t: ZoneTree, path: string[]) => {
      for (const [key, value] of Object.entries(t)) {
        if (!value || typeof value !== 'object') continue;
        const city = (value as { exemplarCity?: unknown }).exemplarCity;
        if (typeof city === 'string') out.set([...path, key].join('/'), city);
        else walk(value, [...path, key]);
      }
    };
    walk(tree, []);
    return out;
  };
  const [fr, vi, en] = [byLang(zones.fr), byLang(zones.vi), byLang(zones.en)];
  const out = new Map<string, Exemplar>();
  for (const tz of new Set([...fr.keys(), ...vi.keys()])) {
    if (tz.startsWith('Etc/')) continue;
    const english = en.get(tz) ?? tz.split('/').at(-1)!.replace(/_/g, ' ');
    // (Not a name with a comma or a bracket: "Beulah, Bắc Dakota", "Tripoli (Libye)" say which one.
    // Nor a dated one.)
    const other = (name: string | undefined) =>
      name && name !== english && !/[,(]/.test(name) && !DATED.has(name) ? name : undefined;
    const [f, v] = [other(fr.get(tz)), other(vi.get(tz))];
    if (f || v) out.set(tz, { en: english, ...(f ? { fr: f } : {}), ...(v ? { vi: v } : {}) });
  }
  return out;
}

/** Each GeoNames city's time zone (cities500's column 17), by the gazetteer's id (`gn:<geonameid>`). */
export function timezonesOf(tsv: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of tsv.split('\n')) {
    const c = line.split('\t');
    if (c[0] && c[17]) out.set(`gn:${c[0]}`, c[17]);
  }
  return out;
}

/**
 * Gives the GeoNames cities CLDR names a time zone by their French and Vietnamese names: cities500
 * has one name per city, so French readers met "Hanoï ↔ London", "Warsaw", "Athens" (a reader's
 * review). The city is the most populous of the zone's cities that bears the zone's English name
 * (not a Vietnamese one: Vietnam's places have names of their own; not one whose French or Vietnamese
 * name a curated fix set already). A name that is already the own name of another place, one not
 * named as the city in English too, is not given (it would make that name ambiguous: "Vienne" is a
 * French département); nor one the geocoder would then read otherwise than before, or, for a name it
 * did not know, otherwise than the city or its English name. Such names are listed in `skipped`.
 * Mutates `places`.
 */
export function nameByExemplars(
  places: GazetteerPlace[],
  tzOf: ReadonlyMap<string, string>,
  exemplars: ReadonlyMap<string, Exemplar>,
): { named: string[]; skipped: string[] } {
  const best = new Map<string, GazetteerPlace>();
  for (const p of places) {
    if (p.level !== 'city' || p.country === 'VN' || !p.id.startsWith('gn:')) continue;
    const tz = tzOf.get(p.id);
    const e = tz ? exemplars.get(tz) : undefined;
    if (!tz || !e || (p.names.en !== e.en && !(p.alt ?? []).includes(e.en))) continue;
    const other = best.get(tz);
    if (!other || (p.population ?? 0) > (other.population ?? 0)) best.set(tz, p);
  }
  const byId = new Map(places.map((p) => [p.id, p]));
  const owners = new Map<string, Set<string>>();
  for (const p of places)
    for (const n of primaryNames(p)) {
      const k = fold(n);
      owners.set(k, (owners.get(k) ?? new Set()).add(p.id));
    }
  const named: string[] = [];
  const skipped: string[] = [];
  const before = createGazetteer([...places]);
  const given: { city: GazetteerPlace; lang: 'fr' | 'vi'; name: string; was: string }[] = [];
  for (const [tz, city] of best) {
    const e = exemplars.get(tz)!;
    for (const lang of ['fr', 'vi'] as const) {
      const name = e[lang];
      if (!name || city.names[lang] !== city.names.en) continue;
      // (Not the same name with fewer accents: Vietnamese CLDR writes "Cancun" for Cancún.)
      const marks = (n: string) => n.normalize('NFD').length - n.length;
      if (fold(name) === fold(city.names.en) && marks(name) <= marks(city.names.en)) continue;
      // (A place that bears the city's English name too is as ambiguous with it in either language:
      // Lisbon and its district, "Lisbonne" both in French. Not a country: "Singapour" is Singapore's.)
      const sameInEnglish = (id: string) => {
        const q = byId.get(id);
        return (
          !!q &&
          q.level !== 'country' &&
          [q.names.en, ...(q.alt ?? [])].some((n) => fold(n) === fold(city.names.en))
        );
      };
      const taken = [...(owners.get(fold(name)) ?? [])].filter((id) => id !== city.id && !sameInEnglish(id));
      if (taken.length) {
        skipped.push(`${name} (${lang}, ${city.id}: ${taken.join(' ')}'s)`);
        continue;
      }
      given.push({ city, lang, name, was: city.names[lang] });
      city.names = { ...city.names, [lang]: name };
    }
  }
  // Each name given reads as it did, or as the city's English name does: "Đài Bắc" was Taipei's
  // municipality alone, and given to the city too it read as neither (a second read); "Lisbonne", the
  // district's as "Lisbon" is, stays the district's (a first-level unit before its seat city).
  const after = createGazetteer([...places]);
  const id = (r: Geocode) => (r.kind === 'resolved' ? r.place.id : r.kind);
  for (const { city, lang, name, was } of given) {
    const keeps = [{ country: city.country, levels: PARTNER_LEVELS }, {}].every((o) => {
      const then = geocode(before, name, o);
      const now = id(geocode(after, name, o));
      return then.kind === 'resolved'
        ? now === then.place.id
        : now === city.id || now === id(geocode(after, city.names.en, o));
    });
    if (keeps) named.push(`${city.names.en} → ${name} (${lang})`);
    else {
      city.names = { ...city.names, [lang]: was };
      skipped.push(`${name} (${lang}, ${city.id}: would read otherwise than before)`);
    }
  }
  return { named, skipped };
}
