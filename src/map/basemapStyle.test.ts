import { readFileSync } from 'node:fs';
import type { LayerSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { ARCHIPELAGO_POSITIONS } from '../core/draw/pictureLabels';
import { MAP_SIZES, MAP_THEMES } from '../core/draw/theme';
import { basemapPaint, basemapStyle, PLACE_SHAPES, shapes, SHAPES, SIMPLIFY } from './basemapStyle';

const topo = JSON.parse(readFileSync('data/geo/basemap.topo.json', 'utf8')) as Topology;
/** The places the style can highlight: a partner region and units of both eras (one shared by both). */
const HIGHLIGHTABLE = new Set(['CN-GX', 'VN-03', 'VN25-TUYEN-QUANG', 'VN-13']);
const style = basemapStyle(
  topo,
  { type: 'FeatureCollection', features: [] },
  'light',
  { type: 'FeatureCollection', features: [] },
  'vi',
  HIGHLIGHTABLE,
);
/** The layers MapLibre clips to their tiles (a stencil pass over the map each time the source changes). */
const clipped = style.layers.filter(
  (l): l is Extract<LayerSpecification, { source: string }> => l.type === 'fill' || l.type === 'line',
);

describe('the basemap style', () => {
  it('draws the basemap from one source and the highlight from another, its layers together', () => {
    expect(clipped.map((l) => l.id)).toContain('borders');
    expect(new Set(clipped.map((l) => l.source))).toEqual(new Set([SHAPES, PLACE_SHAPES]));
    const highlight = clipped.flatMap((l, i) => (l.source === PLACE_SHAPES ? [i] : []));
    expect(highlight).toEqual(highlight.map((_, k) => highlight[0]! + k));
  });

  it('draws the highlight from the highlightable places’ shapes only, and no world-wide fill for it', () => {
    const data = (style.sources[PLACE_SHAPES] as { data: FeatureCollection }).data;
    expect(new Set(data.features.map((f) => f.properties?.id))).toEqual(HIGHLIGHTABLE);
    // (VN-13 is drawn in both eras.)
    expect(data.features.filter((f) => f.properties?.id === 'VN-13').map((f) => f.properties?.kind)).toEqual([
      'vn63',
      'vn34',
    ]);
    // (Simplified as the basemap: the outline lies on the border it outlines.)
    for (const source of [SHAPES, PLACE_SHAPES])
      expect(style.sources[source]).toMatchObject({ type: 'geojson', promoteId: 'id', tolerance: SIMPLIFY });
    // The regions' own fill stays for picking (`mapPointer`), never drawn: MapLibre skips a fill whose
    // opacity is 0 (and still finds its features under a click).
    for (const theme of ['light', 'dark'] as const)
      expect(basemapPaint(theme)['regions-fill']?.['fill-opacity']).toBe(0);
    const ids = style.layers.map((l) => l.id);
    expect(ids.indexOf('regions-highlight')).toBeGreaterThan(ids.indexOf('vn34-line'));
  });

  it('gives each layer the shapes of its own object, each shape once', () => {
    const all = shapes(topo).features;
    const objectOf: Record<string, string> = {
      land: 'countries',
      borders: 'borders',
      'regions-fill': 'regions',
      'regions-line': 'regions',
      'regions-highlight': 'regions',
      'regions-active': 'regions',
    };
    for (const l of clipped) {
      const object = objectOf[l.id] ?? l.id.split('-')[0]!;
      expect(l.filter, l.id).toEqual(['==', ['get', 'kind'], object]);
      if (l.source === PLACE_SHAPES) continue;
      const n = (topo.objects[object] as GeometryCollection).geometries.length;
      expect(
        all.filter((f) => f.properties?.kind === object),
        l.id,
      ).toHaveLength(n);
    }
    expect(all).toHaveLength(
      ['countries', 'borders', 'regions', 'vn63', 'vn34'].reduce(
        (s, o) => s + (topo.objects[o] as GeometryCollection).geometries.length,
        0,
      ),
    );
  });

  it('always names both archipelagos, at the position the map gave each, else the pictures’ positions in order', () => {
    const l = style.layers.find((x) => x.id === 'archipelago-labels');
    const layout = (l as Extract<LayerSpecification, { type: 'symbol' }>).layout!;
    // (Drawn even where every position is taken: at the first, MapLibre's second pass.)
    expect(layout['text-allow-overlap']).toBe(true);
    const [step, zoom, beside, from, centred] = layout['text-variable-anchor-offset'] as unknown[];
    expect([step, zoom, from]).toEqual(['step', ['zoom'], 3]);
    for (const [expr, mode] of [
      [beside, 'beside'],
      [centred, 'centred'],
    ] as const) {
      const positions = ARCHIPELAGO_POSITIONS[mode].map(([a, o]) => [a, [...o]]);
      const [match, get, ...cases] = expr as unknown[];
      expect([match, get]).toEqual(['match', ['get', 'at']]);
      // Each position given alone to the name the map placed there; all of them, in order, before.
      expect(cases).toEqual([
        ...positions.flatMap((p) => [p[0], ['literal', p]]),
        ['literal', positions.flat()],
      ]);
    }
    // MapLibre's offsets are signed, down positive: below is 'top' with a positive offset, above
    // 'bottom' with a negative one.
    const offsetOf = (a: string) => ARCHIPELAGO_POSITIONS.beside.find(([x]) => x === a)![1][1];
    expect(offsetOf('top')).toBeGreaterThan(0);
    expect(offsetOf('bottom')).toBeLessThan(0);
  });

  it('names the archipelagos by their Vietnamese names, with the ones a French or English reader knows after them', () => {
    const names = (lang: 'vi' | 'fr' | 'en') => {
      const s = basemapStyle(
        topo,
        { type: 'FeatureCollection', features: [] },
        'light',
        { type: 'FeatureCollection', features: [] },
        lang,
      );
      const l = s.layers.find((x) => x.id === 'archipelago-labels') as Extract<
        LayerSpecification,
        { type: 'symbol' }
      >;
      const src = s.sources[l.source] as { data: { features: { properties: Record<string, unknown> }[] } };
      const field = l.layout!['text-field'] as [string, string];
      expect(field[0]).toBe('get');
      return src.data.features.map((f) => f.properties[field[1]]);
    };
    expect(names('vi')).toEqual(['Quần đảo Hoàng Sa', 'Quần đảo Trường Sa']);
    expect(names('fr')).toEqual(['Hoàng Sa (Paracels)', 'Trường Sa (Spratleys)']);
    expect(names('en')).toEqual(['Hoàng Sa (Paracels)', 'Trường Sa (Spratlys)']);
  });

  it('marks the archipelagos where their islands are a speck, under the arcs and names (the layers added before their names)', () => {
    const ids = style.layers.map((l) => l.id);
    const marks = style.layers.find((l) => l.id === 'archipelago-marks') as Extract<
      LayerSpecification,
      { type: 'circle' }
    >;
    expect(marks.type).toBe('circle');
    expect(marks.source).toBe('archipelagos');
    expect(marks.maxzoom).toBe(MAP_SIZES.islandsMarkTill);
    // (Just before their names: the arcs, dots and names go before the names, `beforeId`.)
    expect(ids.indexOf('archipelago-marks')).toBe(ids.indexOf('archipelago-labels') - 1);
    expect(marks.paint?.['circle-color']).toBe(MAP_THEMES.light.vnFill);
    expect(marks.paint?.['circle-stroke-color']).toBe(MAP_THEMES.light.seaLabel);
  });

  it('highlights by id: only a unit both eras share has its id twice, so no highlight leaks', () => {
    const kinds = new Map<string, string[]>();
    for (const f of shapes(topo).features) {
      const id = f.properties?.id as string | undefined;
      if (id) kinds.set(id, [...(kinds.get(id) ?? []), f.properties!.kind as string]);
    }
    const twice = [...kinds].filter(([, k]) => k.length > 1);
    expect(twice.length).toBeGreaterThan(0);
    for (const [id, k] of twice) expect([id, k]).toEqual([id, ['vn63', 'vn34']]);
    expect(style.sources[SHAPES]).toMatchObject({ type: 'geojson', promoteId: 'id' });
  });
});
