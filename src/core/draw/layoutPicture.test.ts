import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { seedAtlas as atlas } from '../fixtures/seedAtlas';
import { closeUpSize, NARROW_BUTTONS_ROOM } from './closeUp';
import {
  CLOSE_UP_MARGIN,
  exactLayout,
  FRAME,
  framePx,
  frameShares,
  NARROW_LAYOUT,
  WIDE_LAYOUT,
} from './boxLayout';
import { layoutPictureSvg, pictureOfSet, shownBounds } from './layoutPicture';
import { closeUpPlaced } from './alongBottom';
import { MAP_SIZES, openingBounds } from './theme';
import { arcsBounds, cappedBounds, closeUpPx, planLayout, reservedPx, worldWidth } from './layoutPlan';
import { possibleFlows } from './countryFlows';
import { toWorld } from './mercator';
import { possibleArcs } from '../view/possibleArcs';
import { timelineEnd, visibleArcs } from '../view/visibleArcs';

const topo = JSON.parse(readFileSync('data/geo/basemap.topo.json', 'utf8')) as Topology;
// The seed atlas with two partners moved for the test (as in staticMap.test.ts): Hokkaidō to the
// Americas and Astana to western Europe, so that the map is at world scale.
// East Kazakhstan goes to the Red Sea (40° E, 20° N): its arc is short at world scale too, and the
// short arcs then spread too wide for a close-up of them, which is then of home (as on the 300-event
// fixture).
const world = {
  ...atlas,
  places: atlas.places.map((p) =>
    p.id === 'JP-01'
      ? { ...p, lon: -80 }
      : p.id === 'KZ-AST'
        ? { ...p, lon: -5 }
        : p.id === 'KZ-VOS'
          ? { ...p, lon: 40, lat: 20 }
          : p,
  ),
};
const pad = frameShares(NARROW_LAYOUT.nominal, FRAME.controls);
const share = {
  marginX: CLOSE_UP_MARGIN / NARROW_LAYOUT.nominal.width,
  marginY: CLOSE_UP_MARGIN / NARROW_LAYOUT.nominal.height,
};
const planNarrow = (a: typeof atlas, flows: boolean) => planLayout(a, flows, NARROW_LAYOUT);
const narrowPictureSvg = (a: typeof atlas, t: Topology, o: Parameters<typeof layoutPictureSvg>[3]) =>
  layoutPictureSvg(a, t, NARROW_LAYOUT, o);
/** A nested picture's box: its x, y, width and height attributes (percentages). */
const boxOf = (svg: string, at: string) => {
  const m = svg
    .slice(svg.indexOf(at))
    .match(/^<svg [^>]*?x="([\d.]+)%" y="([\d.]+)%" width="([\d.]+)%" height="([\d.]+)%"/);
  return m ? m.slice(1).map(Number) : null;
};

/** The rules that draw a picture's arcs 1.5 times as wide (a wall screen's set, names of 18 px). */
const wallLines = (svg: string) =>
  '.caption{transform:scale(1.5)}' +
  lineWidths(svg)
    .map((w) => `path[vector-effect][stroke-width="${w}"]{stroke-width:${+(Number(w) * 1.5).toFixed(2)}px}`)
    .join('');
/** The widths of a picture's lines that keep their width on screen: arcs, flows, borders, outlines. */
const lineWidths = (svg: string) => [
  ...new Set(
    [...svg.matchAll(/<path [^>]*?vector-effect="non-scaling-stroke"[^>]*>/g)].flatMap(
      (m) => / stroke-width="([\d.]+)"/.exec(m[0])?.[1] ?? [],
    ),
  ),
];

describe('planNarrow (the live map’s choices on a phone, for the build’s picture)', () => {
  it('seed data: a close-up of the four Guangxi arcs at the bottom left, the map framed above it', () => {
    const plan = planNarrow(atlas, false);
    const c = plan.closeUp!;
    // The border provinces' arcs to Guangxi (Hà Giang's twice: its own, and its successor's after 2025).
    expect(c.ids.filter((id: string) => id.includes('CN-GX')).length).toBeGreaterThanOrEqual(4);
    expect(c.ids.every((id: string) => id.includes('CN-GX'))).toBe(true);
    expect(c.home).toBe(false);
    expect([c.corner, c.reserve]).toEqual(['bottom-left', 'bottom']);
    // The close-up's size is the live map's (`closeUpSize`) in shares of the nominal box.
    const { width: W, height: H } = NARROW_LAYOUT.nominal;
    const [cw, ch] = closeUpSize(W, H);
    expect(c.box.w).toBeCloseTo(cw / W, 6);
    expect(c.box.h).toBeCloseTo(ch / H, 6);
    expect(c.box.x).toBeCloseTo(share.marginX, 6);
    expect(c.box.y + c.box.h + share.marginY).toBeCloseTo(1, 6);
    // The map keeps room for it below: its own margin, the close-up and the close-up's margin.
    expect(plan.pad.bottom).toBeCloseTo(pad.bottom + c.box.h + share.marginY, 6);
    expect(plan.pad.top).toBe(pad.top);
  });

  it('at world scale with country flows: a close-up of home, the world above it with no room kept', () => {
    const plan = planNarrow(world, true);
    const c = plan.closeUp!;
    expect(c.home).toBe(true);
    expect(c.corner).toBe('bottom-left');
    expect(c.reserve).toBeNull();
    expect(plan.pad).toEqual(pad);
    // Across the phone's width, clear of the column of the map's buttons at its right (the names of
    // the countries next door need the room).
    const { width: W } = NARROW_LAYOUT.nominal;
    expect((c.box.x + c.box.w) * W).toBeCloseTo(W - NARROW_BUTTONS_ROOM, 6);
    // Home and Guangxi's capital (108.3° E, 22.8° N) are in it.
    const [w, s, e, n] = c.bounds;
    expect(w).toBeLessThan(105);
    expect(e).toBeGreaterThanOrEqual(108.3);
    expect(s).toBeLessThan(9);
    expect(n).toBeGreaterThanOrEqual(22.8);
  });
});

describe('narrowPictureSvg', () => {
  it('lays out its frame and close-up in percentages of its box, as the live map’s shares', () => {
    const svg = narrowPictureSvg(atlas, topo, { day: '2025-08-01', lang: 'fr' });
    // No viewBox on the root: its units are the box's px, its nested pictures placed by percentages.
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="100%" height="100%">')).toBe(true);
    const plan = planNarrow(atlas, false);
    const main = boxOf(svg, '<svg x=')!;
    expect(main[0]).toBeCloseTo(pad.left * 100, 1);
    expect(main[1]).toBeCloseTo(pad.top * 100, 1);
    expect(main[2]).toBeCloseTo((1 - pad.left - pad.right) * 100, 1);
    expect(main[3]).toBeCloseTo((1 - plan.pad.top - plan.pad.bottom) * 100, 1);
    const inset = boxOf(svg, '<svg class="close-up"')!;
    const c = plan.closeUp!.box;
    expect(inset).toEqual([c.x, c.y, c.w, c.h].map((v) => +(v * 100).toFixed(2)));
    // The close-up, captioned, names the border provinces; the main frame is fitted centred.
    const closeUp = svg.slice(svg.indexOf('<svg class="close-up"'));
    expect(closeUp).toContain('>Gros plan</text>');
    for (const name of ['Cao Bằng', 'Guangxi']) expect(closeUp).toContain(`>${name}</text>`);
    expect(svg.slice(0, svg.indexOf('<svg class="close-up"'))).toContain(
      'preserveAspectRatio="xMidYMid meet"',
    );
    // Only a narrow box's words, in two sets: for the nominal phone's map, and for a short one's
    // (its frames are smaller there: names 12 px in both), chosen by the box's height.
    expect(svg.match(/<style>.*?<\/style>/g)).toEqual([
      '<style>.short{display:none}@media (max-height:430px){.narrow{display:none}.short{display:inline}}</style>',
    ]);
    expect(new Set([...svg.matchAll(/class="([^"]+)"/g)].map((m) => m[1]))).toEqual(
      new Set(['narrow', 'short', 'close-up', 'caption']),
    );
    const sizes = (id: string) =>
      [...svg.matchAll(new RegExp(`<g class="${id}">.*?font-size="([\\d.]+)"`, 'g'))].map((m) =>
        Number(m[1]),
      );
    const [tall, short] = [sizes('narrow'), sizes('short')];
    expect(tall).toHaveLength(2); // the main frame's and the close-up's
    expect(short).toHaveLength(2);
    // The seed's frame fits the box's height on a short phone: larger words in its units there.
    expect(short[0]!).toBeGreaterThan(tall[0]! * 1.2);
  });

  it('at world scale: the world across the box from its top margin, the flows next door in the close-up of home', () => {
    const svg = narrowPictureSvg(world, topo, { day: '2026-01-01', lang: 'fr', flowsFrom: 3 });
    const at = svg.indexOf('<svg class="close-up"');
    const [outside, inset] = [svg.slice(0, at), svg.slice(at)];
    // The padded box, its world fitted (`meet`) from its top: by its width in a tall box, by its height
    // (narrower, centred) in one too short for it, as the live map's (`worldWidth`).
    const [x, y, w, h] = boxOf(outside, '<svg x=')!;
    expect([x, w]).toEqual([0, 100]);
    expect(y).toBeCloseTo(pad.top * 100, 1);
    expect(h).toBeCloseTo((1 - pad.top - pad.bottom) * 100, 1);
    expect(outside).toContain('preserveAspectRatio="xMidYMin meet"');
    expect(inset).toContain('>Chine · 4<');
    expect(outside).not.toContain('>Chine · 4<');
    // Its hubs named in the close-up of home with their links, as the live map's (`planDraw`): none
    // under the default threshold.
    expect(inset).not.toContain('>Quảng Ninh · 2<');
    const hubs = narrowPictureSvg(world, topo, { day: '2026-01-01', lang: 'fr', flowsFrom: 3, hubsFrom: 2 });
    const hubInset = hubs.slice(hubs.indexOf('<svg class="close-up"'));
    expect(hubInset).toContain('>Quảng Ninh · 2<');
    expect(hubs.slice(0, hubs.indexOf('<svg class="close-up"'))).not.toContain('Quảng Ninh · 2');
    // Its dot is drawn with it: a dot more than the picture without hubs for each set of words naming it.
    const count = (svg: string, s: string) => svg.split(s).length - 1;
    expect(count(hubInset, '>Quảng Ninh · 2<')).toBeGreaterThan(0);
    expect(count(hubInset, '<circle') - count(inset, '<circle')).toBe(count(hubInset, '>Quảng Ninh · 2<'));
    for (const name of ['Japon · 1', 'Kazakhstan · 2']) expect(outside).toContain(`>${name}<`);
    // Names at 12 px on the nominal phone, as the live map's: the world's 1,000 units span its width.
    const size = Number(outside.match(/<g class="narrow">.*?font-size="([\d.]+)"/s)?.[1]);
    expect((size * NARROW_LAYOUT.nominal.width) / 1000).toBeCloseTo(12, 0);
  });
});

describe('worldWidth', () => {
  it('is the map’s width where a frame of the world fits it from its top, less where the map is too short for it', () => {
    // The 300-event fixture's frame: 60° N to 46.5° S, 0.356 of the world's width tall.
    const [s, n] = [-46.5, 60];
    const tall = toWorld([0, s])[1] - toWorld([0, n])[1];
    // A laptop's 1280 × 800 window (a map 595 px high, 64 px kept above and below): one world across.
    expect(worldWidth(s, n, [1280, 595 - 128])).toBe(1280);
    // A 1366 × 625 window (a 415-px map): the world fitted by its height, so that its south is in it.
    const k = worldWidth(s, n, [1366, 415 - 128]);
    expect(k).toBeLessThan(1366);
    expect(k * tall).toBeCloseTo(415 - 128, 6);
  });
});

describe('the wide layout (a laptop’s map, 1280 × 595, and any box wider than a phone’s)', () => {
  it('seed data: the close-up of the Guangxi arcs at the bottom left, over the sea and land of no arc', () => {
    const plan = planLayout(atlas, false, WIDE_LAYOUT);
    const c = plan.closeUp!;
    expect(c.ids.every((id) => id.includes('CN-GX'))).toBe(true);
    expect([c.corner, c.reserve]).toEqual(['bottom-left', null]);
    // The live map's pixels at the nominal box, in shares: 64 px above and below, 88 and 132 px beside.
    const { width: W, height: H } = WIDE_LAYOUT.nominal;
    expect(plan.pad.top).toBeCloseTo(64 / H, 6);
    expect(plan.pad.right).toBeCloseTo(132 / W, 6);
    expect(plan.pad.left).toBeCloseTo(88 / W, 6);
    // Its size is the live map's for the box (`closeUpSize`): 380 × 268 px.
    expect([c.box.w * W, c.box.h * H].map(Math.round)).toEqual([380, 268]);
    expect(c.box.x * W).toBeCloseTo(CLOSE_UP_MARGIN, 6);
  });

  it('300 events: the names beside the close-up go to a side of their dots clear of it, as the live map’s', () => {
    // The synthetic fixture (made up for the tests): on a laptop the close-up of home is at the bottom,
    // beside New Zealand's dot; its name, right of the dot, went on under it, cut.
    const synthetic = JSON.parse(
      readFileSync('src/pipeline/fixtures/out/synthetic-300.json', 'utf8'),
    ) as typeof atlas;
    const svg = layoutPictureSvg(synthetic, topo, WIDE_LAYOUT, { day: synthetic.dateRange.end, lang: 'en' });
    const main = svg.slice(0, svg.indexOf('class="close-up"'));
    const words = main.match(/<g class="wide">.*?<\/g><\/g>/)?.[0] ?? '';
    expect(words).toMatch(
      /<text x="[\d.]+" y="[\d.]+" text-anchor="end"(?: fill="#[0-9a-f]+")?>New Zealand · \d+<\/text>/,
    );
  });

  it('300 events: in a laptop’s short window the close-up keeps its place beside the world, hiding no end', () => {
    // The synthetic fixture (made up for the tests): the close-up of home is along the bottom, in the
    // Pacific between New Zealand and South America. In a box wider than the nominal one's shape (a
    // 1536 × 730 window's map, 1536 × 515 px) the world is fitted by its height, centred: in shares of
    // the box the close-up covered Chile, Argentina and Brazil.
    const synthetic = JSON.parse(
      readFileSync('src/pipeline/fixtures/out/synthetic-300.json', 'utf8'),
    ) as typeof atlas;
    const plan = planLayout(synthetic, true, WIDE_LAYOUT);
    const c = plan.closeUp!;
    expect(c.corner).toBe('bottom');
    const nominal = WIDE_LAYOUT.nominal;
    // In the nominal box's shape and in taller boxes as wide: its shares.
    for (const b of [nominal, { width: 1280, height: 700 }]) {
      const r = closeUpPx(plan, nominal, b);
      expect(
        [r.x / b.width, r.y / b.height, r.w / b.width, r.h / b.height].map((v) => +v.toFixed(9)),
      ).toEqual([c.box.x, c.box.y, c.box.w, c.box.h].map((v) => +v.toFixed(9)));
    }
    // The flows' ends where the live map and the picture draw them in a box: the one world across the
    // box or, where it is too short, fitted by its height and centred (`worldWidth`).
    const [, s, , n] = openingBounds(synthetic);
    const ends = possibleFlows(synthetic).map((f) => f.flat.at(-1)!);
    const endsIn = (b: { width: number; height: number }) => {
      const f = plan.main.frame;
      const k = worldWidth(s, n, [b.width, f.h * b.height]) / (toWorld([360, 0])[0] - toWorld([0, 0])[0]);
      const [x0, y0] = [toWorld([150, 0])[0], toWorld([0, n])[1]];
      return ends.map((e) => {
        const [x, y] = toWorld([e[0] < -30 ? e[0] + 360 : e[0], e[1]]);
        return [(x - x0) * k + b.width / 2, (y - y0) * k + f.y * b.height] as const;
      });
    };
    const inside = (
      r: { x: number; y: number; w: number; h: number },
      b: { width: number; height: number },
    ) => endsIn(b).filter(([x, y]) => x > r.x && x < r.x + r.w && y > r.y && y < r.y + r.h).length;
    for (const b of [
      nominal,
      { width: 1536, height: 515 },
      { width: 1366, height: 445 },
      { width: 1920, height: 485 },
    ]) {
      const shares = {
        x: c.box.x * b.width,
        y: c.box.y * b.height,
        w: c.box.w * b.width,
        h: c.box.h * b.height,
      };
      const r = closeUpPx(plan, nominal, b);
      expect(inside(r, b), `${b.width} × ${b.height}`).toBe(0);
      // (In shares of a short box it covered ends.)
      if (b !== nominal) expect(inside(shares, b), `${b.width} × ${b.height}, in shares`).toBeGreaterThan(0);
      // It keeps its share of the box's height, and as much of its width as the room beside it gives.
      expect(r.h).toBeCloseTo(c.box.h * b.height, 6);
      expect(r.w).toBeGreaterThan(0.8 * c.box.w * b.width);
    }
    // In a narrower box (a tablet's map, an article's embed) its names are as large as in the nominal
    // one: it keeps its width in px as far as the room beside it gives, wider than its share of the box
    // (at 700 px its share was 141 px, and Laos's, Malaysia's and Singapore's names found no room in it),
    // and covers no flow's end.
    for (const b of [
      { width: 1000, height: 540 },
      { width: 1024, height: 465 },
      { width: 700, height: 435 },
    ]) {
      const r = closeUpPx(plan, nominal, b);
      expect(inside(r, b), `${b.width} × ${b.height}`).toBe(0);
      expect(r.w, `${b.width} × ${b.height}`).toBeGreaterThan(1.2 * c.box.w * b.width);
      expect(r.w).toBeLessThanOrEqual(c.box.w * nominal.width + 1e-6);
      expect(r.h).toBeCloseTo(c.box.h * b.height, 6);
    }
  });

  it('300 events: for a canvas, the close-up along the bottom becomes a nested svg placed for the box', () => {
    // (A foreignObject taints a canvas: the PNG export draws the picture with this instead.)
    const synthetic = JSON.parse(
      readFileSync('src/pipeline/fixtures/out/synthetic-300.json', 'utf8'),
    ) as typeof atlas;
    const svg = layoutPictureSvg(synthetic, topo, WIDE_LAYOUT, { day: synthetic.dateRange.end, lang: 'en' });
    expect(svg).toContain('<foreignObject class="close-up-at"');
    const plan = planLayout(synthetic, true, WIDE_LAYOUT);
    // A laptop's short window (the room beside the world binds), and an article's embed (narrower than
    // the nominal box: the close-up keeps its nominal width in px, `least`).
    for (const [width, height] of [
      [1536, 515],
      [700, 435],
    ] as const) {
      const placed = closeUpPlaced(svg, width, height);
      expect(placed).not.toContain('<foreignObject');
      // Its root is the box's size (an SVG sized in percentages is drawn on a canvas at 300 × 150 px).
      expect(
        placed.startsWith(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">`),
      ).toBe(true);
      const m = /<svg class="close-up" x="([\d.]+)" y="([\d.]+)%" width="([\d.]+)" height="([\d.]+)%">/.exec(
        placed,
      )!;
      const r = closeUpPx(plan, WIDE_LAYOUT.nominal, { width, height });
      expect(Number(m[1])).toBeCloseTo(r.x, 3);
      expect(Number(m[3])).toBeCloseTo(r.w, 3);
      expect((Number(m[2]) / 100) * height).toBeCloseTo(r.y, 0);
      // The close-up's content is all there, once.
      expect(placed.split('class="close-up"').length).toBe(2);
    }
    // A picture whose constants are not those this code reads (another build's) is left as it is.
    const other = svg.replace(
      /data-at="([^"]*)"/,
      (_, at: string) => `data-at="${at.split(' ').slice(1).join(' ')}"`,
    );
    expect(closeUpPlaced(other, 700, 435)).toBe(other);
  });

  it('draws a set of words for each class of box width, shown by media queries, its frames in percentages', () => {
    const svg = layoutPictureSvg(atlas, topo, WIDE_LAYOUT, { day: '2025-08-01', lang: 'en' });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="100%" height="100%">')).toBe(true);
    // On a wall screen (names of 18 px) the arcs are 1.5 times as wide, as the live map draws them: a
    // rule for each width drawn, in the wall sets' media queries only.
    const widths = lineWidths(svg);
    // (Arcs and the basemap's lines both: the live map widens all of them.)
    const arcs = [...svg.matchAll(/ stroke-width="([\d.]+)" stroke-opacity=/g)].map((m) => m[1]!);
    expect(arcs.length).toBeGreaterThan(1);
    for (const w of [...arcs, String(MAP_SIZES.borderWidth)]) expect(widths).toContain(w);
    const wider = wallLines(svg);
    expect(wider.split('{stroke-width:').length - 1).toBe(widths.length);
    // …and its close-up's caption, as the live map's 0.7 rem of the page's 150 % type.
    expect(svg).toContain('<g class="caption"><rect');
    for (const media of ['(min-width:2000px) and (max-width:2799.99px)', '(min-width:2800px)'])
      expect(svg).toContain(`@media ${media}{.wide{display:none}`);
    expect(svg.split(wider).length - 1).toBe(2);
    expect(svg.replaceAll(wider, '')).toContain(
      '<style>.medium,.tablet,.large,.wall,.wall4k,.medium-short,.tablet-short,.wide-short,.large-short{display:none}' +
        '@media (max-width:850px){.wide{display:none}.medium{display:inline}}' +
        '@media (min-width:850.01px) and (max-width:1100px){.wide{display:none}.tablet{display:inline}}' +
        '@media (min-width:1601px) and (max-width:1999.99px){.wide{display:none}.large{display:inline}}' +
        '@media (min-width:2000px) and (max-width:2799.99px){.wide{display:none}.wall{display:inline}}' +
        '@media (min-width:2800px){.wide{display:none}.wall4k{display:inline}}' +
        // A class's set for shorter boxes hides that class's too, after its rule.
        '@media (max-width:850px) and (max-height:372px){.wide,.medium{display:none}.medium-short{display:inline}}' +
        '@media (min-width:850.01px) and (max-width:1100px) and (max-height:465px){.wide,.tablet{display:none}.tablet-short{display:inline}}' +
        '@media (min-width:1100.01px) and (max-width:1600.99px) and (max-height:505px){.wide{display:none}.wide-short{display:inline}}' +
        '@media (min-width:1601px) and (max-width:1999.99px) and (max-height:794px){.wide,.large{display:none}.large-short{display:inline}}</style>',
    );
    const plan = planLayout(atlas, false, WIDE_LAYOUT);
    const main = boxOf(svg, '<svg x=')!;
    expect(main[0]).toBeCloseTo(plan.pad.left * 100, 1);
    const inset = boxOf(svg, '<svg class="close-up"')!;
    const c = plan.closeUp!.box;
    expect(inset).toEqual([c.x, c.y, c.w, c.h].map((v) => +(v * 100).toFixed(2)));
    // Each set's names are its box's size there: 12 px on a laptop, 18 on a wall screen (150 %).
    const size = (id: string) =>
      Number(svg.match(new RegExp(`<g class="${id}">.*?font-size="([\\d.]+)"`))?.[1]);
    const shown = (box: { width: number; height: number }) =>
      Math.min(
        box.width * (main[2]! / 100),
        (box.height * (main[3]! / 100) * 1000) / Number(svg.match(/viewBox="0 0 1000 (\d+)"/)![1]),
      );
    for (const set of WIDE_LAYOUT.sets) expect((size(set.id) * shown(set.box)) / 1000).toBeCloseTo(set.px, 0);
  });

  it('a set’s own picture is the picture drawn with that set alone (the build takes it from the one with all)', () => {
    for (const [a, day] of [
      [atlas, '2025-08-01'],
      [world, '2025-08-01'],
    ] as const) {
      const all = layoutPictureSvg(a, topo, WIDE_LAYOUT, { day, lang: 'vi', theme: 'dark' });
      for (const set of WIDE_LAYOUT.sets) {
        const own = pictureOfSet(all, WIDE_LAYOUT, set.id);
        // Its groups (the main picture's and the close-up's), its sets for shorter boxes' (shown by
        // their media queries), no other set's.
        const short = WIDE_LAYOUT.sets.filter((s) => s.of === set.id);
        expect(short.length).toBe(['wall', 'wall4k'].includes(set.id) || set.of ? 0 : 1);
        for (const s of [set, ...short]) {
          expect(own.split(`<g class="${s.id}">`).length).toBe(all.split(`<g class="${s.id}">`).length);
          expect(own.split(`<g class="${s.id}">`).length).toBeGreaterThan(1);
        }
        for (const other of WIDE_LAYOUT.sets)
          if (other !== set && !short.includes(other)) expect(own).not.toContain(`class="${other.id}"`);
        // (Shown by its box's height alone: the file was chosen by the viewport's width.)
        const height = short[0]?.media?.match(/\(max-height:\d+px\)/)?.[0];
        expect(own).toContain(
          short.length
            ? `<style>.${short[0]!.id}{display:none}@media ${height}{.${set.id}{display:none}.${short[0]!.id}{display:inline}}</style>`
            : `<style>${['wall', 'wall4k'].includes(set.id) ? wallLines(all) : ''}</style>`,
        );
        if (set.id === 'wide')
          expect(own).toContain(
            '<style>.wide-short{display:none}@media (max-height:505px){.wide{display:none}.wide-short{display:inline}}</style>',
          );
        // Drawn alone: a set of names of the first's size (12 px) is drawn the same whatever set leads.
        if (set.px !== WIDE_LAYOUT.sets[0]!.px) continue;
        const alone = {
          ...WIDE_LAYOUT,
          sets: [{ id: set.id, box: set.box, px: set.px }, ...short.map((s) => ({ ...s, media: height }))],
        };
        expect(own).toBe(layoutPictureSvg(a, topo, alone, { day, lang: 'vi', theme: 'dark' }));
      }
    }
    expect(() => pictureOfSet('<svg/>', WIDE_LAYOUT, 'narrow')).toThrow(/not a set of the wide layout/);
  });
});

describe('a selection’s picture (the page draws it for its map’s box, as the live map frames a selection)', () => {
  const ids = (vn: string) => new Set(possibleArcs(atlas).flatMap((a) => (a.vn === vn ? [a.id] : [])));
  const selection = (vn: string, box: { width: number; height: number }) => {
    const target = arcsBounds(atlas, ids(vn), box.width)!;
    return planLayout(atlas, false, exactLayout(box.width, box.height, 1), {
      target,
      opening: false,
      scale: 1,
    });
  };

  it('keeps pixels of room around the selection, and the room the opening view kept for its close-up', () => {
    // An embed's map: the frame's room is `framePx` of its box, not shares of a nominal one.
    const box = { width: 700, height: 434 };
    const p = framePx(box.width, box.height, FRAME.controls);
    const plan = selection('VN-13', box);
    expect(plan.pad.top * box.height).toBeCloseTo(p.top, 6);
    expect(plan.pad.right * box.width).toBeCloseTo(p.right, 6);
    // On a phone the opening view's close-up of home is below the world, with room kept for it: the
    // map keeps that room when it frames Quảng Ninh's arcs after (its map shortened by the details
    // below it), its close-up hiding nothing there. Planned afresh, the close-up would go to the top
    // left, over the frame.
    const phone = { width: 390, height: 334 };
    const opening = planLayout(atlas, false, NARROW_LAYOUT);
    expect(opening.closeUp?.reserve).toBe('bottom');
    const kept = reservedPx(opening, phone, NARROW_LAYOUT.nominal);
    const q = framePx(phone.width, phone.height, FRAME.controls);
    const selected = selection('VN-13', phone);
    expect([selected.closeUp?.corner, selected.closeUp?.reserve]).toEqual(['bottom-left', 'bottom']);
    expect(selected.pad.bottom * phone.height).toBeCloseTo(
      q.bottom + Math.min(kept.bottom, phone.height - q.top - q.bottom - 60),
      6,
    );
  });

  it('a close-up of a selection keeps the pixels of its own map, inside its border', () => {
    const box = { width: 700, height: 434 };
    const c = selection('VN-13', box).closeUp!;
    const [w, h] = [Math.round(c.box.w * box.width), Math.round(c.box.h * box.height)];
    const p = framePx(w - 2, h - 2, 0);
    expect(c.pad.left * w).toBeCloseTo(1 + p.left, 6);
    expect(c.pad.top * h).toBeCloseTo(1 + p.top, 6);
  });

  it('draws no close-up of home that would not show it larger than the main map', () => {
    // The 300-event fixture: Guangxi's links to seven border provinces, framed across a phone's map
    // (its details below), and East Kazakhstan's one link, framed from Kazakhstan to Vietnam on a
    // laptop's map beside its panel. Faint arcs too short at those framings, all over Vietnam, asked
    // for a close-up of home: all Vietnam, no larger than the main map shows it.
    const synthetic = JSON.parse(
      readFileSync('src/pipeline/fixtures/out/synthetic-300.json', 'utf8'),
    ) as typeof atlas;
    const of = (partner: string) =>
      new Set(possibleArcs(synthetic).flatMap((a) => (a.partner === partner ? [a.id] : [])));
    const plan = (partner: string, box: { width: number; height: number }) =>
      planLayout(synthetic, false, exactLayout(box.width, box.height, 1), {
        target: arcsBounds(synthetic, of(partner), box.width)!,
        opening: false,
        scale: 1,
      });
    expect(plan('CN-GX', { width: 390, height: 310 }).closeUp).toBeNull();
    expect(plan('KZ-VOS', { width: 897, height: 595 }).closeUp).toBeNull();
    // A close-up that does show its arcs larger stays: Quảng Ninh's, of the seed's arcs to Guangxi.
    expect(selection('VN-13', { width: 897, height: 595 }).closeUp?.home).toBe(false);
    // And the opening views' close-ups of home, at world scale.
    for (const layout of [NARROW_LAYOUT, WIDE_LAYOUT])
      expect(planLayout(synthetic, true, layout).closeUp?.home, layout.id).toBe(true);
  });

  it('keeps room at the bottom of a phone’s map wider than tall for a close-up across most of it, as the live map', () => {
    // The 300-event fixture's France (14 arcs from Europe to Vietnam) on a phone, its details below the
    // map (390 × 310): room kept at the map's left for a close-up of 87 % of its width framed the arcs
    // in the 60 px left, and the picture drew the world in a strip (a reader's review).
    const synthetic = JSON.parse(
      readFileSync('src/pipeline/fixtures/out/synthetic-300.json', 'utf8'),
    ) as typeof atlas;
    const france = new Set(
      possibleArcs(synthetic).flatMap((a) => (a.partner.startsWith('FR') ? [a.id] : [])),
    );
    expect(france.size).toBeGreaterThan(5);
    const box = { width: 390, height: 310 };
    const plan = planLayout(synthetic, false, exactLayout(box.width, box.height, 1), {
      target: arcsBounds(synthetic, france, box.width)!,
      opening: false,
      scale: 1,
    });
    expect(plan.closeUp?.reserve).not.toBe('left');
    // (The frame's own room, around what it frames and clear of the map's buttons, as before.)
    const p = framePx(box.width, box.height, FRAME.controls);
    expect(plan.pad.left * box.width).toBeCloseTo(p.left, 6);
    expect(plan.pad.right * box.width).toBeCloseTo(p.right, 6);
  });

  it('frames a short arc no closer than the live map’s largest zoom (7)', () => {
    // A degree across 1,000 px would be zoom 9.5: at zoom 7 the frame shows 360 × 1000 / 65,536 degrees.
    const [w, , e] = cappedBounds([105, 20, 106, 21], [1000, 600]);
    expect(e - w).toBeCloseTo((360 * 1000) / (512 * 2 ** 7), 6);
    expect((w + e) / 2).toBeCloseTo(105.5, 6);
    const wide: [number, number, number, number] = [100, 5, 140, 45];
    expect(cappedBounds(wide, [1000, 600])).toEqual(wide);
  });
});

describe('layoutPictureSvg: the basemap’s names of Vietnam’s provinces', () => {
  // Words drawn in a part of the picture: its main frame, or its close-up (`svg.close-up`).
  const wordsIn = (svg: string, part: 'main' | 'closeUp') => {
    const at = svg.indexOf('<svg class="close-up"');
    const text = part === 'closeUp' ? svg.slice(at) : svg.slice(0, at);
    return [...text.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((m) =>
      m[1]!
        .replace(/<tspan[^>]*>/g, ' ')
        .replace(/<\/tspan>/g, '')
        .trim(),
    );
  };
  const narrowAt = (day: string) => narrowPictureSvg(atlas, topo, { day, lang: 'vi' });

  it('names them in the close-up of the border (the live map’s zoom ≥ 4.5), as on the day, never at world scale', () => {
    // After 1 July 2025: the 34 units (Ninh Bình took in Hà Nam and Nam Định); before it, the 63 (Yên
    // Bái, since part of Lào Cai).
    const svg = narrowAt('2026-12-01');
    const after = wordsIn(svg, 'closeUp');
    const before = wordsIn(narrowAt('2024-01-01'), 'closeUp');
    expect(after).toContain('Ninh Bình');
    expect(after).not.toContain('Yên Bái');
    expect(before).toContain('Yên Bái');
    // The main frame, at zoom 2–3, names none.
    expect(wordsIn(svg, 'main')).not.toContain('Ninh Bình');
    // A province with a partner is named once in each set of words, as a place: its basemap name,
    // centred on its point, would cover its dot.
    const sets = (svg.slice(svg.indexOf('<svg class="close-up"')).match(/<g class="(?!caption)/g) ?? [])
      .length;
    expect(sets).toBeGreaterThan(0);
    expect(after.filter((w) => w === 'Quảng Ninh')).toHaveLength(sets);
    // Only names that show: none wholly beyond the close-up's edges (a name may reach past them).
    expect(after).not.toContain('Hà Tĩnh');
  });
});

describe('shownBounds (what a close-up shows, its room included: the main map outlines it)', () => {
  it('is the frame where the frame fills its box, and more on the sides its box has room', () => {
    const bounds: [number, number, number, number] = [104, 20, 110, 24];
    const same = shownBounds(bounds, { x: 0, y: 0, w: 300, h: 300 }, [300, 300]);
    // (Fitted, `meet`: the frame's longer side fills the box, the shorter is centred with room around.)
    expect(same[0]).toBeCloseTo(104, 6);
    expect(same[2]).toBeCloseTo(110, 6);
    expect(same[1]).toBeLessThan(20);
    expect(same[3]).toBeGreaterThan(24);
    // A box with 30 px more on every side of the frame shows more on every side.
    const more = shownBounds(bounds, { x: 30, y: 30, w: 300, h: 300 }, [360, 360]);
    expect(more[0]).toBeLessThan(same[0]);
    expect(more[2]).toBeGreaterThan(same[2]);
    expect(more[1]).toBeLessThan(same[1]);
    expect(more[3]).toBeGreaterThan(same[3]);
    // 30 px of a 300-px-wide frame of 6°: 0.6° each side.
    expect(more[0]).toBeCloseTo(103.4, 6);
    expect(more[2]).toBeCloseTo(110.6, 6);
  });
});

describe('a selection whose places pile up at one end', () => {
  it('300 events, France selected on a laptop: the picture’s close-up is of France’s heap', () => {
    // The synthetic fixture (made up for the tests): France's fourteen partners, at the end of long
    // arcs, lie within a few dozen px of each other at the selection's framing. Its picture planned a
    // close-up of home (for other, unselected arcs' sake), and named four of them on the main map.
    const synthetic = JSON.parse(
      readFileSync('src/pipeline/fixtures/out/synthetic-300.json', 'utf8'),
    ) as typeof atlas;
    // (The arcs drawn on the fixture's last day, as the live map's selection: units as they are then.)
    const selected = visibleArcs(synthetic, timelineEnd(synthetic))
      .filter((a) => a.partner.startsWith('FR-'))
      .map((a) => a.id);
    expect(selected.length).toBeGreaterThan(10);
    const [w, h] = [880, 592];
    const target = arcsBounds(synthetic, new Set(selected), w);
    if (!target) throw new Error('no bounds for France’s arcs');
    const view = { target, opening: false, scale: 1 };
    const france = planLayout(synthetic, true, exactLayout(w, h, 1), { ...view, selected });
    const [west, south, east, north] = france.closeUp!.bounds;
    // (Metropolitan France: from Brittany to the Alps, from the Pyrenees to the Channel.)
    expect(west).toBeGreaterThan(-5.5);
    expect(east).toBeLessThan(8);
    expect(south).toBeGreaterThan(42);
    expect(north).toBeLessThan(51.5);
    expect(new Set(france.closeUp!.ids)).toEqual(new Set(selected));
    // Without the selection's arcs to plan with, home's (the plan before).
    const before = planLayout(synthetic, true, exactLayout(w, h, 1), view);
    expect(before.closeUp!.bounds[0]).toBeGreaterThan(90);
  });
});
