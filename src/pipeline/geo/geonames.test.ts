import { describe, expect, it } from 'vitest';
import { citiesFromGeonames } from './geonames';

/** One cities500 line: id, name, ascii, alternates, lat, lon, class, code, country, cc2, admin1, …, population. */
const line = (alternates: string) =>
  [
    '5125771',
    'Manhattan',
    'Manhattan',
    alternates,
    '40.78',
    '-73.97',
    'P',
    'PPLA2',
    'US',
    '',
    'NY',
    '',
    '',
    '',
    '1487536',
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
});
