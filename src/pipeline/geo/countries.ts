import type { GazetteerPlace } from '../../core/types';

type CountryNames = Record<string, string | string[]>;

/**
 * Countries from i18n-iso-countries (en/fr/vi names and their aliases). A country's label point is
 * its capital (GeoNames PPLC), else its most populous city: always inside the country, unlike a
 * centroid. Countries without any city in the gazetteer are left out (returned in `skipped`).
 */
export function countriesFrom(
  names: { en: CountryNames; fr: CountryNames; vi: CountryNames },
  cities: readonly GazetteerPlace[],
): { countries: GazetteerPlace[]; skipped: string[] } {
  const anchor = new Map<string, GazetteerPlace>();
  for (const c of cities) {
    const cur = anchor.get(c.country);
    const score = (p: GazetteerPlace) => (p.feature === 'PPLC' ? 1e12 : 0) + (p.population ?? 0);
    if (!cur || score(c) > score(cur)) anchor.set(c.country, c);
  }
  const list = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
  const countries: GazetteerPlace[] = [];
  const skipped: string[] = [];
  for (const code of Object.keys(names.en).sort()) {
    const a = anchor.get(code);
    if (!a) {
      skipped.push(code);
      continue;
    }
    const [en = code, ...enAlt] = list(names.en[code]);
    const [fr = en, ...frAlt] = list(names.fr[code]);
    const [vi = en, ...viAlt] = list(names.vi[code]);
    countries.push({
      id: code,
      level: 'country',
      country: code,
      lon: a.lon,
      lat: a.lat,
      names: { vi, fr, en },
      alt: [...new Set([...enAlt, ...frAlt, ...viAlt])],
    });
  }
  return { countries, skipped };
}
