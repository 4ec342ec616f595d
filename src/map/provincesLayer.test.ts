import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import type { Map as MlMap } from 'maplibre-gl';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { partnerHistoryAtlas as atlas } from '../core/fixtures/seedAtlas';
import { regionsOutOfForce } from '../core/validity';
import type { Geography } from '../core/view/visibleArcs';
import { basemapStyle } from './basemapStyle';
import { addProvincesLayer } from './provincesLayer';

/** A map that keeps the filters and layouts the layer sets (the layer needs nothing else of it). */
function stubMap() {
  const filters = new Map<string, unknown>();
  const layout = new Map<string, unknown>();
  const map = {
    setFilter: (id: string, f: unknown) => void filters.set(id, f),
    getLayoutProperty: (id: string) => layout.get(id),
    setLayoutProperty: (id: string, _k: string, v: unknown) => void layout.set(id, v),
    setFeatureState: () => {},
  };
  return { map: map as unknown as MlMap, filters };
}

describe('partner regions as they were on the day', () => {
  it('names the régions out of force: the new one before 2016, the old ones after', () => {
    expect(regionsOutOfForce(atlas.places, '2010-05-12')).toEqual(['FR-NAQ']);
    expect(regionsOutOfForce(atlas.places, '2020-01-01')).toEqual(['FR-B', 'FR-L', 'FR-T']);
  });

  it('filters them out of the live map’s region layers, again when the day crosses the change', () => {
    const { map, filters } = stubMap();
    const layer = addProvincesLayer(map, atlas.places);
    const show = (day: string) => layer.show({ geography: 'vn63', day, active: new Set() });
    const hidden = () => JSON.stringify(filters.get('regions-fill'));
    show('2010-05-12');
    expect(hidden()).toContain('FR-NAQ');
    expect(hidden()).not.toContain('FR-L');
    expect(filters.get('regions-line')).toEqual(filters.get('regions-fill'));
    expect(filters.get('regions-active')).toEqual(filters.get('regions-fill'));
    expect(filters.get('regions-highlight')).toEqual(filters.get('regions-fill'));
    show('2020-01-01');
    expect(hidden()).toContain('FR-L');
    expect(hidden()).not.toContain('FR-NAQ');
  });
});

describe('a map made for the state it draws first', () => {
  const topo = JSON.parse(readFileSync('data/geo/basemap.topo.json', 'utf8')) as Topology;
  const empty = { type: 'FeatureCollection' as const, features: [] };
  /**
   * A map holding the style's filters and visibilities, which counts what the layer changes in them:
   * MapLibre lays the whole source out again on its worker for each such change (a filter set to the
   * one it has is skipped).
   */
  function styledMap(first?: { day: string; geography: Geography }) {
    const style = basemapStyle(
      topo,
      empty,
      'light',
      empty,
      'fr',
      new Set(atlas.places.map((p) => p.id)),
      first && { ...first, regionsGone: regionsOutOfForce(atlas.places, first.day) },
    );
    const layers = new Map(
      style.layers.map((l) => [l.id, l as { filter?: unknown; layout?: { visibility?: string } }]),
    );
    const changed: string[] = [];
    const map = {
      setFilter: (id: string, f: unknown) => {
        if (!isDeepStrictEqual(layers.get(id)!.filter, f)) changed.push(`filter ${id}`);
        layers.get(id)!.filter = f;
      },
      // (As MapLibre: none where the style leaves it to its default.)
      getLayoutProperty: (id: string) => layers.get(id)!.layout?.visibility,
      setLayoutProperty: (id: string, _k: string, v: string) => {
        changed.push(`visibility ${id}`);
        layers.get(id)!.layout = { visibility: v };
      },
      setFeatureState: () => {},
    };
    return { map: map as unknown as MlMap, changed };
  }

  for (const [day, geography] of [
    ['2026-12-06', 'vn34'],
    ['2010-05-12', 'vn63'],
    ['2020-01-01', 'vn63'],
  ] as const)
    it(`shows ${day}'s units, names and regions without changing a layer (${geography})`, () => {
      const { map, changed } = styledMap({ day, geography });
      addProvincesLayer(map, atlas.places).show({ geography, day, active: new Set() });
      expect(changed).toEqual([]);
    });

  it('a map made without it changes them (the test can fail)', () => {
    const { map, changed } = styledMap();
    addProvincesLayer(map, atlas.places).show({ geography: 'vn34', day: '2026-12-06', active: new Set() });
    expect(changed).toContain('visibility vn34-fill');
  });
});
