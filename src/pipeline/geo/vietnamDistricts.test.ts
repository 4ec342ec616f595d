import { describe, expect, it } from 'vitest';
import type { GazetteerPlace } from '../../core/types';
import { contains, provinceAt, vietnamDistrictsFrom, type Admin2Place } from './vietnamDistricts';

const square = (x: number, y: number) => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, y],
      [x + 1, y],
      [x + 1, y + 1],
      [x, y + 1],
      [x, y],
    ],
  ],
});
const place = (name: string, admin2: string, lng: number): Admin2Place => ({
  name,
  lat: '21.5',
  lng: String(lng),
  country: 'VN',
  admin1: '22',
  admin2,
});
const town: GazetteerPlace = {
  id: 'gn:1',
  level: 'city',
  country: 'VN',
  lon: 107.9,
  lat: 21.5,
  names: { vi: 'Tiên Yên', fr: 'Tiên Yên', en: 'Tiên Yên' },
};
const inQuangNinh = () => 'VN-13';

describe('vietnamDistrictsFrom', () => {
  it('makes a huyện a city-level record inside its province until 30 June 2025, labelled at its seat town', () => {
    const { places } = vietnamDistrictsFrom(
      [{ code: 'VN.22.198', name: 'Huyện Bình Liêu' }],
      [place('Hoành Mô', '198', 107.1), place('Thị Trấn Bình Liêu', '198', 107.4)],
      [],
      inQuangNinh,
    );
    expect(places).toEqual([
      {
        id: 'gn-adm2:VN.22.198',
        level: 'city',
        country: 'VN',
        lon: 107.4,
        lat: 21.5,
        names: { vi: 'Bình Liêu District', fr: 'Bình Liêu District', en: 'Bình Liêu District' },
        // Second tier only: the seat town often bears the bare name.
        alt2: ['Huyện Bình Liêu', 'Bình Liêu'],
        validTo: '2025-06-30',
        parents: ['VN-13'],
      },
    ]);
  });

  it("reads GeoNames' English and unaccented forms, and leaves out district-level towns and cities", () => {
    const { places } = vietnamDistrictsFrom(
      [
        { code: 'VN.22.193', name: 'Hạ Long District' },
        { code: 'VN.22.196', name: 'Thành Phố Uông Bí' },
        { code: 'VN.22.206', name: 'Thị Xã Quảng Yên' },
        { code: 'VN.22.207', name: 'Quan Co To' },
      ],
      [place('Hạ Long', '193', 107.1), place('Uông Bí', '196', 106.8), place('Cô Tô', '207', 107.7)],
      [],
      inQuangNinh,
    );
    expect(places.map((p) => [p.names.en, p.alt2?.[0]])).toEqual([
      ['Hạ Long District', 'Huyện Hạ Long'],
      ['Co To District', 'Quận Co To'],
    ]);
  });

  it('leaves out a district whose name another place bears, or that it cannot place', () => {
    const r = vietnamDistrictsFrom(
      [
        { code: 'VN.22.199', name: 'Huyện Tiên Yên' },
        { code: 'VN.22.200', name: 'Huyện Đầm Hà' },
        { code: 'VN.22.201', name: 'Huyện Hải Hà' },
      ],
      [place('Thị Trấn Tiên Yên', '199', 107.4), place('Thị Trấn Đầm Hà', '200', 200)],
      [{ ...town, names: { vi: 'Tiên Yên District', fr: 'Tiên Yên District', en: 'Tiên Yên District' } }],
      (lon) => (lon < 180 ? 'VN-13' : undefined),
    );
    expect(r.places).toEqual([]);
    expect(r.skipped).toEqual([
      "VN.22.199 Huyện Tiên Yên (its name is another place's)",
      'VN.22.200 Huyện Đầm Hà',
      'VN.22.201 Huyện Hải Hà',
    ]);
  });
});

describe('provinceAt', () => {
  const features = [
    { properties: { iso_a2: 'VN' }, geometry: square(107, 21) },
    { properties: { iso_a2: 'CN' }, geometry: square(108, 21) },
  ];
  const ids = new Map(features.map((f, i) => [f, i === 0 ? 'VN-13' : 'CN-GX']));
  const at = provinceAt(features, ids);

  it('finds the Vietnamese unit whose shape holds the point, and no other country’s', () => {
    expect(at(107.5, 21.5)).toBe('VN-13');
    expect(at(108.5, 21.5)).toBeUndefined();
  });

  it('takes a point just off the coast (an island seat) for the nearest unit within ~11 km, not further', () => {
    // Measured to the outline's vertices (Natural Earth's are dense).
    expect(at(106.95, 21.02)).toBe('VN-13');
    expect(at(106.8, 21.02)).toBeUndefined();
  });

  it('reads holes and multipolygons', () => {
    const ring = square(0, 0).coordinates[0] as [number, number][];
    const hole: [number, number][] = [
      [0.4, 0.4],
      [0.6, 0.4],
      [0.6, 0.6],
      [0.4, 0.6],
      [0.4, 0.4],
    ];
    expect(contains({ type: 'Polygon', coordinates: [ring, hole] }, 0.5, 0.5)).toBe(false);
    expect(contains({ type: 'Polygon', coordinates: [ring, hole] }, 0.2, 0.2)).toBe(true);
    expect(contains({ type: 'MultiPolygon', coordinates: [[hole], [ring]] }, 0.2, 0.2)).toBe(true);
  });
});
