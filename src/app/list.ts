import type { Atlas } from '../core/atlas';
import { KINDS } from '../core/vocabulary';

/** The list of every event with its source: the text version of the map, and its fallback. */
export function renderList(doc: Document, atlas: Atlas, list: HTMLElement): void {
  const name = (id: string) => atlas.places.find((p) => p.id === id)?.names.fr ?? id;
  list.dataset.events = String(atlas.events.length);
  list.dataset.pairs = String(atlas.pairs.length);
  for (const e of atlas.events) {
    const li = doc.createElement('li');
    const h = doc.createElement('h3');
    h.textContent = `${e.date} — ${e.title.fr}`;
    const who = doc.createElement('p');
    who.textContent = `${e.vn.map(name).join(', ')} ↔ ${e.partners.map(name).join(', ')} · ${KINDS[e.kind as keyof typeof KINDS].fr}`;
    const summary = doc.createElement('p');
    summary.textContent = e.summary.fr;
    const src = doc.createElement('p');
    src.className = 'source';
    src.textContent = `Source : ${e.source.outlet}, ${e.source.date}, « ${e.source.headline} »`;
    li.append(h, who, summary, src);
    list.append(li);
  }
}
