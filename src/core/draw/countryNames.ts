import { geoArea, geoCentroid } from 'd3-geo';
import type { Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Atlas } from '../atlas';
import { regionName, type Lang } from '../i18n';
import { placeLon } from './mercator';
import { layer } from './topo';

/**
 * Zoom from which the countries next to home are named (the live map's zoom; the pictures use the
 * zoom the live map would have): at world scale their names sit where every line leaves Vietnam, and
 * read as the lines' origin ("LAOS", then "THAÏLANDE", at the hub of the flows).
 */
export const NEIGHBOURS_NAMED_FROM = 3;
/** The countries next to home that are named only from `NEIGHBOURS_NAMED_FROM`. */
export const NEAR_HOME = ['LA', 'KH', 'TH', 'MM'] as const;

/** A country's name for orientation (upper case, in the reader's language) and where it goes. */
export interface CountryName {
  cc: string;
  name: string;
  lon: number;
  lat: number;
}

/**
 * The countries named on the map and on its pictures, in the reader's language: Vietnam's neighbours
 * and every partner's country.
 *
 * @example namedCountries(seedAtlas, 'fr').map((c) => c.cc) → ['VN', 'CN', 'LA', 'KH', 'TH', 'KZ', 'JP']
 */
export function namedCountries(atlas: Atlas, lang: Lang): { cc: string; name: string }[] {
  return [...new Set(['VN', 'CN', 'LA', 'KH', 'TH', ...atlas.events.map((e) => e.partnerCountry)])].map(
    (cc) => ({ cc, name: regionName(cc, lang) ?? cc }),
  );
}

type Countries = { geometries: { properties?: { cc?: unknown; lp?: unknown } | null }[] } | undefined;

/**
 * Label points chosen by hand where the centroid of a country's largest landmass is not in it. Viet
 * Nam's (an S) was in Laos, 106.4° E 16.6° N, and its name read as Laos's at the opening view (a
 * reader's review): it goes on the Mekong delta, the widest part away from the north that every arc
 * leaves from, where the seed data's picture names it in every wide set (on the Central Highlands,
 * Hoàng Sa's name east of the coast took its room on a laptop's short window and in a narrow embed).
 * (Unit tests check that every country's point is inside it, and where Viet Nam is named.)
 */
const LABEL_POINTS: Readonly<Record<string, [number, number]>> = {
  VN: [105.8, 10.1],
  // Haiti's centroid is in its bay.
  HT: [-72.3, 19.1],
};

const measuredCache = new WeakMap<Topology, Map<string, [number, number] | null>>();
/**
 * A point inside a country's largest landmass (the centroid of its largest polygon, or the point
 * `LABEL_POINTS` gives), as measured on the shapes: every country of the topology at once (about
 * 100 ms on a laptop, kept per topology).
 */
function measured(topo: Topology, cc: string): [number, number] | null {
  let byCc = measuredCache.get(topo);
  if (!byCc) {
    byCc = new Map();
    for (const f of layer(topo, 'countries').features) {
      const polys: Polygon[] =
        f.geometry?.type === 'Polygon'
          ? [f.geometry]
          : f.geometry?.type === 'MultiPolygon'
            ? f.geometry.coordinates.map((c) => ({ type: 'Polygon', coordinates: c }))
            : [];
      const largest = polys.sort((a, b) => geoArea(b) - geoArea(a))[0];
      const cc = String(f.properties?.cc ?? '');
      byCc.set(cc, LABEL_POINTS[cc] ?? (largest ? (geoCentroid(largest) as [number, number]) : null));
    }
    measuredCache.set(topo, byCc);
  }
  return byCc.get(cc) ?? null;
}

/** The label point of a country: the one the build wrote into the basemap (`lp`), else measured. */
function pointOf(topo: Topology, cc: string): [number, number] | null {
  const g = (topo.objects.countries as Countries)?.geometries.find((x) => x.properties?.cc === cc);
  const lp = g?.properties?.lp;
  const p = Array.isArray(lp) && lp.length === 2 ? (lp as [number, number]) : measured(topo, cc);
  return p ? [placeLon(p[0]), p[1]] : null;
}

/**
 * The basemap with the label point (`lp`: [lon, lat], to 0.01°) of each of these countries in its
 * properties: the page and its pictures read it instead of measuring the shapes (a phone takes several
 * times a laptop's 100 ms, before the first picture of a link to a date).
 *
 * @example withCountryPoints(topo, ['CN']).objects.countries.geometries.find((g) => g.properties.cc === 'CN').properties.lp → [103.36, 36.75]
 */
export function withCountryPoints(topo: Topology, ccs: readonly string[]): Topology {
  const want = new Set(ccs);
  const countries = topo.objects.countries as GeometryCollection | undefined;
  if (!countries) return topo;
  const round = (v: number) => Math.round(v * 100) / 100;
  return {
    ...topo,
    objects: {
      ...topo.objects,
      countries: {
        ...countries,
        geometries: countries.geometries.map((g) => {
          const cc = String((g.properties as { cc?: unknown } | undefined)?.cc ?? '');
          const p = want.has(cc) ? measured(topo, cc) : null;
          return p ? { ...g, properties: { ...g.properties, lp: [round(p[0]), round(p[1])] } } : g;
        }),
      },
    },
  };
}

/**
 * Where the names of these countries go (those the basemap has a shape for), their names in upper
 * case: the live map's country labels and the pictures' are the same.
 *
 * @example countryNames(topo, [{ cc: 'CN', name: 'Chine' }])[0] → { cc: 'CN', name: 'CHINE', lon: 103.8…, lat: 36.5… }
 */
export function countryNames(topo: Topology, names: readonly { cc: string; name: string }[]): CountryName[] {
  return names.flatMap(({ cc, name }) => {
    const p = pointOf(topo, cc);
    return p ? [{ cc, name: name.toLocaleUpperCase(), lon: p[0], lat: p[1] }] : [];
  });
}
