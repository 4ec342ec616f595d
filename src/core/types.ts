/** Shared types of the data model. One place, so core, pipeline and page agree. */

/** `province`: a Vietnamese first-level unit; `region`: a foreign first-level unit; `city`; `country`. */
export const LEVELS = ['province', 'region', 'city', 'country'] as const;
export type Level = (typeof LEVELS)[number];
export const isLevel = (s: string): s is Level => (LEVELS as readonly string[]).includes(s);

export interface Names {
  vi: string;
  fr: string;
  en: string;
}

/** A place as the gazetteer holds it. Coordinates are a label point inside the place (WGS 84). */
export interface GazetteerPlace {
  /** Stable id: ISO 3166-2 (`VN-13`), `gn:<geonameid>` for cities, ISO 3166-1 alpha-2 for countries. */
  id: string;
  level: Level;
  /** ISO 3166-1 alpha-2 of the country the place belongs to. */
  country: string;
  lon: number;
  lat: number;
  names: Names;
  /** Other names of the first tier (official, local and common names). */
  alt?: string[];
  /** Second-tier names (GeoNames alternates): consulted only when nothing matches the first tier. */
  alt2?: string[];
  /** GeoNames admin1 join key (`CN.16`), for regions and cities. */
  admin1?: string;
  /**
   * GeoNames feature code for cities (`PPLC` capital, `PPLA` seat of a first-level unit, …); on a
   * first-level unit that is its country's capital city (Vientiane Prefecture), `PPLC`.
   */
  feature?: string;
  population?: number;
  /** First and last day the unit existed (ISO dates, inclusive); absent means open-ended. */
  validFrom?: string;
  validTo?: string;
  /**
   * Other levels the same record plays: Seoul, Busan, Brussels and the Chinese municipalities are
   * first-level units (`region`) and cities (`city`) at once, so a `city` hint or filter finds them.
   */
  roles?: Level[];
  /** Ids of the units that contain this one, where the sources say so (a département's région). */
  parents?: string[];
  /** For a unit that ceased (`validTo`): the units that took over its territory (ids). */
  replacedBy?: string[];
  /**
   * The unit's current ISO 3166-2 code, where its atlas id is an older one (Kazakhstan's KZ-VOS is
   * KZ-63 since ISO recoded the country): ids stay as they are, for editors' pins and published
   * links, and `id:KZ-63` finds the record as well.
   */
  iso?: string;
}

/** The gazetteer file written by `npm run geo:refresh` (data/geo/gazetteer.json). */
export interface GazetteerFile {
  version: 1;
  sources: string[];
  places: GazetteerPlace[];
}
