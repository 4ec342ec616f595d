import { fold } from '../../core/normalize';
import type { GazetteerPlace } from '../../core/types';

/** Cities kept in the gazetteer: at least this many inhabitants, or a capital or first-level seat. */
export const MIN_POPULATION = 15_000;
const ALWAYS = new Set(['PPLC', 'PPLA', 'PPLG']);
/**
 * Seats of second-level units kept whatever their size, per country: in Vietnam, the district-level
 * towns and cities (huyện seats, thị xã, provincial cities) that sign partnerships of their own before
 * the 2025 reform ("thị trấn Si Ma Cai"); most have fewer than 15,000 inhabitants in GeoNames.
 */
const ALWAYS_IN: Record<string, ReadonlySet<string>> = { VN: new Set(['PPLA2']) };
/** Airport and other short codes among GeoNames alternates ("HAN", "NQZ") are not names. */
const CODE = /^[A-Z0-9]{2,4}$/;
const LATIN = /^[\p{Script=Latin}\p{M}\p{N}\p{P}\p{Zs}]+$/u;
/**
 * Alternates written all in lower case are machine romanisations of names in other scripts, letter by
 * letter or syllable by syllable ("pa sa di na", "mnhtn", "man ha dun"), plus keywords: nobody writes
 * a place so, and some are another place's (Manhattan's "nyc"). Not names.
 */
const LOWER_ONLY = (a: string) => a === a.toLowerCase() && /\p{Ll}/u.test(a);

/**
 * Parses the GeoNames cities500 dump (tab-separated, documented at download.geonames.org/export/dump)
 * into city places. Columns: 0 geonameid, 1 name, 2 asciiname, 3 alternatenames, 4 latitude,
 * 5 longitude, 7 feature code, 8 country code, 10 admin1 code, 14 population.
 */
export function citiesFromGeonames(tsv: string): GazetteerPlace[] {
  const out: GazetteerPlace[] = [];
  const others = ownNames(tsv);
  for (const line of tsv.split('\n')) {
    const c = line.split('\t');
    if (c.length < 15) continue;
    const population = Number(c[14]);
    const feature = c[7] ?? '';
    const country = c[8] ?? '';
    if (!(population >= MIN_POPULATION || ALWAYS.has(feature) || ALWAYS_IN[country]?.has(feature))) continue;
    const name = c[1] ?? '';
    const ascii = c[2] ?? '';
    const alternates = (c[3] ?? '')
      .split(',')
      .filter((a) => a && a !== name && a !== ascii && LATIN.test(a) && !CODE.test(a) && !LOWER_ONLY(a))
      .filter((a) => !namesAnother(others, country, a, c[0] ?? '', population));
    out.push({
      id: `gn:${c[0]}`,
      level: 'city',
      country,
      lon: Number(c[5]),
      lat: Number(c[4]),
      names: { vi: name, fr: name, en: name },
      ...(ascii && ascii !== name ? { alt: [ascii] } : {}),
      ...(alternates.length ? { alt2: [...new Set(alternates)] } : {}),
      admin1: `${c[8]}.${c[10]}`,
      feature,
      population,
    });
  }
  return out;
}

/** A town this size at least, and a tenth of the city's, is one a reporter may mean by its name. */
const OTHER_TOWN = { population: 1000, share: 0.1 };

/** Each country's places by their own names (name and ASCII name, folded): geonameid → population. */
function ownNames(tsv: string): Map<string, Map<string, Map<string, number>>> {
  const out = new Map<string, Map<string, Map<string, number>>>();
  for (const line of tsv.split('\n')) {
    const c = line.split('\t');
    if (c.length < 15) continue;
    const population = Number(c[14]);
    if (!(population >= OTHER_TOWN.population)) continue;
    const country = c[8] ?? '';
    let byName = out.get(country);
    if (!byName) out.set(country, (byName = new Map()));
    for (const n of new Set([fold(c[1] ?? ''), fold(c[2] ?? '')])) {
      if (!n) continue;
      let ids = byName.get(n);
      if (!ids) byName.set(n, (ids = new Map()));
      ids.set(c[0] ?? '', population);
    }
  }
  return out;
}

/**
 * Whether an alternate of a city is another town's own name: GeoNames lists "Sonoma" among the names
 * of Ennis, Texas, and Sonoma, California (11,000 inhabitants) is below the gazetteer's threshold, so
 * "Sonoma" found Ennis, 2,500 km away. Such an alternate is not kept: the name stays unknown, never a
 * wrong place. (A hamlet that shares a great city's other name does not take it: "Bacolod".)
 */
function namesAnother(
  others: ReadonlyMap<string, ReadonlyMap<string, ReadonlyMap<string, number>>>,
  country: string,
  alternate: string,
  id: string,
  population: number,
): boolean {
  const ids = others.get(country)?.get(fold(alternate));
  if (!ids) return false;
  for (const [other, n] of ids)
    if (other !== id && n >= OTHER_TOWN.share * (Number.isFinite(population) ? population : 0)) return true;
  return false;
}
