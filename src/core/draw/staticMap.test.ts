import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { seedAtlas as atlas } from '../fixtures/seedAtlas';
import { compactPath, NARROW_PICTURE_WIDTH, staticMapSvg } from './staticMap';
import { borderWidthAt, flowLook, MAP_SIZES, MAP_THEMES } from './theme';
import { visibleArcs } from '../view/visibleArcs';
import { WIDE_LAYOUT } from './boxLayout';
import { basemapStyle } from '../../map/basemapStyle';

const topo = JSON.parse(readFileSync('data/geo/basemap.topo.json', 'utf8')) as Topology;

/** The live map's style in the light scheme, without labels or countries' names. */
const lightStyle = () =>
  basemapStyle(
    topo,
    { type: 'FeatureCollection', features: [] },
    'light',
    { type: 'FeatureCollection', features: [] },
    'vi',
  );

/** The arc paths of a picture: their widths and opacities. */
const arcsOf = (svg: string) =>
  [
    ...svg.matchAll(
      /<path vector-effect="non-scaling-stroke" d="[^"]+" stroke-width="([\d.]+)" stroke-opacity="([\d.]+)"/g,
    ),
  ].map((m) => ({ width: Number(m[1]), opacity: Number(m[2]) }));

/** Absolute points of a path written by compactPath, one list per subpath. */
function absolute(d: string): number[][][] {
  const out: number[][][] = [];
  for (const [, cmd, body] of d.matchAll(/([MlZ])([^MlZ]*)/g)) {
    const nums = (body?.match(/-?\d+/g) ?? []).map(Number);
    if (cmd === 'M') out.push([[nums[0] as number, nums[1] as number]]);
    if (cmd === 'l') {
      const ring = out[out.length - 1] as number[][];
      for (let i = 0; i < nums.length; i += 2) {
        const [x, y] = ring[ring.length - 1] as number[];
        ring.push([(x as number) + (nums[i] as number), (y as number) + (nums[i + 1] as number)]);
      }
    }
  }
  return out;
}

describe('compactPath', () => {
  it('keeps every point, relative, and drops repeats that rounding made', () => {
    const d = 'M10,20L12,20L12,20L12,-3L-4,-3ZM100,100L99,101Z';
    expect(compactPath(d)).toBe('M10 20l2 0 0-23-16 0ZM100 100l-1 1Z');
    expect(absolute(compactPath(d))).toEqual([
      [
        [10, 20],
        [12, 20],
        [12, -3],
        [-4, -3],
      ],
      [
        [100, 100],
        [99, 101],
      ],
    ]);
  });
});

describe('staticMapSvg', () => {
  it('draws exactly the arcs visible on the day, wider for pairs with more events', () => {
    for (const day of ['2018-01-01', '2018-12-01', '2023-03-01', '2026-01-01']) {
      const arcs = arcsOf(staticMapSvg(atlas, topo, { day }));
      const expected = visibleArcs(atlas, day);
      expect(arcs).toHaveLength(expected.length);
      expect(arcs.map((a) => a.width).sort()).toEqual(
        expected.map((a) => 1.5 + 1.2 * a.events.length).sort(),
      );
    }
    expect(arcsOf(staticMapSvg(atlas, topo, { day: '2018-01-01' }))).toEqual([]);
  });

  it('writes no line for an arc wholly outside its frame (a close-up shows few of the arcs)', () => {
    // Hokkaidō: the arc from Quảng Ninh reaches it; the six others end far from it.
    const svg = staticMapSvg(atlas, topo, { day: '2025-03-01', bounds: [139, 41, 146, 46] });
    expect(svg).not.toMatch(/<path vector-effect="non-scaling-stroke" d=""/);
    expect(arcsOf(svg)).toHaveLength(1);
  });

  it('shows the 63 provinces before 1 July 2025 and the 34 units from that day', () => {
    const unitLines = (day: string) => {
      const svg = staticMapSvg(atlas, topo, { day });
      return svg.match(/<path d="([^"]+)" fill="none" stroke="#c8a27a"/)?.[1] ?? '';
    };
    const before = unitLines('2025-06-30');
    const after = unitLines('2025-07-01');
    expect(before).not.toBe('');
    expect(after).not.toBe(before);
    // Fewer, larger units: fewer outline points once the provinces merged.
    expect(after.length).toBeLessThan(before.length);
  });

  it('labels Hoàng Sa and Trường Sa by their Vietnamese names, the readers’ after them, and escapes its title', () => {
    const svg = staticMapSvg(atlas, topo, { day: '2024-01-01', title: 'Partenariats <au> 1er "janvier"' });
    // In two lines, as the live map's symbol layer breaks them (`text-max-width`); on a French or
    // English page with the name its readers know, in brackets (`archipelagoName`).
    expect(svg).toMatch(/>Hoàng Sa<\/tspan><tspan [^>]*>\(Paracels\)<\/tspan><\/text>/);
    expect(svg).toMatch(/>Trường Sa<\/tspan><tspan [^>]*>\(Spratleys\)<\/tspan><\/text>/);
    const en = staticMapSvg(atlas, topo, { day: '2024-01-01', lang: 'en' });
    expect(en).toMatch(/>Trường Sa<\/tspan><tspan [^>]*>\(Spratlys\)<\/tspan><\/text>/);
    const vi = staticMapSvg(atlas, topo, { day: '2024-01-01', lang: 'vi' });
    expect(vi).toMatch(/>Quần đảo<\/tspan><tspan [^>]*>Hoàng Sa<\/tspan><\/text>/);
    expect(vi).toMatch(/>Quần đảo<\/tspan><tspan [^>]*>Trường Sa<\/tspan><\/text>/);
    expect(vi).not.toContain('Paracels');
    // In the sea's names' colour, as the live map's layer, not the places'.
    for (const theme of ['light', 'dark'] as const) {
      const sea = MAP_THEMES[theme].seaLabel;
      const themed = staticMapSvg(atlas, topo, { day: '2024-01-01', theme, lang: 'vi' });
      expect(themed).toMatch(new RegExp(`<g [^>]*fill="${sea}"[^>]*><text [^>]*><tspan [^>]*>Quần đảo<`));
      const paint = basemapStyle(
        topo,
        { type: 'FeatureCollection', features: [] },
        theme,
        { type: 'FeatureCollection', features: [] },
        'vi',
      ).layers.find((l) => l.id === 'archipelago-labels');
      expect((paint as { paint?: Record<string, unknown> }).paint?.['text-color']).toBe(sea);
    }
    expect(svg).toContain('<title>Partenariats &lt;au&gt; 1er &quot;janvier&quot;</title>');
    // Their islands marked where they are a speck (`islandsMark`), as the live map's, under the arcs:
    // an outline in the names' blue, Vietnam's fill inside, each at the name's islands.
    const marks = /<g data-islands="" [^>]*>(.*?)<\/g>/.exec(svg)?.[1] ?? '';
    const at = [...marks.matchAll(/<path d="((?:M[\d.]+ [\d.]+h0)+)" fill="none" stroke="(#\w+)"/g)];
    expect(at.map((m) => m[2])).toEqual([MAP_THEMES.light.seaLabel, MAP_THEMES.light.vnFill]);
    expect(at[0]![1]!.match(/M/g)).toHaveLength(2);
    expect(svg.indexOf('data-islands')).toBeLessThan(svg.indexOf(`stroke="${MAP_THEMES.light.arc}"`));
    // Not where the frame is close enough for their shapes (the live map's zoom ≥ `islandsMarkTill`).
    const close = (bounds: [number, number, number, number]) =>
      staticMapSvg(atlas, topo, { day: '2024-01-01', bounds, exact: true }).includes('data-islands');
    expect(close([110, 15, 113, 18])).toBe(false);
    expect(close([100, 5, 120, 25])).toBe(true);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1000 ')).toBe(true);
  });

  it('names the countries as the live map does: in the reader’s language, in capitals, spaced, clear of the places’ names', () => {
    for (const [lang, china, japan] of [
      ['fr', 'CHINE', 'JAPON'],
      ['vi', 'TRUNG QUỐC', 'NHẬT BẢN'],
      ['en', 'CHINA', 'JAPAN'],
    ] as const) {
      const svg = staticMapSvg(atlas, topo, { day: '2024-01-01', lang });
      const wide =
        svg.match(/<g class="wide">.*?<\/g><\/g>(?:<g [^>]*letter-spacing[^>]*>.*?<\/g>)?/s)?.[0] ?? '';
      const countries = wide.match(/<g [^>]*letter-spacing="0.12em">(.*?)<\/g>/)?.[1] ?? '';
      const names = [...countries.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((m) =>
        [...m[1]!.matchAll(/>([^<]+)</g)].map((t) => t[1]).join(' '),
      );
      expect(names, lang).toEqual(expect.arrayContaining([china, japan]));
    }
  });

  it('sizes its words and dots for the box it is shown in: a set per class of box width, chosen by media queries', () => {
    const svg = staticMapSvg(atlas, topo, { day: '2025-01-01', lang: 'en' });
    const set = (id: string) => {
      const g = svg.match(new RegExp(`<g class="${id}">(.*?)</g></g>`))?.[1] ?? '';
      return {
        size: Number(g.match(/font-size="([\d.]+)"/)?.[1]),
        radius: Number(g.match(/<circle [^>]*r="([\d.]+)"/)?.[1]),
        names: [...g.matchAll(/<text[^>]*>(.*?)<\/text>/g)]
          .map((m) => m[1]!.replace(/<tspan[^>]*>([^<]*)<\/tspan>/g, ' $1').trim())
          .sort(),
      };
    };
    const [narrow, medium, wide, wall] = [set('narrow'), set('medium'), set('wide'), set('wall')];
    // 13 px at the width each set is drawn for: 400, 700, 1,300 and 2,200 px (the viewBox is 1,000 wide).
    expect([narrow.size, medium.size, wide.size, wall.size]).toEqual([32.5, 18.6, 10, 5.9]);
    expect([narrow.radius, wide.radius]).toEqual([8.8, 2.7]);
    // Larger words collide sooner: a narrow box names fewer places. (Not a subset of the wide box's:
    // there a callout, Lạng Sơn's, may take the room of a name of fewer links beside its dot.)
    expect(wide.names).toContain('East Kazakhstan');
    expect(narrow.names).toContain('Hoàng Sa (Paracels)');
    expect(narrow.names.length).toBeLessThan(wide.names.length);
    // A class applies when the box is narrow, or flatter than the picture and low.
    const h = Number(svg.match(/viewBox="0 0 1000 (\d+)"/)?.[1]);
    expect(svg).toContain('.narrow,.medium,.wide{display:none}');
    expect(svg).toContain(
      `@media (max-width:1800px),(max-height:${Math.round(1.8 * h)}px){.narrow,.medium,.wall{display:none}.wide{display:inline}}`,
    );
    expect(svg).toContain(
      `@media (max-width:1100px),(max-height:${Math.round(1.1 * h)}px){.narrow,.wide,.wall{display:none}.medium{display:inline}}`,
    );
    expect(svg).toContain(
      `@media (max-width:560px),(max-height:${Math.round(0.56 * h)}px){.medium,.wide,.wall{display:none}.narrow{display:inline}}`,
    );
    expect(svg.indexOf('max-width:560px')).toBeGreaterThan(svg.indexOf('max-width:1100px'));
  });

  it('draws a narrow box’s picture with that class’s words and dots only, the same as in the picture for any box', () => {
    const o = { day: '2025-01-01', lang: 'en' } as const;
    const any = staticMapSvg(atlas, topo, o);
    const narrow = staticMapSvg(atlas, topo, { ...o, narrowOnly: true });
    const classes = (svg: string) =>
      [...new Set([...svg.matchAll(/class="([^"]+)"/g)].map((m) => m[1]))].sort();
    expect(classes(any)).toEqual(['medium', 'narrow', 'wall', 'wide']);
    expect(classes(narrow)).toEqual(['narrow']);
    // Shown without media queries (no other class to hide), the narrow class's marks as they are.
    expect(narrow).not.toContain('<style>');
    const sets = (svg: string) => [...svg.matchAll(/<g class="narrow">.*?<\/g><\/g>/g)].map((m) => m[0]);
    expect(sets(narrow)).toEqual(sets(any));
    expect(sets(narrow)).toHaveLength(1);
    // Its shapes simplified for a box at most 560 px wide: a third fewer points than for 1,000 px.
    const land = (svg: string) => svg.match(/<path d="([^"]+)" fill/)?.[1] ?? '';
    expect(land(narrow).length).toBeLessThan(land(any).length * 0.8);
    expect(land(narrow).length).toBeGreaterThan(land(any).length * 0.4);
  });

  it('tells public/theme.js how narrow a viewport gets the narrow picture', () => {
    const js = readFileSync('public/theme.js', 'utf8');
    expect(js).toContain(`matchMedia('(max-width: ${NARROW_PICTURE_WIDTH}px)')`);
  });

  it('tells public/theme.js the media queries of the wider pictures’ classes of width', () => {
    const js = readFileSync('public/theme.js', 'utf8');
    // (Sets for shorter boxes of a class are in that class's picture: the picture's own media choose.)
    const [first, ...others] = WIDE_LAYOUT.sets.filter((s) => !s.of);
    expect(js).toContain(`return shown ? shown.id : '${first!.id}';`);
    const listed = [...js.matchAll(/\{ id: '(\w+)', media: matchMedia\('([^']+)'\) \}/g)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(listed).toEqual(others.map((o) => [o.id, o.media]));
  });

  it('outlines the active provinces and regions, and draws the dark scheme in its own colours', () => {
    const outline = (svg: string, color: string) =>
      svg.match(new RegExp(`<path d="([^"]+)" fill="none" stroke="${color}" stroke-width="1.5"`))?.[1] ?? '';
    const before = staticMapSvg(atlas, topo, { day: '2018-01-01' });
    const after = staticMapSvg(atlas, topo, { day: '2018-12-01' });
    expect(outline(before, MAP_THEMES.light.activeLine)).toBe('');
    expect(outline(after, MAP_THEMES.light.activeLine)).not.toBe('');
    const dark = staticMapSvg(atlas, topo, { day: '2018-12-01', theme: 'dark' });
    expect(outline(dark, MAP_THEMES.dark.activeLine)).toBe(outline(after, MAP_THEMES.light.activeLine));
    for (const k of ['background', 'land', 'arc', 'halo'] as const) {
      expect(dark).toContain(`"${MAP_THEMES.dark[k]}"`);
      expect(dark).not.toContain(`"${MAP_THEMES.light[k]}"`);
    }
  });

  it('draws the countries’ borders above the active outlines, as the live map stacks its layers', () => {
    // Where partners face each other across a border (Cao Bằng, Lạng Sơn and Guangxi), both sides are
    // outlined: the border must still read as one, not as another outline.
    const svg = staticMapSvg(atlas, topo, { day: '2025-03-01' });
    const active = svg.indexOf(`stroke="${MAP_THEMES.light.activeLine}"`);
    const borders = svg.indexOf(`stroke="${MAP_THEMES.light.border}" stroke-width="`);
    expect(active).toBeGreaterThan(0);
    expect(borders).toBeGreaterThan(active);
    const style = lightStyle();
    const at = (id: string) => style.layers.findIndex((l) => l.id === id);
    for (const outline of ['regions-active', 'vn63-active', 'vn34-active'])
      expect(at('borders')).toBeGreaterThan(at(outline));
  });

  it('draws the countries’ borders wider in a close-up of home than at world scale, as the live map', () => {
    // At 1 px, grey between the partners' blue outlines, Vietnam's border with China read as one more
    // province line in the close-up of the border provinces.
    const width = (svg: string) =>
      Number(new RegExp(`stroke="${MAP_THEMES.light.border}" stroke-width="([\\d.]+)"`).exec(svg)?.[1]);
    const world = staticMapSvg(atlas, topo, { day: '2025-03-01', bounds: [-180, -60, 180, 80] });
    const near = staticMapSvg(atlas, topo, { day: '2025-03-01', bounds: [104.8, 20.8, 109.7, 22.8] });
    expect(width(world)).toBe(MAP_SIZES.borderWidth);
    expect(width(near)).toBe(MAP_SIZES.borderWidthNear);
    // The live map's: its line width by zoom, from one to the other.
    const style = lightStyle();
    const borders = style.layers.find((l) => l.id === 'borders') as { paint?: Record<string, unknown> };
    expect(borders.paint?.['line-width']).toEqual([
      'interpolate',
      ['linear'],
      ['zoom'],
      MAP_SIZES.borderNearFrom,
      MAP_SIZES.borderWidth,
      MAP_SIZES.borderNearAt,
      MAP_SIZES.borderWidthNear,
    ]);
    expect(borderWidthAt(MAP_SIZES.borderNearFrom)).toBe(MAP_SIZES.borderWidth);
    expect(borderWidthAt(MAP_SIZES.borderNearAt + 2)).toBe(MAP_SIZES.borderWidthNear);
  });

  it('draws a crowded map as country flows, named with their counts, as the map does', () => {
    const day = '2026-01-01';
    const svg = staticMapSvg(atlas, topo, { day, flowsFrom: 3, lang: 'fr' });
    const widths = (n: number) => +flowLook(n).width.toFixed(2);
    expect(arcsOf(svg).map((a) => a.width)).toEqual([widths(4), widths(1), widths(2)]);
    for (const name of ['Chine · 4', 'Japon · 1', 'Kazakhstan · 2']) expect(svg).toContain(`>${name}<`);
    expect(svg).not.toContain('>Hokkaidō<');
    // Each in the foreign partners' colour, apart from the places' names (`partnerLabel`), in each scheme.
    const dark = staticMapSvg(atlas, topo, { day, flowsFrom: 3, lang: 'fr', theme: 'dark' });
    for (const [picture, t] of [
      [svg, MAP_THEMES.light],
      [dark, MAP_THEMES.dark],
    ] as const)
      expect(
        picture.match(/<text [^>]*>[^<]* · \d+</g)?.every((n) => n.includes(` fill="${t.partnerLabel}"`)),
      ).toBe(true);
    // A country its flow names is not named again in grey ("Japon · 1" and "JAPON"); it is with arcs.
    const arcsDrawn = staticMapSvg(atlas, topo, { day, lang: 'fr' });
    for (const name of ['CHINE', 'JAPON']) {
      expect(arcsDrawn).toContain(`>${name}<`);
      expect(svg).not.toContain(`>${name}<`);
    }
    // With arcs, a Vietnamese place's name in the group's ink, a foreign partner's in the partners'.
    expect(arcsDrawn.match(/<text [^>]*>Quảng Ninh</)?.[0]).toMatch(/^<text (?![^>]*fill=)/);
    expect(arcsDrawn.match(/<text [^>]*>Hokkaidō</)?.[0]).toContain(
      ` fill="${MAP_THEMES.light.partnerLabel}"`,
    );
    // (Vietnam, which no flow names, still is.)
    expect(svg).toContain('>VIÊT NAM<');
    // A partner country selected: it and Vietnam only (Japan's name over China's would read as it).
    const japan = staticMapSvg(atlas, topo, { day, lang: 'fr', picked: 'JP' });
    expect(japan).toContain('>JAPON<');
    expect(japan).toContain('>VIÊT NAM<');
    expect(japan).not.toContain('>CHINE<');
    expect(arcsDrawn).toContain('>CHINE<');
    // A selection: its arc alone, strong, over the faint flows; its ends named.
    const selected = new Set(['VN-13~JP-01']);
    const picked = arcsOf(staticMapSvg(atlas, topo, { day, flowsFrom: 3, selected }));
    expect(picked.filter((a) => a.opacity === MAP_SIZES.dimOpacity)).toHaveLength(3);
    expect(picked.filter((a) => a.opacity !== MAP_SIZES.dimOpacity)).toHaveLength(1);
    expect(arcsOf(staticMapSvg(atlas, topo, { day }))).toHaveLength(visibleArcs(atlas, day).length);
    // A place selected with no arc of its own (Bắc Giang, part of Bắc Ninh since 2025): every arc faint.
    const bacGiang = arcsOf(staticMapSvg(atlas, topo, { day, picked: 'VN-54' }));
    expect(bacGiang.length).toBe(visibleArcs(atlas, day).length);
    expect(bacGiang.every((a) => a.opacity === MAP_SIZES.dimOpacity)).toBe(true);
  });

  it('draws the places its close-up frames as dots only, their names the close-up’s', () => {
    const day = '2026-01-01';
    const wide = (svg: string) => svg.match(/<g class="wide">.*?<\/g><\/g>/)?.[0] ?? '';
    const plain = wide(staticMapSvg(atlas, topo, { day }));
    // The border provinces' close-up (Hà Giang's, Cao Bằng's, Lạng Sơn's and Quảng Ninh's points).
    const box: [number, number, number, number] = [104.5, 20.5, 108.5, 23.5];
    const split = wide(staticMapSvg(atlas, topo, { day, namedElsewhere: box }));
    for (const name of ['Cao Bằng', 'Lạng Sơn', 'Quảng Ninh']) {
      expect(plain).toContain(`>${name}<`);
      expect(split).not.toContain(`>${name}<`);
    }
    // Those abroad are still named, and every end keeps its dot.
    for (const name of ['Astana', 'Hokkaidō']) expect(split).toContain(`>${name}<`);
    const dots = (svg: string) => svg.match(/<circle /g)?.length ?? 0;
    expect(dots(split)).toBe(dots(plain));
    // The area the close-up shows is outlined, dashed, as on the live map (`addCloseUpArea`).
    const area = (svg: string) => svg.match(/<path data-close-up-area=""[^>]*>/g) ?? [];
    expect(area(split)).toHaveLength(0);
    const outlined = area(staticMapSvg(atlas, topo, { day, namedElsewhere: box, closeUpShows: box }));
    expect(outlined).toHaveLength(1);
    expect(outlined[0]).toContain('stroke-dasharray="4 3"');
  });

  it('dims the arcs that are not selected, as the map does', () => {
    const day = '2026-01-01';
    const [first] = visibleArcs(atlas, day);
    const arcs = arcsOf(staticMapSvg(atlas, topo, { day, selected: new Set([first!.id]) }));
    expect(arcs.filter((a) => a.opacity === 0.9)).toHaveLength(1);
    expect(arcs.filter((a) => a.opacity === MAP_SIZES.dimOpacity)).toHaveLength(arcs.length - 1);
    // Its two ends' dots are the live map's in focus: 5 to the others' 3.5 (src/map/endsLayer.ts).
    const radii = (svg: string) =>
      [
        ...svg
          .slice(0, svg.indexOf('</g>', svg.indexOf('<g class="')))
          .matchAll(/<circle [^>]*r="([\d.]+)"/g),
      ].map((m) => Number(m[1]));
    const plain = radii(staticMapSvg(atlas, topo, { day }));
    const chosen = radii(staticMapSvg(atlas, topo, { day, selected: new Set([first!.id]) }));
    expect(new Set(plain).size).toBe(1);
    expect(chosen.filter((r) => r > plain[0]!)).toHaveLength(2);
    expect(Math.max(...chosen) / plain[0]!).toBeCloseTo(5 / 3.5, 1);
  });

  it('rings the dot of the place selected, as the live map does (`pickedRing`), above the other dots', () => {
    const day = '2026-01-01';
    const selected = new Set(
      visibleArcs(atlas, day)
        .filter((a) => a.vn === 'VN-13')
        .map((a) => a.id),
    );
    const circles = (svg: string) =>
      [
        ...svg
          .slice(0, svg.indexOf('</g>', svg.indexOf('<g class="')))
          .matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)" r="([\d.]+)"/g),
      ].map((m) => ({ at: `${m[1]} ${m[2]}`, r: Number(m[3]) }));
    const ringed = circles(staticMapSvg(atlas, topo, { day, selected, picked: 'VN-13' }));
    const plain = circles(staticMapSvg(atlas, topo, { day, selected }));
    // Every dot as before; then, after them all (above a neighbour's dot), the ring and its dot again.
    expect(ringed.slice(0, plain.length)).toEqual(plain);
    const [ring, dot] = ringed.slice(plain.length);
    expect(ringed).toHaveLength(plain.length + 2);
    expect(dot!.at).toBe(ring!.at);
    expect(plain.filter((c) => c.at === ring!.at)).toEqual([dot]);
    expect(ring!.r / dot!.r).toBeCloseTo(MAP_SIZES.pickedRing / 5, 1);
    // Named by its close-up (its name not drawn here), no name of a place outside the selection beside
    // a selected end, ringed or not: Bắc Ninh's, whose neighbour Hanoï's name is drawn beside it
    // without a selection (`clearOfRings`).
    const wide = (svg: string) => svg.match(/<g class="wide">.*?<\/g><\/g>/)?.[0] ?? '';
    const bn = 'VN25-BAC-NINH';
    const ofBn = new Set(
      visibleArcs(atlas, day)
        .filter((a) => a.vn === bn)
        .map((a) => a.id),
    );
    const around: [number, number, number, number] = [106.0, 21.0, 106.2, 21.2];
    const named = (selection: ReadonlySet<string>, picked?: string) =>
      wide(
        staticMapSvg(atlas, topo, {
          day,
          selected: selection,
          namedElsewhere: around,
          ...(picked ? { picked } : {}),
        }),
      );
    expect(named(new Set())).toContain('>Hanoï<');
    for (const picked of [undefined, bn]) {
      expect(named(ofBn, picked)).not.toContain('>Hanoï<');
      expect(named(ofBn, picked)).toContain('>Astana<');
    }
    // (A place not drawn: no ring.)
    expect(circles(staticMapSvg(atlas, topo, { day, selected, picked: 'XX-00' }))).toHaveLength(plain.length);
  });

  it('marks, rings and names a place selected that no arc ends at, as the live map does (`pickedMark`)', () => {
    const day = '2024-06-01';
    // (In one class's set of words and dots.)
    const wide = (svg: string) => svg.match(/<g class="wide">.*?<\/g><\/g>/)?.[0] ?? '';
    const circles = (svg: string) => svg.match(/<circle /g)?.length ?? 0;
    const opening = wide(staticMapSvg(atlas, topo, { day, lang: 'vi' }));
    const lone = wide(staticMapSvg(atlas, topo, { day, lang: 'vi', picked: 'VN-01' }));
    // Lai Châu, with no partner: its dot, its ring and its dot again above the others, and its name.
    expect(circles(opening)).toBeGreaterThan(0);
    expect(circles(lone)).toBe(circles(opening) + 3);
    expect(opening).not.toContain('>Lai Châu<');
    expect(lone).toContain('>Lai Châu<');
    // Every arc faint, as under a selection: none reads as ending at its ring.
    const arcs = arcsOf(staticMapSvg(atlas, topo, { day, lang: 'vi', picked: 'VN-01' }));
    expect(arcs.length).toBeGreaterThan(0);
    expect(arcs.every((a) => a.opacity === MAP_SIZES.dimOpacity)).toBe(true);
    expect(arcsOf(staticMapSvg(atlas, topo, { day })).some((a) => a.opacity === MAP_SIZES.dimOpacity)).toBe(
      false,
    );
  });
});

describe('staticMapSvg at world scale', () => {
  // The seed atlas with two partners moved for the test: Hokkaidō to the Americas (80° W) and
  // Astana to western Europe (5° W), so that the flows span more than the map can show.
  const world = {
    ...atlas,
    places: atlas.places.map((p) =>
      p.id === 'JP-01' ? { ...p, lon: -80 } : p.id === 'KZ-AST' ? { ...p, lon: -5 } : p,
    ),
  };
  const dotsX = (svg: string) => [...svg.matchAll(/<circle cx="(-?[\d.]+)"/g)].map((m) => Number(m[1]));

  it('shows the one world from the mid-Atlantic to the mid-Atlantic, filling the width, its top at the top', () => {
    const svg = staticMapSvg(world, topo, { day: '2025-08-01' });
    expect(svg).toContain('preserveAspectRatio="xMidYMin meet"');
    expect(svg).toMatch(/viewBox="0 0 1000 /);
    // 80° W is drawn at 280°: (280 − (−30)) / 360 of the width; 5° W at 25 / 360.
    const xs = dotsX(svg);
    expect(Math.max(...xs)).toBeCloseTo((310 / 360) * 1000, -1);
    expect(Math.min(...xs)).toBeCloseTo((25 / 360) * 1000, -1);
  });

  it('crowded: the flows named on the world, every one (a close-up of home is the layout’s: layoutPictureSvg)', () => {
    const svg = staticMapSvg(world, topo, { day: '2026-01-01', flowsFrom: 3, lang: 'fr' });
    expect(svg).not.toContain('close-up');
    for (const name of ['Chine · 4', 'Japon · 1', 'Kazakhstan · 2']) expect(svg).toContain(`>${name}<`);
  });

  it('keeps a regional frame centred in its box', () => {
    const svg = staticMapSvg(atlas, topo, { day: '2025-08-01' });
    expect(svg).toContain('preserveAspectRatio="xMidYMid meet"');
  });
});

describe('a picture with a box drawn over it', () => {
  const namesOf = (svg: string) =>
    Object.fromEntries(
      [
        ...svg.matchAll(
          /<text x="([\d.-]+)" y="([\d.-]+)" text-anchor="(\w+)"(?: fill="#[0-9a-f]+")?>([^<]+)<\/text>/g,
        ),
      ].map((m) => [m[4], { x: Number(m[1]), y: Number(m[2]), anchor: m[3] }]),
    );

  it('keeps its names out of the box (the layout’s close-up): a name beside it goes to another side of its dot', () => {
    const o = { day: '2025-01-01', lang: 'en', narrowOnly: true } as const;
    const plain = namesOf(staticMapSvg(atlas, topo, { ...o, sets: [{ id: 'narrow', drawnFor: 390 }] }));
    const right = plain['Guangxi']!;
    expect(right.anchor).toBe('start');
    // A box over the right of Guangxi's dot, where its name was.
    const keepOut = { x0: right.x - 10, y0: right.y - 30, x1: right.x + 200, y1: right.y + 5 };
    const kept = namesOf(
      staticMapSvg(atlas, topo, { ...o, sets: [{ id: 'narrow', drawnFor: 390, keepOut }] }),
    );
    expect(kept['Guangxi']!.anchor).toBe('end');
    expect(kept['Guangxi']!.x).toBeLessThan(keepOut.x0);
  });

  it('keeps its names out of the map’s controls (the live map keeps them out: `controlsPx`)', () => {
    const o = { day: '2025-01-01', lang: 'en', narrowOnly: true } as const;
    const plain = namesOf(staticMapSvg(atlas, topo, { ...o, sets: [{ id: 'narrow', drawnFor: 390 }] }));
    const right = plain['Guangxi']!;
    expect(right.anchor).toBe('start');
    // Two boxes of controls: one where Guangxi's name was, right of its dot.
    const controls = [
      { x0: right.x + 20, y0: right.y - 30, x1: right.x + 60, y1: right.y + 5 },
      { x0: 0, y0: 0, x1: 5, y1: 5 },
    ];
    const kept = namesOf(
      staticMapSvg(atlas, topo, { ...o, sets: [{ id: 'narrow', drawnFor: 390, controls }] }),
    );
    expect(kept['Guangxi']!.anchor).toBe('end');
    expect(kept['Guangxi']!.x).toBeLessThan(controls[0]!.x0);
  });
});

describe('a main map’s names', () => {
  const namesOf = (svg: string) =>
    Object.fromEntries(
      [
        ...svg.matchAll(
          /<text x="([\d.-]+)" y="([\d.-]+)" text-anchor="(\w+)"(?: fill="#[0-9a-f]+")?>([^<]+)<\/text>/g,
        ),
      ].map((m) => [m[4], { x: Number(m[1]), anchor: m[3] }]),
    );

  it('are wholly inside its box: one that would reach past its edge goes to another side of its dot, as the live map’s plan keeps it', () => {
    // Hokkaidō's dot 6 units from the right edge (of 1000): right of it, its name would reach past it,
    // where MapLibre alone keeps a name, cut (Astana's at a phone's left edge).
    const svg = staticMapSvg(atlas, topo, {
      day: '2025-08-01',
      lang: 'en',
      bounds: [90, 5, 143.5, 50],
      narrowOnly: true,
      sets: [{ id: 'narrow', drawnFor: 390 }],
    });
    const names = namesOf(svg);
    expect(names['Hokkaidō']).toMatchObject({ anchor: 'end' });
    expect(names['Hokkaidō']!.x).toBeLessThan(1000);
    // Names of places off the picture are not written.
    expect(names['Astana']).toBeUndefined();
  });
});

describe('a close-up’s own picture', () => {
  /** The names of the desktop class, with their baseline points and anchors. */
  const namesOf = (svg: string) =>
    Object.fromEntries(
      [
        ...(svg.match(/<g class="wide">.*?<\/g><\/g>/)?.[0] ?? '').matchAll(
          /<text x="([\d.-]+)" y="([\d.-]+)" text-anchor="(\w+)"(?: fill="#[0-9a-f]+")?>([^<]+)<\/text>/g,
        ),
      ].map((m) => [m[4]!, { x: Number(m[1]), y: Number(m[2]), anchor: m[3] }] as const),
    );

  it('keeps its names clear of the caption drawn over its top-left corner', () => {
    // The border provinces framed so that Hà Giang is at the top left, shown at a third of the width
    // (its top at 22.7° N: Hà Giang's name, below its dot, where the plate goes).
    const o = {
      day: '2023-03-01',
      bounds: [104.8, 20.8, 109.7, 22.7] as [number, number, number, number],
      share: 0.34,
    };
    const plain = namesOf(staticMapSvg(atlas, topo, o));
    const captioned = namesOf(staticMapSvg(atlas, topo, { ...o, caption: 'Gros plan' }));
    // Names of 13 px at 1,300 px in a picture shown at 0.34: 29.4 units; the caption's plate, 0.85 of
    // that, is 25 units × (0.6 × 9 + 1) wide and 25 × 1.7 high.
    const size = (13 * 1000) / (1300 * 0.34);
    const plate = { width: size * 0.85 * (0.6 * 9 + 1), height: size * 0.85 * 1.7 };
    const top = (n: { y: number }) => n.y - size * 0.85;
    // (Its middle, or its start, left of the plate's end, its top above the plate's bottom.)
    const over = (n: { x: number; y: number } | undefined) =>
      !!n && n.x < plate.width && top(n) < plate.height;
    // Without the caption, Hà Giang's name is where the plate goes (below its dot, clear of its arc to
    // Guangxi); with it, no name is there.
    expect(over(plain['Hà Giang'])).toBe(true);
    expect(Object.entries(captioned).filter(([, n]) => over(n))).toEqual([]);
    expect(captioned['Cao Bằng']).toEqual(plain['Cao Bằng']);
  });
});

describe('a close-up of home’s hubs', () => {
  it('are each marked with a dot, named where their names fit: an arc’s end is marked, named or not', () => {
    // The border provinces' close-up of a crowded map (flows from 3 arcs), every Vietnamese end a hub
    // (from 1 link), in a box too small for all their names, callouts included.
    const box: [number, number, number, number] = [104.8, 20.8, 109.7, 22.8];
    const day = '2024-01-01';
    const svg = staticMapSvg(atlas, topo, {
      day,
      bounds: box,
      near: { box, inside: true },
      flowsFrom: 3,
      hubsFrom: 1,
      share: 0.15,
    });
    const wide = svg.match(/<g class="wide">.*?<\/g><\/g>/)?.[0] ?? '';
    const hubs = new Set(visibleArcs(atlas, day).map((a) => a.vn));
    expect(hubs.size).toBeGreaterThan(3);
    // (Names with counts: the hubs'. China's flow ends north of the box, unmarked.)
    const named = [...wide.matchAll(/>([^<]+ · \d+)<\/text>/g)].map((m) => m[1]!);
    const dots = [...wide.matchAll(/<circle cx="([\d.-]+)" cy="([\d.-]+)"/g)];
    // Some hubs' names find no room here; every hub has its dot.
    expect(named.length).toBeLessThan(hubs.size);
    expect(dots.length).toBe(hubs.size);
  });
});

describe('the archipelagos’ names', () => {
  it('keep clear of a dot beside the islands where they can: drawn over everything, they would hide it', () => {
    // Hokkaidō moved for the test to 2.3° east of the Paracels, where their name goes at this scale.
    const moved = {
      ...atlas,
      places: atlas.places.map((p) => (p.id === 'JP-01' ? { ...p, lon: 113.5, lat: 15.8 } : p)),
    };
    const o = {
      day: '2024-01-01',
      lang: 'vi',
      bounds: [40, -30, 180, 60] as [number, number, number, number],
    } as const;
    /** The desktop set's Paracels' name: its anchor and lines' points; the dots' centres. */
    const read = (svg: string) => {
      const wide = svg.match(/<g class="wide">.*?<\/g><\/g>/)?.[0] ?? '';
      const [, anchor, lines] =
        wide.match(
          /<text text-anchor="(\w+)"(?: fill="#[0-9a-f]+")?>((?:<tspan[^>]*>[^<]*<\/tspan>)*)<\/text>/,
        ) ?? [];
      const ys = [...(lines ?? '').matchAll(/y="([\d.-]+)">([^<]*)</g)].map((m) => ({
        y: Number(m[1]),
        text: m[2],
      }));
      const dots = [...wide.matchAll(/<circle cx="([\d.-]+)" cy="([\d.-]+)"/g)].map((m) => [
        Number(m[1]),
        Number(m[2]),
      ]);
      return { anchor, ys, dots };
    };
    const plain = read(staticMapSvg(atlas, topo, o));
    expect(plain.ys.map((l) => l.text)).toEqual(['Quần đảo', 'Hoàng Sa']);
    // Beside the islands, east of them.
    expect(plain.anchor).toBe('start');
    const near = read(staticMapSvg(moved, topo, o));
    // With the dot there, above or below them, clear of it: the dot is not between its lines' tops and
    // bottoms (a line's top about 0.85 of the size above its baseline, `NAME_ASCENT`).
    expect(near.anchor).toBe('middle');
    const dot = near.dots.find(([x]) => !plain.dots.some(([px]) => Math.abs(px! - x!) < 0.5))!;
    expect(dot).toBeDefined();
    const size = near.ys.length > 1 ? near.ys[1]!.y - near.ys[0]!.y : 0;
    const [top, bottom] = [near.ys[0]!.y - size, near.ys.at(-1)!.y + size * 0.25];
    expect(dot[1]! < top || dot[1]! > bottom).toBe(true);
  });
});
