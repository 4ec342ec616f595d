import { describe, expect, it } from 'vitest';
import type { GazetteerPlace } from '../../core/types';
import { assembleGazetteer } from '../../core/geo/assembleGazetteer';
import { support } from '../testData';
import { exemplarsOf, nameByExemplars, timezonesOf } from './exemplarCities';

const city = (
  id: string,
  en: string,
  country: string,
  population: number,
  alt?: string[],
): GazetteerPlace => ({
  id,
  level: 'city',
  country,
  lon: 0,
  lat: 0,
  names: { vi: en, fr: en, en },
  ...(alt ? { alt } : {}),
  population,
});
const unit = (id: string, names: GazetteerPlace['names'], level: GazetteerPlace['level'] = 'region') => ({
  id,
  level,
  country: id.slice(0, 2),
  lon: 0,
  lat: 0,
  names,
});

describe("CLDR's exemplar cities", () => {
  it('reads the zones that name their city otherwise in French or Vietnamese, by the English name', () => {
    const e = exemplarsOf({
      fr: {
        Europe: { London: { exemplarCity: 'Londres' }, Paris: { exemplarCity: 'Paris' } },
        Asia: { Calcutta: { exemplarCity: 'Calcutta' } },
        America: { North_Dakota: { Beulah: { exemplarCity: 'Beulah (Dakota du Nord)' } } },
        Etc: { Unknown: { exemplarCity: 'ville inconnue' } },
      },
      vi: {
        Europe: { Moscow: { exemplarCity: 'Mát-xcơ-va' } },
        America: { Mexico_City: { exemplarCity: 'Ciudad de México' } },
      },
      en: { Asia: { Calcutta: { exemplarCity: 'Kolkata' } } },
    });
    expect(Object.fromEntries(e)).toEqual({
      'Europe/London': { en: 'London', fr: 'Londres' },
      'Asia/Calcutta': { en: 'Kolkata', fr: 'Calcutta' },
      'Europe/Moscow': { en: 'Moscow', vi: 'Mát-xcơ-va' },
      'America/Mexico_City': { en: 'Mexico City', vi: 'Ciudad de México' },
    });
  });

  it("finds a GeoNames city's zone in its cities500 line", () => {
    const line = [
      '2643743',
      'London',
      'London',
      '',
      '51.5',
      '-0.1',
      'P',
      'PPLC',
      'GB',
      '',
      'ENG',
      '',
      '',
      '',
      '8961989',
      '',
      '25',
      'Europe/London',
      '2024-01-01',
    ];
    expect(Object.fromEntries(timezonesOf(`${line.join('\t')}\nshort\tline`))).toEqual({
      'gn:2643743': 'Europe/London',
    });
  });

  it('names the largest city of the zone bearing its English name, never with a name another place has', () => {
    const places = [
      city('gn:1', 'London', 'GB', 8_900_000),
      city('gn:2', 'London', 'CA', 400_000),
      city('gn:3', 'Vienna', 'AT', 1_900_000),
      unit('FR-38', { vi: 'Vienne', fr: 'Vienne', en: 'Vienne' }),
      { ...city('gn:4', 'Lisbon', 'PT', 500_000), admin1: 'PT.14', feature: 'PPLC' },
      { ...unit('PT-11', { vi: 'Lisbon', fr: 'Lisbonne', en: 'Lisbon' }), admin1: 'PT.14' },
      // Taipei's municipality has its Vietnamese name; the city, not its seat by GeoNames' codes, would
      // make "Đài Bắc" read as neither.
      city('gn:8', 'Taipei', 'TW', 2_500_000),
      unit('TW-TPE', { vi: 'Đài Bắc', fr: 'Taipei', en: 'Taipei' }),
      city('gn:5', 'Singapore', 'SG', 5_600_000),
      unit('SG', { vi: 'Singapore', fr: 'Singapour', en: 'Singapore' }, 'country'),
      city('gn:6', 'Cancún', 'MX', 600_000, ['Cancun']),
      city('gn:7', 'Hanoi', 'VN', 8_000_000),
    ];
    const tz = new Map([
      ['gn:1', 'Europe/London'],
      ['gn:2', 'America/Toronto'],
      ['gn:3', 'Europe/Vienna'],
      ['gn:4', 'Europe/Lisbon'],
      ['gn:5', 'Asia/Singapore'],
      ['gn:6', 'America/Cancun'],
      ['gn:7', 'Asia/Bangkok'],
      ['gn:8', 'Asia/Taipei'],
    ]);
    const r = nameByExemplars(
      places,
      tz,
      new Map([
        ['Europe/London', { en: 'London', fr: 'Londres', vi: 'Luân Đôn' }],
        ['Europe/Vienna', { en: 'Vienna', fr: 'Vienne' }],
        ['Europe/Lisbon', { en: 'Lisbon', fr: 'Lisbonne' }],
        ['Asia/Singapore', { en: 'Singapore', fr: 'Singapour' }],
        ['America/Cancun', { en: 'Cancun', vi: 'Cancun' }],
        ['Asia/Bangkok', { en: 'Hanoi', fr: 'Hanoï' }],
        ['Asia/Taipei', { en: 'Taipei', vi: 'Đài Bắc' }],
      ]),
    );
    const names = (id: string) => places.find((p) => p.id === id)!.names;
    // London, England, not London, Ontario; in both languages.
    expect(names('gn:1')).toEqual({ vi: 'Luân Đôn', fr: 'Londres', en: 'London' });
    expect(names('gn:2').fr).toBe('London');
    // "Vienne" is a French département's: not given. "Lisbonne" is the district's, named Lisbon in
    // English too, and still read as the district's (its seat city after it). A country's name is
    // never a city's.
    expect(names('gn:3').fr).toBe('Vienna');
    expect(names('gn:4').fr).toBe('Lisbonne');
    expect(names('gn:5').fr).toBe('Singapore');
    // Not the same name with fewer accents; not a Vietnamese place.
    expect(names('gn:6').vi).toBe('Cancún');
    expect(names('gn:7').fr).toBe('Hanoi');
    expect(names('gn:8').vi).toBe('Taipei');
    expect(r.skipped).toEqual([
      "Vienne (fr, gn:3: FR-38's)",
      "Singapour (fr, gn:5: SG's)",
      'Đài Bắc (vi, gn:8: would read otherwise than before)',
    ]);
  });

  it('gives the committed gazetteer French names of cities GeoNames writes in English only', () => {
    const g = assembleGazetteer(support.gazetteer, support.changes, support.aliases).gazetteer;
    const fr = (id: string) => g.byId(id)?.names.fr;
    expect([fr('gn:2643743'), fr('gn:756135'), fr('gn:264371'), fr('gn:2618425')]).toEqual([
      'Londres',
      'Varsovie',
      'Athènes',
      'Copenhague',
    ]);
    // (And Cairo's governorate by its French name, not Natural Earth's "du Caire" cut to "Caire".)
    expect([fr('EG-C'), fr('gn:360630')]).toEqual(['Le Caire', 'Le Caire']);
  });
});
