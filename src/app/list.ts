import type { Atlas } from '../core/atlas';
import { formatDay, type Lang } from '../core/i18n';
import { KINDS } from '../core/vocabulary';
import { inLang } from '../ui/details';
import type { Translate } from '../ui/messages';
import { placeName } from './selection';

/** The list of every event with its source: the text version of the map, and its fallback. */
export function renderList(doc: Document, atlas: Atlas, list: HTMLElement, lang: Lang, tr: Translate): void {
  const name = (id: string) => placeName(atlas, id, lang);
  list.dataset.events = String(atlas.events.length);
  list.dataset.pairs = String(atlas.pairs.length);
  for (const e of atlas.events) {
    const li = doc.createElement('li');
    const h = doc.createElement('h3');
    h.textContent = `${formatDay(lang, e.date, e.precision)} — ${inLang(e.title, lang)}`;
    const who = doc.createElement('p');
    who.textContent = `${e.vn.map(name).join(', ')} ↔ ${e.partners.map(name).join(', ')} · ${KINDS[e.kind][lang]}`;
    const summary = doc.createElement('p');
    summary.textContent = inLang(e.summary, lang);
    const src = doc.createElement('p');
    src.className = 'source';
    src.textContent = tr('source', {
      outlet: e.source.outlet,
      date: e.source.date,
      headline: e.source.headline,
    });
    li.append(h, who, summary, src);
    list.append(li);
  }
}
