import type { Map as MlMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { partnerHistoryAtlas as atlas } from '../core/fixtures/seedAtlas';
import { regionsOutOfForce } from '../core/validity';
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
