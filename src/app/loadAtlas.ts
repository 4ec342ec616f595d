import type { Topology } from 'topojson-specification';
import type { Atlas } from '../core/atlas';

/**
 * The page's only fetches: the atlas built by `npm run data` and the basemap. The build validated the
 * atlas against its schema, so the page checks only the format version (keeping the schema library
 * out of the bundle).
 */
export async function loadAtlas(base: URL): Promise<Atlas> {
  const data = (await getJson(new URL('data/atlas.json', base))) as Atlas;
  if (data.version !== 1) throw new Error(`data/atlas.json: unsupported version ${String(data.version)}`);
  return data;
}

export async function loadBasemap(base: URL): Promise<Topology> {
  const topo = (await getJson(new URL('data/basemap.json', base))) as Topology;
  if (topo.type !== 'Topology') throw new Error('data/basemap.json: not TopoJSON');
  return topo;
}

async function getJson(url: URL): Promise<unknown> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url.pathname.split('/').slice(-2).join('/')}: HTTP ${res.status}`);
  return res.json();
}
