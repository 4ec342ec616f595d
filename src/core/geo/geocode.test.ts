import { describe, expect, it } from 'vitest';
import { createGazetteer } from './gazetteer';
import { geocode, type Geocode } from './geocode';
import { PLACES } from './fixtures/places';

const g = createGazetteer(PLACES);
const id = (r: Geocode) => (r.kind === 'resolved' ? r.place.id : `${r.kind}`);

describe('geocode', () => {
  it('resolves a name whatever its accents and case', () => {
    for (const q of ['Hà Nội', 'Ha Noi', 'HANOI', 'Hanoï', 'thành phố Hà Nội'])
      expect(id(geocode(g, q))).toBe('VN-HN');
  });

  it('resolves through the administrative words of three languages', () => {
    expect(id(geocode(g, 'région autonome Zhuang du Guangxi'))).toBe('CN-GX');
    expect(id(geocode(g, 'Khu tự trị dân tộc Choang Quảng Tây'))).toBe('CN-GX');
    expect(id(geocode(g, 'Guangxi Zhuang Autonomous Region'))).toBe('CN-GX');
  });

  it('prefers the unit bearing the name over a unit containing it that bears it only with an administrative word', () => {
    const place = (id: string, name: string, alt: string[] = [], parents?: string[]) => ({
      id,
      level: 'region' as const,
      country: 'FR',
      lon: 2.3,
      lat: 48.9,
      names: { vi: name, fr: name, en: name },
      alt,
      ...(parents ? { parents } : {}),
    });
    const fr = createGazetteer([
      place('FR-IDF', 'Île-de-France', ['Paris Region']),
      place('FR-75', 'Paris', [], ['FR-IDF']),
      place('RU-MOW', 'Moscow'),
      place('RU-MOS', 'Moscow Oblast'),
    ]);
    const r = geocode(fr, 'Paris');
    expect(id(r)).toBe('FR-75');
    expect(r.note).toContain('preferred over the unit containing it');
    expect(id(geocode(fr, 'Paris Region'))).toBe('FR-IDF');
    // Neither contains the other: the bare name stays ambiguous.
    expect(geocode(fr, 'Moscow').kind).toBe('ambiguous');
  });

  it('reports a name shared by places of two countries as ambiguous, with both candidates', () => {
    const r = geocode(g, 'Hà Nam');
    expect(r.kind).toBe('ambiguous');
    if (r.kind === 'ambiguous') expect(r.candidates.map((c) => c.id).sort()).toEqual(['CN-HA', 'VN-63']);
  });

  it('lets a country hint disambiguate', () => {
    expect(id(geocode(g, 'Hà Nam', { country: 'VN' }))).toBe('VN-63');
    expect(id(geocode(g, 'Hà Nam', { country: 'CN' }))).toBe('CN-HA');
    expect(id(geocode(g, 'Paris', { country: 'FR' }))).toBe('gn:4');
  });

  it('does not pick the biggest of two homonyms: that is ambiguous', () => {
    expect(geocode(g, 'Springfield').kind).toBe('ambiguous');
    expect(geocode(g, 'Paris').kind).toBe('ambiguous');
  });

  it('prefers a first-level unit over its seat city of the same name, and says so', () => {
    const r = geocode(g, 'Québec');
    expect(r.kind).toBe('resolved');
    if (r.kind !== 'resolved') return;
    expect(r.place.id).toBe('CA-QC');
    expect(r.alternatives.map((a) => a.id)).toEqual(['gn:6325494']);
    expect(r.note).toMatch(/seat city/);
    // …and how to have the city: by its id, which the geocoder then reads as the city. ("ville de …"
    // names the province-level unit in Vietnam: the hint "ville de Huế city" led nowhere.)
    const pin = /write "(id:[^"]+)" for the city/.exec(r.note ?? '')?.[1];
    expect(pin).toBe('id:gn:6325494');
    expect(id(geocode(g, pin ?? ''))).toBe('gn:6325494');
  });

  it('follows the administrative word to the city', () => {
    expect(id(geocode(g, 'ville de Québec'))).toBe('gn:6325494');
    expect(id(geocode(g, 'province de Québec'))).toBe('CA-QC');
  });

  it('picks among successive units of the same name the one in force on the date', () => {
    expect(id(geocode(g, 'Bac Ninh', { levels: ['province'], date: '2024-11-01' }))).toBe('VN-56');
    expect(id(geocode(g, 'Bac Ninh', { levels: ['province'], date: '2025-08-01' }))).toBe('VN25-BAC-NINH');
    expect(geocode(g, 'Bac Ninh', { levels: ['province'] }).kind).toBe('ambiguous');
  });

  it('uses second-tier names only when no first-tier name matches', () => {
    expect(id(geocode(g, 'Nam Ninh'))).toBe('gn:1799869');
  });

  it('answers unknown with the nearest names', () => {
    const r = geocode(g, 'Bac Nin', { country: 'VN', levels: ['province'], date: '2024-01-01' });
    expect(r.kind).toBe('unknown');
    if (r.kind === 'unknown') expect(r.suggestions.map((s) => s.id)).toContain('VN-56');
  });

  it('leaves the near spellings out when asked not to suggest, and still names the place elsewhere', () => {
    // (The intake's reader asks of every run of words whether it is a place: `placesIn`.)
    const r = geocode(g, 'Bac Nin', {
      country: 'VN',
      levels: ['province'],
      date: '2024-01-01',
      suggest: false,
    });
    expect(r).toMatchObject({ kind: 'unknown', suggestions: [] });
    const elsewhere = geocode(g, 'Guangxi', { country: 'JP', suggest: false });
    expect(elsewhere.kind === 'unknown' && elsewhere.suggestions.map((s) => s.id)).toEqual(['CN-GX']);
    // What it resolves is the same.
    expect(id(geocode(g, 'Nam Ninh', { suggest: false }))).toBe('gn:1799869');
  });

  it('says when a name exists but outside the requested country', () => {
    const r = geocode(g, 'Guangxi', { country: 'JP' });
    expect(r.kind).toBe('unknown');
    if (r.kind === 'unknown') {
      expect(r.note).toContain('CN-GX');
      expect(r.suggestions.map((s) => s.id)).toContain('CN-GX');
    }
  });

  it('answers unknown for an empty or meaningless name', () => {
    expect(geocode(g, '').kind).toBe('unknown');
    expect(geocode(g, '—').kind).toBe('unknown');
  });
});
