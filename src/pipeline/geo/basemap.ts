import { ARCHIPELAGOS, countryOf, type NeFeature } from './naturalEarth';

/** What the basemap keeps, and at which detail. Regenerate with `npm run geo:refresh`. */
export const BASEMAP_DEFAULTS = {
  /** Simplification interval (metres) for Vietnam and the detailed partner regions: ~1 km detail. */
  fineInterval: 1000,
  /** Interval (metres) for the other first-level regions drawn for the partner countries. */
  mediumInterval: 5000,
  /** Interval (metres) for the rest of the world (countries only). */
  coarseInterval: 20000,
  /** Countries whose first-level regions are drawn (partners of the dataset and neighbours). */
  regionCountries: ['CN', 'JP', 'KZ', 'KR', 'LA', 'KH', 'TH'],
  /** Regions drawn at fine detail: the partner regions of the dataset. */
  fineRegions: ['CN-GX', 'JP-01', 'KZ-VOS', 'KZ-AST'],
  /** TopoJSON quantization (grid steps over the world's extent). */
  quantization: 200000,
};
export type BasemapOptions = typeof BASEMAP_DEFAULTS;

/** Minimal surface of mapshaper's programmatic API that we use. */
export interface Mapshaper {
  applyCommands(cmd: string, input: Record<string, string>): Promise<Record<string, string | Uint8Array>>;
}

/**
 * Builds the basemap TopoJSON. Objects: `countries` (land, dissolved by country, with the archipelagos
 * in Vietnam), `borders` (land borders between countries), `vn63` and `vn34` (Vietnamese units before
 * and from 1 July 2025, property `id`), `regions` (first-level regions of partner countries, `id`),
 * `archipelagos` (Hoàng Sa and Trường Sa with their names and label point).
 */
export async function buildBasemap(
  mapshaper: Mapshaper,
  features: readonly NeFeature[],
  ids: Map<NeFeature, string>,
  successor2025: (id63: string) => string,
  opts: BasemapOptions = BASEMAP_DEFAULTS,
): Promise<string> {
  const fine = new Set(opts.fineRegions);
  const regionCountries = new Set(opts.regionCountries);
  const slim = features.map((f) => {
    const p = f.properties;
    const id = ids.get(f) ?? '';
    const cc = countryOf(p);
    const arch = ARCHIPELAGOS[p.adm1_code];
    const vn63 = cc === 'VN' ? (arch?.province63 ?? id) : null;
    const detail = cc === 'VN' || fine.has(id) ? 2 : regionCountries.has(cc) ? 1 : 0;
    return {
      type: 'Feature',
      geometry: f.geometry,
      properties: {
        cc,
        vn63,
        vn34: vn63 ? successor2025(vn63) : null,
        region: cc !== 'VN' && regionCountries.has(cc) ? id : null,
        arch: arch?.id ?? null,
        d: detail,
      },
    };
  });
  const interval = `d == 2 ? ${opts.fineInterval} : d == 1 ? ${opts.mediumInterval} : ${opts.coarseInterval}`;
  const cmd = [
    `-i admin1.json name=admin1`,
    `-simplify variable interval='${interval}' keep-shapes`,
    `-dissolve cc target=admin1 + name=countries`,
    `-innerlines target=countries + name=borders`,
    `-filter 'cc == "VN"' target=admin1 + name=vn`,
    `-dissolve vn63 target=vn + name=vn63`,
    `-rename-fields id=vn63 target=vn63`,
    `-dissolve vn34 target=vn + name=vn34`,
    `-rename-fields id=vn34 target=vn34`,
    `-filter 'region != null' target=admin1 + name=regions`,
    `-filter-fields region target=regions`,
    `-rename-fields id=region target=regions`,
    `-filter 'arch != null' target=admin1 + name=archipelagos`,
    `-filter-fields arch target=archipelagos`,
    `-rename-fields id=arch target=archipelagos`,
    `-o basemap.json format=topojson target=countries,borders,vn63,vn34,regions,archipelagos quantization=${opts.quantization}`,
  ].join(' ');
  const out = await mapshaper.applyCommands(cmd, {
    'admin1.json': JSON.stringify({ type: 'FeatureCollection', features: slim }),
  });
  const topo = JSON.parse(String(out['basemap.json'])) as {
    objects: Record<string, { geometries: { properties?: Record<string, unknown> }[] }>;
  };
  // Archipelago names and label points travel with their shapes.
  for (const g of topo.objects.archipelagos?.geometries ?? []) {
    const a = Object.values(ARCHIPELAGOS).find((x) => x.id === g.properties?.id);
    const src = features.find((f) => ARCHIPELAGOS[f.properties.adm1_code]?.id === g.properties?.id);
    if (a && src) {
      g.properties = {
        id: a.id,
        province63: a.province63,
        ...a.names,
        lon: src.properties.longitude,
        lat: src.properties.latitude,
      };
    }
  }
  return JSON.stringify(topo);
}
