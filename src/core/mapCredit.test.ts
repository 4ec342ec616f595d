import { describe, expect, it } from 'vitest';
import { LANGS } from './i18n';
import { MAP_CREDIT } from './mapCredit';

// The map's credit, in each language (the browser test reads the live map's for one language, which
// shows the map takes the reader's): where the boundaries and places come from, their licences, and
// how Hoàng Sa and Trường Sa are drawn, in the reader's words.
describe('MAP_CREDIT', () => {
  const words = {
    fr: ['Frontières : Natural Earth', 'Lieux : GeoNames'],
    vi: ['Biên giới: Natural Earth', 'Địa danh: GeoNames'],
    en: ['Boundaries: Natural Earth', 'Places: GeoNames'],
  } as const;
  it.each(LANGS)('%s: sources, licences and the archipelagos', (lang) => {
    const credit = MAP_CREDIT[lang].join(' · ');
    for (const w of words[lang]) expect(credit).toContain(w);
    expect(credit).toContain('GeoNames (CC BY 4.0)');
    expect(credit).toContain('Hoàng Sa');
    expect(credit).toContain('Trường Sa');
  });
  it('each language its own words', () => {
    expect(new Set(LANGS.map((l) => MAP_CREDIT[l][0])).size).toBe(LANGS.length);
  });
});
