import { indexKeys } from '../../core/geo/adminWords';
import { takenNames } from './takenNames';
import { fold } from '../../core/normalize';
import type { GazetteerPlace, Level } from '../../core/types';
import { placesByAdmin2, type Admin2, type Admin2Place } from './vietnamDistricts';
import { onePoint, type UnitPoint } from './dr5hnPoints';

/** GeoNames' forms of Korean second-level units: "Bonghwa-gun", "Haeundae-gu", "Guro District". */
const UNIT = /^(.+?)(?:-(gun|gu|si)| (District))$/u;
const KINDS: Record<string, { en: string; level: Level }> = {
  // 군 (county): a rural unit around its seat town.
  gun: { en: 'County', level: 'region' },
  // 구 (district) of a metropolitan or large city: part of a city.
  gu: { en: 'District', level: 'city' },
  District: { en: 'District', level: 'city' },
  // 시 (city).
  si: { en: 'City', level: 'city' },
};

/**
 * South Korea's si, gun and gu (GeoNames' second-level units, with their Revised Romanization names):
 * partnerships are signed at this level ("Haeundae-gu", "Yeongdeok County"). One record each, id
 * `gn-adm2:<code>`, inside its province or metropolitan city (`parents`; no `admin1`, which would put
 * every place of the province inside it), labelled at its place of the same name in GeoNames (its seat),
 * else at a place of its code, else at its point in dr5hn's database (`points`: GeoNames holds no place in
 * Yongin, Sacheon, Bonghwa, Haeundae; dr5hn has the unit itself, by the same name in the same province,
 * "Guro District" as "Guro-gu"); a unit with neither is left out. A si that is already a city of the
 * gazetteer (Suwon) is that city.
 *
 * Names: "Haeundae-gu", "Haeundae District", "Haeundae gu"; "Bonghwa-gun", "Bonghwa County"; a si
 * "Sacheon", "Sacheon-si", "Sacheon City". The bare name of a gun or gu is second-tier (found when
 * nothing else is; the article intake never scans text for it). A form that is already another place's
 * name is left out, so the seat town or a city elsewhere keeps its name ("Gwangju" stays the
 * metropolitan city).
 */
export function koreanCountiesFrom(
  admin2: readonly Admin2[],
  places: readonly Admin2Place[],
  gazetteer: readonly GazetteerPlace[],
  points: readonly UnitPoint[] = [],
): { places: GazetteerPlace[]; skipped: string[] } {
  const taken = takenNames(gazetteer);
  const provinceOf = new Map(
    gazetteer.filter((p) => p.country === 'KR' && p.level === 'region' && p.admin1).map((p) => [p.admin1, p]),
  );
  const byCode = placesByAdmin2(places, 'KR');
  const out: GazetteerPlace[] = [];
  const skipped: string[] = [];
  for (const a of admin2) {
    if (!a.code.startsWith('KR.')) continue;
    const m = UNIT.exec(a.name.trim());
    const core = m?.[1]?.trim();
    const kind = KINDS[m?.[2] ?? m?.[3] ?? ''];
    if (!core || !kind) continue;
    const inside = byCode.get(a.code) ?? [];
    const province = provinceOf.get(a.code.split('.').slice(0, 2).join('.'));
    const seat =
      inside.find((p) => fold(p.name).replace(/ (?:si|gun|gu|dong)$/, '') === fold(core)) ?? inside[0];
    const label = seat
      ? { lon: Number(seat.lng), lat: Number(seat.lat) }
      : province
        ? // GeoNames' "Guro District" is dr5hn's "Guro-gu"; dr5hn's province code is the ISO suffix.
          onePoint(points, [a.name, a.name.replace(/ District$/u, '-gu')], province.id.slice(3))
        : undefined;
    if (!label || !province) {
      skipped.push(`${a.code} ${a.name}`);
      continue;
    }
    const suffix = m?.[2] ?? 'gu';
    const free = (n: string) => indexKeys(fold(n)).every((k) => !taken.has(k));
    const city = kind.en === 'City';
    // A si whose name is a city's already: that city plays it ("Suwon-si" finds Suwon).
    if (city && !free(core)) {
      skipped.push(`${a.code} ${a.name} (a city of that name is in the gazetteer)`);
      continue;
    }
    const forms = [`${core}-${suffix}`, `${core} ${kind.en}`, `${core} ${suffix}`, a.name].filter(free);
    const first = forms[0];
    if (!first) {
      skipped.push(`${a.code} ${a.name} (its name is another place's)`);
      continue;
    }
    const alt = [...new Set([...(city ? [core] : []), ...forms])].filter((n) => n !== first);
    out.push({
      id: `gn-adm2:${a.code}`,
      level: kind.level,
      country: 'KR',
      lon: label.lon,
      lat: label.lat,
      names: { vi: first, fr: first, en: first },
      ...(alt.length ? { alt } : {}),
      // The bare name of a gun or gu is second-tier: it is its seat town's or neighbourhood's, and
      // many gu are named after a direction ("Nam-gu", "Jung-gu") that is a common word bare.
      ...(!city && free(core) ? { alt2: [core] } : {}),
      parents: [province.id],
    });
  }
  return { places: out, skipped };
}
