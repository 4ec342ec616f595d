import { describe, expect, it } from 'vitest';
import type { GazetteerPlace } from '../../core/types';
import { correctUnit } from './applyCorrections';
import { metropolesFrom } from './metropoles';
import { placeFromNe, type NeFeature } from './naturalEarth';

const city = (id: string, name: string, population: number): GazetteerPlace => ({
  id,
  level: 'city',
  country: 'FR',
  lon: -0.58,
  lat: 44.84,
  names: { vi: name, fr: name, en: name },
  admin1: 'FR.75',
  population,
});

describe('metropolesFrom', () => {
  it('adds the communautés urbaines, keeping the legal words of one named only after its seat', () => {
    const out = metropolesFrom(
      [
        { code: '3', nom: 'CU du Grand Poitiers', type: 'CU', membres: [{ code: '86194', nom: 'Poitiers' }] },
        { code: '4', nom: 'CU de Dunkerque', type: 'CU', membres: [{ code: '59183', nom: 'Dunkerque' }] },
      ],
      [city('gn:4', 'Poitiers', 88000), city('gn:5', 'Dunkerque', 87000)],
    );
    expect(out.map((p) => [p.id, p.names.fr, p.alt])).toEqual([
      ['FR-EPCI-3', 'Grand Poitiers', ['CU du Grand Poitiers']],
      ['FR-EPCI-4', 'Communauté urbaine de Dunkerque', ['CU de Dunkerque']],
    ]);
  });

  it("adds the communautés d'agglomération, without their particle or trailing acronym", () => {
    const out = metropolesFrom(
      [
        {
          code: '6',
          nom: 'CA du Grand Angoulême',
          type: 'CA',
          membres: [{ code: '16015', nom: 'Angoulême' }],
        },
        {
          code: '7',
          nom: 'CA de la Porte du Hainaut Agglo',
          type: 'CA',
          membres: [{ code: '59', nom: 'Denain' }],
        },
        {
          code: '8',
          nom: "CA Porte de l'Isère Agglomération (CAPI)",
          type: 'CA',
          membres: [{ code: '38', nom: 'Bourgoin' }],
        },
      ],
      [city('gn:6', 'Angoulême', 42000), city('gn:7', 'Denain', 19000), city('gn:8', 'Bourgoin', 28000)],
    );
    expect(out.map((p) => [p.id, p.names.fr, p.alt])).toEqual([
      ['FR-EPCI-6', 'Grand Angoulême', ['CA du Grand Angoulême']],
      ['FR-EPCI-7', 'Porte du Hainaut Agglo', ['CA de la Porte du Hainaut Agglo']],
      ['FR-EPCI-8', "Porte de l'Isère Agglomération", ["CA Porte de l'Isère Agglomération (CAPI)"]],
    ]);
  });

  it("keeps the legal words of a communauté d'agglomération whose bare name does not say it is a body (a pays, a demonym)", () => {
    const out = metropolesFrom(
      [
        { code: '11', nom: 'CA du Niortais', type: 'CA', membres: [{ code: '79191', nom: 'Niort' }] },
        {
          code: '12',
          nom: 'CA de la Baie de Somme',
          type: 'CA',
          membres: [{ code: '80', nom: 'Abbeville' }],
        },
        { code: '13', nom: 'CA du Grand Cahors', type: 'CA', membres: [{ code: '46', nom: 'Cahors' }] },
      ],
      [city('gn:11', 'Niort', 58000), city('gn:12', 'Abbeville', 23000), city('gn:13', 'Cahors', 20000)],
    );
    expect(out.map((p) => p.names.fr)).toEqual([
      "Communauté d'agglomération du Niortais",
      "Communauté d'agglomération de la Baie de Somme",
      'Grand Cahors',
    ]);
  });

  it('keeps the legal words of one whose bare name another French place answers to, with or without its article', () => {
    const out = metropolesFrom(
      [
        {
          code: '9',
          nom: 'CA du Grand-Bornand',
          type: 'CA',
          membres: [{ code: '74136', nom: 'Le Grand-Bornand' }],
        },
        {
          code: '10',
          nom: 'CA Pays Basque Agglomération',
          type: 'CA',
          membres: [{ code: '64102', nom: 'Bayonne' }],
        },
      ],
      [city('gn:9', 'Le Grand-Bornand', 19000), city('gn:10', 'Bayonne', 52000)],
      [{ ...city('FR-64', 'Pyrénées-Atlantiques', 0), level: 'region', alt: ['Pays Basque Agglomération'] }],
    );
    expect(out.map((p) => p.names.fr)).toEqual([
      "Communauté d'agglomération du Grand-Bornand",
      "Communauté d'agglomération de Pays Basque Agglomération",
    ]);
  });

  it('makes one city record per métropole, at its most populous commune, without the legal prefix', () => {
    const out = metropolesFrom(
      [
        {
          code: '243300316',
          nom: 'Bordeaux Métropole',
          type: 'METRO',
          membres: [
            { code: '33318', nom: 'Mérignac', populationTotale: 70000 },
            { code: '33063', nom: 'Bordeaux', populationTotale: 260000 },
          ],
        },
        { code: '1', nom: 'CU Limoges Métropole', type: 'CU', membres: [{ code: '87085', nom: 'Limoges' }] },
        { code: '2', nom: 'CC du Pays Foyen', type: 'CC', membres: [{ code: '33', nom: 'Bordeaux' }] },
      ],
      [city('gn:1', 'Bordeaux', 260000), city('gn:2', 'Mérignac', 70000), city('gn:3', 'Limoges', 130000)],
    );
    expect(out.map((p) => [p.id, p.names.fr, p.level, p.admin1])).toEqual([
      ['FR-EPCI-243300316', 'Bordeaux Métropole', 'city', 'FR.75'],
      ['FR-EPCI-1', 'Limoges Métropole', 'city', 'FR.75'],
    ]);
    expect(out[1]?.alt).toEqual(['CU Limoges Métropole']);
  });
});

describe('correctUnit', () => {
  const ne = (props: Partial<NeFeature['properties']>): NeFeature => ({
    type: 'Feature',
    geometry: null,
    properties: {
      adm1_code: 'X-1',
      iso_3166_2: 'RU-IRK',
      iso_a2: 'RU',
      name: 'Irkutsk',
      name_alt: '',
      name_local: '',
      name_en: 'Irkutsk',
      name_fr: "d'Irkoutsk",
      name_vi: 'Irkutsk',
      type_en: 'Region',
      gn_a1_code: 'RU.20',
      gn_name: null,
      woe_name: null,
      latitude: 0,
      longitude: 0,
      ...props,
    },
  });

  it('drops the elided French particle and keeps it as an alternate', () => {
    const f = ne({});
    const u = correctUnit(f, placeFromNe(f, 'RU-IRK'));
    expect(u.names.fr).toBe('Irkoutsk');
    expect(u.alt).toContain("d'Irkoutsk");
  });

  it('gives a unit younger than Natural Earth its first day (Bueng Kan, carved out of Nong Khai in 2011)', () => {
    const f = ne({ adm1_code: 'THA-5499', iso_3166_2: 'TH-38', iso_a2: 'TH', name: 'Bueng Kan' });
    expect(correctUnit(f, placeFromNe(f, 'TH-38')).validFrom).toBe('2011-03-23');
    expect(correctUnit(ne({}), placeFromNe(ne({}), 'RU-IRK')).validFrom).toBeUndefined();
  });

  it("drops Natural Earth's alternates that name the group in a grouped country", () => {
    const f = ne({
      iso_a2: 'FR',
      iso_3166_2: 'FR-29',
      name: 'Finistère',
      name_en: 'Finistère',
      name_fr: 'Finistère',
      name_alt: 'Bretaña|Brittany',
    });
    const u = correctUnit(f, placeFromNe(f, 'FR-29'));
    expect(u.alt).not.toContain('Brittany');
    expect(u.alt).not.toContain('Bretaña');
  });

  it('applies the curated fix of a unit: the capital of Laos gets its code, names and the city role', () => {
    const f = ne({
      adm1_code: 'LAO-3283',
      iso_a2: 'LA',
      iso_3166_2: 'LA-VI',
      name: 'Vientiane [prefecture]',
    });
    const u = correctUnit(f, placeFromNe(f, 'LA-VT'));
    expect(u.names.vi).toBe('Thủ đô Viêng Chăn');
    expect(u.roles).toEqual(['city']);
  });
});
