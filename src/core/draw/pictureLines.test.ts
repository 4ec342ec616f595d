import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Atlas } from '../atlas';
import { seedAtlas } from '../fixtures/seedAtlas';
import { timelineEnd, visibleArcs } from '../view/visibleArcs';
import { NARROW_LAYOUT, WIDE_LAYOUT } from './boxLayout';
import { pictureLines } from './pictureLines';

describe('pictureLines', () => {
  const visible = visibleArcs(seedAtlas, timelineEnd(seedAtlas));

  it('lists every visible arc where it is seen: the main frame’s out of the close-up, the close-up’s in it', () => {
    for (const [layout, box] of [
      [WIDE_LAYOUT, { width: 1280, height: 595 }],
      [WIDE_LAYOUT, { width: 1536, height: 515 }],
      [NARROW_LAYOUT, { width: 390, height: 522 }],
    ] as const) {
      const s = pictureLines(seedAtlas, layout, box, { visible });
      expect(new Set(s.arcs.map((a) => a.id))).toEqual(new Set(visible.map((a) => a.id)));
      const c = s.closeUp!;
      expect(c).not.toBeNull();
      const inBox = ([x, y]: readonly [number, number]) =>
        x >= c.left && x <= c.right && y >= c.top && y <= c.bottom;
      for (const a of s.arcs) {
        expect(a.points.length).toBeGreaterThan(1);
        expect(
          a.points.every((p) => inBox(p) === (a.where === 'closeUp')),
          `${a.id} ${a.where}`,
        ).toBe(true);
      }
      // The close-up of the border provinces shows the four arcs to Guangxi.
      expect(s.arcs.filter((a) => a.where === 'closeUp' && a.id.endsWith('~CN-GX')).length).toBe(4);
    }
  });

  it('on a crowded map, its country flows where they are seen: those next door in the close-up of home', () => {
    // The synthetic fixture (made up for the tests): 300 events, drawn as country flows.
    const synthetic = JSON.parse(
      readFileSync('src/pipeline/fixtures/out/synthetic-300.json', 'utf8'),
    ) as Atlas;
    const all = visibleArcs(synthetic, synthetic.dateRange.end);
    const s = pictureLines(synthetic, WIDE_LAYOUT, { width: 1280, height: 595 }, { visible: all });
    const c = s.closeUp!;
    const inBox = ([x, y]: readonly [number, number]) =>
      x >= c.left && x <= c.right && y >= c.top && y <= c.bottom;
    // (Flows, by country: no arc is drawn but a selection's.)
    expect(s.arcs.every((a) => /^[A-Z]{2}$/.test(a.id))).toBe(true);
    for (const a of s.arcs)
      expect(
        a.points.every((p) => inBox(p) === (a.where === 'closeUp')),
        a.id,
      ).toBe(true);
    const where = (id: string) => new Set(s.arcs.filter((a) => a.id === id).map((a) => a.where));
    // Laos's flow next door, in the close-up only; France's, on the main map only (cut where it
    // passes under the close-up).
    expect(where('LA')).toEqual(new Set(['closeUp']));
    expect(where('FR')).toEqual(new Set(['map']));
  });

  it('frames a selection as the map does: its arc across the box', () => {
    const box = { width: 900, height: 560 };
    const id = 'VN-13~JP-01';
    const s = pictureLines(seedAtlas, WIDE_LAYOUT, box, {
      visible,
      selected: new Set([id]),
      view: { target: [106, 20, 143, 44], opening: false, scale: 1 },
    });
    const line = s.arcs.filter((a) => a.id === id).flatMap((a) => a.points);
    const xs = line.map((p) => p[0]);
    // (Fitted with the room the map keeps: well inside, and across most of it.)
    expect(Math.min(...xs)).toBeGreaterThan(0);
    expect(Math.max(...xs)).toBeLessThan(box.width);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(box.width / 3);
  });
});
