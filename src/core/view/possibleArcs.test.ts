import { describe, expect, it } from 'vitest';
import { seedAtlas } from '../fixtures/seedAtlas';
import type { Atlas } from '../atlas';
import { flowCurve } from '../draw/flowCurve';
import { toWorld } from '../draw/mercator';
import lineIntersect from '@turf/line-intersect';
import { possibleArcs, type ArcEnds } from './possibleArcs';

describe('possibleArcs', () => {
  const arcs = possibleArcs(seedAtlas);
  const byId = new Map(arcs.map((a) => [a.id, a]));
  /** An arc's line as the flat map draws it (Mercator, world units). */
  const drawn = (a: ArcEnds) => ({
    type: 'LineString' as const,
    coordinates: flowCurve(a.from, a.to, a.side).map((c) => toWorld(c)),
  });

  it('holds every pair from its unit and from the unit’s 2025 successor', () => {
    expect(byId.has('VN-03~CN-GX')).toBe(true);
    expect(byId.has('VN25-TUYEN-QUANG~CN-GX')).toBe(true);
    expect(byId.has('VN25-BAC-NINH~KZ-VOS')).toBe(true);
  });

  it('bends near-twin flows to different partners apart, each to its own side, so they never cross', () => {
    const astana = byId.get('VN-HN~KZ-AST')!;
    const eastKazakhstan = byId.get('VN-56~KZ-VOS')!;
    expect(astana.side).not.toBe(eastKazakhstan.side);
    // Astana lies left of the way to East Kazakhstan (west of it): its arc bends to the left.
    expect([astana.side, eastKazakhstan.side]).toEqual([-1, 1]);
    // On the flat map (Mercator, as drawn), the two lines never meet: crossing at East Kazakhstan's
    // dot, Hanoi's arc seemed to end there.
    expect(lineIntersect(drawn(astana), drawn(eastKazakhstan)).features).toEqual([]);
    // Nor after 1 July 2025, from the new Bắc Ninh.
    expect(lineIntersect(drawn(astana), drawn(byId.get('VN25-BAC-NINH~KZ-VOS')!)).features).toEqual([]);
  });

  it('keeps a hub’s arc on its side: its twin alone turns, where that parts them', () => {
    // Hà Nội with a second partner (Hokkaidō, in another direction): its arc to Astana keeps the side
    // it has among Hà Nội's arcs, and Bắc Ninh's to East Kazakhstan turns to that side.
    const hub: Atlas = {
      ...seedAtlas,
      pairs: [
        ...seedAtlas.pairs,
        { id: 'VN-HN~JP-01', vn: 'VN-HN', partner: 'JP-01', start: '2019-01-01', events: [] },
      ],
    };
    const byHub = new Map(possibleArcs(hub).map((a) => [a.id, a]));
    const astana = byHub.get('VN-HN~KZ-AST')!;
    const eastKazakhstan = byHub.get('VN-56~KZ-VOS')!;
    expect([astana.side, eastKazakhstan.side]).toEqual([1, 1]);
    expect(lineIntersect(drawn(astana), drawn(eastKazakhstan)).features).toEqual([]);
  });

  it('keeps flows to one partner on one side, so they fan out', () => {
    const guangxi = arcs.filter((a) => a.partner === 'CN-GX').map((a) => a.side);
    expect(new Set(guangxi).size).toBe(1);
  });

  it('fans out a hub’s long arcs that leave in one direction, so they part in the middle of their course', () => {
    // Hà Nội with six partners in Europe (made-up places at Paris, Berlin, Rome, Budapest, Warsaw and
    // Prague): six long arcs leaving Hà Nội within a few degrees of each other.
    const astana = seedAtlas.places.find((p) => p.id === 'KZ-AST')!;
    const europe = [
      [2.35, 48.85],
      [13.4, 52.5],
      [12.5, 41.9],
      [19.04, 47.5],
      [21.0, 52.2],
      [14.4, 50.1],
    ].map(([lon, lat], i) => ({ ...astana, id: `EU-${i}`, lon: lon!, lat: lat! }));
    const hub: Atlas = {
      ...seedAtlas,
      places: [...seedAtlas.places, ...europe],
      pairs: [
        ...seedAtlas.pairs,
        ...europe.map((p) => ({
          id: `VN-HN~${p.id}`,
          vn: 'VN-HN',
          partner: p.id,
          start: '2019-01-01',
          events: [],
        })),
      ],
    };
    const fanned = new Map(possibleArcs(hub).map((a) => [a.id, a]));
    const arcsToEurope = europe.map((p) => fanned.get(`VN-HN~${p.id}`)!);
    type Line = readonly (readonly [number, number])[];
    const mid = (line: Line) => line[Math.floor(line.length / 2)]!;
    // The narrowest gap between two of the lines in the middle of their course.
    const gap = (lines: Line[]) =>
      Math.min(
        ...lines.flatMap((a, i) =>
          lines.slice(i + 1).map((b) => Math.hypot(mid(a)[0] - mid(b)[0], mid(a)[1] - mid(b)[1])),
        ),
      );
    for (const a of arcsToEurope) expect(a.flat, a.id).toBeDefined();
    // Their own curves (every other one bent the other way) leave some on top of each other.
    const own = gap(arcsToEurope.map((a) => flowCurve(a.from, a.to, a.side)));
    expect(gap(arcsToEurope.map((a) => a.flat!))).toBeGreaterThan(1.5 * own);
    // Arcs alone in their direction, and short ones, keep their own curve.
    const hokkaido = fanned.get('VN-13~JP-01')!;
    expect(hokkaido.flat ?? flowCurve(hokkaido.from, hokkaido.to, hokkaido.side)).toEqual(
      flowCurve(hokkaido.from, hokkaido.to, hokkaido.side),
    );
  });
});
