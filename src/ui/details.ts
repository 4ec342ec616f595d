import type { AtlasEvent } from '../core/atlas';
import { formatDay, type Lang } from '../core/i18n';
import { DOMAINS, KINDS } from '../core/vocabulary';
import type { Translate } from './messages';
import { sourceLine } from './sourceLine';

export interface DetailsProps {
  title: string;
  /** A line under the title (e.g. "Hà Giang — part of Tuyên Quang since 1 July 2025"). */
  subtitle: string;
  /** Each event with the units that took part, named as they signed ("Hà Giang (now part of …) ↔ …"). */
  events: { event: AtlasEvent; parties: string }[];
  /** Units a reader can go on to from here (what a ceased unit is part of now: `SelectionPanel`). */
  related?: readonly { id: string; label: string }[];
  onClose(): void;
  /** Who the place is linked to, and since when: each line selects its arc (`SelectionPanel.links`). */
  links?: readonly { id: string; label: string; note: string }[];
  /** Selects a related unit, or a link's arc. */
  onPick?(id: string): void;
}

/** The details panel: every event of the selection with its source. All text set as text. */
export function mountDetails(el: HTMLElement, lang: Lang, tr: Translate) {
  const doc = el.ownerDocument;
  const panel = doc.createElement('aside');
  panel.className = 'details';
  panel.hidden = true;
  panel.setAttribute('aria-label', tr('details'));
  el.append(panel);
  const t = (tag: string, text: string, cls?: string) => {
    const n = doc.createElement(tag);
    n.textContent = text;
    if (cls) n.className = cls;
    return n;
  };
  // Scrubbing and playing call update every frame: rebuild only when what is shown changes.
  let shown: string | null = null;
  /** A related unit was chosen from the panel: its rebuilt title takes the focus the button had. */
  let picked = false;
  /** The title of the selection whose links the reader folded (kept folded while the day moves). */
  let folded: string | null = null;
  /** The links shown now, and whose they are. */
  let links: { el: HTMLDetailsElement; title: string } | null = null;
  /** A button that selects `id` (a unit, a link's arc); the rebuilt panel's title takes the focus. */
  const pick = (label: string, id: string, onPick: DetailsProps['onPick']) => {
    const b = t('button', label) as HTMLButtonElement;
    b.type = 'button';
    b.addEventListener('click', () => {
      picked = true;
      onPick?.(id);
    });
    return b;
  };
  return {
    update(p: DetailsProps | null) {
      const key = p
        ? JSON.stringify([p.title, p.subtitle, p.events.map((e) => e.event.id), p.related, p.links])
        : null;
      if (key === shown) return;
      shown = key;
      // The reader's fold of the links, read as it is now: the `toggle` event that says it comes a task
      // later, after a rebuild that follows at once (the timeline playing) would have lost it.
      if (links) folded = links.el.open ? (folded === links.title ? null : folded) : links.title;
      links = null;
      panel.replaceChildren();
      panel.hidden = p === null;
      if (!p) return;
      const close = t('button', '×', 'close');
      close.setAttribute('aria-label', tr('close'));
      (close as HTMLButtonElement).type = 'button';
      close.addEventListener('click', p.onClose);
      const title = t('h2', p.title);
      panel.append(close, title, t('p', p.subtitle, 'subtitle'));
      // (Rebuilt, the panel lost the button that had the focus: a keyboard's reader was left at the
      // page's start. The new title has it, and a screen reader reads it.)
      if (picked) {
        picked = false;
        title.tabIndex = -1;
        title.focus({ preventScroll: true });
      }
      if (p.related?.length) {
        const related = doc.createElement('p');
        related.className = 'related';
        for (const r of p.related) {
          const b = pick(r.label, r.id, p.onPick);
          b.dataset.place = r.id;
          related.append(b);
        }
        panel.append(related);
      }
      if (p.links?.length) {
        // Who, since when, before the events that tell it: one line per arc, a button to its events.
        const el = doc.createElement('details');
        el.className = 'links';
        el.open = folded !== p.title;
        links = { el, title: p.title };
        el.append(t('summary', tr('linksTitle', { n: p.links.length })));
        const ul = doc.createElement('ul');
        for (const l of p.links) {
          const li = doc.createElement('li');
          const b = pick('', l.id, p.onPick);
          b.dataset.arc = l.id;
          // The "·" in the button, tied to the name's last word by a no-break space (hidden from
          // its accessible name): a line that wraps after a long name ("Quảng Nam (now part of Da
          // Nang), Da Nang ↔ Gard") began with a stray "·", a break being allowed after a button.
          b.append(t('span', l.label, 'name'), t('span', '\u00a0·', 'sep'));
          b.lastElementChild?.setAttribute('aria-hidden', 'true');
          li.append(b, t('span', ` ${l.note}`, 'note'));
          ul.append(li);
        }
        el.append(ul);
        panel.append(el);
      }
      const list = doc.createElement('ol');
      list.className = 'events';
      for (const { event: e, parties } of p.events) {
        const li = doc.createElement('li');
        li.dataset.event = e.id;
        const day = formatDay(lang, e.date, e.precision);
        const when =
          e.precision === 'day'
            ? day
            : tr(e.precision === 'month' ? 'monthPrecision' : 'yearPrecision', { date: day });
        li.append(
          t('p', `${when} · ${KINDS[e.kind][lang]}`, 'when'),
          t('h3', inLang(e.title, lang)),
          t('p', parties, 'parties'),
          t('p', inLang(e.summary, lang), 'summary'),
          t('p', e.domains.map((d) => DOMAINS[d][lang]).join(' · '), 'domains'),
        );
        const src = sourceLine(doc, e.source, lang, tr);
        li.append(src);
        list.append(li);
      }
      panel.append(list);
    },
    destroy() {
      panel.remove();
    },
  };
}

/** A text of the data in the reader's language, or visibly in another one when it is missing. */
export function inLang(texts: Record<Lang, string>, lang: Lang): string {
  if (texts[lang]?.trim()) return texts[lang];
  const other = (['fr', 'en', 'vi'] as const).find((l) => texts[l]?.trim());
  return other ? `[${other}] ${texts[other]}` : '';
}
