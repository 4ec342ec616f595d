import { describe, expect, it } from 'vitest';
import { findDates, yearFor } from './intakeDates';

const simple = (t: string) => findDates(t).map(({ year, month, day }) => ({ year, month, day }));

describe('findDates', () => {
  it('reads French dates, with and without the year, and "1er"', () => {
    expect(simple('Réunis le 22 février 2023 à Ha Long')).toEqual([{ year: 2023, month: 2, day: 22 }]);
    expect(simple('le 22 février, les provinces')).toEqual([{ year: undefined, month: 2, day: 22 }]);
    expect(simple('le 1er mars')).toEqual([{ year: undefined, month: 3, day: 1 }]);
    expect(simple('signé en novembre 2024')).toEqual([{ year: 2024, month: 11, day: undefined }]);
  });
  it('reads Vietnamese dates', () => {
    expect(simple('Ngày 17/11/2023, tỉnh Quảng Ninh')).toEqual([{ year: 2023, month: 11, day: 17 }]);
    expect(simple('ngày 17/11, hai bên')).toEqual([{ year: undefined, month: 11, day: 17 }]);
    expect(simple('ngày 20 tháng 2 năm 2025')).toEqual([{ year: 2025, month: 2, day: 20 }]);
    expect(simple('trong tháng 11/2024')).toEqual([{ year: 2024, month: 11, day: undefined }]);
  });
  it('reads English dates', () => {
    expect(simple('on November 29, the two sides')).toEqual([{ year: undefined, month: 11, day: 29 }]);
    expect(simple('on 29 November 2023')).toEqual([{ year: 2023, month: 11, day: 29 }]);
    expect(simple('signed on Nov. 15th, 2024')).toEqual([{ year: 2024, month: 11, day: 15 }]);
    expect(simple('2025-02-20')).toEqual([{ year: 2025, month: 2, day: 20 }]);
  });
  it('ignores year ranges, lone numbers and impossible days', () => {
    expect(simple('pour la période 2023-2027')).toEqual([]);
    expect(simple('les 14 12 membres')).toEqual([]);
    expect(simple('le 31 février 2023')).toEqual([]);
  });
  it('reads a two-digit month after "tháng"', () => {
    expect(simple('ngày 17 tháng 11 năm 2023')).toEqual([{ year: 2023, month: 11, day: 17 }]);
    expect(simple('ngày 5 tháng 10')).toEqual([{ year: undefined, month: 10, day: 5 }]);
  });
  it('never reads a date from the end of a range of years', () => {
    // A headline's period, then the page's date line: not 2030-07-08.
    expect(simple('Cooperation Plan in the period 2025-2030\n\n07-08-2024 16:24')).toEqual([
      { year: 2024, month: 8, day: 7 },
    ]);
    expect(simple('for 2025-2030 07 08')).toEqual([]);
  });
  it('flags publication timestamps and keeps offsets into the original text', () => {
    const t = 'Vendredi, 23 novembre 2018 à 18:35:36 — reçu le 21 novembre';
    const found = findDates(t);
    expect(found.map((d) => d.timestamp)).toEqual([true, false]);
    expect(found[1]?.text).toBe('21 novembre');
    expect(t.slice(found[1]?.index)).toMatch(/^21 novembre/);
  });
});

describe('yearFor', () => {
  it('takes the reference year, or the year before for a later month', () => {
    expect(yearFor(2, { year: 2023, month: 2 })).toBe(2023);
    expect(yearFor(12, { year: 2024, month: 1 })).toBe(2023);
    expect(yearFor(11, { year: 2018 })).toBe(2018);
  });
});
