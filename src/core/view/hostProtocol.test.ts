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
      [{ type: 'atlas:setDate', date: 'soon' }, 'date must be YYYY-MM-DD (got "soon")'],
      [{ type: 'atlas:setDate', date: '2024-13-45' }, 'date must be YYYY-MM-DD (got "2024-13-45")'],
      [{ type: 'atlas:setDate', date: '2024-02-30' }, 'date must be YYYY-MM-DD (got "2024-02-30")'],
      [{ type: 'atlas:setDate' }, 'date must be YYYY-MM-DD (got undefined)'],
      [{ type: 'atlas:select', id: '<img src=x onerror=alert(1)>' }, 'id must be a place or arc id, or null'],
      [{ type: 'atlas:select', id: 7 }, 'id must be a place or arc id, or null (got 7)'],
      [{ type: 'atlas:play', speed: 1e9 }, 'speed must be a number in (0, 16]'],
      [{ type: 'atlas:play', speed: -1 }, 'speed must be a number in (0, 16]'],
      [{ type: 'atlas:setFilters', filters: 'JP' }, 'filters must be an object'],
      [{ type: 'atlas:setFilters', filters: { country: ['JP'] } }, 'unknown filter "country"'],
      [{ type: 'atlas:setFilters', filters: { kinds: 'mou' } }, 'filters.kinds must be a list of ids'],
    ];
    for (const [data, error] of cases) {
      const r = parseHostMessage(data);
      expect(r.kind).toBe('invalid');
      if (r.kind === 'invalid') expect(r.error).toContain(error);
    }
  });
});
