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
