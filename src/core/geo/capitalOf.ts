import { fold } from '../normalize';
import { isValidAt } from '../validity';
import type { GazetteerPlace } from '../types';
import type { Gazetteer } from './gazetteer';
import { playsLevel, type Geocode, type GeocodeOptions } from './geocode';

/** The phrases, folded; the group is the country as written. */
const CAPITAL_OF: RegExp[] = [
  /^(?:the )?(.+?) capital(?: city)?$/,
  /^(?:the )?capital(?: city)? of (?:the )?(.+)$/,
  /^(?:la )?capitale (?:du |de la |de l |des |de |d )?(.+)$/,
  /^thu do (?:cua )?(.+)$/,
];

/**
 * How a report names a country's capital without naming the city: "the Lao capital city", "capital
 * of Laos", "la capitale du Laos", "thủ đô của Lào". Returns the country as written, or null.
 *
 * @example capitalOf('the Lao capital city') → 'lao'
 */
export function capitalOf(query: string): string | null {
  const folded = fold(query);
  for (const re of CAPITAL_OF) {
    const m = re.exec(folded);
    if (m?.[1]) return m[1];
  }
  return null;
}

/**
 * "The Lao capital city", "capitale du Laos": when what is written around "capital" is a country,
 * the place is that country's capital (the one place of the country GeoNames marks `PPLC`).
 */
export function capitalCity(
  g: Gazetteer,
  query: string,
  opts: GeocodeOptions,
  countryOf: (name: string) => GazetteerPlace | null,
): Geocode | null {
  const written = capitalOf(query);
  if (!written) return null;
  const country = countryOf(written);
  if (!country || (opts.country && opts.country !== country.id)) return null;
  const caps = g.places.filter(
    (p) =>
      p.country === country.id &&
      p.feature === 'PPLC' &&
      (!opts.levels || playsLevel(p, opts.levels)) &&
      (!opts.date || isValidAt(p, opts.date)),
  );
  const place = caps[0];
  if (caps.length !== 1 || !place) return null;
  return {
    kind: 'resolved',
    query,
    place,
    alternatives: [],
    note: `the capital of ${country.names.en} was written: its capital city`,
  };
}
