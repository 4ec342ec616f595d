import { describe, expect, it } from 'vitest';
import { gazetteerRecord } from '../../test/gazetteerRecord';
import { japaneseCitiesFrom } from './japaneseCities';

const record = gazetteerRecord('JP');
const okayama = record('JP-33', 'Okayama Prefecture', 'region', 'JP.31');
const niigata = record('JP-15', 'Niigata Prefecture', 'region', 'JP.29');

describe('japaneseCitiesFrom', () => {
  it("makes a city GeoNames holds no place of, at dr5hn's point of it in its prefecture", () => {
    const { places, skipped } = japaneseCitiesFrom(
      [{ code: 'JP.31.1857232', name: 'Mimasaka-shi' }],
      [okayama, niigata],
      [
        // The same name in another prefecture is not it.
        { name: 'Mimasaka-shi', province: '15', lon: 139, lat: 37.6 },
        // dr5hn's other form of the name.
        { name: 'Mimasaka Shi', province: '33', lon: 134.15, lat: 35.01 },
      ],
    );
    expect(places).toEqual([
      {
        id: 'gn-adm2:JP.31.1857232',
        level: 'city',
        country: 'JP',
        lon: 134.15,
        lat: 35.01,
        names: { vi: 'Mimasaka', fr: 'Mimasaka', en: 'Mimasaka' },
        alt: ['Mimasaka City', 'Mimasaka-shi'],
        parents: ['JP-33'],
      },
    ]);
    expect(skipped).toEqual([]);
  });

  it('leaves a city the gazetteer has in that prefecture, a district, and a unit with no point', () => {
    const { places, skipped } = japaneseCitiesFrom(
      [
        { code: 'JP.29.1852981', name: 'Sanjō Shi' },
        { code: 'JP.29.2000001', name: 'Minamikanbara-gun' },
        { code: 'JP.29.2000002', name: 'Tsubame-shi' },
      ],
      [okayama, niigata, record('gn:1852984', 'Sanjō', 'city', 'JP.29')],
      [{ name: 'Sanjō Shi', province: '15', lon: 138.96, lat: 37.62 }],
    );
    expect(places).toEqual([]);
    expect(skipped).toEqual(['JP.29.2000002 Tsubame-shi']);
  });

  it("leaves a city whose name is another place's to that place, and says so", () => {
    const { places, skipped } = japaneseCitiesFrom(
      [{ code: 'JP.31.1', name: 'Bizen-shi' }],
      [okayama, record('gn:9', 'Bizen', 'city', 'JP.40')],
      [{ name: 'Bizen-shi', province: '33', lon: 134.2, lat: 34.7 }],
    );
    expect(places).toEqual([]);
    expect(skipped).toEqual(["JP.31.1 Bizen-shi (its name is another place's)"]);
  });
});
