import { describe, expect, it } from 'vitest';
import { assembleGazetteer } from '../../core/geo/assembleGazetteer';
import { geocode, type GeocodeOptions } from '../../core/geo/geocode';
import type { Level } from '../../core/types';
import { support } from '../testData';

/** The committed gazetteer (data/geo, derived data) with the fixture admin changes and aliases. */
const g = assembleGazetteer(support.gazetteer, support.changes, support.aliases).gazetteer;
const PARTNER: Level[] = ['region', 'city', 'country'];
const at = (name: string, country: string, extra: GeocodeOptions = {}) => {
  const r = geocode(g, name, { country, levels: PARTNER, ...extra });
  return r.kind === 'resolved' ? r.place.id : r.kind;
};

describe('the committed gazetteer knows the units partnerships are made with', () => {
  it.each([
    ['Bretagne', 'FR', 'FR-BRE'],
    ['Normandie', 'FR', 'FR-NOR'],
    ['Occitanie', 'FR', 'FR-OCC'],
    ['Hauts-de-France', 'FR', 'FR-HDF'],
    ['Bordeaux Métropole', 'FR', 'FR-EPCI-243300316'],
    ['Métropole de Lyon', 'FR', 'FR-69M'],
    ['Lombardy', 'IT', 'IT-25'],
    ['Catalonia', 'ES', 'ES-CT'],
    // The communities by their Spanish names: no province bears its community's (`dropGroupNames`).
    ['Cataluña', 'ES', 'ES-CT'],
    ['Andalucía', 'ES', 'ES-AN'],
    ['Comunidad Valenciana', 'ES', 'ES-VC'],
    ['Castilla y León', 'ES', 'ES-CL'],
    ['Scotland', 'GB', 'GB-SCT'],
    ['Wallonia', 'BE', 'BE-WAL'],
    ['Wallonie', 'BE', 'BE-WAL'],
    ['Wallonie-Bruxelles', 'BE', 'be:FWB'],
    ['Fédération Wallonie-Bruxelles', 'BE', 'be:FWB'],
    ['Jeollanam-do', 'KR', 'KR-46'],
    ['Jeollanam', 'KR', 'KR-46'],
    ['Chungcheongbuk province', 'KR', 'KR-43'],
    ['Irkutskaya oblast', 'RU', 'RU-IRK'],
    ["d'Irkoutsk", 'RU', 'RU-IRK'],
    ['Saint Petersburg', 'RU', 'RU-SPE'],
    // A province's word before a name a federal city shares, and a city's word before it.
    ['tỉnh Moscow', 'RU', 'RU-MOS'],
    ['province de Moscou', 'RU', 'RU-MOS'],
    ['ville de Moscou', 'RU', 'RU-MOW'],
    ['thành phố Moscow', 'RU', 'RU-MOW'],
    ['Thủ đô Viêng Chăn', 'LA', 'LA-VT'],
    ['tỉnh Viêng Chăn', 'LA', 'LA-VI'],
    ['Xa-vắn-na-khệt', 'LA', 'LA-SV'],
    ['Tbong Khmum', 'KH', 'KH-25'],
  ])('"%s" (%s) is %s', (name, country, id) => {
    expect(at(name, country, { date: '2024-01-01' })).toBe(id);
  });

  it('knows the French régions as they were before 2016, and says what replaced them', () => {
    expect(at('Limousin', 'FR', { date: '1995-06-01' })).toBe('FR-L');
    expect(g.byId('FR-L')).toMatchObject({ validTo: '2015-12-31', replacedBy: ['FR-NAQ'] });
    expect(g.byId('FR-87')?.parents).toEqual(expect.arrayContaining(['FR-NAQ', 'FR-L']));
  });

  it("reads a province's word as the province only against a federal city of the same name", () => {
    // Not between two provinces, nor across countries: "Davao Region" names neither Davao unit.
    expect(at('Davao Region', 'PH')).toBe('ambiguous');
    expect(geocode(g, 'Al Bayda region', { levels: PARTNER }).kind).toBe('ambiguous');
  });

  it("never reads a région's name as one of its départements", () => {
    expect(g.byId('FR-29')?.alt ?? []).not.toContain('Brittany');
    expect(at('Brittany', 'FR')).toBe('FR-BRE');
  });

  it('knows Kazakhstan’s 2022 regions from the day they began', () => {
    expect(at('Abai', 'KZ', { date: '2023-01-01' })).toBe('KZ-10');
    expect(g.byId('KZ-62')?.validFrom).toBe('2022-06-08');
  });

  it('finds first-level units that are cities when asked for a city', () => {
    for (const [name, country, id] of [
      ['Seoul', 'KR', 'KR-11'],
      ['Busan', 'KR', 'KR-26'],
      ['Beijing', 'CN', 'CN-BJ'],
      ['Moscow', 'RU', 'RU-MOW'],
    ] as const)
      expect(at(name, country, { levels: ['city'] })).toBe(id);
  });

  it('keeps the ISO codes Natural Earth gets wrong corrected', () => {
    expect(g.byId('RU-MOW')?.names.en).toBe('Moscow');
    expect(g.byId('RU-MOS')?.names.en).toBe('Moscow Oblast');
    expect(g.byId('LA-VT')?.names.en).toBe('Vientiane Prefecture');
    expect(g.byId('KR-46')?.alt ?? []).not.toContain('Kwangju');
  });

  it('carries the current ISO 3166-2 code of units ISO recoded, and finds them by it', () => {
    expect(g.byId('KZ-VOS')?.iso).toBe('KZ-63');
    expect(g.byId('KZ-63')?.id).toBe('KZ-VOS');
    expect(g.byId('KZ-AST')?.iso).toBe('KZ-71');
    expect(g.byId('FR-20R')?.id).toBe('FR-COR');
  });

  it('holds no GeoNames alternate written all in lower case (machine romanisations, not names)', () => {
    const lower = g.places.flatMap((p) =>
      (p.alt2 ?? []).filter((a) => a === a.toLowerCase() && /\p{Ll}/u.test(a)),
    );
    expect(lower).toEqual([]);
  });

  it('knows Xaisomboun from the day it became a province, and says so for an earlier day', () => {
    expect(at('Xaysomboun', 'LA', { date: '2018-01-01' })).toBe('LA-XS');
    const r = geocode(g, 'Xaysomboun', { country: 'LA', levels: PARTNER, date: '2010-01-01' });
    expect(r.kind === 'resolved' && r.note).toContain('not in force on 2010-01-01');
  });

  it('says a unit Natural Earth holds was not yet in force on an earlier day (Bueng Kan 2011, Sejong 2012)', () => {
    expect(g.byId('TH-38')?.validFrom).toBe('2011-03-23');
    const r = geocode(g, 'Sejong', { country: 'KR', levels: PARTNER, date: '2005-01-01' });
    expect(r.kind === 'resolved' && r.note).toContain('not in force on 2005-01-01');
  });

  it("knows the prefecture-level units of China's provinces on the Vietnamese border by their Vietnamese names", () => {
    expect(at('châu Hồng Hà, tỉnh Vân Nam – Trung Quốc', 'CN')).toBe('cn:532500');
    expect(at('Honghe Hani and Yi Autonomous Prefecture', 'CN')).toBe('cn:532500');
    expect(at('châu Văn Sơn', 'CN')).toBe('cn:532600');
    expect(at('thành phố Bách Sắc', 'CN')).toBe('gn:1816269');
    expect(at('Sùng Tả', 'CN')).toBe('gn:12159964');
    // The prefecture and its seat city share a name: bare, the row must say which.
    expect(at('Dali', 'CN')).toBe('ambiguous');
    // A prefecture holds only the places listed inside it: Kunming is not in Honghe.
    expect(at('Kunming (châu Hồng Hà)', 'CN')).toBe('unknown');
  });

  it.each([
    ['Northern Territory of Australia', 'AU', 'AU-NT'],
    ['Laos’ Xayaboury province', 'LA', 'LA-XA'],
    ['Lao province of Champasak', 'LA', 'LA-CH'],
    ['Busan Metropolitan Council', 'KR', 'KR-26'],
    ['xian de Honghe de la province chinoise du Yunnan', 'CN', 'cn:532500'],
    ['châu Văn Sơn, tỉnh Vân Nam (Trung Quốc)', 'CN', 'cn:532600'],
    ['département du Nord', 'FR', 'FR-59'],
    ['Cộng hòa Mordovia', 'RU', 'RU-MO'],
    // A city inside its département or province (GeoNames' admin2 code).
    ['la ville de Montreuil (département de Seine-Saint-Denis)', 'FR', 'gn:2992090'],
    ['Vittoria (Ragusa)', 'IT', 'gn:2522713'],
  ])('reads "%s" as reports write it', (name, country, id) => {
    expect(at(name, country)).toBe(id);
  });

  it.each([
    // GeoNames spells the seat city so, and the province took none of its spellings.
    ['Kompong Chhnang', 'KH', 'KH-4'],
    ['tỉnh Ulianovsk', 'RU', 'RU-ULY'],
    // Natural Earth swaps the names and types of Minsk city and the region around it.
    // (Bare, like "Moscow", a name the city and the region around it both bear: ambiguous.)
    ['Minsk', 'BY', 'ambiguous'],
    ['Minsk city', 'BY', 'BY-HM'],
    ['capital city of Belarus', 'BY', 'BY-HM'],
    ['Minsk Oblast', 'BY', 'BY-MI'],
  ])('reads "%s" as the unit it names, never the seat city or the wrong unit', (name, country, id) => {
    expect(at(name, country)).toBe(id);
  });

  it('never takes a city\'s alternate that is another town\'s own name ("Sonoma" found Ennis, Texas)', () => {
    expect(at('Sonoma', 'US')).toBe('unknown');
  });

  it('never reads a common Vietnamese word as a foreign unit ("miền Trung", "Bắc")', () => {
    for (const w of ['Trung', 'Bắc', 'Nam', 'Thành', 'Hòa', 'Trung ương']) {
      const r = geocode(g, w, { levels: ['region', 'city'] });
      // ("Năm District" is Hồ Chí Minh City's District 5, Quận 5, by its own name.)
      expect(r.kind === 'resolved' ? `${w}: ${r.place.id}` : r.kind).not.toMatch(/: (?!gn-adm2:VN)/);
    }
  });

  it('reads a name with a spaced dash as written first', () => {
    expect(at('Bà Rịa – Vũng Tàu', 'VN', { levels: ['province'], date: '2020-01-01' })).toBe('VN-43');
  });

  it('knows the district-level towns of Vietnam before 2025, however small (GeoNames PPLA2)', () => {
    const town = (name: string) => {
      const r = geocode(g, name, { country: 'VN', date: '2023-12-04' });
      return r.kind === 'resolved' ? r.place.id : r.kind;
    };
    expect(town('Thị trấn Si Ma Cai, huyện Si Ma Cai, tỉnh Lào Cai')).toBe('gn:1567902');
    expect(town('Si Ma Cai township')).toBe('gn:1567902');
    expect(g.byId('gn:1567902')).toMatchObject({ feature: 'PPLA2', admin1: 'VN.90' });
    // A town is never a province: the Vietnamese side of a row still takes provinces only.
    expect(geocode(g, 'Si Ma Cai', { country: 'VN', levels: ['province'], date: '2023-12-04' }).kind).toBe(
      'unknown',
    );
  });

  it("knows Vietnam's districts before 2025 (GeoNames admin2), never as provinces, and keeps towns' names the towns'", () => {
    const vn = (name: string, date = '2017-08-25') => {
      const r = geocode(g, name, { country: 'VN', date });
      return r.kind === 'resolved' ? r.place.id : r.kind;
    };
    expect(vn('Binh Lieu District of Quang Ninh Province')).toBe('gn-adm2:VN.22.198');
    expect(vn('huyện Bình Liêu')).toBe('gn-adm2:VN.22.198');
    expect(vn('Đống Đa district (Hà Nội)')).toBe('gn-adm2:VN.01.006');
    expect(g.byId('gn-adm2:VN.22.198')).toMatchObject({ parents: ['VN-13'], validTo: '2025-06-30' });
    // The seat town keeps its bare name; many districts share one ("Châu Thành"): the row says which.
    expect(vn('Si Ma Cai')).toBe('gn:1567902');
    expect(vn('Châu Thành District')).toBe('ambiguous');
    expect(geocode(g, 'Bình Liêu District', { country: 'VN', levels: ['province'] }).kind).toBe('unknown');
  });

  it("knows South Korea's gun and gu that GeoNames places, by their romanised names", () => {
    expect(at('Yeoncheon County', 'KR')).toBe('gn-adm2:KR.13.31350');
    expect(at('Yeongdeok-gun', 'KR')).toBe('gn-adm2:KR.14.37350');
    expect(at('Yeongdeok County, Gyeongsangbuk-do', 'KR')).toBe('gn-adm2:KR.14.37350');
    expect(g.byId('gn-adm2:KR.14.37350')?.parents).toEqual(['KR-47']);
    // A si that is a city of the gazetteer is that city.
    expect(g.byId('gn-adm2:KR.13.31010')).toBeUndefined();
  });

  it('names a city as readers know it where GeoNames keeps a former name (Aktau, not Shevchenko)', () => {
    const aktau = g.byId('gn:610612');
    expect(aktau?.names).toEqual({ vi: 'Aktau', fr: 'Aktaou', en: 'Aktau' });
    // First-tier: "Aktau City, Kazakhstan" is a mention in running text; the former name is still read.
    expect(at('Aktau City', 'KZ')).toBe('gn:610612');
    expect(g.lookup('aktau', 1).map((p) => p.id)).toContain('gn:610612');
    expect(at('Shevchenko', 'KZ')).toBe('gn:610612');
  });

  it('knows Paris as one place, commune and département (FR-75), inside Île-de-France', () => {
    expect(at('Paris', 'FR')).toBe('FR-75');
    expect(at('ville de Paris', 'FR', { levels: ['city'] })).toBe('FR-75');
    expect(at('Paris Region', 'FR')).toBe('FR-IDF');
    expect(g.byId('gn:2988507')).toBeUndefined();
  });

  it("knows Germany's Landkreise and Kreise, and the Kreis a town is in", () => {
    expect(at('Landkreis Harz', 'DE')).toBe('de:15085');
    expect(at('district de Harz', 'DE')).toBe('de:15085');
    expect(at('Wernigerode, Landkreis Harz', 'DE')).toBe('gn:2810808');
    expect(at('Kreis Steinfurt', 'DE')).toBe('de:05566');
    // A Kreis named after a town answers to its legal name only: the town's name stays the town's.
    expect(at('Landkreis Göttingen', 'DE')).toBe('de:03159');
    expect(at('Göttingen', 'DE')).toBe('gn:2918632');
    expect(at('Leipzig', 'DE')).toBe('gn:2879139');
  });

  it("marks a first-level unit that took in its country's capital city as the capital (PPLC)", () => {
    expect(g.byId('LA-VT')?.feature).toBe('PPLC');
    expect(at('the Lao capital city', 'LA')).toBe('LA-VT');
  });
});

describe('the committed gazetteer: a body acting for a place never turns its name into another place', () => {
  const kind = (q: string) => {
    const r = geocode(g, q);
    return r.kind === 'resolved' ? r.place.id : r.kind;
  };
  it.each([
    // A commune's name has its article after "du", "des": Le Marin's town hall, not Marín in Spain.
    ['Mairie du Marin', 'unknown'],
    ['Conseil municipal du Vigan', 'unknown'],
    ['Mairie des Herbiers', 'gn:3000648'],
    // "Gouvernement du Cap": Le Cap first (Cape Town, among others), not the Cap that Vũng Tàu was.
    ['Gouvernement du Cap', 'ambiguous'],
    ['Gouvernement du Japon', 'JP'],
    // "chính quyền" only before an administrative word: "chính quyền Sài Gòn" is no body of a place.
    ['chính quyền Sài Gòn', 'unknown'],
    ['chính quyền tỉnh Vân Nam', 'CN-YN'],
  ])('reads "%s" as %s', (q, want) => {
    expect(kind(q)).toBe(want);
  });
});
