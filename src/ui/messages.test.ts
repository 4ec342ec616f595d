import { describe, expect, it } from 'vitest';
import { LANGS } from '../core/i18n';
import { MESSAGES, translator } from './messages';
import { VIDEO_MESSAGES } from './videoMessages';

describe('messages', () => {
  it('has every string in every language, with the same placeholders', () => {
    for (const [key, m] of Object.entries({ ...MESSAGES, ...VIDEO_MESSAGES })) {
      const holes = (s: string) =>
        [...s.matchAll(/\{(\w+)\}/g)]
          .map((x) => x[1])
          .filter((h) => h !== 's')
          .sort();
      for (const lang of LANGS) {
        expect(m[lang]?.trim(), `${key}.${lang}`).toBeTruthy();
        expect(holes(m[lang]), `${key}.${lang} placeholders`).toEqual(holes(m.fr));
      }
    }
  });
  it('fills placeholders and plurals per language', () => {
    expect(translator('fr')('countSigned', { n: 1 })).toBe('1 accord signé');
    expect(translator('fr')('countSigned', { n: 2 })).toBe('2 accords signés');
    expect(translator('en')('events', { n: 0 })).toBe('0 events');
    expect(translator('vi')('events', { n: 3 })).toBe('3 sự kiện');
  });
  it('falls back visibly to another language, never to an empty string', () => {
    const t = translator('vi', { a: { fr: 'Bonjour', vi: '' }, b: {} });
    expect(t('a' as never)).toBe('[fr] Bonjour');
    expect(t('b' as never)).toBe('[b]');
  });
});
