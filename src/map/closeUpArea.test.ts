import type { Map as MlMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { closeUpAreaRing, MAP_THEMES } from '../core/draw/theme';
import { addCloseUpArea, CLOSE_UP_AREA } from './closeUpArea';

describe('addCloseUpArea', () => {
  it('outlines the bounds it is given, dashed, under the layer named; nothing once none is shown', () => {
    const writes: { features: { geometry: { coordinates: unknown } }[] }[] = [];
    const layers: { id: string; before?: string; paint: Record<string, unknown> }[] = [];
    const paint = new Map<string, unknown>();
    const map = {
      addSource: (_: string, spec: { data: (typeof writes)[number] }) => void writes.push(spec.data),
      getSource: () => ({ setData: (d: (typeof writes)[number]) => void writes.push(d) }),
      addLayer: (spec: { id: string; paint: Record<string, unknown> }, before?: string) =>
        void layers.push({ ...spec, ...(before ? { before } : {}) }),
      setPaintProperty: (_: string, k: string, v: unknown) => void paint.set(k, v),
    } as unknown as MlMap;
    const area = addCloseUpArea(map, 'light', 'province-labels');
    expect(layers).toHaveLength(1);
    expect(layers[0]!.id).toBe(CLOSE_UP_AREA);
    expect(layers[0]!.before).toBe('province-labels');
    expect(layers[0]!.paint['line-dasharray']).toEqual([4, 3]);
    expect(writes.at(-1)!.features).toEqual([]);
    const bounds: [number, number, number, number] = [102, 8, 110, 23.5];
    area.set(bounds);
    expect(writes.at(-1)!.features.map((f) => f.geometry.coordinates)).toEqual([closeUpAreaRing(bounds)]);
    // (The same bounds again are not written again: it is set at every render.)
    const n = writes.length;
    area.set([...bounds]);
    expect(writes).toHaveLength(n);
    area.set(null);
    expect(writes.at(-1)!.features).toEqual([]);
    area.setLook('dark', 2);
    expect(paint.get('line-color')).toBe(MAP_THEMES.dark.countryLabel);
    expect(paint.get('line-width')).toBe(2);
  });
});
