import { describe, expect, it } from 'vitest';
import { gazetteerRecord } from '../../test/gazetteerRecord';
import { borderCountiesFrom } from './chinaBorderCounties';

const record = gazetteerRecord('CN');
const city = (id: string, name: string, admin1: string) => record(id, name, 'city', admin1);

describe('borderCountiesFrom', () => {
  const gazetteer = [
    city('gn:1', 'Chongzuo', 'CN.16'),
    city('gn:2', 'Dongxing', 'CN.16'),
    // Jiangxi's Pingxiang is not Guangxi's.
    city('gn:3', 'Pingxiang', 'CN.03'),
  ];
  const points = [
    { name: 'Longzhou', province: 'GX', lon: 106.87, lat: 22.44 },
    { name: 'Pingxiang', province: 'GX', lon: 106.83, lat: 22.08 },
    { name: 'Pingxiang', province: 'JX', lon: 113.95, lat: 27.54 },
    { name: 'Malipo', province: 'YN', lon: 104.7, lat: 23.13 },
  ];
  const r = borderCountiesFrom(gazetteer, points);
  const byId = new Map(r.places.map((p) => [p.id, p]));

  it("makes a county a region inside its prefecture and province, at dr5hn's point in that province", () => {
    expect(byId.get('cn:451423')).toEqual({
      id: 'cn:451423',
      level: 'region',
      country: 'CN',
      lon: 106.87,
      lat: 22.44,
      names: { vi: 'Long Châu (Quảng Tây)', fr: 'Xian de Longzhou', en: 'Longzhou County' },
      alt: ['Longzhou'],
      alt2: ['Long Châu', 'huyện Long Châu'],
      parents: ['gn:1', 'CN-GX'],
    });
    expect(byId.get('cn:532624')?.parents).toEqual(['cn:532600', 'CN-YN']);
  });

  it('makes a county-level city GeoNames lacks a city, and names one it holds in Vietnamese', () => {
    expect(byId.get('cn:451481')).toMatchObject({
      level: 'city',
      lon: 106.83,
      names: { vi: 'Bằng Tường (Quảng Tây)', en: 'Pingxiang' },
      alt2: ['Bằng Tường', 'thành phố Bằng Tường'],
    });
    expect(byId.has('cn:450681')).toBe(false);
    expect(r.cityNames.get('gn:2')).toEqual({
      vi: 'Đông Hưng (Quảng Tây)',
      alt2: ['Đông Hưng', 'thành phố Đông Hưng'],
    });
  });

  it('lists a county it has no point for, and makes none', () => {
    expect(byId.has('cn:451422')).toBe(false);
    expect(r.missing).toContain('Ningming (451422): no point');
  });
});
