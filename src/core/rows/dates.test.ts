import { describe, expect, it } from 'vitest';
import { parseDate, parseDay } from './dates';

const invalid = (error: string) => ({ kind: 'invalid', error });
const date = (value: string, precision: string, start: string, end: string) => ({
  kind: 'date',
  date: { value, precision, start, end },
});

describe('parseDate', () => {
  it('reads the three precisions with their period', () => {
    expect(parseDate('2024')).toEqual(date('2024', 'year', '2024-01-01', '2024-12-31'));
    expect(parseDate('2024-11')).toEqual(date('2024-11', 'month', '2024-11-01', '2024-11-30'));
    expect(parseDate('2023-02-22')).toEqual(date('2023-02-22', 'day', '2023-02-22', '2023-02-22'));
  });

  it('knows month lengths and leap years', () => {
    expect(parseDate('2024-02')).toEqual(date('2024-02', 'month', '2024-02-01', '2024-02-29'));
    expect(parseDate('2024-02-29')).toEqual(date('2024-02-29', 'day', '2024-02-29', '2024-02-29'));
    expect(parseDate('2023-02-29')).toEqual(invalid('day 29 does not exist in 2023-02 (01–28)'));
  });

  it('rejects an impossible month', () => {
    expect(parseDate('2023-13-01')).toEqual(invalid('month 13 does not exist (01–12)'));
  });

  it.each([
    ['Feb 2023', '2023-02?'],
    ['22 février 2023', '2023-02-22?'],
    ['22/02/2023', '2023-02-22 (day/month/year)?'],
    ['2023/2/5', '2023-02-05?'],
  ])('rejects "%s" and suggests %s', (input, fix) => {
    expect(parseDate(input)).toEqual(
      invalid(`not a date in the form YYYY, YYYY-MM or YYYY-MM-DD — did you mean ${fix}`),
    );
  });

  it('rejects text without a suggestion when there is no clear intent', () => {
    expect(parseDate('soon')).toEqual(invalid('not a date in the form YYYY, YYYY-MM or YYYY-MM-DD'));
    expect(parseDate('')).toEqual(invalid('not a date in the form YYYY, YYYY-MM or YYYY-MM-DD'));
  });
});

describe('parseDay', () => {
  it('takes a full day only', () => {
    expect(parseDay('2025-07-01')?.start).toBe('2025-07-01');
    expect(parseDay('2025-07')).toBeNull();
    expect(parseDay('2025-02-30')).toBeNull();
  });
});
