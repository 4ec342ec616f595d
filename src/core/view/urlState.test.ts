import { describe, expect, it } from 'vitest';
import { decodeState, encodeState, type UrlState } from './urlState';

describe('URL state', () => {
  it('round-trips date, selection, filters and view', () => {
    const s: UrlState = {
      date: '2024-12-01',
      selection: 'VN-13',
      filters: { countries: ['CN', 'JP'], kinds: ['mou'], domains: ['trade', 'culture'] },
      view: { lon: 105.8, lat: 21, zoom: 4.5 },
      lang: 'vi',
    };
    const hash = encodeState(s);
    expect(hash).toBe(
      '#date=2024-12-01&sel=VN-13&country=CN,JP&kind=mou&domain=trade,culture&view=105.800,21.000,4.50&lang=vi',
    );
    expect(decodeState(hash)).toEqual(s);
  });

  it('leaves out what is empty', () => {
    expect(
      encodeState({
        date: null,
        selection: null,
        filters: { countries: [], kinds: [], domains: [] },
        view: null,
      }),
    ).toBe('');
  });

  it('ignores malformed parts instead of failing', () => {
    expect(decodeState('#date=2024-13&view=a,b,c&sel=&lang=de')).toEqual({
      date: null,
      selection: null,
      filters: { countries: [], kinds: [], domains: [] },
      view: null,
      lang: null,
    });
  });
});

describe('URL state, every field read to its full type', () => {
  const NOTHING: UrlState = {
    date: null,
    selection: null,
    filters: { countries: [], kinds: [], domains: [] },
    view: null,
    lang: null,
  };

  it('ignores a date that does not exist, like any malformed value', () => {
    for (const date of ['2024-12-32', '2024-13-45', '2023-02-29', '2024-00-10', '2024-04-31', '0000-00-00'])
      expect(decodeState(`#date=${date}`).date, date).toBeNull();
    expect(decodeState('#date=2024-02-29').date).toBe('2024-02-29');
    expect(decodeState('#date=2024-12-31').date).toBe('2024-12-31');
  });

  it('reads a selection only as a place id or an arc id', () => {
    for (const sel of ['VN-13', 'VN-13~CN-GX', 'gn:1581130', 'VN25-01~JP-01', 'VN-13~ne:MCO+00?']) {
      expect(decodeState(`#sel=${encodeURIComponent(sel)}`).selection, sel).toBe(sel);
      const hash = encodeState({ date: null, selection: sel, filters: NOTHING.filters, view: null });
      expect(decodeState(hash).selection, hash).toBe(sel);
    }
    for (const sel of [
      '<img src=x onerror=alert(1)>',
      'VN-13~CN-GX~JP-01',
      '~CN-GX',
      'VN-13~',
      'VN 13',
      'x'.repeat(81),
    ])
      expect(decodeState(`#sel=${encodeURIComponent(sel)}`).selection, sel).toBeNull();
  });

  it('keeps only the filter values of their type, without duplicates, and ignores an oversize list', () => {
    expect(
      decodeState('#country=CN,jp,JP,C,CN,%00&kind=mou,summit,mou&domain=trade,,Trade,culture').filters,
    ).toEqual({ countries: ['CN', 'JP'], kinds: ['mou'], domains: ['trade', 'culture'] });
    const many = Array.from({ length: 300 }, (_, i) => `A${String.fromCharCode(65 + (i % 26))}`);
    expect(decodeState(`#country=${many.join(',')}`).filters.countries).toHaveLength(26);
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const all = [...letters].flatMap((a) => [...letters].map((b) => a + b));
    expect(decodeState(`#country=${all.join(',')}`).filters.countries).toEqual([]);
  });

  it('reads a view only with a latitude, a zoom and a longitude a map can show', () => {
    expect(decodeState('#view=105.8,21,4.5').view).toEqual({ lon: 105.8, lat: 21, zoom: 4.5 });
    // A longitude past the antimeridian (a map panned round the globe) is the same meridian.
    expect(decodeState('#view=465.8,21,4.5').view?.lon).toBeCloseTo(105.8, 9);
    expect(decodeState('#view=-254.2,21,4.5').view?.lon).toBeCloseTo(105.8, 9);
    for (const view of ['105,91,4', '105,21,-1', '105,21,25', '1e400,21,4', '105,21', '105,21,4,5', ',,'])
      expect(decodeState(`#view=${view}`).view, view).toBeNull();
  });

  it('reads a language only among the interface languages', () => {
    expect(decodeState('#lang=vi').lang).toBe('vi');
    expect(decodeState('#lang=VI').lang).toBeNull();
    expect(decodeState('#lang=__proto__').lang).toBeNull();
  });

  it('never throws, whatever the hash holds', () => {
    for (const hash of [
      '#%',
      '#date=%E0%A4%A',
      '#=&=&',
      '#sel=%FF',
      '#view=NaN,NaN,NaN',
      `#${'&'.repeat(1e4)}`,
    ])
      expect(() => decodeState(hash), hash).not.toThrow();
    expect(decodeState('#%')).toEqual(NOTHING);
  });
});
