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

/**
 * The basemap, fetched when first asked (the map's start, a picture redrawn for another state, a
 * video), not with the first view: the build's picture has it drawn already, and its 91 KB (gzip)
 * would share a phone's bandwidth with the picture and the fonts (issue 16). Fetched once: a failure
 * is final, as the atlas's is (the page says so and asks for a reload), so that a picture redrawn on
 * every frame of playback never asks the network again.
 *
 * @example const basemap = basemapLoader(new URL('./', document.baseURI)); (await basemap()).type // 'Topology'
 */
export function basemapLoader(base: URL): () => Promise<Topology> {
  let pending: Promise<Topology> | null = null;
  return () =>
    (pending ??= (async () => {
      const topo = (await getJson(new URL('data/basemap.json', base))) as Topology;
      if (topo.type !== 'Topology') throw new Error('data/basemap.json: not TopoJSON');
      return topo;
    })());
}

async function getJson(url: URL): Promise<unknown> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url.pathname.split('/').slice(-2).join('/')}: HTTP ${res.status}`);
  return res.json();
}
