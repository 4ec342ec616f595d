import { describe, expect, it } from 'vitest';
import { CLOSE_UP_MARGIN, framePx } from './boxLayout';
import { CLOSE_UP_DEFAULTS, closeUpArcs, closeUpSize, homeCloseUpSize, NARROW_BUTTONS_ROOM } from './closeUp';
import { quietestCorner, quietestPlace, roomBeside } from './quietestPlace';
import { toWorld } from './mercator';

describe('close-up', () => {
  it('along the bottom, has room beside it up to 16 px from the nearest end in its band, or to the margins', () => {
    const box = { width: 1000, height: 600 };
    // Its band: 492–592 px from the top, give or take 10 px. An end left of it, one right, one right
    // but above the band (left out), and one under it (hidden already: left out).
    const ends: [number, number][] = [
      [100, 550],
      [900, 485],
      [700, 570],
      [400, 560],
    ];
    expect(roomBeside(ends, box, 300, [200, 100], 8)).toEqual({ left: 184, right: 184 });
    // Alone, it has the room to the margin on the left and to the attribution button on the right.
    expect(roomBeside([], box, 300, [200, 100], 8)).toEqual({ left: 292, right: 452 });
    expect(roomBeside([[900, 470]], box, 300, [200, 100], 8).right).toBe(452);
  });

  it('takes 70 % of a phone’s width (380 px at most) (a 320-px phone’s close-up is wide enough for the border provinces’ names), clear of its buttons', () => {
    for (const w of [320, 360, 390, 412, 560]) {
      const [across] = closeUpSize(w, (w * 522) / 390);
      expect(across).toBeCloseTo(Math.min(380, w * 0.7), 6);
      expect(across + CLOSE_UP_MARGIN).toBeLessThanOrEqual(w - NARROW_BUTTONS_ROOM);
    }
    // (With 62 %, 198 px at 320 left Lạng Sơn and Bắc Ninh unnamed; 223 at 360 named them.)
    expect(closeUpSize(320, 428)[0]).toBeGreaterThanOrEqual(223);
    // A third of a wide map's.
    expect(closeUpSize(1000, 540)[0]).toBeCloseTo(340, 6);
  });

  it('of home with the flows next door, takes their shape on a wide map (in a 3:4 box Hà Nội and Hồ Chí Minh City were 42 px apart), within its share', () => {
    // The 300-event fixture's neighbourhood: Myanmar to the Philippines, Singapore to southern China.
    const bounds = [96.1, 1.3, 121, 27.7] as const;
    const [x0, y0] = toWorld([bounds[0], bounds[3]]);
    const [x1, y1] = toWorld([bounds[2], bounds[1]]);
    const [w, h] = homeCloseUpSize(1280, 595, CLOSE_UP_DEFAULTS, bounds);
    expect(h).toBe(298);
    const p = framePx(w, h, 0);
    // What it frames fills it across and down, the names' room kept around it (to a px, rounded).
    expect((w - p.left - p.right) / (h - p.top - p.bottom)).toBeCloseTo((x1 - x0) / (y1 - y0), 2);
    expect(w).toBeGreaterThan(h);
    // Vietnam alone keeps its upright box; a map too narrow for the shape gets its share at most.
    expect(homeCloseUpSize(1280, 595)).toEqual([223, 298]);
    expect(homeCloseUpSize(800, 595, CLOSE_UP_DEFAULTS, bounds)[0]).toBe(800 * CLOSE_UP_DEFAULTS.share);
    // A phone's is across the map, whatever it frames.
    expect(homeCloseUpSize(390, 522, CLOSE_UP_DEFAULTS, bounds)).toEqual(homeCloseUpSize(390, 522));
  });

  it('is drawn only when some arc is too short to read, and shows every short arc', () => {
    const arc = (id: string, length: number) => ({ id, from: [0, 0] as const, to: [length, 0] as const });
    expect(closeUpArcs([arc('long', 300), arc('medium', 60)])).toEqual([]);
    expect(closeUpArcs([arc('long', 300), arc('medium', 60), arc('stub', 20)])).toEqual(['medium', 'stub']);
  });

  it('at the opening view, is drawn too when the ends of the short arcs are too close to be named apart', () => {
    // Two arcs of 70 px to one partner from places 10 px apart (Hà Nội and Bắc Ninh on a wall screen).
    const from = (id: string, x: number) => ({ id, from: [x, 0] as const, to: [x + 70, 0] as const });
    expect(closeUpArcs([from('hn', 0), from('bn', 10)], true)).toEqual(['hn', 'bn']);
    expect(closeUpArcs([from('hn', 0), from('bn', 40)], true)).toEqual([]);
    // Not for a selection's or a chapter's framing.
    expect(closeUpArcs([from('hn', 0), from('bn', 10)])).toEqual([]);
    // Arcs sharing an end (one partner, one place) are not crowded by it.
    const fan = (id: string, y: number) => ({ id, from: [0, 0] as const, to: [70, y] as const });
    expect(closeUpArcs([fan('a', -30), fan('b', 30)], true)).toEqual([]);
  });

  it('goes to the corner that hides the fewest arc points, never under the zoom buttons', () => {
    const box = { width: 1000, height: 600 };
    const size = [300, 200] as const;
    expect(quietestCorner([[100, 500]], box, size)).toEqual({ corner: 'top-left', hidden: 0, x: 0 });
    expect(
      quietestCorner(
        [
          [100, 500],
          [100, 100],
        ],
        box,
        size,
      ).corner,
    ).toBe('bottom-right');
    expect(quietestCorner([], box, size).corner).toBe('bottom-left');
  });

  it('at world scale, may lie along the bottom between two continents, and hides ends least of all', () => {
    const box = { width: 1200, height: 600 };
    const size = [300, 200] as const;
    // Points in every corner, none at the bottom's middle.
    const corners: [number, number][] = [
      [100, 500],
      [100, 100],
      [1100, 500],
    ];
    const at = quietestCorner(corners, box, size);
    expect(at).toMatchObject({ corner: 'bottom', hidden: 0 });
    expect(at.x).toBeGreaterThan(100);
    expect(at.x + 300).toBeLessThan(1100);
    // An end weighs more than several points of lines.
    const ends: [number, number][] = [[80, 500]];
    const lines: [number, number][] = [
      [150, 150],
      [160, 150],
      [170, 150],
      [350, 500],
      [360, 500],
      [370, 500],
    ];
    expect(quietestCorner(lines, { width: 400, height: 600 }, size, ends).corner).toBe('top-left');
  });

  it('may be made smaller rather than hide an arc’s end wherever it goes, when allowed', () => {
    const box = { width: 1000, height: 600 };
    const size = [300, 300] as const;
    // Ends 5 px above where any close-up of 300 px at the bottom would start (a name reaches 10 px
    // down), spread so that every place hides one; one 0.9 as large starts 30 px lower and hides none.
    const ends: [number, number][] = [
      [150, 295],
      [450, 295],
      [750, 295],
    ];
    const whole = quietestPlace([], box, size, ends, false);
    expect(whole.hidden).toBeGreaterThanOrEqual(1000);
    expect(whole.size).toEqual(size);
    const smaller = quietestPlace([], box, size, ends, true);
    expect(smaller).toMatchObject({ corner: 'bottom-left', hidden: 0, size: [270, 270] });
    // Where its own size hides no end, it keeps it.
    expect(quietestPlace([], box, size, [[80, 100]], true).size).toEqual(size);
  });
});
