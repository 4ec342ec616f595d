import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GeometryObject, Topology } from 'topojson-specification';
import { isVietnameseUnit } from '../core/adminChanges';
import type { Atlas } from '../core/atlas';

type Arcs = number[][][];

/** The world regions layer written by `npm run geo:refresh`, beside the basemap. */
export const WORLD_REGIONS_FILE = 'regions-world.topo.json';

/** The world regions layer of a geodata folder, or null when the folder has none. */
export function readWorldRegions(geoDir: string): Topology | null {
  const path = join(geoDir, WORLD_REGIONS_FILE);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Topology) : null;
}
type Geom = GeometryObject & { arcs?: unknown; properties?: { id?: string } };

export interface BasemapFor {
  topology: Topology;
  /** Partner regions whose shapes were taken from the world layer. */
  added: string[];
  /** Partner regions with no shape anywhere: the map marks their point. With the events naming them. */
  missing: { id: string; name: string; events: string[] }[];
}

/**
 * The page's basemap for one atlas: the committed basemap, plus, in its `regions` object, the shape
 * of every partner region (a first-level unit or a group of them) that the basemap lacks, taken from
 * the world regions layer (data/geo/regions-world.topo.json). Only the arcs those shapes use are
 * copied, so the page carries the regions of its partners, not the world's.
 *
 * @example basemapFor(basemap, world, atlas).missing → [{id:'KZ-10', name:'Abai', events:['2024-…']}]
 */
export function basemapFor(basemap: Topology, world: Topology | null, atlas: Atlas): BasemapFor {
  const regions = basemap.objects.regions as { type: 'GeometryCollection'; geometries: Geom[] } | undefined;
  const have = new Set((regions?.geometries ?? []).map((g) => g.properties?.id));
  // (The partners' successors too, which their arcs are drawn to from the day of the change:
  // Nouvelle-Aquitaine for a partnership with Limousin, `partnerHistory`.)
  const partnerIds = new Set([
    ...atlas.pairs.map((p) => p.partner),
    ...atlas.adminChanges.filter((c) => !isVietnameseUnit(c.from)).map((c) => c.to),
  ]);
  const wanted = atlas.places.filter((p) => p.level === 'region' && partnerIds.has(p.id) && !have.has(p.id));
  if (wanted.length === 0) return { topology: basemap, added: [], missing: [] };

  const source = new Map(
    ((world?.objects.regions as { geometries: Geom[] } | undefined)?.geometries ?? []).map((g) => [
      g.properties?.id,
      g,
    ]),
  );
  const arcs = [...(basemap.arcs as Arcs)];
  const remap = new Map<number, number>();
  const arcOf = (i: number): number => {
    const abs = i < 0 ? ~i : i;
    let to = remap.get(abs);
    if (to === undefined) {
      to = arcs.length;
      arcs.push(requantize((world as Topology).arcs[abs] as number[][], world as Topology, basemap));
      remap.set(abs, to);
    }
    return i < 0 ? ~to : to;
  };
  const mapArcs = (a: unknown): unknown => (typeof a === 'number' ? arcOf(a) : (a as unknown[]).map(mapArcs));

  const added: Geom[] = [];
  const missing: BasemapFor['missing'] = [];
  for (const p of wanted) {
    const g = source.get(p.id);
    if (g && 'arcs' in g) added.push({ ...g, arcs: mapArcs(g.arcs), properties: { id: p.id } } as Geom);
    else
      missing.push({
        id: p.id,
        name: p.names.en,
        events: atlas.events.filter((e) => e.partners.includes(p.id)).map((e) => e.id),
      });
  }
  const topology: Topology = {
    ...basemap,
    arcs,
    objects: {
      ...basemap.objects,
      regions: { type: 'GeometryCollection', geometries: [...(regions?.geometries ?? []), ...added] },
    },
  };
  return { topology, added: added.map((g) => g.properties?.id ?? ''), missing };
}

/** One delta-encoded arc from one topology's quantization to another's (copied when they agree). */
function requantize(arc: number[][], from: Topology, to: Topology): number[][] {
  const a = from.transform;
  const b = to.transform;
  if (!a || !b) throw new Error('basemapFor: both topologies must be quantized');
  if (a.scale.join() === b.scale.join() && a.translate.join() === b.translate.join()) return arc;
  let x = 0;
  let y = 0;
  let px = 0;
  let py = 0;
  return arc.map(([dx = 0, dy = 0]) => {
    x += dx;
    y += dy;
    const qx = Math.round((x * a.scale[0] + a.translate[0] - b.translate[0]) / b.scale[0]);
    const qy = Math.round((y * a.scale[1] + a.translate[1] - b.translate[1]) / b.scale[1]);
    const out = [qx - px, qy - py];
    px = qx;
    py = qy;
    return out;
  });
}
