import type { GazetteerPlace } from '../core/types';

/**
 * A gazetteer record for the refresh's unit tests: one name in the three languages, at 0° 0°
 * (the tests read names and codes, not places), in `country`.
 *
 * @example gazetteerRecord('JP')('JP-33', 'Okayama Prefecture', 'region', 'JP.31')
 */
export const gazetteerRecord =
  (country: string) =>
  (id: string, name: string, level: GazetteerPlace['level'], admin1?: string): GazetteerPlace => ({
    id,
    level,
    country,
    lon: 0,
    lat: 0,
    names: { vi: name, fr: name, en: name },
    ...(admin1 ? { admin1 } : {}),
  });
