import type { Map as MlMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { LEFT_OUT } from '../core/draw/pictureLabels';
import { holding, namePlanner, type LiveName } from './namePlan';
import { lineCrossings } from '../core/draw/segments';

/**
 * A map of `width` × `height` CSS px, at rest, whose points are given in px from its top left (at zoom
 * 5 a world is 16,384 px wide). On the globe (`farSide`), points of the far side, MapLibre projects
 * inside the disc, where the point is another's.
 */
const mapOf = (width: number, height: number, farSide?: (x: number) => boolean) =>
  ({
    isMoving: () => false,
    getZoom: () => 5,
    getProjection: () => ({ type: farSide ? 'globe' : 'mercator' }),
    getContainer: () => ({ clientWidth: width, clientHeight: height }),
    project: ([x, y]: [number, number]) => ({ x: farSide?.(x) ? x - 1000 : x, y }),
    unproject: ({ x, y }: { x: number; y: number }) => ({ lng: x, lat: y }),
  }) as unknown as MlMap;

const nameAt = (id: string, x: number, y: number, text: string): LiveName => ({
  id,
  text,
  at: [x, y],
  priority: 1,
  maxEms: 10,
  side: 'middle',
  layer: 1,
});

type Box = { x0: number; y0: number; x1: number; y1: number };
/** The plan on a close-up's map (with a caption or none) or on a main map (null). */
const plan = (map: MlMap, names: LiveName[], inset: { caption(): Box | null } | null) =>
  namePlanner(
    map,
    () => 1,
    () => null,
    () => [],
    inset ? { kept: () => [inset.caption()].filter((b) => b !== null) } : {},
  )(names);

describe('namePlanner', () => {
  it('keeps each name to a position wholly inside the map, where MapLibre would keep it cut: in a close-up and on the main map', () => {
    // Right of its dot (its side's first position) the name reaches 70 px past the map: MapLibre keeps
    // a name up to 100 px past it, cut (Astana's at a phone's left edge). Left of its dot it fits.
    const names = [nameAt('kh', 185, 50, 'Cambodge · 20'), nameAt('la', 40, 20, 'Laos · 25')];
    for (const inset of [null, { caption: () => null }]) {
      const planned = plan(mapOf(200, 100), names, inset);
      expect(planned?.get('kh')).toBe('right');
      // (Every name is kept to where the plan puts it, those placed in their sides' order too.)
      expect(planned?.get('la')).toBe('left');
    }
    // A name alone is planned too.
    expect(plan(mapOf(200, 100), names.slice(0, 1), null)?.get('kh')).toBe('right');
  });

  it('keeps each name wholly inside the one world where the map is wider than it (sea bands cover the rest)', () => {
    // At zoom 0 the world is 512 px and the map 800: in this map's px (a longitude's own), the world
    // seen runs from 0 to 330 (`worldEdgesPx`, its middle at 150°), the sea bands beyond.
    const wide = {
      ...mapOf(800, 100),
      getZoom: () => 0,
      getCenter: () => ({ lng: 150, lat: 0 }),
    } as unknown as MlMap;
    const names = [nameAt('kh', 290, 50, 'Cambodge · 20')];
    // Right of its dot it would reach past the world's edge, under the band: left of it.
    expect(plan(wide, names, null)?.get('kh')).toBe('right');
    // (On a map no wider than its world, right of it.)
    expect(plan(mapOf(800, 100), names, null)?.get('kh')).toBe('left');
  });

  it('leaves to the close-up the names of the places it frames: their dots stay, and keep other names off', () => {
    // Two places side by side: the first's name, right of its dot, would reach the second's dot.
    const names = [nameAt('a', 40, 50, 'Quảng Ninh'), nameAt('b', 100, 50, 'Lạng Sơn')];
    const planner = (dotOnly?: (at: [number, number]) => boolean) =>
      namePlanner(
        mapOf(200, 100),
        () => 1,
        () => null,
        () => [],
        dotOnly ? { dotOnly } : {},
      )(names);
    expect(planner()?.get('b')).not.toBe(LEFT_OUT);
    // The second inside the close-up's bounds: its name is the close-up's, its dot still taken.
    const planned = planner(([x]) => x > 80);
    expect(planned?.get('b')).toBe(LEFT_OUT);
    expect(planned?.get('a')).not.toBe(LEFT_OUT);
    expect(planned?.get('a')).toBe(planner()?.get('a'));
  });

  it('names nothing beside the ring of a selected place its close-up names (`picked`)', () => {
    // Hà Nội selected, inside the close-up's bounds; Bắc Ninh's name would go under its ring.
    const names = (picked: boolean) => [
      { ...nameAt('hn', 100, 50, 'Hanoi'), ...(picked ? { picked } : {}) },
      nameAt('bn', 104, 62, 'Bac Ninh'),
      nameAt('kz', 30, 20, 'Astana'),
    ];
    const planned = (picked: boolean) =>
      namePlanner(
        mapOf(200, 100),
        () => 1,
        () => null,
        () => [],
        {
          dotOnly: ([x]) => x >= 100 && x < 102,
        },
      )(names(picked));
    expect(planned(false)?.get('bn')).not.toBe(LEFT_OUT);
    expect(planned(true)?.get('hn')).toBe(LEFT_OUT);
    expect(planned(true)?.get('bn')).toBe(LEFT_OUT);
    expect(planned(true)?.get('kz')).not.toBe(LEFT_OUT);
  });

  it('leaves out a name whose place is out of sight: off the map, or on the globe’s far side', () => {
    const names = [nameAt('off', -30, 50, 'Astana'), nameAt('la', 40, 20, 'Laos · 25')];
    for (const inset of [null, { caption: () => null }])
      expect(plan(mapOf(200, 100), names, inset)?.get('off')).toBe(LEFT_OUT);
    // Far side: projected onto Laos's right, its name took the room there.
    const hidden = [nameAt('far', 1090, 20, 'Cuba · 4'), nameAt('la', 40, 20, 'Laos · 25')];
    const globe = plan(
      mapOf(200, 100, (x) => x > 500),
      hidden,
      null,
    );
    expect(globe?.get('far')).toBe(LEFT_OUT);
    expect(globe?.get('la')).toBe('left');
    expect(plan(mapOf(200, 100), [nameAt('cuba', 90, 20, 'Cuba · 4'), hidden[1]!], null)?.get('la')).not.toBe(
      'left',
    );
  });

  it('plans the copy of the world in sight: once the reader has panned a world over, not the atlas’s own', () => {
    const world = 512 * 2 ** 5;
    const names = [nameAt('kh', 185 - world, 50, 'Cambodge · 20'), nameAt('la', 40 + world, 20, 'Laos · 25')];
    const planned = plan(mapOf(200, 100), names, null);
    expect(planned?.get('kh')).toBe('right');
    expect(planned?.get('la')).toBe('left');
  });

  it('leaves out a name that fits nowhere inside the map, and in a close-up one that fits only under its caption', () => {
    // 60 px wide: the name, about 85 px, fits on no side of its dot.
    const narrow = [nameAt('kh', 30, 50, 'Cambodge · 20'), nameAt('la', 30, 90, 'Laos')];
    expect(plan(mapOf(60, 100), narrow, { caption: () => null })?.get('kh')).toBe(LEFT_OUT);
    expect(plan(mapOf(60, 100), narrow, null)?.get('kh')).toBe(LEFT_OUT);
    expect(plan(mapOf(200, 100), narrow, null)?.get('kh')).not.toBe(LEFT_OUT);
    // A dot 12 px from the top, under a caption 22 px high across the map: every position around it
    // reaches under the caption.
    const top = [nameAt('cb', 60, 12, 'Cao Bằng'), nameAt('la', 60, 80, 'Laos')];
    const band = { x0: 0, y0: 0, x1: 200, y1: 22 };
    expect(plan(mapOf(200, 100), top, { caption: () => band })?.get('cb')).toBe(LEFT_OUT);
    expect(plan(mapOf(200, 100), top, { caption: () => null })?.get('cb')).toBe('left');
  });

  it('keeps names off the archipelagos’ islands where their names are centred elsewhere', () => {
    // Đà Nẵng's name east of its dot would cover the Paracels, 40 px east (their name below them, at
    // 4K): at another of its positions instead.
    const names = [nameAt('dn', 80, 50, 'Đà Nẵng · 15')];
    const islands = { x0: 115, y0: 40, x1: 125, y1: 50 };
    const withIslands = (list: Box[]) =>
      namePlanner(
        mapOf(200, 100),
        () => 1,
        () => null,
        () => [{ box: { x0: 90, y0: 70, x1: 160, y1: 95 }, islands: list, mark: [] }],
      )(names);
    // (MapLibre's anchors: the name's left end at its dot, east of it; its right end, west of it.)
    expect(withIslands([])?.get('dn')).toBe('left');
    const kept = withIslands([islands])?.get('dn');
    expect([LEFT_OUT, 'left']).not.toContain(kept);
  });

  it('keeps names off the islands’ marks where another position is free, and never leaves a name out for one', () => {
    // Hồ Chí Minh City's name east of its dot ended at the Spratlys' mark in a phone's close-up
    // ("Hồ Chí Minh-Ville○"): at another of its positions instead.
    const names = [nameAt('hcm', 80, 50, 'Hồ Chí Minh · 55')];
    const plan = (mark: Box[]) =>
      namePlanner(
        mapOf(300, 100),
        () => 1,
        () => null,
        () => [{ box: { x0: 0, y0: 90, x1: 10, y1: 100 }, islands: [], mark }],
      )(names)?.get('hcm');
    expect(plan([])).toBe('left');
    const moved = plan([{ x0: 150, y0: 46, x1: 160, y1: 54 }]);
    expect([LEFT_OUT, 'left']).not.toContain(moved);
    // Where every position covers a mark, where it was: named still.
    expect(plan([{ x0: 0, y0: 0, x1: 300, y1: 100 }])).toBe('left');
  });

  it('keeps names off the lines drawn where another position is free, and never leaves a name out for one', () => {
    // Arcs ran through names under their halos, which cut them: "Hà Nội · 41" and the arcs to Laos in a
    // laptop's close-up (a reader's review).
    const names = [nameAt('hcm', 80, 50, 'Hồ Chí Minh · 55')];
    const plan = (lines: [number, number][][]) =>
      namePlanner(
        mapOf(300, 100),
        () => 1,
        () => null,
        () => [],
        { lines: () => lineCrossings(lines, 24) },
      )(names)?.get('hcm');
    const across: [number, number][] = [
      [0, 50],
      [300, 50],
    ];
    const down: [number, number][] = [
      [80, 0],
      [80, 100],
    ];
    expect(plan([])).toBe('left');
    // A line across the dot: beside it, both sides are crossed; below or above, neither.
    expect(['top', 'bottom']).toContain(plan([across]));
    // And one down through it too: diagonally.
    expect(['top-left', 'top-right', 'bottom-left', 'bottom-right']).toContain(plan([across, down]));
    // Where every position is crossed, where it was: named still.
    const grid = Array.from({ length: 60 }, (_, k): [number, number][] => [
      [5 * k, 0],
      [5 * k, 100],
    ]);
    expect(plan(grid)).toBe('left');
  });

  it('keeps a name where it was while other names come and go in the same frame (`holding`), not where a fresh plan puts it', () => {
    // Laos's name goes right of its dot first (`middle`; a pin is MapLibre's text anchor: `left`);
    // Hanoi's dot, 30 px right of it, sends it to the left of its dot (anchored `right`).
    const laos = nameAt('la', 100, 50, 'Laos · 25');
    const map = mapOf(200, 100);
    const before = plan(map, [laos, nameAt('hn', 130, 50, 'Hà Nội')], null)!;
    expect(before.get('la')).toBe('right');
    // Hanoi goes (the date moved back): planned afresh, Laos's name jumped to the other side.
    expect(plan(map, [laos], null)!.get('la')).toBe('left');
    // Held, it stays where it was.
    expect(plan(map, holding([laos], before), null)!.get('la')).toBe('right');
    // A name left out has nothing to keep; one placed keeps only a position that is free still.
    expect(holding([laos], new Map([['la', LEFT_OUT]])).map((n) => n.first)).toEqual([undefined]);
    const blocked = plan(map, [nameAt('x', 70, 50, 'X'), ...holding([laos], before)], null)!;
    expect(blocked.get('la')).not.toBe('right');
  });
});

describe('namePlanner, a layer planned after another', () => {
  it('keeps off the other layer’s dots, and gives the boxes its names and dots take to the next', () => {
    const map = mapOf(300, 100);
    const lone = { ...nameAt('a', 100, 50, 'Bình Định'), side: 'east' as const };
    // Alone, its name goes west of its dot (anchored at its right end), over x 32–93.
    const first = namePlanner(
      map,
      () => 1,
      () => null,
      () => [],
    );
    expect(first([lone])?.get('a')).toBe('right');
    // With a flow's dot there (a layer planned after it), elsewhere, and named all the same.
    const ends = namePlanner(
      map,
      () => 1,
      () => null,
      () => [],
      { dots: () => [[60, 50]] },
    );
    const where = ends([lone])?.get('a');
    expect(where).not.toBe('right');
    expect(where).not.toBe(LEFT_OUT);
    // Its name's box and its dot, for the layer after it.
    const taken = ends.placed();
    expect(taken).toHaveLength(2);
    const covers = (x: number, y: number) =>
      taken.some((b) => b.x0 <= x && b.x1 >= x && b.y0 <= y && b.y1 >= y);
    expect(covers(100, 50)).toBe(true);
    expect(ends.placedKey()).not.toBe('');
    // (The name's box clear of the flow's dot; the dot's box at its own.)
    const [name] = taken;
    expect(name!.x1 < 57 || name!.x0 > 63 || name!.y1 < 47 || name!.y0 > 53).toBe(true);
  });
});
