import type { Map as MlMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { seedAtlas } from '../core/fixtures/seedAtlas';
import { possibleArcs } from '../core/view/possibleArcs';
import {
  AROUND_BY_SIDE,
  CALLOUTS,
  leaderOf,
  spotOf,
  LEFT_OUT,
  NAME_OFFSET_EMS,
  pinKey,
  placedBox,
  placeLabels,
  TAGS,
} from '../core/draw/pictureLabels';
import { addEndsLayer, END_DOTS, END_LABELS, END_TAGS, endLabels, LABEL_ANCHORS, pinned } from './endsLayer';

/** The anchors MapLibre tries for a side, in order: the `match` expression's literal list for it. */
function liveAnchors(side: string): string[] {
  const [op, input, ...rest] = LABEL_ANCHORS as unknown as [string, unknown, ...unknown[]];
  expect([op, input]).toEqual(['match', ['get', 'edge']]);
  const fallback = rest.at(-1);
  let list = fallback;
  for (let i = 0; i + 1 < rest.length - 1; i += 2) if (rest[i] === side) list = rest[i + 1];
  const [literal, pairs] = list as ['literal', unknown[]];
  expect(literal).toBe('literal');
  // (Anchor names and their offsets, alternating.)
  return pairs.filter((_, i) => i % 2 === 0) as string[];
}

/** The eight positions around a dot (MapLibre's anchors but 'center'). */
const POSITIONS = [
  'left',
  'right',
  'top',
  'bottom',
  'top-left',
  'top-right',
  'bottom-left',
  'bottom-right',
] as const;

describe('LABEL_ANCHORS', () => {
  it('tries the same positions in the same order as the build’s picture (`AROUND_BY_SIDE`), for every side', () => {
    const sides = Object.keys(AROUND_BY_SIDE) as (keyof typeof AROUND_BY_SIDE)[];
    expect(sides.sort()).toEqual(['east', 'middle', 'middle-west', 'west']);
    for (const side of sides) expect(liveAnchors(side), side).toEqual([...AROUND_BY_SIDE[side]]);
    // (Both built from one table: the order itself, beside, below, above, then diagonally; inwards near
    // the world's edges; in a close-up west first for a flow west of where it starts.)
    expect(liveAnchors('middle')).toEqual([
      'left',
      'right',
      'top',
      'bottom',
      'top-left',
      'bottom-right',
      'bottom-left',
    ]);
    expect(liveAnchors('middle-west')).toEqual([
      'right',
      'left',
      'top',
      'bottom',
      'top-right',
      'bottom-left',
      'bottom-right',
    ]);
    // Near the world's edges, inwards first, then centred below or above (wholly inside the world or not
    // at all: the name's plan, `namePlanner`), never outwards.
    expect(liveAnchors('west')).toEqual(['left', 'top-left', 'bottom-left', 'top', 'bottom']);
    expect(liveAnchors('east')).toEqual(['right', 'top-right', 'bottom-right', 'top', 'bottom']);
  });

  it('keeps a planned name to the one position its plan gave it, and an unplanned one to its side’s order', () => {
    for (const where of POSITIONS) expect(liveAnchors(pinKey(where)), where).toEqual([where]);
    const pins = new Map([['JP', 'top-right' as const]]);
    expect(liveAnchors(pinned('JP', 'middle', pins))).toEqual(['top-right']);
    expect(liveAnchors(pinned('KR', 'east', pins))).toEqual([...AROUND_BY_SIDE.east]);
  });

  it('draws no name its map’s plan leaves out (a close-up’s, that fits nowhere inside it)', () => {
    const edge = pinned('KH', 'middle', new Map([['KH', LEFT_OUT]]));
    expect(edge).toBe(LEFT_OUT);
    // (The layer's filter: its features whose `edge` is that are not drawn.)
    const layer = endLabels('flow-labels', 'flow-ends', 'text', 10, 'light');
    expect(layer.filter).toEqual(['!=', ['get', 'edge'], edge]);
  });

  it('puts a name on the same side of its dot, as far from it, as the build’s picture does, at every position', () => {
    const [, , ...rest] = LABEL_ANCHORS as unknown as [string, unknown, ...unknown[]];
    for (const where of POSITIONS) {
      const list = rest[rest.indexOf(pinKey(where)) + 1] as ['literal', [string, [number, number]]];
      const [, [, [ox, oy]]] = list;
      // The picture's name there, kept to it (`at`): its box's centre against the dot's.
      const [l] = placeLabels([{ text: 'Hanoi', x: 100, y: 100, priority: 1, at: where }], 12, {
        width: 200,
        height: 200,
      });
      const b = placedBox(l!, 12);
      const [cx, cy] = [(b.x0 + b.x1) / 2 - 100, (b.y0 + b.y1) / 2 - 100];
      expect([Math.sign(ox), Math.sign(oy)], where).toEqual([
        Math.sign(Math.round(cx)),
        Math.sign(Math.round(cy)),
      ]);
      expect(Math.hypot(ox, oy), where).toBeCloseTo(
        ox && oy ? NAME_OFFSET_EMS * 0.7 * Math.SQRT2 : NAME_OFFSET_EMS,
      );
    }
  });
});

describe('callouts on the live map', () => {
  it('puts a callout’s name at its anchor and offset as the build’s picture does, and draws its leader under it', () => {
    const [, , ...rest] = LABEL_ANCHORS as unknown as [string, unknown, ...unknown[]];
    const size = 12;
    for (const where of CALLOUTS) {
      const list = rest[rest.indexOf(pinKey(where)) + 1] as ['literal', [string, [number, number]]];
      const [, [anchor, [ox, oy]]] = list;
      expect(anchor, where).toBe(spotOf(where).beside);
      // The picture's name there, kept to it (`at`): the side of its box facing the dot where MapLibre
      // sets it, the offset from the dot (less MapLibre's baseline shift, 7/24 em, above or below).
      const [l] = placeLabels([{ text: 'Hanoi', x: 100, y: 100, priority: 1, at: where }], size, {
        width: 200,
        height: 200,
      });
      expect(l?.leader, where).toBeDefined();
      const b = placedBox(l!, size);
      const shift = (Math.abs(oy) - 7 / 24) * size;
      if (anchor.includes('left')) expect(b.x0 - 100, where).toBeCloseTo(ox * size);
      if (anchor.includes('right')) expect(b.x1 - 100, where).toBeCloseTo(ox * size);
      if (anchor.startsWith('top')) expect(b.y0 - 100, where).toBeCloseTo(shift);
      if (anchor.startsWith('bottom')) expect(100 - b.y1, where).toBeCloseTo(shift);
      if (anchor === 'left' || anchor === 'right') expect((b.y0 + b.y1) / 2, where).toBeCloseTo(100);
      if (anchor === 'top' || anchor === 'bottom') expect((b.x0 + b.x1) / 2, where).toBeCloseTo(100);
    }
    // The leader is the names' layer's icon for a callout only, rotated along it, from past the dot's rim.
    const layout = endLabels('end-labels', 'ends', 'name', 8, 'dark').layout!;
    const value = (prop: string, where: string) => {
      const m = layout[prop as keyof typeof layout] as unknown as unknown[];
      const i = m.indexOf(pinKey(where as never));
      return i < 0 ? m.at(-1) : m[i + 1];
    };
    expect(value('icon-image', 'left')).toBe('');
    expect(value('icon-image', 'c4.2')).toBe('leader-dark-c4.2');
    expect(value('icon-rotate', 'c4.2')).toBeCloseTo(90);
    expect(value('icon-rotate', 'c8.1')).toBeCloseTo(180);
    for (const where of CALLOUTS) {
      const l = leaderOf(where, size)!;
      const [dx, dy] = layout['icon-offset'] as [number, number];
      expect([dx - Math.hypot(l.x0, l.y0), dy].map((v) => Math.abs(v) < 1e-5)).toEqual([true, true]);
      // (Along the leader: MapLibre turns an icon clockwise on the screen, its offset with it.)
      const turn = ((value('icon-rotate', where) as number) * Math.PI) / 180;
      expect(Math.cos(turn) * Math.hypot(l.x0, l.y0)).toBeCloseTo(l.x0, 4);
      expect(Math.sin(turn) * Math.hypot(l.x0, l.y0)).toBeCloseTo(l.y0, 4);
    }
    expect(layout['icon-rotation-alignment']).toBe('viewport');
    expect(layout['icon-allow-overlap']).toBe(true);
  });
});

/**
 * A layer filter's value for a feature's properties: the expressions the layers use (all, !, ==, !=, in,
 * slice, get, literal).
 */
function passes(f: unknown, props: Record<string, unknown>): boolean {
  const value = (e: unknown): unknown => {
    if (!Array.isArray(e)) return e;
    const [op, ...args] = e as [string, ...unknown[]];
    if (op === 'get') return props[args[0] as string];
    if (op === 'literal') return args[0];
    if (op === 'all') return args.every((a) => value(a) === true);
    if (op === '!=') return value(args[0]) !== value(args[1]);
    if (op === '==') return value(args[0]) === value(args[1]);
    if (op === '!') return value(args[0]) !== true;
    if (op === 'slice') return String(value(args[0])).slice(args[1] as number, args[2] as number);
    if (op === 'in') return (value(args[1]) as unknown[]).includes(value(args[0]));
    throw new Error(`no ${op}`);
  };
  return f === undefined || value(f) === true;
}

/** A map that keeps what the layer asks of it: its layers, their filters, its source's data. */
function keepingMap() {
  const layers = new Map<string, { filter?: unknown }>();
  const kept = { data: { features: [] } as { features: { properties: Record<string, unknown> }[] } };
  const states = new Map<string, Record<string, unknown>>();
  const map = {
    addSource: (_: string, spec: { data: typeof kept.data }) => void (kept.data = spec.data),
    getSource: () => ({ setData: (d: typeof kept.data) => void (kept.data = d) }),
    addLayer: (spec: { id: string; filter?: unknown }) => void layers.set(spec.id, { ...spec }),
    setFilter: (id: string, filter: unknown) => void (layers.get(id)!.filter = filter),
    hasImage: () => true,
    addImage: () => {},
    setFeatureState: (f: { id: string }, state: Record<string, unknown>) =>
      void states.set(f.id, { ...states.get(f.id), ...state }),
    setPaintProperty: () => {},
  } as unknown as MlMap;
  return { map, layers, kept, states };
}

describe('addEndsLayer', () => {
  it('in a close-up, draws no name its plan leaves out, with its filter of the places shown', () => {
    const { map, layers, kept } = keepingMap();
    const arcs = possibleArcs(seedAtlas);
    const ids = [...new Set(arcs.flatMap((a) => [a.vn, a.partner]))];
    // The plan leaves the first place's name out (it fits nowhere in the close-up), keeps the others.
    const ends = addEndsLayer(map, seedAtlas, arcs, {
      lang: 'fr',
      theme: 'light',
      plan: (names) => new Map(names.map((n, i) => [n.id, i === 0 ? LEFT_OUT : 'left'] as const)),
    });
    ends.show(new Set(ids), new Set());
    const filter = layers.get(END_LABELS)!.filter;
    const drawn = kept.data.features
      .filter((f) => passes(filter, f.properties))
      .map((f) => f.properties['id']);
    const out = kept.data.features.find((f) => f.properties['edge'] === LEFT_OUT)?.properties['id'];
    expect(out).toBeDefined();
    expect(drawn).not.toContain(out);
    expect(drawn.length).toBe(ids.length - 1);
    // (And none before they are shown.)
    ends.show(new Set(), new Set());
    expect(kept.data.features.filter((f) => passes(layers.get(END_LABELS)!.filter, f.properties))).toEqual(
      [],
    );
  });

  it('draws a selected place’s tag in its own layer, over the dots’ blocks, and the other names in theirs', () => {
    const { map, layers, kept } = keepingMap();
    const arcs = possibleArcs(seedAtlas);
    const ids = [...new Set(arcs.flatMap((a) => [a.vn, a.partner]))];
    // The plan gives the first place a tag (no room beside its ring), the others a position beside.
    const ends = addEndsLayer(map, seedAtlas, arcs, {
      lang: 'fr',
      theme: 'light',
      plan: (names) => new Map(names.map((n, i) => [n.id, i === 0 ? TAGS[0]! : 'left'] as const)),
    });
    ends.show(new Set(ids), new Set());
    const drawnBy = (layer: string) =>
      kept.data.features
        .filter((f) => passes(layers.get(layer)!.filter, f.properties))
        .map((f) => f.properties['id']);
    const tagged = kept.data.features.find((f) => f.properties['edge'] === pinKey(TAGS[0]!))?.properties[
      'id'
    ];
    expect(tagged).toBeDefined();
    expect(drawnBy(END_TAGS)).toEqual([tagged]);
    expect(drawnBy(END_LABELS)).not.toContain(tagged);
    expect(drawnBy(END_LABELS).length).toBe(ids.length - 1);
    // Over the dots' blocks (MapLibre would hide it in the names' layer), and taking its room from the
    // names placed after it (the countries' and provinces', which the plan does not place).
    const spec = layers.get(END_TAGS) as { layout?: Record<string, unknown> };
    expect(spec.layout?.['text-allow-overlap']).toBe(true);
    expect(spec.layout?.['text-ignore-placement'] ?? false).toBe(false);
  });

  it('names a selection’s ends first: planned and ranked before places with more arcs', () => {
    const { map, kept } = keepingMap();
    const arcs = possibleArcs(seedAtlas);
    const ids = [...new Set(arcs.flatMap((a) => [a.vn, a.partner]))];
    const asked: { id: string; priority: number }[][] = [];
    const ends = addEndsLayer(map, seedAtlas, arcs, {
      lang: 'fr',
      theme: 'light',
      plan: (names) => (asked.push(names.map((n) => ({ id: n.id, priority: n.priority }))), new Map()),
    });
    // Hokkaidō and Quảng Ninh selected; Guangxi, with more arcs, not.
    const hokkaido = arcs.find((a) => a.partner === 'JP-01')!;
    const strong = new Set([hokkaido.vn, hokkaido.partner]);
    ends.show(new Set(ids), new Set());
    // (A hover's preview, strong but not first: not planned again.)
    ends.show(new Set(ids), strong);
    expect(asked).toHaveLength(1);
    ends.show(new Set(ids), strong, strong);
    const [before, after] = [asked.at(-2)!, asked.at(-1)!];
    const first = (names: typeof before) =>
      [...names].sort((a, b) => b.priority - a.priority).map((n) => n.id);
    expect(first(before).slice(0, 2)).not.toEqual(expect.arrayContaining([...strong]));
    expect(new Set(first(after).slice(0, 2))).toEqual(strong);
    // MapLibre's order (`symbol-sort-key`, lower first) says the same.
    const rank = (id: string) =>
      Number(kept.data.features.find((f) => f.properties['id'] === id)!.properties['rank']);
    expect(Math.max(...[...strong].map(rank))).toBeLessThan(
      Math.min(...ids.filter((id) => !strong.has(id)).map(rank)),
    );
  });

  it('plans the names of other places in the same frame from where the names were (the date moved), a new frame afresh', () => {
    const { map } = keepingMap();
    const arcs = possibleArcs(seedAtlas);
    const ids = [...new Set(arcs.flatMap((a) => [a.vn, a.partner]))];
    let frame = 'a';
    const asked: Map<string, string | undefined>[] = [];
    const ends = addEndsLayer(map, seedAtlas, arcs, {
      lang: 'fr',
      theme: 'light',
      planKey: () => frame,
      // (Every name planned above its dot.)
      plan: (names) => (
        asked.push(new Map(names.map((n) => [n.id, n.first]))),
        new Map(names.map((n) => [n.id, 'bottom' as const]))
      ),
    });
    ends.show(new Set(ids), new Set());
    expect([...asked[0]!.values()].every((f) => f === undefined)).toBe(true);
    // One place fewer (the date moved back): the others start from where their names were.
    ends.show(new Set(ids.slice(1)), new Set());
    expect([...asked[1]!.values()]).toEqual(ids.slice(1).map(() => 'bottom'));
    // Another frame (the map moved) is planned afresh.
    frame = 'b';
    ends.show(new Set(ids), new Set());
    expect([...asked[2]!.values()].every((f) => f === undefined)).toBe(true);
  });

  it('rings the dot of the place selected, above the dots, and only that one', () => {
    const { map, layers, states } = keepingMap();
    const arcs = possibleArcs(seedAtlas);
    const ids = [...new Set(arcs.flatMap((a) => [a.vn, a.partner]))];
    const ends = addEndsLayer(map, seedAtlas, arcs, { lang: 'fr', theme: 'light' });
    const picked = () => [...states].filter(([, s]) => s['picked'] === true).map(([id]) => id);
    // (Its layer above the dots', a neighbour's included, and the place's dot again above it.)
    const order = [...layers.keys()];
    expect(order.indexOf('end-rings')).toBeGreaterThan(order.indexOf(END_DOTS));
    expect(order.indexOf('end-picked')).toBeGreaterThan(order.indexOf('end-rings'));
    ends.show(new Set(ids), new Set(), new Set(), 'VN-13');
    expect(picked()).toEqual(['VN-13']);
    ends.show(new Set(ids), new Set(), new Set(), 'JP-01');
    expect(picked()).toEqual(['JP-01']);
    // A country selected (a flow's end, no dot here) or none: no ring.
    ends.show(new Set(ids), new Set(), new Set(), 'JP');
    expect(picked()).toEqual([]);
    ends.show(new Set(ids), new Set(), new Set(), 'VN-13');
    ends.show(new Set(ids), new Set());
    expect(picked()).toEqual([]);
  });
});
