import type { Mapshaper } from './basemap';
import { countryOf, type NeFeature } from './naturalEarth';

/** What the world regions layer keeps. Regenerate with `npm run geo:refresh`. */
export const WORLD_REGIONS_DEFAULTS = {
  /** Simplification interval (metres): enough to highlight a partner region at country zoom. */
  interval: 4000,
  /** TopoJSON quantization (grid steps over the world's extent), as the basemap's. */
  quantization: 200000,
};

/**
 * The first-level regions of every country but Vietnam (whose units the basemap holds), plus the
 * groups of them that partnerships are made with (France's régions, current and former; Italy's
 * regions; Spain's communities; the UK's nations; Belgium's regions), as one TopoJSON object
 * `regions` with property `id` (the gazetteer id). The build takes from it the shapes of the partner
 * regions the basemap lacks, so a partner in a new country needs no refresh.
 *
 * @param groupsOf unit id → ids of the groups it belongs to (current and former)
 */
export async function buildWorldRegions(
  mapshaper: Mapshaper,
  features: readonly NeFeature[],
  ids: ReadonlyMap<NeFeature, string>,
  groupsOf: ReadonlyMap<string, readonly string[]>,
  opts = WORLD_REGIONS_DEFAULTS,
): Promise<string> {
  const slim = features
    .filter((f) => countryOf(f.properties) !== 'VN')
    .map((f) => {
      const id = ids.get(f) ?? '';
      const groups = groupsOf.get(id) ?? [];
      // A unit belongs to at most one current group and one former (pre-2016 French) one.
      const former = groups.find((g) => /^FR-[A-Z]$/.test(g)) ?? null;
      const current = groups.find((g) => g !== former) ?? null;
      return { type: 'Feature', geometry: f.geometry, properties: { id, g1: current, g0: former } };
    });
  const cmd = [
    `-i units.json name=units`,
    `-simplify interval=${opts.interval} keep-shapes`,
    `-filter 'g1 != null' target=units + name=g1`,
    `-dissolve g1 target=g1`,
    `-rename-fields id=g1 target=g1`,
    `-filter 'g0 != null' target=units + name=g0`,
    `-dissolve g0 target=g0`,
    `-rename-fields id=g0 target=g0`,
    `-filter-fields id target=units`,
    `-merge-layers target=units,g1,g0 name=regions force`,
    `-o regions.json format=topojson target=regions quantization=${opts.quantization}`,
  ].join(' ');
  const out = await mapshaper.applyCommands(cmd, {
    'units.json': JSON.stringify({ type: 'FeatureCollection', features: slim }),
  });
  return String(out['regions.json']);
}
