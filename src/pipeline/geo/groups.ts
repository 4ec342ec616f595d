import { fold } from '../../core/normalize';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GazetteerPlace } from '../../core/types';
import { FORMER_FR_REGIONS, GROUPS, type GroupName } from './groupNames';
import type { NeFeature } from './naturalEarth';

export interface Grouped {
  /** The group records (régions, regions, communities, nations), current and former. */
  places: GazetteerPlace[];
  /** Unit id → ids of the groups it belongs to (its `parents`). */
  parents: Map<string, string[]>;
  /** Unit id → names of a one-member group, added to that member (Madrid, Asturias, Aosta). */
  extraNames: Map<string, string[]>;
}

/** Countries whose NE units belong to a group: their NE `name_alt` names the group, not the unit. */
export const GROUPED_COUNTRIES = new Set(GROUPS.map((g) => g.country));

/**
 * The label point of a union of units: the label point of the member nearest to the members' mean.
 * It lies inside the union (inside that member), unlike a mean, which can fall outside a crescent.
 */
function labelOf(members: readonly GazetteerPlace[]): { lon: number; lat: number } {
  const lon = members.reduce((s, m) => s + m.lon, 0) / members.length;
  const lat = members.reduce((s, m) => s + m.lat, 0) / members.length;
  let best = members[0] as GazetteerPlace;
  for (const m of members)
    if ((m.lon - lon) ** 2 + (m.lat - lat) ** 2 < (best.lon - lon) ** 2 + (best.lat - lat) ** 2) best = m;
  return { lon: best.lon, lat: best.lat };
}

/**
 * The GeoNames admin1 code of a group, voted by the first- and second-order seats (PPLA, PPLA2) that
 * lie inside its members: GeoNames' first level in these countries is the group (FR.53 is Bretagne),
 * so a city's admin1 tells which group it is in, and "Rennes, Bretagne" can be read.
 */
function admin1Of(members: readonly NeFeature[], cities: readonly GazetteerPlace[]): string | undefined {
  const votes = new Map<string, number>();
  for (const c of cities) {
    if (c.feature !== 'PPLA' && c.feature !== 'PPLA2') continue;
    const inside = members.some((f) =>
      booleanPointInPolygon([c.lon, c.lat], f as unknown as Feature<Polygon | MultiPolygon>),
    );
    if (inside && c.admin1) votes.set(c.admin1, (votes.get(c.admin1) ?? 0) + 1);
  }
  return [...votes].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * Builds the group records from Natural Earth units: current groups (GROUPS) from NE's own grouping
 * fields, and France's 16 former régions (valid until 31 December 2015) from their départements.
 *
 * @example groupRegions(features, ids, units, cities).places.find((p) => p.id === 'FR-BRE')
 */
export function groupRegions(
  features: readonly NeFeature[],
  ids: ReadonlyMap<NeFeature, string>,
  units: readonly GazetteerPlace[],
  cities: readonly GazetteerPlace[],
): Grouped {
  const unitById = new Map(units.map((u) => [u.id, u]));
  const parents = new Map<string, string[]>();
  const extraNames = new Map<string, string[]>();
  const places: GazetteerPlace[] = [];
  const addParent = (unit: string, group: string) => parents.set(unit, [...(parents.get(unit) ?? []), group]);
  const field = (f: NeFeature, g: GroupName) =>
    (f.properties as unknown as Record<string, string | undefined>)[g.field]?.trim();

  for (const g of GROUPS) {
    const members = features.filter((f) => f.properties.iso_a2 === g.country && field(f, g) === g.key);
    const memberUnits = members.map((f) => unitById.get(ids.get(f) ?? '')).filter((u) => u !== undefined);
    if (memberUnits.length === 0)
      throw new Error(`geo groups: no Natural Earth unit has ${g.field} ${g.key}`);
    const names = [g.en, g.fr, g.vi, ...(g.alt ?? [])];
    if (memberUnits.length === 1) {
      extraNames.set((memberUnits[0] as GazetteerPlace).id, names);
      continue;
    }
    const admin1 = admin1Of(
      members,
      cities.filter((c) => c.country === g.country),
    );
    for (const u of memberUnits) addParent(u.id, g.id);
    places.push({
      id: g.id,
      level: 'region',
      country: g.country,
      ...labelOf(memberUnits),
      names: { vi: g.vi, fr: g.fr, en: g.en },
      alt: [...new Set((g.alt ?? []).filter((n) => n !== g.en && n !== g.fr && n !== g.vi))],
      ...(admin1 ? { admin1 } : {}),
      ...(g.validFrom ? { validFrom: g.validFrom } : {}),
    });
  }

  for (const r of FORMER_FR_REGIONS) {
    const memberUnits = r.departements.map((d) => unitById.get(`FR-${d}`));
    if (memberUnits.some((u) => u === undefined))
      throw new Error(`geo groups: a département of ${r.fr} is missing from Natural Earth`);
    const ms = memberUnits as GazetteerPlace[];
    for (const u of ms) addParent(u.id, r.id);
    places.push({
      id: r.id,
      level: 'region',
      country: 'FR',
      ...labelOf(ms),
      names: { vi: r.fr, fr: r.fr, en: r.en },
      ...(r.alt ? { alt: r.alt } : {}),
      validTo: '2015-12-31',
      replacedBy: [r.successor],
    });
  }
  return { places, parents, extraNames };
}

/**
 * Takes from each unit's other names those of a group it belongs to (its `parents`), unless the unit
 * bears that name itself (a guard: no unit of today's data does): Natural Earth's `woe_name` of a
 * Spanish province is its community's ("Cataluña" on Barcelona, Girona, Lleida and Tarragona), and
 * "Cataluña" was ambiguous among them and Catalonia. (A region that is no group of the gazetteer's is
 * not seen: "West Midlands" stays on its seven boroughs, ambiguous.) Returns how many units lost a name.
 */
export function dropGroupNames(units: GazetteerPlace[], groups: readonly GazetteerPlace[]): number {
  const namesOf = new Map(
    groups.map((g) => [g.id, new Set([...Object.values(g.names), ...(g.alt ?? [])].map(fold))]),
  );
  let dropped = 0;
  for (const u of units) {
    const theirs = (u.parents ?? []).flatMap((id) => [...(namesOf.get(id) ?? [])]);
    if (theirs.length === 0 || !u.alt) continue;
    const own = new Set(Object.values(u.names).map(fold));
    const kept = u.alt.filter((n) => own.has(fold(n)) || !theirs.includes(fold(n)));
    if (kept.length < u.alt.length) dropped++;
    u.alt = kept;
  }
  return dropped;
}
