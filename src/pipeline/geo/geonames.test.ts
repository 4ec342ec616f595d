import { describe, expect, it } from 'vitest';
import { citiesFromGeonames } from './geonames';

/** One cities500 line: id, name, ascii, alternates, lat, lon, class, code, country, cc2, admin1, …, population. */
const line = (
  alternates: string,
  o: { country?: string; population?: string; feature?: string; id?: string; name?: string } = {},
) =>
  [
    o.id ?? '5125771',
    o.name ?? 'Manhattan',
    o.name ?? 'Manhattan',
    alternates,
    '40.78',
    '-73.97',
    'P',
    o.feature ?? 'PPLA2',
    o.country ?? 'US',
    '',
    'NY',
    '',
    '',
    '',
    o.population ?? '1487536',
  ].join('\t');

describe('citiesFromGeonames', () => {
  it('keeps alternates as written, and drops those written all in lower case (machine romanisations)', () => {
    const [city] = citiesFromGeonames(line('Borough of Manhattan,Mannahattan,nyc,man ha dun,mnhtn'));
    expect(city?.alt2).toEqual(['Borough of Manhattan', 'Mannahattan']);
  });

  it('drops short upper-case codes and names in other scripts', () => {
    const [city] = citiesFromGeonames(line('JFK,Манхэттен,Manhatan'));
    expect(city?.alt2).toEqual(['Manhatan']);
  });

  it("keeps Vietnam's district seats (PPLA2) whatever their population, and only Vietnam's", () => {
    expect(citiesFromGeonames(line('', { country: 'VN', population: '0' }))).toHaveLength(1);
    expect(citiesFromGeonames(line('', { country: 'US', population: '0' }))).toHaveLength(0);
    expect(citiesFromGeonames(line('', { country: 'VN', population: '0', feature: 'PPL' }))).toHaveLength(0);
  });

  it("drops an alternate that is another town's own name, unless that town is a hamlet beside the city", () => {
    const town = (name: string, population: string) =>
      line('', { id: '1', name, population, feature: 'PPL' });
    const tsv = (pop: string) =>
      [line('Sonoma,Mannahattan', { population: '19007' }), town('Sonoma', pop)].join('\n');
    // Sonoma, California (11,000 inhabitants) is below the threshold: only its name is left to find it.
    expect(citiesFromGeonames(tsv('11390'))[0]?.alt2).toEqual(['Mannahattan']);
    expect(citiesFromGeonames(tsv('1200'))[0]?.alt2).toEqual(['Sonoma', 'Mannahattan']);
  });
});
