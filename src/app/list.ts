import type { Atlas } from '../core/atlas';
import { formatDay, type Lang } from '../core/i18n';
import { timelineEnd } from '../core/view/visibleArcs';
import { KINDS } from '../core/vocabulary';
import { inLang } from '../ui/details';
import type { Translate } from '../ui/messages';
import { sourceLine } from '../ui/sourceLine';
import { namer } from './names';

/**
 * The list of every event with its source: the text version of the map, and its fallback. Each event
 * names the units that took part, as they signed and as they stand today ("Hà Giang (now part of
 * Tuyên Quang)").
 */
export function renderList(doc: Document, atlas: Atlas, list: HTMLElement, lang: Lang, tr: Translate): void {
  const names = namer(atlas, lang, tr);
  const today = timelineEnd(atlas);
  list.dataset.events = String(atlas.events.length);
  list.dataset.pairs = String(atlas.pairs.length);
  for (const e of atlas.events) {
    const li = doc.createElement('li');
    li.dataset.event = e.id;
    const h = doc.createElement('h3');
    h.textContent = `${formatDay(lang, e.date, e.precision)} — ${inLang(e.title, lang)}`;
    const who = doc.createElement('p');
    who.className = 'parties';
    who.textContent = `${names.parties(e, today)} · ${KINDS[e.kind][lang]}`;
    const summary = doc.createElement('p');
    summary.textContent = inLang(e.summary, lang);
    li.append(h, who, summary, sourceLine(doc, e.source, lang, tr));
    list.append(li);
  }
}
