import { describe, expect, it } from 'vitest';
import { gazetteerRecord } from '../../test/gazetteerRecord';
import { koreanCountiesFrom } from './koreanCounties';
import type { Admin2Place } from './vietnamDistricts';

const place = (name: string, admin1: string, admin2: string): Admin2Place => ({
  name,
  lat: '36.4',
  lng: '129.4',
  country: 'KR',
  admin1,
  admin2,
});
const record = gazetteerRecord('KR');
const provinces = [
  record('KR-47', 'North Gyeongsang', 'region', 'KR.14'),
  record('KR-26', 'Busan', 'region', 'KR.10'),
  record('KR-41', 'Gyeonggi', 'region', 'KR.13'),
];

describe('koreanCountiesFrom', () => {
  it('makes a gun a region inside its province, at its seat, with its -gun and County names and its bare name second-tier', () => {
    const { places } = koreanCountiesFrom(
      [{ code: 'KR.14.37350', name: 'Yeongdeok-gun' }],
      [place('Ganggu', '14', '37350'), place('Yeongdeok', '14', '37350')],
      provinces,
    );
    expect(places).toEqual([
      {
        id: 'gn-adm2:KR.14.37350',
        level: 'region',
        country: 'KR',
        lon: 129.4,
        lat: 36.4,
        names: { vi: 'Yeongdeok-gun', fr: 'Yeongdeok-gun', en: 'Yeongdeok-gun' },
        alt: ['Yeongdeok County', 'Yeongdeok gun'],
        alt2: ['Yeongdeok'],
        parents: ['KR-47'],
      },
    ]);
  });

  it('makes a gu a city-level record inside its metropolitan city; a direction-named gu is never bare', () => {
    const { places } = koreanCountiesFrom(
      [
        { code: 'KR.10.21060', name: 'Dongnae-gu' },
        { code: 'KR.10.21070', name: 'Nam-gu' },
      ],
      [place('Dongnae', '10', '21060'), place('Daeyeon', '10', '21070')],
      [...provinces, record('VN-X', 'Nam', 'province')],
    );
    expect(places.map((p) => [p.names.en, p.level, p.parents, p.alt2])).toEqual([
      ['Dongnae-gu', 'city', ['KR-26'], ['Dongnae']],
      ['Nam-gu', 'city', ['KR-26'], undefined],
    ]);
  });

  it('leaves a si to the city of that name, and a unit GeoNames holds no place in', () => {
    const r = koreanCountiesFrom(
      [
        { code: 'KR.13.31010', name: 'Suwon-si' },
        { code: 'KR.13.31190', name: 'Yongin-si' },
        { code: 'KR.13.31140', name: 'Osan-si' },
      ],
      [place('Suwon', '13', '31010'), place('Osan', '13', '31140')],
      [...provinces, record('gn:1', 'Suwon', 'city', 'KR.13')],
    );
    expect(r.places.map((p) => [p.names.en, p.alt])).toEqual([['Osan-si', ['Osan', 'Osan City', 'Osan si']]]);
    expect(r.skipped).toEqual([
      'KR.13.31010 Suwon-si (a city of that name is in the gazetteer)',
      'KR.13.31190 Yongin-si',
    ]);
  });

  it("places a unit GeoNames holds no place in at dr5hn's point of it, in its own province only", () => {
    const r = koreanCountiesFrom(
      [
        { code: 'KR.13.31190', name: 'Yongin-si' },
        { code: 'KR.10.21120', name: 'Gangseo District' },
        { code: 'KR.10.21090', name: 'Haeundae-gu' },
      ],
      [],
      provinces,
      [
        { name: 'Yongin-si', province: '41', lon: 127.18, lat: 37.24 },
        // Seoul's Gangseo-gu, then Busan's: "Gangseo District" is GeoNames' name of Busan's.
        { name: 'Gangseo-gu', province: '11', lon: 126.82, lat: 37.56 },
        { name: 'Gangseo-gu', province: '26', lon: 128.93, lat: 35.16 },
        // In another province: not Busan's Haeundae-gu.
        { name: 'Haeundae-gu', province: '41', lon: 129.17, lat: 35.17 },
      ],
    );
    expect(r.places.map((p) => [p.id, p.names.en, p.lon, p.lat, p.parents])).toEqual([
      ['gn-adm2:KR.13.31190', 'Yongin-si', 127.18, 37.24, ['KR-41']],
      ['gn-adm2:KR.10.21120', 'Gangseo-gu', 128.93, 35.16, ['KR-26']],
    ]);
    expect(r.skipped).toEqual(['KR.10.21090 Haeundae-gu']);
  });
});
