import type { Map as MlMap } from 'maplibre-gl';
import type { Atlas } from '../core/atlas';
import { indexOf } from '../core/atlasIndex';
import type { LonLat } from '../core/draw/arc';
import { flowCurve } from '../core/draw/flowCurve';
import { arcId } from '../core/arcId';
import { possibleArcs } from '../core/view/possibleArcs';
import { placeLon } from '../core/draw/mercator';
import type { Chapter } from '../core/view/chapters';
import { framePadding } from '../core/view/framePadding';

/**
 * Frames a presentation chapter: both ends of every arc of the event, with the arcs' bulge, clear of
 * the caption and of the map's controls (padding measured from their boxes), and labels both parties
 * on the map with text markers kept at their places as the map moves. Returns the labels' teardown.
 */
export function frameChapter(
  map: MlMap,
  atlas: Atlas,
  c: Chapter,
  name: (id: string) => string,
  reducedMotion: boolean,
): () => void {
  const ix = indexOf(atlas);
  const container = map.getContainer();
  const doc = container.ownerDocument;
  // The caption has just been laid out beside or over the map: size the map to its box first.
  map.resize();
  const at = (id: string): LonLat | null => {
    const p = ix.place(id);
    return p ? [placeLon(p.lon), p.lat] : null;
  };
  const vn = c.places.filter((id) => ix.place(id)?.country === 'VN');
  const partners = c.places.filter((id) => !vn.includes(id));
  const pts: LonLat[] = [];
  // The chapter's arcs as the flat map draws them (same ends and side as `possibleArcs`).
  const drawn = new Map(possibleArcs(atlas).map((a) => [a.id, a]));
  for (const v of vn)
    for (const p of partners) {
      const a = drawn.get(arcId(v, p));
      if (a) pts.push(...(a.flat ?? flowCurve(a.from, a.to, a.side)));
    }
  for (const p of c.places.map(at)) if (p) pts.push(p);
  const labels = doc.createElement('div');
  labels.className = 'chapter-labels';
  labels.setAttribute('aria-hidden', 'true');
  const marks = c.places.flatMap((id) => {
    const p = at(id);
    if (!p) return [];
    const el = doc.createElement('span');
    el.className = 'chapter-label';
    el.textContent = name(id);
    labels.append(el);
    return [{ id, el, p }];
  });
  container.append(labels);
  const place = () => {
    for (const { el, p } of marks) {
      const xy = map.project(p);
      el.style.transform = `translate(${Math.round(xy.x)}px, ${Math.round(xy.y)}px) translate(-50%, -130%)`;
    }
  };
  map.on('move', place);
  place();
  // Where the map already names a place, its marker steps back (kept in place, transparent), so a
  // name is never printed twice.
  const LABEL_LAYERS = ['end-labels', 'end-tags', 'province-labels'];
  const cover = () => {
    const layers = LABEL_LAYERS.filter((l) => map.getLayer(l));
    const named = new Set(
      layers.length ? map.queryRenderedFeatures({ layers }).map((f) => String(f.properties.id)) : [],
    );
    for (const { id, el } of marks) el.classList.toggle('covered', named.has(id));
  };
  // (Checked as the map draws, a few times a second, not only once it is idle: a chapter's marker
  // and the map's own name for its place were both shown for a second or so at each step.)
  let lastCover = 0;
  const coverSoon = () => {
    const now = performance.now();
    if (now - lastCover < 150) return;
    lastCover = now;
    cover();
  };
  map.on('idle', cover);
  map.on('render', coverSoon);
  if (pts.length > 0) {
    const lons = pts.map((p) => p[0]);
    const lats = pts.map((p) => p[1]);
    const box = container.getBoundingClientRect();
    const obstacles = [
      ...doc.querySelectorAll('.chapter, .maplibregl-ctrl-top-right, .maplibregl-ctrl-bottom-right'),
    ].map((e) => e.getBoundingClientRect());
    // Room for a label above each end: two lines of the map's label type, scaled like the caption.
    const em = parseFloat(doc.defaultView?.getComputedStyle(doc.documentElement).fontSize ?? '') || 16;
    const base = framePadding(box, obstacles, Math.round(em * 2.5));
    // The chapter's labels are centred on their places: keep half a long name of room at each side.
    const labelRoom = Math.max(0, ...marks.map((m) => m.el.offsetWidth / 2));
    const padding = { ...base, left: base.left + labelRoom, right: base.right + labelRoom };
    map.fitBounds(
      [
        [Math.min(...lons), Math.min(...lats)],
        [Math.max(...lons), Math.max(...lats)],
      ],
      { padding, maxZoom: 6, duration: reducedMotion ? 0 : 1600 },
    );
  }
  return () => {
    map.off('move', place);
    map.off('idle', cover);
    map.off('render', coverSoon);
    labels.remove();
  };
}
