import { describe, expect, it } from 'vitest';
import {
  adminChangeCycles,
  dayBefore,
  holdersAt,
  newUnits,
  successorAt,
  type AdminChange,
} from './adminChanges';

const changes: AdminChange[] = [
  { date: '2025-01-01', kind: 'status', from: 'VN-26', to: 'VN25-HUE' },
  { date: '2025-07-01', kind: 'merge', from: 'VN-07', to: 'VN25-TUYEN-QUANG' },
  { date: '2025-07-01', kind: 'merge', from: 'VN-03', to: 'VN25-TUYEN-QUANG' },
  { date: '2025-07-01', kind: 'merge', from: 'VN-56', to: 'VN25-BAC-NINH' },
  { date: '2025-07-01', kind: 'merge', from: 'VN-54', to: 'VN25-BAC-NINH' },
];

describe('holdersAt', () => {
  it('answers the unit itself before any change', () => {
    expect(holdersAt('VN-03', '2023-02-22', changes)).toEqual(['VN-03']);
  });

  it('answers the successor from the day of the merger (old → new)', () => {
    expect(holdersAt('VN-03', '2025-06-30', changes)).toEqual(['VN-03']);
    expect(holdersAt('VN-03', '2025-07-01', changes)).toEqual(['VN25-TUYEN-QUANG']);
    expect(holdersAt('VN-54', '2025-08-01', changes)).toEqual(['VN25-BAC-NINH']);
  });

  it('answers the predecessors before a unit existed (new → old)', () => {
    expect(holdersAt('VN25-TUYEN-QUANG', '2024-01-01', changes)).toEqual(['VN-07', 'VN-03']);
    expect(holdersAt('VN25-TUYEN-QUANG', '2025-07-01', changes)).toEqual(['VN25-TUYEN-QUANG']);
  });

  it("follows Huế's change of status", () => {
    expect(holdersAt('VN-26', '2024-12-31', changes)).toEqual(['VN-26']);
    expect(holdersAt('VN-26', '2025-01-01', changes)).toEqual(['VN25-HUE']);
    expect(holdersAt('VN25-HUE', '2024-06-01', changes)).toEqual(['VN-26']);
  });

  it('leaves an unchanged unit alone at any date', () => {
    expect(holdersAt('VN-13', '2026-01-01', changes)).toEqual(['VN-13']);
    expect(successorAt('VN-13', '2026-01-01', changes)).toBe('VN-13');
  });
});

describe('newUnits', () => {
  it('groups the predecessors of each new unit', () => {
    const names = { vi: 'x', fr: 'x', en: 'x' };
    const units = newUnits(changes.map((c) => ({ ...c, names })));
    expect(units.find((u) => u.id === 'VN25-BAC-NINH')).toMatchObject({
      from: '2025-07-01',
      predecessors: ['VN-56', 'VN-54'],
    });
  });
});

describe('dayBefore', () => {
  it('crosses month and year ends', () => {
    expect(dayBefore('2025-07-01')).toBe('2025-06-30');
    expect(dayBefore('2025-01-01')).toBe('2024-12-31');
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
  });
});

describe('adminChangeCycles', () => {
  const c = (from: string, to: string, date = '2025-07-01'): AdminChange => ({
    date,
    kind: 'merge',
    from,
    to,
  });

  it('finds none in sound data', () => {
    expect(adminChangeCycles(changes)).toEqual([]);
  });

  it('finds a self-loop and a cycle through several units, each once', () => {
    const loop = c('VN-01', 'VN-01');
    const ab = c('VN-A', 'VN-B');
    const bc = c('VN-B', 'VN-C', '2026-01-01');
    const ca = c('VN-C', 'VN-A', '2027-01-01');
    expect(adminChangeCycles([...changes, loop, ab, bc, ca])).toEqual([[loop], [ab, bc, ca]]);
  });

  it('keeps the successor search finite on a cycle, for callers that did not check', () => {
    const cycle = [c('VN-A', 'VN-B'), c('VN-B', 'VN-A')];
    expect(successorAt('VN-A', '2026-01-01', cycle)).toBe('VN-A');
    expect(holdersAt('VN-A', '2026-01-01', cycle)).toEqual(['VN-A']);
    expect(holdersAt('VN-A', '2024-01-01', cycle)).toEqual(['VN-A']);
  });
});
