import { describe, expect, it } from 'vitest';
import { crowdedGroup, selectionCloseUp } from './selectionCloseUp';

describe('crowdedGroup', () => {
  // France's partners at world scale on a laptop: a heap 40 px across, at the end of long arcs from
  // Vietnam's provinces, themselves spread 30-60 px apart down the coast.
  const france = [
    ['FR-75', [300, 200]],
    ['FR-13', [304, 236]],
    ['FR-76', [296, 188]],
    ['FR-74', [318, 214]],
    ['FR-33', [286, 222]],
  ] as const;
  const vietnam = [
    ['VN-HN', [700, 300]],
    ['VN-DN', [716, 360]],
    ['VN-SG', [712, 420]],
  ] as const;
  const places = [...france, ...vietnam].map(([id, px]) => ({ id, px: [...px] as [number, number] }));

  it('finds the places that pile up at one end, where some cannot be named apart', () => {
    expect(crowdedGroup(places).sort()).toEqual(france.map(([id]) => id).sort());
  });

  it('finds none where every place can be named apart, or where too few pile up', () => {
    const apart = places.map((p, i) => ({ ...p, px: [i * 30, 0] as [number, number] }));
    expect(crowdedGroup(apart)).toEqual([]);
    expect(crowdedGroup(places.filter((p) => !['FR-33', 'FR-74'].includes(p.id)))).toEqual([]);
  });

  it('takes the group with the most places too close to name apart, not the largest', () => {
    // France's five, three of them within 18 px of another (Bordeaux moved beside Paris), against
    // six places of home in a chain 25 px apart, two of them 10 px apart.
    const crowdedFrance = places
      .filter((p) => p.id.startsWith('FR'))
      .map((p) => (p.id === 'FR-33' ? { ...p, px: [290, 205] as [number, number] } : p));
    const home = [0, 10, 35, 60, 85, 110].map((dx, i) => ({
      id: `VN-${i}`,
      px: [700 + dx, 300] as [number, number],
    }));
    expect(crowdedGroup([...crowdedFrance, ...home]).sort()).toEqual(france.map(([id]) => id).sort());
    // (Without Bordeaux beside Paris, two against two: the larger group, home's.)
    expect(crowdedGroup([...places.filter((p) => p.id.startsWith('FR')), ...home])).toHaveLength(6);
  });
});

describe('selectionCloseUp', () => {
  // A map where a degree is 10 px: arcs from one Vietnamese place to partners far to the west.
  const px = ([lon, lat]: [number, number]): [number, number] => [lon * 10, -lat * 10];
  const arc = (partner: string, to: [number, number]) => ({
    id: `VN-HN~${partner}`,
    vn: 'VN-HN',
    partner,
    from: [105.8, 21] as [number, number],
    to,
    side: 1 as const,
  });
  // A chain of eight places 3° apart, each 1.5° from a second one (crowded, but 21° long), and a
  // heap of five within 2° (fewer crowded places).
  const chain = Array.from({ length: 8 }, (_, i) => [
    arc(`C-${i}`, [10 + 3 * i, 50]),
    arc(`D-${i}`, [10 + 3 * i + 1.5, 50]),
  ]).flat();
  const heap = [
    arc('H-1', [-70, 40]),
    arc('H-2', [-69, 40]),
    arc('H-3', [-70, 41]),
    arc('H-4', [-68.5, 40.5]),
    arc('H-5', [-69.5, 41.5]),
  ];

  it('frames the most crowded heap that a close-up shows larger, with the arcs that end there', () => {
    const c = selectionCloseUp([...chain, ...heap], px, [600, 300]);
    expect(c?.ids.sort()).toEqual(chain.map((a) => a.id).sort());
    // In a close-up of 200 px the chain (225 px across on the map) is not shown twice as large: the
    // heap is framed.
    const small = selectionCloseUp([...chain, ...heap], px, [200, 150]);
    expect(small?.ids.sort()).toEqual(heap.map((a) => a.id).sort());
    expect(small?.bounds).toEqual([-70, 40, -68.5, 41.5]);
  });

  it('none where one of the selection’s own arcs is short (the close-up is of those), or no heap', () => {
    expect(selectionCloseUp([...heap, arc('N-1', [106.5, 21.5])], px, [400, 300])).toBeNull();
    expect(selectionCloseUp(heap.slice(0, 3), px, [400, 300])).toBeNull();
  });
});
