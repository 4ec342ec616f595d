import type { Atlas } from '../core/atlas';
import { KINDS } from '../core/vocabulary';
import { loadAtlas } from './loadAtlas';

/**
 * Placeholder page (the map is issue 3): shows that the data was built, with every event and its
 * source. All data text goes in through textContent, never as HTML.
 */
export async function start(doc: Document): Promise<void> {
  const status = doc.getElementById('status');
  const list = doc.getElementById('events');
  const footer = doc.getElementById('attribution');
  if (!status || !list || !footer) return;
  try {
    const atlas = await loadAtlas(new URL('./', doc.baseURI));
    render(doc, atlas, status, list, footer);
  } catch (e) {
    // Contained: the host article must never see an exception from us.
    status.textContent = `The atlas could not be loaded (${e instanceof Error ? e.message : String(e)}).`;
    status.setAttribute('role', 'alert');
  }
}

function render(
  doc: Document,
  atlas: Atlas,
  status: HTMLElement,
  list: HTMLElement,
  footer: HTMLElement,
): void {
  const name = (id: string) => atlas.places.find((p) => p.id === id)?.names.fr ?? id;
  status.textContent = `${atlas.events.length} événements, ${atlas.pairs.length} partenariats (paires Vietnam–partenaire), du ${atlas.dateRange.start} au ${atlas.dateRange.end}.`;
  status.dataset.events = String(atlas.events.length);
  status.dataset.pairs = String(atlas.pairs.length);
  for (const e of atlas.events) {
    const li = doc.createElement('li');
    const h = doc.createElement('h2');
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
  footer.textContent = `${atlas.attribution.join(' · ')} · données ${atlas.dataVersion}`;
}
