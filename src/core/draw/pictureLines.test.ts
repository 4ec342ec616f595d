import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Atlas } from '../atlas';
import { seedAtlas } from '../fixtures/seedAtlas';
import { timelineEnd, visibleArcs } from '../view/visibleArcs';
import type { Topology } from 'topojson-specification';
import { exactLayout, NARROW_LAYOUT, WIDE_LAYOUT, type BoxLayout } from './boxLayout';
import { layoutPictureSvg } from './layoutPicture';
import { arcsBounds, type PlannedView } from './layoutPlan';
import { distanceToLine, type Px } from './nearest';
import { pictureLines } from './pictureLines';

/**
 * The lines the picture's main frame draws (its arcs' and flows' paths), in CSS px of a box: its
 * nested frame placed by its percentages and fitted (`meet`) by its viewBox, as an <img> shows it.
 */
function drawnLines(svg: string, box: { width: number; height: number }): Px[][] {
  const start = svg.indexOf('<svg x="');
  const head =
    /^<svg x="([\d.]+)%" y="([\d.]+)%" width="([\d.]+)%" height="([\d.]+)%"[^>]*viewBox="0 0 ([\d.]+) ([\d.]+)" preserveAspectRatio="xMid(YMin|YMid) meet"/.exec(
      svg.slice(start),
    );
  if (!head) throw new Error('no main frame in the picture');
  const [x, y, w, h] = head.slice(1, 5).map((v) => Number(v) / 100) as [number, number, number, number];
  const [vw, vh] = [Number(head[5]), Number(head[6])];
  const rect = { x: x * box.width, y: y * box.height, w: w * box.width, h: h * box.height };
  const k = Math.min(rect.w / vw, rect.h / vh);
  const tx = rect.x + (rect.w - vw * k) / 2;
  const ty = head[7] === 'YMin' ? rect.y : rect.y + (rect.h - vh * k) / 2;
  const body = svg.slice(start);
  const g = body.indexOf('stroke-linecap="round">', body.indexOf('<g fill="none" stroke="'));
  const paths = [...body.slice(g, body.indexOf('</g>', g)).matchAll(/ d="([^"]+)"/g)].map((m) => m[1]!);
  return paths.map((d) => {
    const points: Px[] = [];
    let [cx, cy] = [0, 0];
    for (const seg of d.match(/[Ml][^Ml]*/g) ?? []) {
      const nums = (seg.slice(1).match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
      for (let i = 0; i + 1 < nums.length; i += 2) {
        [cx, cy] = seg[0] === 'M' && i === 0 ? [nums[0]!, nums[1]!] : [cx + nums[i]!, cy + nums[i + 1]!];
        points.push([tx + cx * k, ty + cy * k]);
      }
    }
    return points;
  });
}

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

  it('are where the picture draws its lines: the opening view, a crowded one, a selection', () => {
    const topo = JSON.parse(readFileSync('data/geo/basemap.topo.json', 'utf8')) as Topology;
    const synthetic = JSON.parse(
      readFileSync('src/pipeline/fixtures/out/synthetic-300.json', 'utf8'),
    ) as Atlas;
    const cases: [Atlas, BoxLayout, { width: number; height: number }, Set<string> | null][] = [
      [seedAtlas, WIDE_LAYOUT, { width: 1280, height: 595 }, null],
      [seedAtlas, NARROW_LAYOUT, { width: 390, height: 522 }, null],
      [seedAtlas, WIDE_LAYOUT, { width: 1000, height: 700 }, new Set(['VN-13~JP-01'])],
      [synthetic, WIDE_LAYOUT, { width: 1280, height: 595 }, null],
    ];
    for (const [atlas, base, box, selected] of cases) {
      const visible = visibleArcs(atlas, timelineEnd(atlas));
      const target = selected && arcsBounds(atlas, selected, box.width);
      const view: PlannedView | undefined = target ? { target, opening: false, scale: 1 } : undefined;
      const layout = view ? exactLayout(box.width, box.height, 1) : base;
      const svg = layoutPictureSvg(
        atlas,
        topo,
        layout,
        { day: timelineEnd(atlas), visible, lang: 'fr', ...(selected ? { selected } : {}) },
        view,
      );
      const s = pictureLines(atlas, layout, box, {
        visible,
        ...(selected ? { selected } : {}),
        ...(view ? { view } : {}),
      });
      const c = s.closeUp;
      // (Its points in the box, out of the close-up, which covers them: within 2 px of a line of the main frame.)
      const seen = ([x, y]: Px) =>
        x > 0 &&
        y > 0 &&
        x < box.width &&
        y < box.height &&
        !(c && x > c.left - 2 && x < c.right + 2 && y > c.top - 2 && y < c.bottom + 2);
      const main = s.arcs.filter((a) => a.where === 'map');
      const drawn = drawnLines(svg, box).flat().filter(seen);
      expect(drawn.length).toBeGreaterThan(50);
      const worst = Math.max(...drawn.map((p) => Math.min(...main.map((l) => distanceToLine(p, l.points)))));
      expect(worst, `${atlas.publication.title?.fr ?? ''} ${box.width}×${box.height}`).toBeLessThan(2);
    }
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
