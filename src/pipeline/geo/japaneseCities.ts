import { indexKeys } from '../../core/geo/adminWords';
import { fold } from '../../core/normalize';
import type { GazetteerPlace } from '../../core/types';
import { onePoint, type UnitPoint } from './dr5hnPoints';
import { takenNames } from './takenNames';
import type { Admin2 } from './vietnamDistricts';

/** GeoNames' forms of a Japanese city (shi) among its second-level units: "Mimasaka-shi", "Sanjō Shi". */
const SHI = /^(.+?)(?:-shi| Shi)$/u;

/**
 * Japan's cities (shi) that GeoNames lists as second-level units but holds no populated place of 15,000
 * or more for, so that the gazetteer had no city of their name in their prefecture: Mimasaka, and
 * others that sign partnerships. Partnerships are made at this level (sister cities). One `city`
 * record each, id `gn-adm2:<GeoNames code>`, inside its prefecture (`parents`), at its point in dr5hn's
 * database (`points`, ODbL 1.0: the same name, "-shi" or " Shi", in the same prefecture; none or two,
 * left out).
 *
 * Names: "Mimasaka", "Mimasaka City", "Mimasaka-shi". A city whose name is already another place's is
 * left out (the name keeps its meaning; every form reads as the bare name). Districts (gun) are no
 * partners and are not made.
 */
export function japaneseCitiesFrom(
  admin2: readonly Admin2[],
  gazetteer: readonly GazetteerPlace[],
  points: readonly UnitPoint[],
): { places: GazetteerPlace[]; skipped: string[] } {
  const taken = takenNames(gazetteer);
  const jp = gazetteer.filter((p) => p.country === 'JP');
  const prefectureOf = new Map(
    jp.filter((p) => p.level === 'region' && p.admin1).map((p) => [p.admin1 as string, p]),
  );
  // The gazetteer's cities by prefecture and name: a unit one of them plays is not made again.
  const citiesIn = new Set(
    jp
      .filter((p) => p.level === 'city' && p.admin1)
      .flatMap((p) =>
        [p.names.en, p.names.fr, p.names.vi, ...(p.alt ?? [])].map((n) => `${p.admin1}|${fold(n)}`),
      ),
  );
  const out: GazetteerPlace[] = [];
  const skipped: string[] = [];
  for (const a of admin2) {
    if (!a.code.startsWith('JP.')) continue;
    const core = SHI.exec(a.name.trim())?.[1]?.trim();
    if (!core) continue;
    const admin1 = a.code.split('.').slice(0, 2).join('.');
    const prefecture = prefectureOf.get(admin1);
    if (!prefecture) {
      skipped.push(`${a.code} ${a.name} (no prefecture)`);
      continue;
    }
    if (citiesIn.has(`${admin1}|${fold(core)}`)) continue;
    // dr5hn writes some as GeoNames' other form ("Yamanashi-shi" for "Yamanashi Shi").
    const point = onePoint(points, [a.name, `${core}-shi`, `${core} Shi`], prefecture.id.slice(3));
    if (!point) {
      skipped.push(`${a.code} ${a.name}`);
      continue;
    }
    const free = (n: string) => indexKeys(fold(n)).every((k) => !taken.has(k));
    const forms = [core, `${core} City`, `${core}-shi`].filter(free);
    const first = forms[0];
    if (!first) {
      skipped.push(`${a.code} ${a.name} (its name is another place's)`);
      continue;
    }
    const alt = forms.slice(1);
    out.push({
      id: `gn-adm2:${a.code}`,
      level: 'city',
      country: 'JP',
      lon: point.lon,
      lat: point.lat,
      names: { vi: first, fr: first, en: first },
      ...(alt.length ? { alt } : {}),
      parents: [prefecture.id],
    });
  }
  return { places: out, skipped };
}
