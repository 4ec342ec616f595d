import { describe, expect, it } from 'vitest';
import type { GazetteerPlace } from '../../core/types';
import { germanTowns, kreiseFrom, type GermanTown } from './germanKreise';

const land: GazetteerPlace = {
  id: 'DE-ST',
  level: 'region',
  country: 'DE',
  lon: 11.7,
  lat: 51.9,
  names: { vi: 'Sachsen-Anhalt', fr: 'Saxe-Anhalt', en: 'Saxony-Anhalt' },
  admin1: 'DE.14',
};
const city = (id: string, name: string): GazetteerPlace => ({
  id,
  level: 'city',
  country: 'DE',
  lon: 0,
  lat: 0,
  names: { vi: name, fr: name, en: name },
  admin1: 'DE.14',
});
const town = (
  geonameid: string,
  name: string,
  admin3: string,
  feature: string,
  population: number,
): GermanTown => ({
  geonameid,
  name,
  lon: Number(geonameid),
  lat: 51,
  feature,
  admin1: 'DE.14',
  admin3,
  population,
});
const towns = [
  town('1', 'Halberstadt', '15085', 'PPLA3', 39729),
  town('2', 'Wernigerode', '15085', 'PPL', 34463),
  town('3', 'Stendal', '15090', 'PPL', 39000),
  town('4', 'Tangermünde', '15090', 'PPL', 10000),
];

describe('kreiseFrom', () => {
  it('makes a Landkreis a region inside its Land, labelled at its seat (PPLA3), with its legal and English names', () => {
    const { places, kreisOf } = kreiseFrom(
      [{ AGS: 15085, type: 'Landkreis', name: 'Harz', population: 214446 }],
      towns,
      [land],
    );
    expect(places).toEqual([
      expect.objectContaining({
        id: 'de:15085',
        level: 'region',
        country: 'DE',
        lon: 1,
        names: { vi: 'Harz', fr: 'Harz', en: 'Harz' },
        alt: ['Landkreis Harz', 'Harz District', 'district de Harz'],
        admin1: 'DE.14',
        parents: ['DE-ST'],
      }),
    ]);
    // The towns inside it name it as their parent.
    expect(kreisOf.get('gn:2')).toBe('de:15085');
  });

  it("keeps a Kreis out of a name another place bears: 'Stendal' stays the town", () => {
    const { places } = kreiseFrom([{ AGS: '15090', type: 'Landkreis', name: 'Stendal' }], towns, [
      land,
      city('gn:3', 'Stendal'),
    ]);
    expect(places[0]?.names.en).toBe('Stendal District');
    expect(places[0]?.alt).toEqual(['Landkreis Stendal']);
    // Without a seat among GeoNames' places, the most populous town labels it.
    expect(places[0]?.lon).toBe(3);
  });

  it('writes out Destatis abbreviations and leaves a name that already says Kreis as it is', () => {
    const { places } = kreiseFrom(
      [
        { AGS: '15085', type: 'Landkreis', name: 'Mühldorf a.Inn' },
        { AGS: '15090', type: 'Kreis', name: 'Rhein-Kreis Neuss' },
      ],
      towns,
      [land],
    );
    expect(places[0]?.names.en).toBe('Mühldorf am Inn');
    expect(places[0]?.alt).toContain('Mühldorf a.Inn');
    expect(places[1]?.names.en).toBe('Rhein-Kreis Neuss');
    expect(places[1]?.alt).toBeUndefined();
  });

  it('leaves out kreisfreie Städte (GeoNames holds them as cities) and Kreise it cannot place', () => {
    const r = kreiseFrom(
      [
        { AGS: '15003', type: 'Kreisfreie Stadt', name: 'Magdeburg' },
        { AGS: '15099', type: 'Landkreis', name: 'Nirgendwo' },
        { AGS: '03241', type: 'Landkreis', name: 'Region Hannover' },
      ],
      [...towns, town('5', 'Hannover', '03241', 'PPLA', 500000)],
      [land, { ...land, id: 'DE-NI', admin1: 'DE.06' }, city('gn:5', 'Hannover')],
    );
    expect(r.places).toEqual([]);
    expect(r.skipped).toEqual([
      '15099 Nirgendwo',
      "03241 Region Hannover (its legal name is another place's)",
    ]);
  });
});

describe('germanTowns', () => {
  it('reads the Kreis (admin3) of each German row of the GeoNames dump', () => {
    const row = (cc: string) =>
      [
        '2810808',
        'Wernigerode',
        'Wernigerode',
        '',
        '51.83652',
        '10.78216',
        'P',
        'PPL',
        cc,
        '',
        '14',
        '00',
        '15085',
        '15085370',
        '34463',
      ].join('\t');
    expect(germanTowns(`${row('DE')}\n${row('AT')}\n`)).toEqual([
      {
        geonameid: '2810808',
        name: 'Wernigerode',
        lat: 51.83652,
        lon: 10.78216,
        feature: 'PPL',
        admin1: 'DE.14',
        admin3: '15085',
        population: 34463,
      },
    ]);
  });
});
