import { describe, expect, it } from 'vitest';
import { seedAtlas } from '../fixtures/seedAtlas';
import { possibleArcs } from './possibleArcs';

describe('possibleArcs', () => {
  const arcs = possibleArcs(seedAtlas);
  const byId = new Map(arcs.map((a) => [a.id, a]));

  it('holds every pair from its unit and from the unit’s 2025 successor', () => {
    expect(byId.has('VN-03~CN-GX')).toBe(true);
    expect(byId.has('VN25-TUYEN-QUANG~CN-GX')).toBe(true);
    expect(byId.has('VN25-BAC-NINH~KZ-VOS')).toBe(true);
  });

  it('bends near-twin flows to different partners to opposite sides, so they part', () => {
    expect(byId.get('VN-HN~KZ-AST')?.side).not.toBe(byId.get('VN-56~KZ-VOS')?.side);
  });

  it('keeps flows to one partner on one side, so they fan out', () => {
    const guangxi = arcs.filter((a) => a.partner === 'CN-GX').map((a) => a.side);
    expect(new Set(guangxi).size).toBe(1);
  });
});
