import { describe, expect, it } from 'vitest';
import type { Atlas } from '../core/atlas';
import { seedAtlas as atlas } from '../core/fixtures/seedAtlas';
import { visibleArcs } from '../core/view/visibleArcs';
import { translator } from '../ui/messages';
import { startPlaces } from './searchWords';

describe('startPlaces (the empty search box: where a reader can start from)', () => {
  it('offers the Vietnamese units with the most partners on the map, most first, with whom they are linked to', () => {
    const arcs = visibleArcs(atlas, '2025-03-01');
    const offered = startPlaces(atlas, 'en', translator('en'), arcs);
    // Quảng Ninh has two partners (Guangxi, Hokkaidō); the others one each, by name.
    expect(offered[0]).toEqual({
      id: 'VN-13',
      label: 'Quảng Ninh',
      detail: '2 partners in 2 countries',
    });
    const rest = offered.slice(1).map((p) => p.label);
    expect(rest).toEqual([...rest].sort((a, b) => a.localeCompare(b, 'en')));
    expect(offered).toHaveLength(5);
    // Only Vietnamese units, each on the map on the day.
    const vn = new Set(arcs.map((a) => a.vn));
    expect(offered.every((p) => vn.has(p.id))).toBe(true);
  });

  it('follows the day: before the 2023 meetings, only Hà Nội; none before the first event', () => {
    const tr = translator('fr');
    expect(startPlaces(atlas, 'fr', tr, visibleArcs(atlas, '2019-01-01'))).toEqual([
      { id: 'VN-HN', label: 'Hanoï', detail: '1 partenaire dans 1 pays' },
    ]);
    expect(startPlaces(atlas, 'fr', tr, visibleArcs(atlas, '2018-01-01'))).toEqual([]);
  });

  it('ranks a hub by its partners, not by its arcs', () => {
    // Hà Nội given four arcs to its one partner (copies under other ids): Quảng Ninh's two partners
    // still come first.
    const arcs = visibleArcs(atlas as Atlas, '2026-01-01');
    const hanoi = arcs.find((a) => a.vn === 'VN-HN')!;
    const more = [1, 2, 3].map((k) => ({ ...hanoi, id: `${hanoi.id}#${k}` }));
    const offered = startPlaces(atlas, 'en', translator('en'), [...arcs, ...more], 2);
    expect(offered.map((p) => p.id)).toEqual(['VN-13', expect.any(String)]);
    expect(offered[1]!.detail).toBe('1 partner in 1 country');
  });
});
