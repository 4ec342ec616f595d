import { describe, expect, it } from 'vitest';
import { parseHostMessage } from './hostProtocol';

describe('parseHostMessage', () => {
  it('reads each command of the protocol', () => {
    expect(parseHostMessage({ type: 'atlas:setDate', date: '2024-12-01' })).toEqual({
      kind: 'command',
      command: { type: 'atlas:setDate', date: '2024-12-01' },
    });
    expect(parseHostMessage({ type: 'atlas:select', id: 'VN-13~JP-01' })).toEqual({
      kind: 'command',
      command: { type: 'atlas:select', id: 'VN-13~JP-01' },
    });
    expect(parseHostMessage({ type: 'atlas:select', id: null })).toMatchObject({ kind: 'command' });
    expect(parseHostMessage({ type: 'atlas:play' })).toEqual({
      kind: 'command',
      command: { type: 'atlas:play', speed: 1 },
    });
    expect(parseHostMessage({ type: 'atlas:pause' })).toMatchObject({ kind: 'command' });
    expect(parseHostMessage({ type: 'atlas:getState' })).toMatchObject({ kind: 'command' });
    expect(parseHostMessage({ type: 'atlas:setFilters', filters: { countries: ['JP'], kinds: [] } })).toEqual(
      {
        kind: 'command',
        command: { type: 'atlas:setFilters', filters: { countries: ['JP'], kinds: [] } },
      },
    );
  });

  it('passes a video export on with its options (read by the export itself)', () => {
    expect(parseHostMessage({ type: 'atlas:exportVideo', options: { seconds: 3, size: '720p' } })).toEqual({
      kind: 'command',
      command: { type: 'atlas:exportVideo', options: { seconds: 3, size: '720p' } },
    });
    expect(parseHostMessage({ type: 'atlas:exportVideo' })).toMatchObject({ command: { options: {} } });
    expect(parseHostMessage({ type: 'atlas:cancelVideo' })).toMatchObject({ kind: 'command' });
  });

  it('ignores what is not an atlas message, whatever its shape', () => {
    for (const data of [
      null,
      'atlas:pause',
      42,
      [],
      {},
      { type: 'resize', height: 3 },
      { type: 'atlas:unknown' },
    ])
      expect(parseHostMessage(data)).toEqual({ kind: 'ignored' });
  });

  it('rejects malformed atlas messages and says which field is wrong', () => {
    const cases: [unknown, string][] = [
      [{ type: 'atlas:setDate', date: 'soon' }, 'date must be a day that exists, YYYY-MM-DD (got "soon")'],
      [
        { type: 'atlas:setDate', date: '2024-13-45' },
        'date must be a day that exists, YYYY-MM-DD (got "2024-13-45")',
      ],
      [
        { type: 'atlas:setDate', date: '2024-02-30' },
        'date must be a day that exists, YYYY-MM-DD (got "2024-02-30")',
      ],
      [{ type: 'atlas:setDate' }, 'date must be a day that exists, YYYY-MM-DD (got undefined)'],
      [{ type: 'atlas:select', id: '<img src=x onerror=alert(1)>' }, 'id must be a place or arc id, or null'],
      [{ type: 'atlas:select', id: 7 }, 'id must be a place or arc id, or null (got 7)'],
      [{ type: 'atlas:play', speed: 1e9 }, 'speed must be a number in (0, 16]'],
      [{ type: 'atlas:play', speed: -1 }, 'speed must be a number in (0, 16]'],
      [{ type: 'atlas:setFilters', filters: 'JP' }, 'filters must be an object'],
      [{ type: 'atlas:setFilters', filters: { country: ['JP'] } }, 'unknown filter "country"'],
      [{ type: 'atlas:setFilters', filters: { kinds: 'mou' } }, 'filters.kinds must be a list (got "mou")'],
    ];
    for (const [data, error] of cases) {
      const r = parseHostMessage(data);
      expect(r.kind).toBe('invalid');
      if (r.kind === 'invalid') expect(r.error).toContain(error);
    }
  });

  it('rejects a filter list with nulls, holes, values of another type, or too many entries, naming the entry', () => {
    const sparse = new Array(500);
    const hole = ['JP', 'x', 'CN'];
    delete hole[1];
    const cases: [unknown, string][] = [
      [
        { countries: [null] },
        'filters.countries[0] must be an ISO 3166-1 country code of two capital letters',
      ],
      [
        { countries: ['JP', null, 'CN'] },
        'filters.countries[1] must be an ISO 3166-1 country code of two capital letters (got null)',
      ],
      [{ countries: sparse }, 'filters.countries has 500 entries (at most 250)'],
      [
        { countries: new Array(3) },
        'filters.countries[0] must be an ISO 3166-1 country code of two capital letters (got undefined)',
      ],
      [
        { countries: hole },
        'filters.countries[1] must be an ISO 3166-1 country code of two capital letters (got undefined)',
      ],
      [
        { countries: [7] },
        'filters.countries[0] must be an ISO 3166-1 country code of two capital letters (got 7)',
      ],
      [
        { countries: ['jp'] },
        'filters.countries[0] must be an ISO 3166-1 country code of two capital letters (got "jp")',
      ],
      [
        { countries: [['JP']] },
        'filters.countries[0] must be an ISO 3166-1 country code of two capital letters (got ["JP"])',
      ],
      [{ kinds: ['summit'] }, 'filters.kinds[0] must be one of twinning, mou,'],
      [{ domains: [{}] }, 'filters.domains[0] must be one of economy,'],
      [{ domains: Array(251).fill('trade') }, 'filters.domains has 251 entries (at most 250)'],
      [{ countries: null }, 'filters.countries must be a list (got null)'],
    ];
    for (const [filters, error] of cases) {
      const r = parseHostMessage({ type: 'atlas:setFilters', filters });
      expect(r, error).toMatchObject({ kind: 'invalid', type: 'atlas:setFilters' });
      if (r.kind === 'invalid') expect(r.error).toContain(error);
    }
  });

  it('reads each filter list to its vocabulary, once per value', () => {
    expect(
      parseHostMessage({
        type: 'atlas:setFilters',
        filters: { countries: ['JP', 'CN', 'JP'], kinds: ['mou'], domains: ['trade', 'culture'] },
      }),
    ).toEqual({
      kind: 'command',
      command: {
        type: 'atlas:setFilters',
        filters: { countries: ['JP', 'CN'], kinds: ['mou'], domains: ['trade', 'culture'] },
      },
    });
  });

  it('rejects an id that is not a place or an arc id, and a day that does not exist', () => {
    for (const id of ['VN-13~CN-GX~JP-01', '~CN-GX', '', 'x'.repeat(81), 'VN 13'])
      expect(parseHostMessage({ type: 'atlas:select', id }), id).toMatchObject({ kind: 'invalid' });
    for (const date of ['2024-12-32', '2023-02-29', '2024-04-31', '0000-01-01', ' 2024-12-01'])
      expect(parseHostMessage({ type: 'atlas:setDate', date }), date).toMatchObject({ kind: 'invalid' });
    expect(parseHostMessage({ type: 'atlas:setDate', date: '2024-02-29' })).toMatchObject({
      kind: 'command',
    });
    // Natural Earth units without an ISO code have `+` and `?` in their ids.
    expect(parseHostMessage({ type: 'atlas:select', id: 'VN-13~ne:MCO+00?' })).toMatchObject({
      kind: 'command',
    });
  });

  it('answers a message it cannot even quote with an error, not an exception', () => {
    const r = parseHostMessage({ type: 'atlas:select', id: 10n });
    expect(r).toMatchObject({ kind: 'invalid', type: 'atlas:select' });
  });
});
