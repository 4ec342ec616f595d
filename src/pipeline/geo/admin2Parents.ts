import type { GazetteerPlace } from '../../core/types';

/**
 * Share of a country's cities whose GeoNames second-level code must be a first-level unit's id for the
 * country to be read so: where Natural Earth's admin-1 is a country's second level (France's
 * départements, Italy's and Spain's provinces, Belgium's provinces), GeoNames' admin2 code is that
 * unit's ISO 3166-2 suffix ("93" → FR-93, "MI" → IT-MI). Measured at refresh 2026-12: FR 649/649,
 * ES 625/626, IT 611/613, BE 225/225, LK 45/45, TW 31/31; elsewhere the codes are other numbers
 * (RS 23/48, PH 1/451: chance matches, left alone).
 */
export const ADMIN2_SHARE = 0.95;
const MIN_CITIES = 20;

/**
 * Each city's GeoNames second-level code, as the id it would have in the gazetteer
 * (`<country>-<admin2>`), from the cities500 dump (column 8 country, column 11 admin2).
 */
export function admin2Ids(tsv: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of tsv.split('\n')) {
    const c = line.split('\t');
    if (c.length < 15 || !c[11]) continue;
    out.set(`gn:${c[0]}`, `${c[8]}-${c[11]}`);
  }
  return out;
}

/**
 * Puts each city inside its département or province ("Montreuil (Seine-Saint-Denis)": Montreuil is in
 * FR-93), in the countries where GeoNames' second-level codes are the first-level units' ids. The
 * parent is only added, never replaces one. Returns the countries read so.
 *
 * @example addAdmin2Parents([montreuil], units, new Map([['gn:2992090', 'FR-93']])) → ['FR']
 */
export function addAdmin2Parents(
  cities: GazetteerPlace[],
  units: readonly GazetteerPlace[],
  codes: ReadonlyMap<string, string>,
): string[] {
  const unitIds = new Set(units.filter((u) => u.level === 'region').map((u) => u.id));
  const seen = new Map<string, { all: number; units: number }>();
  for (const c of cities) {
    const code = codes.get(c.id);
    if (!code) continue;
    const s = seen.get(c.country) ?? { all: 0, units: 0 };
    s.all++;
    if (unitIds.has(code)) s.units++;
    seen.set(c.country, s);
  }
  const countries = [...seen]
    .filter(([, s]) => s.all >= MIN_CITIES && s.units / s.all >= ADMIN2_SHARE)
    .map(([country]) => country)
    .sort();
  const read = new Set(countries);
  for (const c of cities) {
    const code = codes.get(c.id);
    if (!code || !read.has(c.country) || !unitIds.has(code) || c.parents?.includes(code)) continue;
    c.parents = [...(c.parents ?? []), code];
  }
  return countries;
}
