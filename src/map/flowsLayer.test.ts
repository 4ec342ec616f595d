import type { Map as MlMap } from 'maplibre-gl';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LonLat } from '../core/draw/arc';
import { seedAtlas } from '../core/fixtures/seedAtlas';
import { possibleFlows } from '../core/draw/countryFlows';
import { LEFT_OUT } from '../core/draw/pictureLabels';
import { addFlowsLayer, HUB_LABELS } from './flowsLayer';

type Spec = { id: string; type: string; source?: string; filter?: unknown; layout?: Record<string, unknown> };
type Data = { features: { properties: Record<string, unknown> }[] };

describe('addFlowsLayer', () => {
  // (Its timers, for names planned again a moment after their counts change, are the window's.)
  beforeEach(() => vi.stubGlobal('window', { setTimeout: () => 0, clearTimeout: () => {} }));
  afterEach(() => vi.unstubAllGlobals());
  it('marks every hub with a dot, the hubs whose names its plan leaves out too, and keeps names off them', () => {
    // A map that keeps what the layer asks of it: its layers and its sources' data.
    const layers: Spec[] = [];
    const sources = new Map<string, Data>();
    const map = {
      addSource: (id: string, spec: { data: Data }) => void sources.set(id, spec.data),
      getSource: (id: string) => ({ setData: (d: Data) => void sources.set(id, d) }),
      addLayer: (spec: Spec) => void layers.push(spec),
      getLayer: (id: string) => layers.find((l) => l.id === id),
      hasImage: () => true,
      addImage: () => {},
      setFeatureState: () => {},
      setPaintProperty: () => {},
      isMoving: () => false,
    } as unknown as MlMap;
    const at: Record<string, LonLat> = { 'VN-QN': [107.1, 21.0], 'VN-LS': [106.7, 21.8] };
    const flows = addFlowsLayer(map, possibleFlows(seedAtlas), {
      theme: 'light',
      name: (id) => id,
      at: (id) => at[id],
      // The plan finds no room for Lạng Sơn's name.
      plan: (names) => new Map(names.map((n) => [n.id, n.id === 'h:VN-LS' ? LEFT_OUT : 'left'] as const)),
    });
    flows.blockDots();
    flows.show(
      new Map([['CN', 4]]),
      new Set(['CN']),
      true,
      new Map([
        ['VN-QN', 12],
        ['VN-LS', 10],
      ]),
    );
    const hubSource = layers.find((l) => l.id === HUB_LABELS)!.source!;
    const onHubs = layers.filter((l) => l.source === hubSource);
    // A circle for each hub, whatever its name: no filter, and both hubs in its source.
    const dots = onHubs.filter((l) => l.type === 'circle');
    expect(dots).toHaveLength(1);
    expect(dots[0]!.filter).toBeUndefined();
    const hubs = sources.get(hubSource)!.features;
    expect(hubs.map((f) => f.properties['id']).sort()).toEqual(['VN-LS', 'VN-QN']);
    expect(hubs.find((f) => f.properties['id'] === 'VN-LS')!.properties['edge']).toBe(LEFT_OUT);
    // The names' only icons are callouts' leaders (none for a name beside its dot: no icon that would
    // hide a dot with its name), and every name is kept off the hubs' dots: a layer of blocks over them.
    const icon = layers.find((l) => l.id === HUB_LABELS)!.layout?.['icon-image'] as unknown[];
    expect(icon.slice(0, 2)).toEqual(['match', ['get', 'edge']]);
    expect(icon.at(-1)).toBe('');
    const cases = icon.slice(2, -1);
    expect(cases).toHaveLength(2 * 32);
    expect(cases.filter((_, i) => i % 2 === 0).every((k) => /^at:c\d+\.\d$/.test(String(k)))).toBe(true);
    expect(cases.filter((_, i) => i % 2 === 1).every((v) => String(v).startsWith('leader-'))).toBe(true);
    const blocks = onHubs.find(
      (l) => l.type === 'symbol' && l.layout?.['icon-image'] && !l.layout['text-field'],
    );
    expect(blocks).toBeDefined();
  });
});
