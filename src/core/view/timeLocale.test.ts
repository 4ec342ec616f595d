import { describe, expect, it } from 'vitest';
import { axisTickFormat, startLabelFormat, timeLocaleDefinition } from './timeLocale';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('the timeline locale', () => {
  it('names months in the reader’s language, as they read inside a date', () => {
    expect(timeLocaleDefinition('fr').shortMonths.slice(0, 3)).toEqual(['janv.', 'févr.', 'mars']);
    expect(timeLocaleDefinition('vi').shortMonths[6]).toBe('thg 7');
    expect(timeLocaleDefinition('vi').months[6]).toBe('tháng 7');
    expect(timeLocaleDefinition('en').months[6]).toBe('July');
    expect(timeLocaleDefinition('fr').days[0]).toBe('dimanche');
  });

  it('labels ticks with the year on 1 January, the month on other firsts, else day and month', () => {
    const fr = axisTickFormat('fr');
    expect([fr(day('2025-01-01')), fr(day('2025-07-01')), fr(day('2025-07-14'))]).toEqual([
      '2025',
      'juil.',
      '14 juil.',
    ]);
    const vi = axisTickFormat('vi');
    expect([vi(day('2025-01-01')), vi(day('2025-07-01'))]).toEqual(['2025', 'thg 7']);
    expect(axisTickFormat('en')(day('2025-07-01'))).toBe('Jul');
  });

  it('names the timeline’s start by its month and year, or by its year alone on 1 January', () => {
    expect(startLabelFormat('fr')('2018-11-21')).toBe('nov. 2018');
    expect(startLabelFormat('vi')('2018-11-21')).toBe('11/2018');
    expect(startLabelFormat('en')('1990-04-25')).toBe('Apr 1990');
    expect(startLabelFormat('en')('1990-01-01')).toBe('1990');
  });

  // (The page makes them while its data loads, for the timeline to find them made: src/app/start.ts.)
  it('makes each language’s formats once', () => {
    expect(axisTickFormat('vi')).toBe(axisTickFormat('vi'));
    expect(startLabelFormat('vi')).toBe(startLabelFormat('vi'));
    expect(axisTickFormat('vi')).not.toBe(axisTickFormat('fr'));
  });

  it('reads calendar days in UTC, whatever the clock’s time zone', () => {
    expect(axisTickFormat('en')(day('2025-01-01'))).toBe('2025');
  });
});
