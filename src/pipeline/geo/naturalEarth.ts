import type { GazetteerPlace } from '../../core/types';

/** The properties of a Natural Earth 10m admin-1 feature that we read. */
export interface NeProps {
  adm1_code: string;
  iso_3166_2: string;
  iso_a2: string;
  name: string;
  name_alt: string;
  name_local: string;
  name_en: string | null;
  name_fr: string | null;
  name_vi: string | null;
  type_en: string | null;
  gn_a1_code: string;
  gn_name: string | null;
  woe_name: string | null;
  latitude: number;
  longitude: number;
}
export interface NeFeature {
  type: 'Feature';
  properties: NeProps;
  geometry: unknown;
}

/**
 * Natural Earth tags the Paracel Islands as Chinese (CN-X01~) and the Spratlys as a unit of their own.
 * Maps published in Vietnam show Hoàng Sa as a district of Đà Nẵng and Trường Sa as a district of
 * Khánh Hòa; the basemap follows them. Keyed by adm1_code.
 */
export const ARCHIPELAGOS: Record<
  string,
  { id: string; province63: string; names: { vi: string; fr: string; en: string } }
> = {
  'PFA+00?': {
    id: 'hoang-sa',
    province63: 'VN-DN',
    names: {
      vi: 'Quần đảo Hoàng Sa',
      fr: 'Archipel de Hoàng Sa (Paracels)',
      en: 'Hoàng Sa (Paracel) Islands',
    },
  },
  'PGA+00?': {
    id: 'truong-sa',
    province63: 'VN-34',
    names: {
      vi: 'Quần đảo Trường Sa',
      fr: 'Archipel de Trường Sa (Spratleys)',
      en: 'Trường Sa (Spratly) Islands',
    },
  },
};

/** Country of a feature after the archipelago correction. */
export function countryOf(p: NeProps): string {
  return ARCHIPELAGOS[p.adm1_code] ? 'VN' : p.iso_a2;
}

const ISO_3166_2 = /^[A-Z]{2}-[A-Z0-9]{1,3}$/;

/**
 * Stable ids: the ISO 3166-2 code where Natural Earth has a well-formed one that no other feature
 * shares (60 codes are duplicated worldwide), else `ne:<adm1_code>`.
 */
export function assignIds(features: readonly NeFeature[]): Map<NeFeature, string> {
  const count = new Map<string, number>();
  for (const f of features) count.set(f.properties.iso_3166_2, (count.get(f.properties.iso_3166_2) ?? 0) + 1);
  const ids = new Map<NeFeature, string>();
  for (const f of features) {
    const iso = f.properties.iso_3166_2;
    ids.set(f, ISO_3166_2.test(iso) && count.get(iso) === 1 ? iso : `ne:${f.properties.adm1_code}`);
  }
  return ids;
}

const split = (s: string | null | undefined) =>
  s
    ? s
        .split('|')
        .map((x) => x.trim())
        .filter(Boolean)
    : [];

/** A gazetteer place for an admin-1 feature: Vietnamese units are `province`, others `region`. */
export function placeFromNe(f: NeFeature, id: string): GazetteerPlace {
  const p = f.properties;
  const en = p.name_en || p.name;
  const alt = [p.name, ...split(p.name_alt), ...split(p.name_local), p.gn_name, p.woe_name].filter(
    (n): n is string => !!n && n !== en,
  );
  return {
    id,
    level: p.iso_a2 === 'VN' ? 'province' : 'region',
    country: p.iso_a2,
    lon: p.longitude,
    lat: p.latitude,
    names: { vi: p.name_vi || en, fr: p.name_fr || en, en },
    alt: [...new Set(alt)],
    admin1: p.gn_a1_code,
  };
}

/** Admin-1 types that are cities in their own right: the city of the same name is the same place. */
export const CITY_TYPES =
  /city|municipal|capital|federal district|national district|special district|thanh pho/i;
