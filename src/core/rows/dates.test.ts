import { describe, expect, it } from 'vitest';
import { parseDate } from './dates';

describe('parseDate', () => {
  it('reads the three precisions with their period', () => {
    expect(parseDate('2024')).toEqual({
      value: '2024',
      precision: 'year',
      start: '2024-01-01',
      end: '2024-12-31',
    });
    expect(parseDate('2024-11')).toEqual({
      value: '2024-11',
      precision: 'month',
      start: '2024-11-01',
      end: '2024-11-30',
    });
    expect(parseDate('2023-02-22')).toEqual({
      value: '2023-02-22',
      precision: 'day',
      start: '2023-02-22',
      end: '2023-02-22',
    });
  });

  it('knows month lengths and leap years', () => {
    expect(parseDate('2024-02')).toMatchObject({ end: '2024-02-29' });
    expect(parseDate('2024-02-29')).toMatchObject({ precision: 'day' });
    expect(parseDate('2023-02-29')).toBe('day 29 does not exist in 2023-02 (01–28)');
  });

  it('rejects an impossible month', () => {
    expect(parseDate('2023-13-01')).toBe('month 13 does not exist (01–12)');
  });

  it.each([
    ['Feb 2023', '2023-02?'],
    ['22 février 2023', '2023-02-22?'],
    ['22/02/2023', '2023-02-22 (day/month/year)?'],
    ['2023/2/5', '2023-02-05?'],
  ])('rejects "%s" and suggests %s', (input, fix) => {
    expect(parseDate(input)).toBe(`not a date in the form YYYY, YYYY-MM or YYYY-MM-DD — did you mean ${fix}`);
  });

  it('rejects text without a suggestion when there is no clear intent', () => {
    expect(parseDate('soon')).toBe('not a date in the form YYYY, YYYY-MM or YYYY-MM-DD');
    expect(parseDate('')).toBe('not a date in the form YYYY, YYYY-MM or YYYY-MM-DD');
  });
});
