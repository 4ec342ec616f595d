import { describe, expect, it } from 'vitest';
import { lineCrossings, segmentHits } from './segments';
import {
  awayFrom,
  ARCHIPELAGO_POSITIONS,
  archipelagoBlocks,
  dotBoxes,
  grown,
  nameRoom,
  blockLabel,
  breakLines,
  capitalsWidth,
  fitBlocks,
  placedBox,
  placedSvg,
  placeLabel,
  placeLabels,
  liveTileOrder,
  nameReach,
  firstPositions,
  plannedPlacement,
  CALLOUTS,
  roomyCallouts,
  LEADER_GAP_EMS,
  leaderOf,
  spotOf,
  PICTURE_ROOM,
  SELECTED_FIRST,
  RING_OFFSET_EMS,
  type LabelAsk,
  type Around,
  TAGS,
  type Rect,
} from './pictureLabels';

describe('placeLabels', () => {
  const box = { width: 400, height: 200 };

  it('keeps two names on one line half an em apart at least: closer, they read as one name', () => {
    // "Alpes-Maritimes" ending 3 px before "Gangwon" read "MaritimesGangwon" on a phone.
    const size = 12;
    // (Gangwon's name west of its dot, Maritimes' east of its own: the two names end to end.)
    const gangwon: LabelAsk = { text: 'Gangwon', x: 300, y: 100, priority: 2, side: 'east' };
    const [g] = placeLabels([gangwon], size, box);
    const gBox = placedBox(g!, size);
    const maritimes = (x: number): LabelAsk => ({ text: 'Maritimes', x, y: 100, priority: 1, side: 'west' });
    const alone = (x: number) => placeLabels([maritimes(x)], size, box)[0]!;
    // Where its name, east of its dot, would end `gap` px before Gangwon's.
    const at = (gap: number) => {
      const m = placedBox(alone(100), size);
      return 100 + gBox.x0 - gap - m.x1;
    };
    const both = (gap: number) =>
      placeLabels([gangwon, maritimes(at(gap))], size, box).find((l) => l.text === 'Maritimes');
    // 8 px apart: where it was, on Gangwon's line.
    expect(both(8)).toEqual(alone(at(8)));
    // 3 px apart: named still, elsewhere around its dot, not on that line before Gangwon.
    const near = both(3)!;
    expect(near).toBeDefined();
    const b = placedBox(near, size);
    expect(b.y1 <= gBox.y0 || b.y0 >= gBox.y1 || b.x1 <= gBox.x0 - size / 2).toBe(true);
  });

  it('names a place to the right of its dot when there is room, as far from it as the live map does', () => {
    // The live map's offset, 0.6 em (7.8 units at 13); its box, a line's height (1 em), centred on the
    // dot, the baseline 0.85 em below its top.
    expect(placeLabels([{ text: 'Hanoi', x: 100, y: 100, priority: 1 }], 13, box)).toEqual([
      { text: 'Hanoi', lines: ['Hanoi'], x: 107.8, y: 104.55, anchor: 'start' },
    ]);
  });

  it('tries the positions in the live map’s order: right, left, below, above, then diagonally', () => {
    // Walls of dots around Hanoi's (other places' dots, which no name covers) leave one way out at a time.
    const at = (dots: [number, number][]) =>
      placeLabels(
        [
          { text: 'Hanoi', x: 100, y: 100, priority: 9 },
          ...dots.map(([x, y], i) => ({ text: `p${i}`, x, y, priority: 0, side: 'west' as const })),
        ],
        13,
        { x: -1000, y: -1000, width: 3000, height: 3000 },
      ).find((l) => l.text === 'Hanoi');
    const right = [125, 94] as [number, number];
    const left = [75, 96] as [number, number];
    // (The dots below and right of Hanoi's are farther from a name below and right of it than Hanoi's:
    // 6.4 and 7.7 units to 5.7. Closer, a reader would give the name to them: `placeLabels` does not.)
    const below = [100, 118] as [number, number];
    const above = [100, 88] as [number, number];
    expect(at([right])?.anchor).toBe('end');
    // Below before above (MapLibre's "top" anchor comes before its "bottom").
    const b = at([right, left]);
    expect([b?.anchor, b!.y > 100]).toEqual(['middle', true]);
    const a = at([right, left, below]);
    expect([a?.anchor, a!.y < 100]).toEqual(['middle', true]);
    // Then below right ("top-left"), 0.42 em across; MapLibre takes its assumed baseline, 7/24 em, off
    // every offset up or down: the box's top 0.42 − 0.29 em below the dot, the name below 0.31 em.
    const d = at([right, left, below, above]);
    expect(d?.anchor).toBe('start');
    expect(d!.x).toBeCloseTo(100 + 0.42 * 13);
    expect(d!.y - 0.85 * 13).toBeCloseTo(100 + (0.42 - 7 / 24) * 13);
    expect(b!.y - 0.85 * 13).toBeCloseTo(100 + (0.6 - 7 / 24) * 13);
  });

  it('keeps a name inwards near the world’s edges (its side), and breaks ties in the order asked', () => {
    // A dot near the east edge: its name goes left even where the right is free.
    const east = placeLabels([{ text: 'Cuba', x: 100, y: 100, priority: 1, side: 'east' }], 13, box);
    expect(east[0]?.anchor).toBe('end');
    // Two names that cannot both be drawn: the one asked first wins a tie, whatever its letters.
    const pair = (names: string[]) =>
      placeLabels(
        names.map((text) => ({ text, x: 100, y: 100, priority: 1, side: 'west' as const })),
        13,
        box,
      ).map((l) => l.text);
    // Past the picture's edge: left out, never kept cut, as MapLibre alone keeps a name (100 px past).
    const edge = { text: 'Cuba', x: 395, y: 100, priority: 1, side: 'west' as const };
    expect(placeLabels([edge], 13, box)).toEqual([]);
    // (One dot, one side: the second name finds every position of its taken.)
    expect(pair(['Zeta', 'Alpha'])).toEqual(['Zeta']);
    expect(pair(['Alpha', 'Zeta'])).toEqual(['Alpha']);
  });

  it('names a flow next door away from where it starts, west of its dot first, and still east where the west is taken', () => {
    // Cambodia's end (Phnom Penh) is west of its flow's start (Hồ Chí Minh City): named west of it.
    const hcmc: [number, number] = [106.7, 10.8];
    expect(awayFrom('middle', 104.9, hcmc)).toBe('middle-west');
    // The Philippines' end, east of it, and any name that must keep to a side, as before.
    expect(awayFrom('middle', 121, hcmc)).toBe('middle');
    expect(awayFrom('west', 104.9, hcmc)).toBe('west');
    expect(awayFrom('middle', 104.9, undefined)).toBe('middle');
    const cambodia = { text: 'Cambodia · 20', x: 200, y: 100, priority: 20, side: 'middle-west' as const };
    expect(placeLabels([cambodia], 13, box)[0]?.anchor).toBe('end');
    expect(placeLabels([{ ...cambodia, side: 'middle' }], 13, box)[0]?.anchor).toBe('start');
    // West of its dot taken (Thailand's name, placed first, goes west of its own dot: east of it would
    // cover Cambodia's): east of it, not lost.
    const thailand = { text: 'Thailand · 2', x: 150, y: 100, priority: 30, side: 'middle' as const };
    const both = placeLabels([thailand, cambodia], 13, box);
    expect(both.map((l) => [l.text, l.anchor])).toEqual([
      [thailand.text, 'end'],
      [cambodia.text, 'start'],
    ]);
  });

  it('moves a label that would overlap another, and keeps labels inside the picture', () => {
    const out = placeLabels(
      [
        { text: 'Guangxi', x: 100, y: 100, priority: 2 },
        { text: 'Quảng Ninh', x: 102, y: 102, priority: 1 },
        { text: 'Hokkaidō', x: 395, y: 100, priority: 1 },
      ],
      13,
      box,
    );
    // (Placed in their order: priority, then as asked. Quảng Ninh's dot, south-east of Guangxi's, is
    // on its right: each name goes on its own dot's outer side.)
    expect(out.map((l) => [l.text, l.anchor])).toEqual([
      ['Guangxi', 'end'],
      ['Quảng Ninh', 'start'],
      ['Hokkaidō', 'end'],
    ]);
  });

  it('never starts a name just after another dot on its line: "• Lạng Sơn" reads as that dot’s name', () => {
    // A small close-up: Lạng Sơn's dot walled in beside (other places' dots), Tuyên Quang's down and to
    // the left. Centred below its dot, Lạng Sơn's name began 9 px after Tuyên Quang's dot, on its line
    // (nearer its own dot, 4 px above it).
    const size = 12;
    const langSon = { text: 'Lạng Sơn', x: 100, y: 100, priority: 5 };
    const dots = [
      [122, 100],
      [78, 100],
      [64, 110],
    ].map(([x, y], i) => ({ text: `p${i}`, x: x!, y: y!, priority: 0, unnamed: true }));
    const [placed] = placeLabels([langSon, ...dots], size, box);
    const r = placedBox(placed!, size);
    expect(placed!.text).toBe('Lạng Sơn');
    // No other dot within 0.9 em before its first letter, on its line.
    for (const d of dots)
      expect(d.y < r.y0 || d.y > r.y1 || r.x0 - d.x < 0 || r.x0 - d.x > 0.9 * size, d.text).toBe(true);
    // Two dots drawn as one (half an em apart) are both the name's: it may follow either.
    const twin = { text: 'Hải Phòng', x: 96, y: 99, priority: 1, unnamed: true };
    const [beside] = placeLabels([{ ...langSon }, twin], size, box);
    expect(beside!.anchor).toBe('start');
  });

  it('never puts a name nearer another dot than its own: the reader would give it to that one', () => {
    // A laptop's close-up of home: Hải Phòng's dot 4.5 px east and 1.5 px south of Hà Nội's, two dots
    // drawn on each other. Hà Nội's name right of its dot began past Hải Phòng's, and Hải Phòng's
    // left of its own ended at Hà Nội's: "Hải Phòng · 11 ●● Hanoï · 41", each name by the other's dot.
    const hanoi = { text: 'Hanoï · 41', x: 100, y: 100, priority: 41 };
    const haiPhong = { text: 'Hải Phòng · 11', x: 104.5, y: 101.5, priority: 11 };
    const out = placeLabels([hanoi, haiPhong], 12, box);
    const at = Object.fromEntries(out.map((l) => [l.text, l]));
    // Both named, each on its own dot's outer side: Hà Nội's left of it (its end west of both dots),
    // Hải Phòng's right of it (its start east of both).
    expect(at[hanoi.text]?.anchor).toBe('end');
    expect(at[hanoi.text]!.x).toBeLessThan(hanoi.x);
    expect(at[haiPhong.text]?.anchor).toBe('start');
    expect(at[haiPhong.text]!.x).toBeGreaterThan(haiPhong.x);
    // A name's far end counts too: right of its dot, Laos's name would end 4 units from a hub's dot,
    // nearer than its own (7): it goes elsewhere.
    const laos = { text: 'Laos · 25', x: 100, y: 100, priority: 25, side: 'west' as const };
    const alone = placeLabels([laos], 12, box)[0]!;
    expect(alone.anchor).toBe('start');
    const end = placedBox(alone, 12).x1;
    const hub = { text: 'Nghệ An · 10', x: end + 4, y: 100, priority: 10, side: 'west' as const };
    const moved = placeLabels([laos, hub], 12, box).find((l) => l.text === laos.text)!;
    expect(moved).not.toEqual(alone);
    const from = (p: { x: number; y: number }, b = placedBox(moved, 12)) =>
      Math.hypot(Math.max(b.x0 - p.x, 0, p.x - b.x1), Math.max(b.y0 - p.y, 0, p.y - b.y1));
    expect(from(laos)).toBeLessThan(from(hub));
    // (Two dots at one point: one of them is named.)
    expect(placeLabels([laos, { ...laos, text: 'Laos (bis)' }], 12, box)).toHaveLength(1);
  });

  it('never covers another place’s dot: a name goes to the other side of its own', () => {
    // Hà Nội and Bắc Ninh, 25 units apart: "Hanoi" on the right would sit on Bắc Ninh's dot.
    const out = placeLabels(
      [
        { text: 'Hanoi', x: 100, y: 100, priority: 2 },
        { text: 'Bac Ninh', x: 125, y: 100, priority: 1 },
      ],
      13,
      box,
    );
    expect(out.map((l) => [l.text, l.anchor])).toEqual([
      ['Hanoi', 'end'],
      ['Bac Ninh', 'start'],
    ]);
  });

  it('names no place whose dot is out of the box, though its name would fit inside', () => {
    // "Cao Bằng" stood at a phone's map's left edge, its dot 3 px past it (a reader's review).
    const ask = { text: 'Cao Bằng', x: -3, y: 100, priority: 5, side: 'west' as const };
    expect(placeLabels([ask], 12, box)).toEqual([]);
    expect(placeLabels([{ ...ask, x: 3 }], 12, box)).toHaveLength(1);
  });

  it('keeps clear of the fixed names (the archipelagos), which are always drawn', () => {
    const ask = { text: 'Đà Nẵng', x: 100, y: 100, priority: 1 };
    // Alone, the name goes to the right of its dot; a fixed name there pushes it to the left.
    expect(placeLabels([ask], 13, box)[0]?.anchor).toBe('start');
    const out = placeLabels([ask], 13, box, [{ text: 'Quần đảo Hoàng Sa', x: 170, y: 104 }]);
    expect(out).toEqual([{ text: 'Đà Nẵng', lines: ['Đà Nẵng'], x: 92.2, y: 104.55, anchor: 'end' }]);
  });
});

describe('a ringed dot’s name', () => {
  it('stands past the ring, beside its dot or below it, on the live map’s plan as in the pictures', () => {
    // (The box's nearest point to the dot's centre.)
    const gap = (l: ReturnType<typeof placeLabels>[number], x: number, y: number) => {
      const b = placedBox(l, 12);
      return Math.hypot(Math.max(b.x0 - x, 0, x - b.x1), Math.max(b.y0 - y, 0, y - b.y1));
    };
    const ask = { text: 'Quảng Ninh', x: 100, y: 50, priority: 1, side: 'east' as const };
    const [plain] = placeLabels([ask], 12, { width: 300, height: 100 });
    const [ringed] = placeLabels([{ ...ask, ringed: true }], 12, { width: 300, height: 100 });
    // Beside a dot 0.6 em off; past a ring (9 px and its outline) a full em.
    expect(gap(plain!, 100, 50)).toBeCloseTo(7.2, 1);
    expect(gap(ringed!, 100, 50)).toBeCloseTo(12 * RING_OFFSET_EMS, 1);
    // Pinned by the live map's plan at a position of its own (`r.` and MapLibre's anchor), the same way.
    expect(plannedPlacement([{ ...ask, ringed: true }], 12, { width: 300, height: 100 })).toEqual([
      'r.right',
    ]);
    expect(spotOf('r.right')).toMatchObject({ beside: 'right', anchor: 'end', ox: -RING_OFFSET_EMS, oy: 0 });
  });
});

describe('callouts (a name with no room beside its dot, farther off with a leader)', () => {
  const box = { width: 400, height: 300 };
  const size = 12;
  /** The distance from a point to a segment. */
  const toSegment = (l: Rect, x: number, y: number) => {
    const [vx, vy] = [l.x1 - l.x0, l.y1 - l.y0];
    const t = Math.max(0, Math.min(1, ((x - l.x0) * vx + (y - l.y0) * vy) / (vx * vx + vy * vy)));
    return Math.hypot(l.x0 + t * vx - x, l.y0 + t * vy - y);
  };
  const toBox = (b: Rect, x: number, y: number) =>
    Math.hypot(Math.max(b.x0 - x, 0, x - b.x1), Math.max(b.y0 - y, 0, y - b.y1));
  // A phone's Europe: France's dot between four partner countries' dots 12 px off, whose names are
  // fewer links; each position beside France's dot covers a dot or is nearer another dot than its own.
  const france: LabelAsk = { text: 'France · 14', x: 200, y: 150, priority: 14 };
  const crowd: LabelAsk[] = [
    [12, 0],
    [-12, 0],
    [0, 12],
    [0, -12],
  ].map(([dx, dy], i) => ({ text: `P${i} · 1`, x: 200 + dx!, y: 150 + dy!, priority: 1 }));

  it('names the place of more links first, off the crowd, joined to its dot by a leader clear of the other dots', () => {
    // Beside its dot, France's name finds no room: the dots' squares and names nearer other dots.
    const beside = placeLabels([france, ...crowd], size, box, [], [], undefined, 'first');
    expect(beside.map((l) => l.text)).not.toContain(france.text);
    const placed = placeLabels([france, ...crowd], size, box);
    const named = placed.find((l) => l.text === france.text)!;
    expect(named.leader).toBeDefined();
    const l = named.leader!;
    const b = placedBox(named, size);
    // The leader leaves from France's dot (past its rim) and ends just before its name's box.
    expect(Math.hypot(l.x0 - france.x, l.y0 - france.y)).toBeCloseTo(size * 0.45, 5);
    expect(toBox(b, l.x1, l.y1)).toBeCloseTo(size * LEADER_GAP_EMS, 5);
    // No other dot within 6.5 px of the leader (its radius and outline, the leader's line and halo),
    // nor within 1.5 em of the name.
    for (const c of crowd) {
      expect(toSegment(l, c.x, c.y)).toBeGreaterThanOrEqual(6.5);
      expect(toBox(b, c.x, c.y)).toBeGreaterThan(size * 1.5);
    }
    // Nor any name crossed by it, or covering another.
    for (const other of placed.filter((o) => o !== named)) {
      const o = placedBox(other, size);
      expect(toBox(o, l.x1, l.y1)).toBeGreaterThan(0);
      expect(b.x1 < o.x0 || o.x1 < b.x0 || b.y1 < o.y0 || o.y1 < b.y0).toBe(true);
    }
    // The live map's plan makes it a callout too, which it keeps (`pinKey`) and draws with its leader;
    // and the build's picture, where its callouts hold with names 4 % larger (`roomyCallouts`), where
    // the plan puts it.
    const asks = [france, ...crowd];
    const where = plannedPlacement(asks, size, box);
    expect(where[0]).toMatch(/^c\d+\.[12]$/);
    const kept = placeLabels([{ ...france, at: where[0]! }, ...crowd], size, box)[0]!;
    expect(kept.leader).toBeDefined();
    const firsts = roomyCallouts(
      asks,
      firstPositions(asks, size, box),
      size,
      box,
      [],
      [],
      undefined,
      PICTURE_ROOM,
    );
    const pictured = placeLabels(
      asks.map((a, i) => ({ ...a, first: firsts[i] })),
      size,
      box,
      [],
      [],
      undefined,
      'first',
    );
    expect(pictured[0]).toEqual(kept);
  });

  it('keeps to its side near the world’s edges, and never leaves from a dot drawn on another', () => {
    // West of the world's east edge: the name goes west of its dot, however far off.
    const east = placeLabels([{ ...france, side: 'east' }, ...crowd], size, box).find(
      (l) => l.text === france.text,
    );
    expect(east?.leader).toBeDefined();
    expect(east!.leader!.x1).toBeLessThanOrEqual(france.x);
    const west = placeLabels([{ ...france, side: 'west' }, ...crowd], size, box).find(
      (l) => l.text === france.text,
    );
    expect(west!.leader!.x1).toBeGreaterThanOrEqual(france.x);
    // A dot 4 px from France's: a leader from the two would be either's. Beside them, one name.
    const twin = { text: 'Monaco · 9', x: 204, y: 150, priority: 9 };
    const out = placeLabels([france, twin, ...crowd], size, box);
    expect(out.filter((l) => l.leader && [france.text, twin.text].includes(l.text))).toEqual([]);
    // Nor for a place out of the map's sight, its crowd with it: its name is left out (`namePlanner`).
    const off = (a: LabelAsk) => ({ ...a, x: a.x - 203 });
    const gone = placeLabels([off(france), ...crowd.map(off)], size, box);
    expect(gone.map((l) => l.text)).not.toContain(france.text);
    expect(
      placeLabels(
        [off(france), ...crowd.map(off)].map((a) => ({ ...a, x: a.x + 6 })),
        size,
        box,
      ).map((l) => l.text),
    ).toContain(france.text);
  });

  it('gives the live map’s anchors and offsets as MapLibre reads them, the leader from the dot towards its name', () => {
    expect(CALLOUTS).toHaveLength(32);
    for (const where of CALLOUTS) {
      const { beside, ox, oy, far } = spotOf(where);
      expect(far).toBe(true);
      // MapLibre takes an offset's sign from its anchor (`text-variable-anchor-offset`): the anchor's
      // side is the one facing the dot, and an anchor at the middle of a side takes no offset across.
      expect(beside.includes('left')).toBe(ox > 0);
      expect(beside.includes('right')).toBe(ox < 0);
      expect(beside.includes('top')).toBe(oy > 0);
      expect(beside.includes('bottom')).toBe(oy < 0);
      const l = leaderOf(where, size)!;
      // From past the dot's rim towards the offset, to the gap before the name's box, at its point
      // nearest the dot.
      expect(Math.hypot(l.x0, l.y0)).toBeCloseTo(size * 0.45, 5);
      expect(l.x1 * ox + l.y1 * oy).toBeGreaterThan(0);
      const [named] = placeLabels([{ text: 'Hanoi', x: 0, y: 0, priority: 1, at: where }], size, {
        x: -100,
        y: -100,
        width: 200,
        height: 200,
      });
      const b = placedBox(named!, size);
      expect(toBox(b, l.x1, l.y1), where).toBeCloseTo(size * LEADER_GAP_EMS, 5);
      const back = { x0: l.x1 - (l.x1 - l.x0) * 0.01, y0: l.y1 - (l.y1 - l.y0) * 0.01, x1: 0, y1: 0 };
      expect(toBox(b, back.x0, back.y0), where).toBeGreaterThan(size * LEADER_GAP_EMS);
    }
    expect(leaderOf('left', size)).toBeNull();
    const len = (w: (typeof CALLOUTS)[number]) => {
      const l = leaderOf(w, size)!;
      return Math.hypot(l.x1 - l.x0, l.y1 - l.y0);
    };
    expect(len('c0.2')).toBeGreaterThan(len('c0.1'));
  });
});

describe('a selected place left unnamed', () => {
  // Hà Nội selected in a main map's knot: its ring's name finds no room (here: named in the close-up),
  // and Bắc Ninh's, 12 px under it, read as Hà Nội's.
  const box = { width: 200, height: 100 };
  const knot = (hanoi: Partial<LabelAsk>, bacNinh: Partial<LabelAsk> = {}): LabelAsk[] => [
    { text: 'Hanoi', x: 50, y: 50, priority: 1, unnamed: true, ...hanoi },
    { text: 'Bac Ninh', x: 56, y: 62, priority: 1, ...bacNinh },
    { text: 'Astana', x: 160, y: 20, priority: 1 },
  ];

  it('has no other name beside its ring, in the live map’s plan and in the pictures', () => {
    expect(plannedPlacement(knot({}), 12, box)[1]).not.toBeNull();
    const ringed = knot({ ringed: true, priority: SELECTED_FIRST + 1 }, { priority: SELECTED_FIRST + 1 });
    expect(plannedPlacement(ringed, 12, box)).toEqual([null, null, 'right']);
    expect(placeLabels(ringed, 12, box).map((l) => l.text)).toEqual(['Astana']);
  });

  it('nor beside a selected arc’s unnamed end, a place outside the selection', () => {
    // Hokkaidō selected: its arc ends at Quảng Ninh's unnamed dot (here "Hanoi"), beside which a
    // neighbour outside the selection is not named; another end of the selection is.
    const end = { priority: SELECTED_FIRST + 1 };
    expect(plannedPlacement(knot(end), 12, box)).toEqual([null, null, 'right']);
    expect(plannedPlacement(knot(end, { priority: SELECTED_FIRST + 1 }), 12, box)[1]).not.toBeNull();
  });

  it('keeps the names beside its ring where its own is placed', () => {
    const named = knot({ ringed: true, priority: SELECTED_FIRST + 1, unnamed: false });
    expect(plannedPlacement(named, 12, box).every((w) => w !== null)).toBe(true);
  });
});

describe('a selected place with no room beside its ring', () => {
  // Hồ Chí Minh City selected in a phone's close-up: partners' dots all round its ring, 14–20 px off,
  // and no room for a callout in a small box.
  const box = { width: 150, height: 90 };
  const crowd = (hcm: Partial<LabelAsk>): LabelAsk[] => [
    { text: 'Hô Chi Minh-Ville', x: 75, y: 45, priority: SELECTED_FIRST + 9, ...hcm },
    ...[0, 45, 90, 135, 180, 225, 270, 315].map((deg, i) => ({
      text: `P${i}`,
      x: 75 + Math.cos((deg * Math.PI) / 180) * (deg === 0 ? 20 : 14),
      y: 45 + Math.sin((deg * Math.PI) / 180) * (deg === 0 ? 20 : 14),
      priority: 1,
    })),
  ];

  it('is named over the other dots (a tag), in the live map’s plan and in the pictures', () => {
    // Unselected, it finds no room; selected (ringed), it is named past its ring.
    expect(plannedPlacement(crowd({}), 12, box)[0]).toBeNull();
    const where = plannedPlacement(crowd({ ringed: true }), 12, box)[0];
    expect(where).toMatch(/^t\./);
    expect(spotOf(where!)).toMatchObject(spotOf(where!.replace('t.', 'r.') as Around));
    const [named] = placeLabels(crowd({ ringed: true }), 12, box);
    expect(named?.text).toBe('Hô Chi Minh-Ville');
    const b = placedBox(named!, 12);
    expect(b.x0 >= 0 && b.y0 >= 0 && b.x1 <= box.width && b.y1 <= box.height).toBe(true);
    // Where it covers the fewest dots.
    const covers = (r: Rect) =>
      crowd({}).filter((a, i) => i > 0 && a.x >= r.x0 && a.x <= r.x1 && a.y >= r.y0 && a.y <= r.y1).length;
    const fewest = Math.min(
      ...TAGS.flatMap((t) => {
        const [l] = placeLabels([{ ...crowd({ ringed: true })[0]!, at: t }], 12, box);
        return l ? [covers(placedBox(l, 12))] : [];
      }),
    );
    expect(covers(b)).toBe(fewest);
  });

  it('is no tag where moving a neighbour’s name makes room beside its ring', () => {
    // A second read's case: placed one by one, Osaka's name (placed first) takes the room above Hồ Chí
    // Minh City's ring, which then had a tag and Bến Tre2 none; moved, every name is placed.
    const asks: LabelAsk[] = [
      { text: 'Hô Chi Minh-Ville', x: 80, y: 50, priority: SELECTED_FIRST + 3, ringed: true },
      { text: 'Nam0', x: 46.485, y: 18.949, priority: 1 },
      { text: 'Long An1', x: 80.877, y: 17.334, priority: 1 },
      { text: 'Bến Tre2', x: 107.526, y: 33.866, priority: 1 },
      { text: 'Osaka3', x: 99.397, y: 82.899, priority: SELECTED_FIRST + 5 },
    ];
    const where = plannedPlacement(asks, 12, { width: 160, height: 100 });
    expect(where[0]).not.toMatch(/^t\./);
    expect(where.every((w) => w !== null)).toBe(true);
  });

  it('keeps its tag clear of the boxes kept (the archipelagos’ names, the close-up, the controls)', () => {
    const all = { x0: 0, y0: 0, x1: 150, y1: 90 };
    const asks = crowd({ ringed: true });
    // (Its own square only left free: nothing else fits.)
    expect(
      plannedPlacement(
        asks,
        12,
        box,
        [],
        [
          { ...all, x1: 70 },
          { ...all, x0: 80 },
        ],
      )[0],
    ).toBeNull();
  });
});

describe('firstPositions and plannedPlacement', () => {
  // Two dots 12 units apart, one above the other, in a box that leaves no room below the lower one:
  // placed one by one, the upper (more partnerships) takes the room right of its dot, where the lower
  // one's name (kept right of its dot: a west edge's side) would have gone.
  const box = { width: 200, height: 70 };
  const pair: LabelAsk[] = [
    { text: 'Upper', x: 50, y: 50, priority: 2 },
    { text: 'Lower', x: 50, y: 62, priority: 1, side: 'west' },
  ];

  it('placed in their sides’ order, a name takes the only room of a later one', () => {
    expect(placeLabels(pair, 12, box).map((l) => l.text)).toEqual(['Upper']);
  });

  it('moves the name in the way to another of its positions, so that both are named', () => {
    const first = firstPositions(pair, 12, box);
    const placed = placeLabels(
      pair.map((a, i) => ({ ...a, first: first[i] })),
      12,
      box,
    );
    expect(placed.map((l) => l.text).sort()).toEqual(['Lower', 'Upper']);
    // The upper name went left of its dot; the lower one right of its own.
    expect(placed.find((l) => l.text === 'Upper')!.x).toBeLessThan(50);
    expect(placed.find((l) => l.text === 'Lower')!.x).toBeGreaterThan(50);
    // And `plannedPlacement` says where each goes, the positions the live map keeps them to.
    expect(plannedPlacement(pair, 12, box)).toEqual(['right', 'left']);
    // (One that fits nowhere: null, left out.)
    expect(
      plannedPlacement([{ text: 'Out', x: 5, y: 5, priority: 1 }], 12, { width: 10, height: 10 }),
    ).toEqual([null]);
  });

  it('never gives up a name for a less important one, and never names fewer than placing one by one', () => {
    // Dots scattered at random (a fixed seed) in a small box, crowded: the weight of the names placed
    // (1 + priority each) is never below the one-by-one placement's, and no name the one-by-one
    // placement kept is lost for names of less weight than it.
    let seed = 7;
    let better = 0;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let round = 0; round < 20; round++) {
      const asks: LabelAsk[] = Array.from({ length: 30 }, (_, i) => ({
        text: `Place ${i} · ${1 + Math.floor(random() * 20)}`,
        x: 10 + random() * 280,
        y: 10 + random() * 180,
        priority: 1 + Math.floor(random() * 20),
        ...(random() < 0.3
          ? { side: 'west' as const }
          : random() < 0.2
            ? { side: 'middle-west' as const }
            : {}),
        // (Hubs, in a layer of their own placed first.)
        layer: i % 7 === 0 ? 0.5 : 1,
      }));
      const area = { width: 300, height: 200 };
      const weight = (ws: readonly unknown[]) =>
        ws.reduce<number>((s, w, i) => s + (w ? 1 + asks[i]!.priority : 0), 0);
      const oneByOne = placeLabels(asks, 12, area);
      const first = firstPositions(asks, 12, area);
      const planned = placeLabels(
        asks.map((a, i) => ({ ...a, first: first[i] })),
        12,
        area,
      );
      const before = asks.map((a) => oneByOne.find((l) => l.text === a.text));
      const after = asks.map((a) => planned.find((l) => l.text === a.text));
      // The live map is told where every name goes: those placed, and null for those left out.
      const where = plannedPlacement(asks, 12, area);
      for (const [i, w] of where.entries()) expect(w !== null, asks[i]!.text).toBe(!!after[i]);

      expect(weight(after)).toBeGreaterThanOrEqual(weight(before));
      if (weight(after) > weight(before)) better++;
      for (const [i, kept] of before.entries())
        if (kept && !after[i]) {
          // A name given up: the names gained weigh no less than it.
          const gained = after.reduce<number>(
            (s, w, j) => s + (w && !before[j] ? 1 + asks[j]!.priority : 0),
            0,
          );
          expect(gained).toBeGreaterThanOrEqual(1 + asks[i]!.priority);
        }
    }
    // (And the crowds are such that it often finds room for more.)
    expect(better).toBeGreaterThan(5);
  });

  it('placed as the live map places them (each kept where the plan puts it, those left out not drawn), the names go where the picture puts them', () => {
    // Crowds of every kind (sides, tiles, layers, hubs), a fixed seed: the live
    // map's placement, each name kept to the one position `plannedPlacement` gives it (`at`), is the
    // picture's.
    let seed = 5;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const sides = ['west', 'east', 'middle', 'middle-west'] as const;
    const box = { width: 400, height: 300 };
    let moved = 0;
    for (let round = 0; round < 200; round++) {
      const asks: LabelAsk[] = Array.from({ length: 20 + Math.floor(random() * 60) }, (_, i) => {
        const hub = random() < 0.15;
        return {
          text: `P${i} ${'x'.repeat(Math.floor(random() * 10))}`,
          x: random() * 400,
          y: random() * 300,
          priority: 1 + Math.floor(random() * 10),
          side: sides[Math.floor(random() * 4)]!,
          tile: Math.floor(random() * 4),
          layer: hub ? 0.5 : random() < 0.5 ? 0 : 1,
        };
      });
      const first = firstPositions(asks, 12, box);
      const picture = placeLabels(
        asks.map((a, i) => ({ ...a, first: first[i] })),
        12,
        box,
      );
      const at = plannedPlacement(asks, 12, box);
      moved += at.filter((w, i) => w !== null && w !== first[i]).length;
      const live = placeLabels(
        asks.flatMap((a, i) => (at[i] ? [{ ...a, at: at[i] }] : [])),
        12,
        box,
      );
      expect(live, `round ${round}`).toEqual(picture);
    }
    // (Names moved from their sides' first position by the plan, in all.)
    expect(moved).toBeGreaterThan(100);
  });

  it('with room (a picture shown a little smaller), moves only where they hold for names that much larger', () => {
    // The live map of a phone narrower than the one a picture is drawn for has names larger against the
    // map: placed `PICTURE_ROOM` larger, the picture's moves never weigh less than placing one by one,
    // and at the picture's own size neither.
    let seed = 3;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const box = { width: 400, height: 300 };
    let worse = 0;
    for (let round = 0; round < 300; round++) {
      const asks: LabelAsk[] = Array.from({ length: 60 }, (_, i) => ({
        text: `P${i} ${'x'.repeat(Math.floor(random() * 8))}`,
        x: random() * 400,
        y: random() * 300,
        priority: 1 + Math.floor(random() * 10),
        ...(random() < 0.3 ? { side: 'west' as const } : {}),
      }));
      const weight = (placed: readonly { text: string }[]) =>
        placed.reduce((s, l) => s + 1 + asks.find((a) => a.text === l.text)!.priority, 0);
      const at = (size: number, first: readonly (string | undefined)[]) =>
        weight(
          placeLabels(
            asks.map((a, i) => ({ ...a, first: first[i] as LabelAsk['first'] })),
            size,
            box,
          ),
        );
      const roomy = firstPositions(asks, 12, box, [], [], undefined, undefined, PICTURE_ROOM);
      expect(at(12 * (1 + PICTURE_ROOM), roomy)).toBeGreaterThanOrEqual(at(12 * (1 + PICTURE_ROOM), []));
      expect(at(12, roomy)).toBeGreaterThanOrEqual(at(12, []));
      // (Without room, moves made by a pixel's margin do weigh less at the larger size, now and then.)
      const tight = firstPositions(asks, 12, box);
      if (at(12 * (1 + PICTURE_ROOM), tight) < at(12 * (1 + PICTURE_ROOM), [])) worse++;
    }
    expect(worse).toBeGreaterThan(0);
  });

  it('in a crowd of hundreds of names (fewer tries), never names less than placing them one by one', () => {
    let seed = 11;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const asks: LabelAsk[] = Array.from({ length: 300 }, (_, i) => ({
      text: `P${i} · ${i % 9}`,
      x: random() * 600,
      y: random() * 400,
      priority: i % 9,
    }));
    const area = { width: 600, height: 400 };
    const weight = (placed: readonly { text: string }[]) =>
      placed.reduce((s, l) => s + 1 + asks.find((a) => a.text === l.text)!.priority, 0);
    const first = firstPositions(asks, 12, area);
    const planned = placeLabels(
      asks.map((a, i) => ({ ...a, first: first[i] })),
      12,
      area,
    );
    expect(weight(planned)).toBeGreaterThan(weight(placeLabels(asks, 12, area)));
  });

  it('changes nothing where every name has room', () => {
    const spread: LabelAsk[] = [
      { text: 'Hanoi', x: 50, y: 50, priority: 3 },
      { text: 'Astana', x: 250, y: 150, priority: 1 },
    ];
    expect(firstPositions(spread, 12, { width: 400, height: 200 })).toEqual([undefined, undefined]);
    // (Each where its side's order puts it: beside its dot, the first of the middle's order.)
    expect(plannedPlacement(spread, 12, { width: 400, height: 200 })).toEqual(['left', 'left']);
  });
});

describe('liveTileOrder', () => {
  it('orders tiles as MapLibre places a symbol layer’s: southern rows first, eastern tiles first', () => {
    // At zoom 2.6 (tiles of zoom 2: 90° wide; rows split at 66.5° N, the equator, 66.5° S), the order
    // seen on the live map: Sydney's tile (row 2, x 3), Santiago's (row 2, x 1), then Hanoi's (row 1,
    // x 3), Astana's (row 1, x 2) and New York's (row 1, x 1, west of 180°: its wrapped copy).
    const order = [
      liveTileOrder(151.2, -33.9, 2.6),
      liveTileOrder(-70.7, -33.4, 2.6),
      liveTileOrder(105.8, 21, 2.6),
      liveTileOrder(71.4, 51.2, 2.6),
      liveTileOrder(286, 40.7, 2.6),
    ];
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(new Set(order).size).toBe(5);
    // Two places in one tile tie; at zoom 3 (45° tiles) Hanoi's and Astana's rows part.
    expect(liveTileOrder(105.8, 21, 2.6)).toBe(liveTileOrder(106.1, 21.2, 2.9));
    expect(liveTileOrder(105.8, 21, 3.2)).toBeLessThan(liveTileOrder(71.4, 51.2, 3.2));
  });

  it('places a layer’s names before the next layer’s, then by priority, then by tile', () => {
    const box = { x: -1000, y: -1000, width: 3000, height: 3000 };
    // Names on one dot: the first placed takes the first position of its side (right of the dot).
    const at = (asks: { text: string; priority: number; tile?: number; layer?: number }[]) =>
      placeLabels(
        asks.map((a) => ({ ...a, x: 0, y: 0, side: 'west' as const })),
        13,
        box,
      );
    const [beside] = at([{ text: 'x', priority: 1 }]);
    const first = (asks: Parameters<typeof at>[0]) =>
      at(asks).find((l) => l.anchor === beside!.anchor && l.y === beside!.y)?.text;
    expect(
      first([
        { text: 'a', priority: 1, tile: 2 },
        { text: 'b', priority: 1, tile: 1 },
      ]),
    ).toBe('b');
    expect(
      first([
        { text: 'a', priority: 2, tile: 2 },
        { text: 'b', priority: 1, tile: 1 },
      ]),
    ).toBe('a');
    expect(
      first([
        { text: 'a', priority: 9, layer: 1 },
        { text: 'b', priority: 1 },
      ]),
    ).toBe('b');
  });
});

describe('archipelagoBlocks (the archipelagos’ names: both, always)', () => {
  const points = [
    { text: 'Quần đảo Hoàng Sa', x: 100, y: 100 },
    // On a phone's world the Spratlys are 7 px below the Paracels, 2 px east.
    { text: 'Quần đảo Trường Sa', x: 102, y: 107 },
  ];
  const clear = (a: { x0: number; y0: number; x1: number; y1: number }, b: typeof a) =>
    a.x1 < b.x0 || b.x1 < a.x0 || a.y1 < b.y0 || b.y1 < a.y0;

  it('names the second below its point where beside it would cover the first', () => {
    const [hs, ts] = archipelagoBlocks(points, 11, true);
    expect(hs!.anchor).toBe('start');
    // (Half an em east, and its margin: MapLibre sets it by its box with the margin, 2 px at 11.)
    expect(hs!.box.x0).toBeCloseTo(100 + 5.5 + 2, 6);
    expect(ts!.anchor).toBe('middle');
    expect(ts!.box.y0).toBeGreaterThan(107);
    expect(clear(hs!.box, ts!.box)).toBe(true);
  });

  it('keeps the two names off each other where no position is clear of what is taken', () => {
    // A 200-px embed's world: the close-up's box (kept out) covers every position of both names.
    const closeUp = { x0: 0, y0: 0, x1: 400, y1: 400 };
    const [hs, ts] = archipelagoBlocks(points, 11, true, { taken: [closeUp] });
    expect(clear(hs!.box, ts!.box)).toBe(true);
  });

  it('below its point at MapLibre’s box for that position, above it at the other', () => {
    // (MapLibre: the box's top 1.4 em − its 7/24-em baseline below the point; its bottom as far above.)
    const at = (a: 'top' | 'bottom') => ARCHIPELAGO_POSITIONS.beside.find(([x]) => x === a)!;
    const below = blockLabel('Quần đảo Trường Sa', 0, 0, 24, at('top'));
    const above = blockLabel('Quần đảo Trường Sa', 0, 0, 24, at('bottom'));
    expect(below.box.y0).toBeCloseTo(1.4 * 24 - 7, 6);
    expect(above.box.y1).toBeCloseTo(-(1.4 * 24 - 7), 6);
    expect([below.anchor, above.anchor]).toEqual(['middle', 'middle']);
    // With its layer's margin (`text-padding`) the name itself is that much further off: MapLibre
    // places the box with the margin (`calculateVariableLayoutShift`).
    const padded = (a: 'top' | 'bottom' | 'left') =>
      blockLabel(
        'Quần đảo Trường Sa',
        0,
        0,
        24,
        ARCHIPELAGO_POSITIONS.beside.find(([x]) => x === a)!,
        {
          padding: 3,
        },
      ).box;
    expect(padded('top').y0).toBeCloseTo(below.box.y0 + 3, 6);
    expect(padded('bottom').y1).toBeCloseTo(above.box.y1 - 3, 6);
    expect(padded('left').x0).toBeCloseTo(0.5 * 24 + 3, 6);
    expect(blockLabel('CHINE', 0, 0, 24, false, { padding: 3 }).box).toEqual(
      blockLabel('CHINE', 0, 0, 24, false).box,
    );
  });

  it('keeps clear of a box placed before them (the close-up)', () => {
    // A box over the sea east of Hoàng Sa, at its height: its name goes below the islands instead.
    const closeUp = { x0: 110, y0: 95, x1: 300, y1: 105 };
    const [kept] = archipelagoBlocks([points[0]!], 11, true, { taken: [closeUp] });
    expect(kept!.at).toBe('top');
    expect(clear(kept!.box, closeUp)).toBe(true);
  });

  it('keeps clear of the dots where a position allows, and of each other first where none does', () => {
    // A dot east of Hoàng Sa, at its height: its name goes below the islands instead.
    const east = dotBoxes([{ x: 115, y: 100 }], 12);
    const [moved] = archipelagoBlocks([points[0]!], 11, true, { dots: east });
    expect(moved!.at).toBe('top');
    expect(clear(moved!.box, east[0]!)).toBe(true);
    // The Spratlys 25 units below the Paracels, a dot below them: the Paracels' name beside them left
    // the Spratlys' no place clear of it but below them, over the dot. Both are placed together: the
    // Paracels' above them, the Spratlys' beside them, both clear of the dot and of each other.
    const pair = [points[0]!, { text: 'Quần đảo Trường Sa', x: 100, y: 125 }];
    const dot = dotBoxes([{ x: 100, y: 150 }], 12);
    const [hs, ts] = archipelagoBlocks(pair, 11, true, { dots: dot });
    expect([hs!.at, ts!.at]).toEqual(['bottom', 'left']);
    expect(clear(hs!.box, ts!.box)).toBe(true);
    expect([hs!, ts!].every((b) => clear(grown(b.box, 2), dot[0]!))).toBe(true);
    // Where every position covers a dot, the one covering least: a corner's sliver, not a whole dot.
    const around = dotBoxes(
      [
        { x: 100, y: 150 },
        { x: 100, y: 100 },
        { x: 130, y: 125 },
      ],
      12,
    );
    const [least] = archipelagoBlocks([pair[1]!], 11, true, { dots: around });
    expect(['bottom-left', 'top-left']).toContain(least!.at);
    expect(around.filter((d) => !clear(grown(least!.box, 2), d))).toHaveLength(2);
    // (Without the dot, the Paracels' name beside them, the Spratlys' below them: the first choice.)
    expect(archipelagoBlocks(pair, 11, true).map((b) => b.at)).toEqual(['left', 'top']);
  });

  it('goes diagonally off its point where beside, below and above it would each cover a dot', () => {
    // A laptop's close-up of the 300-event fixture (CSS px): Đà Nẵng's dot 19 px west of the Paracels,
    // the Philippines' 60 px east, a little lower, and the dots of the north and the south. Every one of
    // the three positions covered a dot, and "Hoàng Sa" ran into the Philippines' ("Hoàng Sa●").
    const paracels = { text: 'Quần đảo Hoàng Sa', x: 144.3, y: 112.2 };
    const dots = dotBoxes(
      [
        { x: 125.2, y: 110.3 },
        { x: 204.5, y: 119.8 },
        { x: 116.2, y: 79.8 },
        { x: 118, y: 146.2 },
      ],
      12,
    );
    const [hs] = archipelagoBlocks([paracels], 11, true, { pad: 2, dots });
    expect(dots.every((d) => clear(grown(hs!.box, 2), d))).toBe(true);
    // Above and east of the islands, its lines left-aligned as MapLibre sets them there.
    expect(hs!.at).toBe('bottom-left');
    expect(hs!.anchor).toBe('start');
    expect(hs!.box.x0).toBeGreaterThan(paracels.x);
    expect(hs!.box.y1).toBeLessThan(paracels.y);
    // Where beside them is clear, beside them still.
    expect(archipelagoBlocks([paracels], 11, true, { pad: 2, dots: dots.slice(0, 1) })[0]!.at).toBe('left');
  });

  it('keeps its start and end off a dot’s sides, where it would read as the dot’s name; names after it keep off its islands', () => {
    // A 4K close-up of the 300-event fixture (CSS px, names at 16.5): centred on the Paracels, their
    // name started 17 px east of Đà Nẵng's dot, named on its west, and read as that dot's name.
    const paracels = { text: 'Quần đảo Hoàng Sa', x: 368, y: 106 };
    const centred = blockLabel(paracels.text, paracels.x, paracels.y, 16.5, false, { padding: 2 }).box;
    const [dot] = dotBoxes([{ x: centred.x0 - 17 - 7.5, y: 115 }], 18);
    const [hs] = archipelagoBlocks([paracels], 16.5, false, { pad: 2, dots: [dot!] });
    expect(hs!.at).not.toBe('center');
    // An em of the name (16.5) clear of the dot on its side, at its height, and clear of the dot.
    const side = { ...dot!, x0: dot!.x0 - 16.5, x1: dot!.x1 + 16.5 };
    expect(clear(grown(hs!.box, 2), side)).toBe(true);
    // Its islands, as a dot, for the names placed after it (centred: a large scale); none beside them.
    expect(hs!.islands).toEqual(dotBoxes([paracels], 16.5));
    expect(archipelagoBlocks([paracels], 11, true)[0]!.islands).toEqual([]);
    // Further off, centred on its islands still.
    const [far] = dotBoxes([{ x: centred.x0 - 2 * 16.5 - 7.5, y: 115 }], 18);
    expect(archipelagoBlocks([paracels], 16.5, false, { pad: 2, dots: [far!] })[0]!.at).toBe('center');
  });

  it('keeps off the islands’ marks where they are drawn, its own included: not centred on them', () => {
    const spratlys = { text: 'Quần đảo Trường Sa', x: 400, y: 262 };
    expect(archipelagoBlocks([spratlys], 16.5, false, { pad: 2 })[0]!.at).toBe('center');
    const [moved] = archipelagoBlocks([spratlys], 16.5, false, { pad: 2, marks: 5.4 });
    expect(moved!.at).not.toBe('center');
    expect(clear(grown(moved!.box, 2), grown({ x0: 400, y0: 262, x1: 400, y1: 262 }, 5.4))).toBe(true);
    // Never over the other's mark, whatever the other positions cover: in a phone's close-up the
    // Paracels' name covered the Spratlys' mark ("(Hoàng Sa") rather than a selected name's room. Here
    // every position of the Paracels' name clear of the Spratlys' covers some dot, and below and east
    // of the islands, over the mark, covered least.
    const pair = [
      { text: 'Quần đảo Hoàng Sa', x: 100, y: 100 },
      { text: 'Quần đảo Trường Sa', x: 135, y: 106 },
    ];
    const around = dotBoxes(
      [
        [80, 122],
        [159, 138],
        [100, 102],
        [122, 72],
        [65, 149],
        [128, 66],
      ].map(([x, y]) => ({ x: x!, y: y! })),
      12,
    );
    const [hs, ts] = archipelagoBlocks(pair, 11, true, { pad: 2, dots: around, marks: 3.6 });
    for (const b of [hs!, ts!])
      for (const m of pair.map(({ x, y }) => grown({ x0: x, y0: y, x1: x, y1: y }, 3.6)))
        expect(clear(b.box, m)).toBe(true);
  });

  it('keeps off the lines drawn where a position allows, off the fewest where none does', () => {
    // Beside the islands (east first), a fan of flows leaving home eastwards ran through the Paracels'
    // name on the 300 events' world map.
    const paracels = { text: 'Hoàng Sa (Paracels)', x: 100, y: 100 };
    const first = archipelagoBlocks([paracels], 11, true, { pad: 2 })[0]!;
    const fan: [number, number][][] = [-12, -6, 0, 6, 12].map((dy) => [
      [60, 100],
      [300, 100 + dy],
    ]);
    const crosses = (box: Parameters<typeof clear>[0]) =>
      fan.filter((l) =>
        l.slice(1).some(([x, y], k) => segmentHits({ x0: l[k]![0], y0: l[k]![1], x1: x, y1: y }, box)),
      ).length;
    expect(crosses(first.box)).toBeGreaterThan(0);
    const moved = archipelagoBlocks([paracels], 11, true, { pad: 2, lines: lineCrossings(fan, 22) })[0]!;
    expect(moved.at).not.toBe(first.at);
    expect(crosses(moved.box)).toBe(0);
    // Lines all round: at its first position still, of those crossed by the fewest.
    const all: [number, number][][] = Array.from({ length: 40 }, (_, k) => [
      [5 * k, 0],
      [5 * k, 200],
    ]);
    expect(archipelagoBlocks([paracels], 11, true, { pad: 2, lines: lineCrossings(all, 22) })[0]!.at).toBe(
      first.at,
    );
  });

  it('keeps off the edges of the box seen, and out of a selection’s names’ room, as far as it can', () => {
    // 30 units from the right edge, beside the islands the name would be cut: below them instead.
    const within = { x: 0, y: 0, width: 130, height: 200 };
    const [hs] = archipelagoBlocks([points[0]!], 11, true, { within });
    expect(hs!.at).toBe('top');
    expect(hs!.box.x1).toBeLessThanOrEqual(130);
    // Where no position is wholly inside, the one least past its edges (always drawn).
    const narrow = { ...within, width: 20 };
    const [least] = archipelagoBlocks([points[0]!], 11, true, { within: narrow });
    const inArea = (b: { x0: number; y0: number; x1: number; y1: number }) =>
      Math.max(0, Math.min(b.x1, 20) - Math.max(b.x0, 0)) *
      Math.max(0, Math.min(b.y1, 200) - Math.max(b.y0, 0));
    const past = (b: { x0: number; y0: number; x1: number; y1: number }) =>
      (b.x1 - b.x0) * (b.y1 - b.y0) - inArea(b);
    const others = ARCHIPELAGO_POSITIONS.beside.map(
      (p) => blockLabel('Quần đảo Hoàng Sa', 100, 100, 11, p, { padding: 2 }).box,
    );
    expect(past(least!.box)).toBeCloseTo(Math.min(...others.map(past)), 6);
    // The seed data's phone map with Hokkaidō selected: the Paracels 5 px above its bottom edge, the
    // Spratlys below it, out of sight, and the border provinces' dots above and west of the Paracels.
    // The Spratlys' name, which cannot be inside, does not send the Paracels' onto Quảng Ninh's dot.
    const phone = { x: 0, y: 0, width: 360, height: 213 };
    const provinces = dotBoxes(
      [
        [63.2, 177],
        [71.6, 162.5],
        [57.2, 168.2],
        [60.8, 173.8],
        [56.3, 177.5],
        [51.4, 168.1],
      ].map(([x, y]) => ({ x: x!, y: y! })),
      12,
    );
    const [paracels, spratlys] = archipelagoBlocks(
      [
        { text: 'Quần đảo Hoàng Sa', x: 84.6, y: 207.5 },
        { text: 'Quần đảo Trường Sa', x: 96, y: 248.5 },
      ],
      11,
      true,
      { pad: 2, dots: provinces, within: phone },
    );
    expect(provinces.every((d) => clear(grown(paracels!.box, 2), d))).toBe(true);
    expect(paracels!.box.y1).toBeLessThanOrEqual(213);
    expect(clear(paracels!.box, spratlys!.box)).toBe(true);
    // The Spratlys' islands are out of sight, and so is their name: not a sliver of it at the edge.
    expect(spratlys!.box.y0).toBeGreaterThanOrEqual(213);
    // With Quảng Ninh selected, its name's room east of its dot kept: the Paracels' name keeps out of
    // it, and, cut by the edge at every other position in two lines, goes in one, whole.
    const room = nameRoom({ x: 63.2, y: 177, text: 'Quảng Ninh' }, 12, { x: 0, width: 360 });
    // (East of its dot, as a name goes there; west of it in the east third of the box the names are in.)
    const at = { x: 250, y: 100, text: 'Quảng Ninh' };
    expect(nameRoom(at, 12, { x: 0, width: 360 }).x1).toBeLessThan(250);
    expect(nameRoom(at, 12, { x: 100, width: 360 }).x0).toBeGreaterThan(250);
    const [kept] = archipelagoBlocks([{ text: 'Quần đảo Hoàng Sa', x: 84.6, y: 207.5 }], 11, true, {
      pad: 2,
      dots: provinces,
      rooms: [room],
      within: phone,
    });
    const shared = (a: Rect, b: Rect) =>
      Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) *
      Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));
    const cost = (b: Rect) =>
      shared(grown(b, 2), room) +
      (b.x1 - b.x0) * (b.y1 - b.y0) -
      shared(b, { x0: 0, y0: 0, x1: 360, y1: 213 });
    expect(kept!.at).not.toBe(paracels!.at);
    expect(cost(kept!.box)).toBeLessThan(cost(paracels!.box));
    expect(kept!.lines).toEqual(['Quần đảo Hoàng Sa']);
    expect(kept!.maxEms).toBeGreaterThan(7);
    // (Its box is its line's, 1.2 em: a tenth of an em of it below the letters may be past the edge.)
    expect(kept!.box.y1 - 0.1 * 11).toBeLessThanOrEqual(213);
    expect(clear(grown(kept!.box, 2), room)).toBe(true);
    // (Where a position in two lines is inside and clear, the name keeps to two lines.)
    expect(paracels!.lines).toHaveLength(2);
  });

  it('at the box MapLibre gives each diagonal position, its corner off the point', () => {
    // (MapLibre: a corner's offset signed as given, its 7/24-em baseline off the vertical one.)
    const diagonal = (a: string) =>
      [...ARCHIPELAGO_POSITIONS.beside, ...ARCHIPELAGO_POSITIONS.centred].find(([x]) => x === a)!;
    for (const a of ['bottom-left', 'top-left'] as const) {
      const [, [dx, dy]] = diagonal(a);
      const b = blockLabel('Quần đảo Trường Sa', 0, 0, 24, diagonal(a));
      expect(b.box.x0).toBeCloseTo(dx * 24, 6);
      if (a === 'top-left') expect(b.box.y0).toBeCloseTo(dy * 24 - 7, 6);
      else expect(b.box.y1).toBeCloseTo(dy * 24 + 7, 6);
    }
    for (const a of ['bottom-right', 'top-right'] as const) {
      const [, [dx]] = diagonal(a);
      const b = blockLabel('Quần đảo Trường Sa', 0, 0, 24, diagonal(a));
      expect(b.box.x1).toBeCloseTo(dx * 24, 6);
      expect(b.anchor).toBe('end');
      expect(b.x).toBeCloseTo(b.box.x1, 6);
    }
  });

  it('at their first position where every one would cover a name placed before, and centred from zoom 3', () => {
    // A third name on the first's point finds every position taken, and takes the first.
    const three = archipelagoBlocks([points[0]!, points[1]!, points[0]!], 11, true);
    expect(three.map((b) => b.anchor)).toEqual(['start', 'middle', 'start']);
    expect(three[1]!.box.y0).toBeGreaterThan(107);
    expect(three[2]!.box).toEqual(three[0]!.box);
    const [centred] = archipelagoBlocks([points[0]!], 11, false);
    expect(centred!.anchor).toBe('middle');
    expect((centred!.box.y0 + centred!.box.y1) / 2).toBeCloseTo(100, 6);
  });
});

describe('blockLabel and fitBlocks (names of fixed places: the archipelagos, the countries)', () => {
  it('breaks a long name as MapLibre does, at a space or after a hyphen, into balanced lines', () => {
    expect(blockLabel('Quần đảo Hoàng Sa', 0, 0, 11, false).lines).toEqual(['Quần đảo', 'Hoàng Sa']);
    const country = (t: string) =>
      blockLabel(t, 0, 0, 11, false, { maxEms: 6, widthOf: (l) => capitalsWidth(l, 11, 0.12) }).lines;
    expect(country('ÉTATS-UNIS')).toEqual(['ÉTATS-', 'UNIS']);
    expect(country('AFRIQUE DU SUD')).toEqual(['AFRIQUE', 'DU SUD']);
    expect(country('RUSSIE')).toEqual(['RUSSIE']);
    // As the live map sets them: "NHẬT BẢN" in two lines, "VIỆT NAM" (with its narrow I) in one.
    expect(country('NHẬT BẢN')).toEqual(['NHẬT', 'BẢN']);
    expect(country('VIỆT NAM')).toEqual(['VIỆT NAM']);
  });

  it('keeps the blocks that fit inside the box, clear by a margin of what is taken and of each other', () => {
    const block = (x: number, y: number) => blockLabel('CHINE', x, y, 10, false);
    const box = { x: 0, y: 0, width: 300, height: 100 };
    const kept = fitBlocks(
      [block(50, 50), block(60, 52), block(295, 50), block(150, 50), block(230, 50)],
      box,
      [{ x0: 140, y0: 40, x1: 160, y1: 60 }],
      3,
    );
    // The second covers the first, the third leaves the box, the fourth covers what is taken.
    expect(kept.map((b) => b.x)).toEqual([50, 230]);
    // Nearer than the margin counts as covering.
    const w = block(0, 0).box.x1 - block(0, 0).box.x0;
    expect(fitBlocks([block(50, 50), block(50 + w + 4, 50)], box, [], 3)).toHaveLength(1);
    expect(fitBlocks([block(50, 50), block(50 + w + 8, 50)], box, [], 3)).toHaveLength(2);
  });
});

describe('nameReach', () => {
  it('estimates a name at 0.56 em a character, and measures it at the font’s advances where it has them, line by line', () => {
    expect(nameReach('Laos · 25', 10, 12)).toBeCloseTo(67.68, 6);
    // (A narrow font: every character half an em, "·" and space a quarter.)
    const advance = (ch: string) => (ch === ' ' || ch === '·' ? 0.25 : 0.5);
    expect(nameReach('Cambodia · 20', 10, 12, advance)).toBeCloseTo((0.6 + 10 * 0.5 + 3 * 0.25) * 12, 6);
    // A name longer than its `maxWidth` reaches as far as its widest line, as the live map breaks it.
    const lines = ['Ho Chi Minh', 'City · 55'];
    expect(nameReach(lines.join(' '), 6, 12, advance)).toBeCloseTo((0.6 + (9 * 0.5 + 2 * 0.25)) * 12, 6);
    // (Its second line the widest: 'East' and 'Kazakhstan · 4'.)
    expect(nameReach('East Kazakhstan · 4', 8, 12, advance)).toBeCloseTo((0.6 + 11 * 0.5 + 3 * 0.25) * 12, 6);
  });
});

describe('breakLines', () => {
  it('breaks a name longer than the live map’s max width where MapLibre does: balanced lines, after a space or a hyphen', () => {
    // As the live map draws them (screenshots of the seed and the 300-event fixture, fr/en/vi).
    expect(breakLines('East Kazakhstan', 8)).toEqual(['East', 'Kazakhstan']);
    expect(breakLines('Kazakhstan-Oriental', 8)).toEqual(['Kazakhstan-', 'Oriental']);
    expect(breakLines('Nouvelle-Zélande · 2', 10)).toEqual(['Nouvelle-', 'Zélande · 2']);
    expect(breakLines('Territoire de la capitale australienne', 8)).toEqual([
      'Territoire de',
      'la capitale',
      'australienne',
    ]);
    // Short names stay whole; a name with nowhere to break too.
    expect(breakLines('Quảng Ninh', 8)).toEqual(['Quảng Ninh']);
    expect(breakLines('France · 14', 10)).toEqual(['France · 14']);
    // (Spaces and "·" are narrow: one line on the live map.)
    expect(breakLines('Afrique du Sud · 2', 10)).toEqual(['Afrique du Sud · 2']);
    expect(breakLines('Septentrionale', 4)).toEqual(['Septentrionale']);
  });

  it('never breaks a Vietnamese place’s name inside it, only beside its level’s words; a foreign one between its words', () => {
    const vn = (vi: string, en = vi) => ({ country: 'VN', names: { vi, fr: vi, en } });
    const lines = (label: string, maxEms: number) =>
      breakLines(label, maxEms).map((l) => l.replace(/\u00a0/g, ' '));
    const hcmc = vn('Thành phố Hồ Chí Minh', 'Ho Chi Minh City');
    // (Unbound, the live map broke it "Thành phố Hồ" / "Chí Minh · 55": a reader's review.)
    expect(breakLines('Thành phố Hồ Chí Minh · 55', 8)).toEqual(['Thành phố Hồ', 'Chí Minh · 55']);
    expect(lines(`${placeLabel(hcmc, 'vi')} · 55`, 8)).toEqual(['Thành phố', 'Hồ Chí Minh · 55']);
    expect(lines(`${placeLabel(hcmc, 'en')} · 55`, 8)).toEqual(['Ho Chi Minh', 'City · 55']);
    expect(lines(placeLabel(vn('Huyện Mù Cang Chải'), 'vi'), 8)).toEqual(['Huyện', 'Mù Cang Chải']);
    expect(lines(placeLabel(vn('Mù Cang Chải District'), 'en'), 8)).toEqual(['Mù Cang Chải', 'District']);
    // A long name with no level's words stays one line; a short one is as it was.
    expect(lines(placeLabel(vn('Thừa Thiên Huế'), 'vi'), 6)).toEqual(['Thừa Thiên Huế']);
    expect(placeLabel(vn('Hà Nội'), 'vi')).toBe('Hà\u00a0Nội');
    // The words are the name's: only its spaces change.
    expect(placeLabel(hcmc, 'vi').replace(/\u00a0/g, ' ')).toBe('Thành phố Hồ Chí Minh');
    // Abroad, names break between their words, as the live map breaks them.
    const act = { country: 'AU', names: { vi: 'x', fr: 'Territoire de la capitale australienne', en: 'x' } };
    expect(placeLabel(act, 'fr')).toBe('Territoire de la capitale australienne');
  });

  it('places a name of several lines as a block: centred beside its dot, its box all its lines', () => {
    const [l] = placeLabels([{ text: 'East Kazakhstan', x: 100, y: 100, priority: 1 }], 10, {
      width: 400,
      height: 200,
    });
    expect(l!.lines).toEqual(['East', 'Kazakhstan']);
    expect(l!.anchor).toBe('start');
    const b = placedBox(l!, 10);
    // Two lines of 10 px, about the dot's height; as wide as the longer line.
    expect((b.y0 + b.y1) / 2).toBeCloseTo(100, 0);
    expect(b.y1 - b.y0).toBeCloseTo(20, 6);
    expect(b.x1 - b.x0).toBeCloseTo(10 * 0.56 * 10, 6);
    expect(placedSvg(l!, 10)).toMatch(
      /^<text text-anchor="start"><tspan x="[\d.]+" y="[\d.]+">East<\/tspan><tspan [^>]+>Kazakhstan<\/tspan><\/text>$/,
    );
  });
});
