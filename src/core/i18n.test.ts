import { describe, expect, it } from 'vitest';
import { chooseLang, formatDay, regionName } from './i18n';

describe('chooseLang', () => {
  it('takes the asked language, then the browser, then French', () => {
    expect(chooseLang('vi', ['en-GB'])).toBe('vi');
    expect(chooseLang('de', ['en-GB', 'fr'])).toBe('en');
    expect(chooseLang(null, ['de-DE', 'vi'])).toBe('vi');
    expect(chooseLang(undefined, ['de-DE'])).toBe('fr');
  });
});

describe('formatDay', () => {
  it('formats days, months and years in the three languages', () => {
    expect(formatDay('fr', '2025-07-01')).toBe('1er juillet 2025');
    expect(formatDay('fr', '2025-07-11')).toBe('11 juillet 2025');
    expect(formatDay('en', '2025-07-01')).toBe('1 July 2025');
    expect(formatDay('vi', '2025-07-01')).toBe('1 tháng 7 năm 2025');
    expect(formatDay('vi', '2025-07-01', 'month')).toBe('tháng 7 năm 2025');
    expect(formatDay('en', '2024-11-01', 'month')).toBe('November 2024');
    expect(formatDay('fr', '2024-11', 'month')).toBe('novembre 2024');
    expect(formatDay('vi', '2024', 'year')).toBe('2024');
  });
});

describe('regionName', () => {
  it('names countries as CLDR does, in each language', () => {
    expect(regionName('LA', 'vi')).toBe('Lào');
    expect(regionName('KR', 'fr')).toBe('Corée du Sud');
    expect(regionName('US', 'en')).toBe('United States');
  });
  it('names Hong Kong and Macao by their short names, not their status', () => {
    expect(regionName('HK', 'fr')).toBe('Hong Kong');
    expect(regionName('HK', 'vi')).toBe('Hồng Kông');
    expect(regionName('HK', 'en')).toBe('Hong Kong');
    expect(regionName('MO', 'en')).toBe('Macao');
  });
  it('names Myanmar once, without the second name CLDR adds in parentheses', () => {
    for (const lang of ['fr', 'vi', 'en'] as const) expect(regionName('MM', lang)).toBe('Myanmar');
    expect(regionName('CC', 'en')).toBe('Cocos (Keeling) Islands');
  });
  it('gives the code back, or nothing, for a code CLDR does not know', () => {
    expect(regionName('QQ', 'en')).toBe('QQ');
    expect(regionName('QQ', 'en', 'none')).toBeUndefined();
    expect(regionName('not a code', 'en', 'none')).toBeUndefined();
  });
});
