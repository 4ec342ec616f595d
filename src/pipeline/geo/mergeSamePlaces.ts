import { indexKeys } from '../../core/geo/adminWords';
import { fold } from '../../core/normalize';
import { primaryNames } from '../../core/geo/gazetteer';
import type { GazetteerPlace } from '../../core/types';

/**
 * A first-level unit that is a city in its own right (Astana, Hà Nội, Busan, Tokyo) and the GeoNames
 * city of the same name are one place: the city's names join the unit and the city is dropped, so
 * "Astana" resolves without a false ambiguity. Pairs must share country, GeoNames admin1 code and a
 * name key, or be listed in `same` (city id → unit id) where the two sources' admin1 codes differ (Paris:
 * Natural Earth's département FR-75, GeoNames' city in the région's code). A unit that takes in the
 * country's capital (GeoNames `PPLC`) carries that feature code. Returns the cities that remain, and
 * how many were merged.
 */
export function mergeSamePlaces(
  units: GazetteerPlace[],
  cities: GazetteerPlace[],
  isCityUnit: (u: GazetteerPlace) => boolean,
  same: Readonly<Record<string, string>> = {},
): { cities: GazetteerPlace[]; merged: number } {
  const byAdmin1 = new Map<string, GazetteerPlace>();
  for (const u of units) if (u.admin1 && isCityUnit(u)) byAdmin1.set(u.admin1, u);
  const byId = new Map(units.map((u) => [u.id, u]));
  const keys = (names: string[]) => new Set(names.flatMap((n) => indexKeys(fold(n))));
  const kept: GazetteerPlace[] = [];
  let merged = 0;
  for (const c of cities) {
    const listed = same[c.id];
    const u = listed ? byId.get(listed) : c.admin1 ? byAdmin1.get(c.admin1) : undefined;
    if (u && u.country === c.country) {
      const unitKeys = keys(primaryNames(u));
      if ([...keys([...primaryNames(c), ...(c.alt2 ?? [])])].some((k) => unitKeys.has(k))) {
        u.alt = [...new Set([...(u.alt ?? []), ...primaryNames(c)])];
        u.alt2 = [...new Set([...(u.alt2 ?? []), ...(c.alt2 ?? [])])];
        // The unit is the country's capital city (Vientiane Prefecture, Seoul): it says so.
        if (c.feature === 'PPLC') u.feature = 'PPLC';
        merged++;
        continue;
      }
    }
    kept.push(c);
  }
  return { cities: kept, merged };
}

/**
 * A first-level unit named after its seat city (Kampong Chhnang, Ulyanovsk Oblast, Bắc Ninh) also bears
 * the city's other spellings, as second-tier names: GeoNames knows "Kompong Chhnang" and "Ulianovsk" for
 * the city only, so "les provinces de Battambang, de Kompong Chhnang" and "tỉnh Ulianovsk" found the
 * city alone, and the precedence of a unit over its seat of the same name never applied. Returns how
 * many units took names.
 */
export function seatNamesToUnits(units: GazetteerPlace[], cities: readonly GazetteerPlace[]): number {
  const byAdmin1 = new Map<string, GazetteerPlace[]>();
  for (const u of units)
    if (u.admin1 && (u.level === 'region' || u.level === 'province'))
      byAdmin1.set(u.admin1, [...(byAdmin1.get(u.admin1) ?? []), u]);
  const keys = (names: string[]) => new Set(names.flatMap((n) => indexKeys(fold(n))));
  let n = 0;
  for (const c of cities) {
    if (c.feature !== 'PPLA' || !c.admin1 || !c.alt2?.length) continue;
    const cityKeys = keys(primaryNames(c));
    const unit = (byAdmin1.get(c.admin1) ?? []).filter((u) =>
      [...keys(primaryNames(u))].some((k) => cityKeys.has(k)),
    );
    if (unit.length !== 1) continue;
    const u = unit[0] as GazetteerPlace;
    const own = keys(primaryNames(u));
    const extra = c.alt2.filter((a) => !indexKeys(fold(a)).some((k) => own.has(k)));
    if (!extra.length) continue;
    u.alt2 = [...new Set([...(u.alt2 ?? []), ...extra])];
    n++;
  }
  return n;
}
