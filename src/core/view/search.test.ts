import { describe, expect, it } from 'vitest';
import { seedAtlas as atlas } from '../fixtures/seedAtlas';
import { fold } from '../normalize';
import { searchPlaces } from './search';

const ids = (q: string) => searchPlaces(atlas.places, q).map((h) => h.place.id);

describe('searchPlaces', () => {
  it('ignores accents, case and punctuation', () => {
    for (const q of ['quang ninh', 'Quảng Ninh', 'QUANG-NINH', '  quảng   ninh '])
      expect(ids(q)[0]).toBe('VN-13');
  });
  it('ranks a whole-name match before prefix and word matches', () => {
    const hits = searchPlaces(atlas.places, 'ha', 50);
    expect(hits.length).toBeGreaterThan(1);
    for (const h of hits) expect(` ${fold(h.matched)}`).toContain(' ha');
    // Prefix matches ("Hà Giang") come before word matches ("Thừa Thiên Huế" does not match; "Cao Bằng"
    // does not either; "Bà Rịa–Vũng Tàu" neither): rank order is non-decreasing.
    const rank = (m: string) => (fold(m) === 'ha' ? 0 : fold(m).startsWith('ha') ? 1 : 2);
    const ranks = hits.map((h) => rank(h.matched));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(ids('ha noi')[0]).toBe('VN-HN');
  });
  it('finds partners by their French and English names', () => {
    expect(ids('guangxi')).toContain('CN-GX');
    expect(ids('quang tay')).toContain('CN-GX');
    expect(ids('hokkaido')).toContain('JP-01');
  });
  it('finds both eras of a merged province', () => {
    const hits = ids('bac ninh');
    expect(hits).toContain('VN-56');
    expect(hits.some((id) => id.startsWith('VN25-'))).toBe(true);
  });
  it('leaves countries out and returns nothing for an empty or unknown query', () => {
    expect(ids('chine')).toEqual([]);
    expect(ids('')).toEqual([]);
    expect(ids('zzzz')).toEqual([]);
  });
  it('respects the limit', () => {
    expect(searchPlaces(atlas.places, 'a', 3)).toHaveLength(3);
  });
});
