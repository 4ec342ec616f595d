import { describe, expect, it } from 'vitest';
import type { GazetteerPlace } from '../../core/types';
import { prefecturesFrom } from './chinaPrefectures';

const city = (id: string, en: string, admin1: string, population: number): GazetteerPlace => ({
  id,
  level: 'city',
  country: 'CN',
  lon: 0,
  lat: 0,
  names: { vi: en, fr: en, en },
  admin1,
  population,
});

describe('prefecturesFrom', () => {
  it('gives a prefecture-level city its Sino-Vietnamese name on its seat, the most populous of that name in the province', () => {
    const { cityNames } = prefecturesFrom([
      city('gn:1', 'Baise', 'CN.16', 686078),
      city('gn:2', 'Yulin', 'CN.16', 1056743),
      city('gn:3', 'Yulin', 'CN.26', 3000000),
      city('gn:4', 'Simao', 'CN.29', 296565),
    ]);
    expect(cityNames.get('gn:1')).toEqual(['Bách Sắc']);
    expect(cityNames.get('gn:2')).toEqual(['Ngọc Lâm']);
    expect(cityNames.has('gn:3')).toBe(false);
    // Pu'er is seated at Simao: the city record is Simao's.
    expect(cityNames.get('gn:4')).toEqual(expect.arrayContaining(['Phổ Nhĩ', "Pu'er"]));
  });

  it('lists the seats it could not find, for the refresh to say so', () => {
    expect(prefecturesFrom([]).missing).toContain('Nanning (450100)');
  });

  it("makes each of Yunnan's autonomous prefectures a region inside the province, named in vi/fr/en", () => {
    const honghe = prefecturesFrom([]).places.find((p) => p.id === 'cn:532500');
    expect(honghe).toMatchObject({
      level: 'region',
      country: 'CN',
      parents: ['CN-YN'],
      names: { vi: 'Châu tự trị Hồng Hà', en: 'Honghe Hani and Yi Autonomous Prefecture' },
    });
    // The bare Vietnamese reading is a second-tier name: the intake never scans text for it.
    expect(honghe?.alt2).toEqual(['Hồng Hà']);
    expect(honghe?.alt).not.toContain('Hồng Hà');
    // No admin1: sharing its province's would make every Yunnan city "inside" it.
    expect(honghe?.admin1).toBeUndefined();
    expect(prefecturesFrom([]).places).toHaveLength(8);
  });
});
