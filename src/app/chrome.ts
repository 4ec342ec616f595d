import type { Atlas } from '../core/atlas';
import { chooseLang, formatDay, type Lang } from '../core/i18n';
import { decodeState, encodeState } from '../core/view/urlState';
import { mountLanguageSwitch } from '../ui/langSwitch';
import { translator, type Translate } from '../ui/messages';

/** The page's elements the atlas fills; `null` when the page lacks one (not an atlas page). */
export function findSlots(doc: Document) {
  const get = (id: string) => doc.getElementById(id);
  const slots = {
    status: get('status'),
    map: get('map'),
    timeline: get('timeline'),
    events: get('events'),
    footer: get('attribution'),
    stage: get('stage'),
    visible: get('visible'),
    visibleTitle: get('visible-title'),
    announcer: get('announcer'),
    tools: get('tools'),
  };
  const missing = Object.values(slots).some((e) => e === null);
  return missing ? null : (slots as { [K in keyof typeof slots]: HTMLElement });
}
export type Slots = NonNullable<ReturnType<typeof findSlots>>;

/**
 * The language and the words of the static chrome: `?lang=` (or `lang=` in the hash), then the
 * browser's, then French; title, headings and legend in it; the switcher (full page only), which
 * keeps the state in the URL and reloads.
 */
export function mountChrome(
  doc: Document,
  slots: Slots,
  embed: boolean,
): { lang: Lang; tr: Translate; legend: (flows: boolean) => void } {
  const win = doc.defaultView;
  const asked =
    new URLSearchParams(win?.location.search ?? '').get('lang') ?? decodeState(win?.location.hash ?? '').lang;
  const lang = chooseLang(asked, win?.navigator.languages ?? []);
  const tr = translator(lang);
  doc.documentElement.lang = lang;
  doc.title = tr('title');
  slots.status.textContent = tr('loading');
  slots.map.setAttribute('aria-label', tr('mapLabel'));
  const heading = doc.querySelector('.list h2');
  if (heading) heading.textContent = tr('allEvents');
  // The legend is in the HTML (shown before any script); its words follow the language.
  const arc = doc.querySelector('.legend .arc-key');
  const area = doc.querySelector('.legend .area-key');
  const key = doc.querySelector('.legend .key.arc');
  if (area) area.textContent = tr('legendArea');
  // (The names' key: its word, and each ink's word.)
  for (const [selector, words] of [
    ['.legend .names-key', 'legendNames'],
    ['.legend .name-vn', 'legendNameVn'],
    ['.legend .name-partner', 'legendNamePartner'],
  ] as const) {
    const el = doc.querySelector(selector);
    if (el) el.textContent = tr(words);
  }
  // A crowded map draws a line per partner country (`showsFlows`): the key says so, with its widths.
  let flows: boolean | null = null;
  const legend = (next: boolean) => {
    if (next === flows) return;
    flows = next;
    if (arc) arc.textContent = tr(next ? 'legendFlow' : 'legendArc');
    key?.classList.toggle('flow', next);
  };
  legend(key?.classList.contains('flow') ?? false);
  if (!embed)
    mountLanguageSwitch(slots.tools, lang, tr, (next) => {
      if (!win) return;
      const url = new URL(win.location.href);
      url.searchParams.delete('lang');
      url.hash = encodeState({ ...decodeState(win.location.hash), lang: next });
      // replaceState fires no popstate, so the page does not write its own language back first.
      win.history.replaceState(null, '', url.toString());
      win.location.reload();
    });
  return { lang, tr, legend };
}

/**
 * The publication frame the newsroom edits (data/publication.csv), in the reader's language: the
 * heading, the tab's title, the standfirst (full page), and the footer's source line, the note on
 * how Hoàng Sa and Trường Sa are drawn, the credit and the day the data was updated. The HTML holds
 * the French defaults for the first paint.
 */
export function applyPublication(
  doc: Document,
  slots: Slots,
  atlas: Atlas,
  lang: Lang,
  tr: Translate,
  embed: boolean,
) {
  const p = atlas.publication;
  doc.title = p.title[lang];
  const h1 = doc.querySelector('.bar h1');
  if (h1) h1.textContent = p.title[lang];
  // The build writes the French standfirst into the HTML (first paint); the text follows the language.
  let standfirst = doc.querySelector<HTMLElement>('.bar .standfirst');
  if (!embed && h1 && !standfirst) {
    standfirst = doc.createElement('p');
    standfirst.className = 'standfirst';
    h1.after(standfirst);
  }
  if (standfirst) standfirst.textContent = p.standfirst[lang];
  if (!embed && standfirst && !doc.querySelector('.list .standfirst-list')) {
    // On a phone the header keeps to the title (the map needs the height): the standfirst opens the
    // list of events instead.
    const intro = standfirst.cloneNode(true) as HTMLElement;
    intro.className = 'standfirst standfirst-list';
    doc.querySelector('.list')?.prepend(intro);
  }
  const line = (text: string, cls: string) => {
    const el = doc.createElement('p');
    el.className = cls;
    el.textContent = text;
    return el;
  };
  slots.footer.replaceChildren(
    line(p.sources[lang], 'sources'),
    line(p.archipelagos[lang], 'archipelagos'),
    line(
      `${p.credit[lang]} · ${tr('dataVersion', { date: formatDay(lang, p.updated) })} · v${__APP_VERSION__}`,
      'credit',
    ),
  );
}
