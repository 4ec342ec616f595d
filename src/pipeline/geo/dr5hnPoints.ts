import { readdirSync, readFileSync } from 'node:fs';
import { upstreamFile } from './upstream';

/**
 * A place's point in dr5hn's countries-states-cities database (`@countrystatecity/countries`,
 * ODbL 1.0): its name as there ("Yongin-si", "Mimasaka-shi", "Longzhou"), its first-level unit's code
 * there (the ISO 3166-2 suffix: "41", "33", "GX"), its coordinates.
 */
export interface UnitPoint {
  name: string;
  province: string;
  lon: number;
  lat: number;
}

/**
 * The one point of that name (any of `names`) in that first-level unit; none when there is none or
 * when two would do (Gangseo-gu is in Seoul and in Busan: the province decides).
 */
export function onePoint(
  points: readonly UnitPoint[],
  names: readonly string[],
  province: string,
): { lon: number; lat: number } | undefined {
  const hits = points.filter((p) => names.includes(p.name) && p.province === province);
  return hits.length === 1 ? { lon: hits[0]!.lon, lat: hits[0]!.lat } : undefined;
}

/**
 * A country's second-level units and cities as the installed upstream package holds them: one folder
 * per first-level unit ("Gyeonggi-41", "Okayama-33", "Guangxi-GX"), each with its `cities.json`.
 */
export function dr5hnPoints(country: string): UnitPoint[] {
  const dir = upstreamFile('@countrystatecity/countries', `dist/data/${country}`);
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      (
        JSON.parse(readFileSync(`${dir}/${d.name}/cities.json`, 'utf8')) as {
          name: string;
          state_code: string;
          latitude: string;
          longitude: string;
        }[]
      ).map((c) => ({
        name: c.name,
        province: c.state_code,
        lon: Number(c.longitude),
        lat: Number(c.latitude),
      })),
    );
}
