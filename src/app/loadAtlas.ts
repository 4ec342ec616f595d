import type { Atlas } from '../core/atlas';

/**
 * The page's only fetch: the atlas built by `npm run data`. The build validated it against its
 * schema, so the page checks only the format version (keeping the schema library out of the bundle).
 */
export async function loadAtlas(base: URL): Promise<Atlas> {
  const res = await fetch(new URL('data/atlas.json', base));
  if (!res.ok) throw new Error(`data/atlas.json: HTTP ${res.status}`);
  const data = (await res.json()) as Atlas;
  if (data.version !== 1) throw new Error(`data/atlas.json: unsupported version ${String(data.version)}`);
  return data;
}
