import type { Atlas } from '../core/atlas';
import { chapters } from '../core/view/chapters';
import { formatDay, type Lang } from '../core/i18n';
import { inLang } from '../ui/details';
import type { Translate } from '../ui/messages';
import { sourceLine } from '../ui/sourceLine';
import { namer } from './names';
import { mapScaleOf } from './pageScale';

/** Seconds per chapter when playing on its own. */
const AUTOPLAY_SECONDS = 8;

export interface PresentationState {
  /** 0-based chapter shown. */
  chapter: number;
  of: number;
  autoplay: boolean;
}

/**
 * Presentation mode (`?present=1` or the Share menu): full screen, large type, one chapter per event
 * in time order with its caption and source. ←/→, PageUp/PageDown (what presentation clickers send),
 * Space, Home and End step; Escape leaves. The caller shows the chapter (date, selection, flight).
 * Autoplay never starts by itself when the reader asked for reduced motion.
 */
export function mountPresentation(
  doc: Document,
  o: {
    atlas: Atlas;
    lang: Lang;
    tr: Translate;
    reducedMotion: boolean;
    autoplay: boolean;
    show(chapter: ReturnType<typeof chapters>[number]): void;
    onChange(s: PresentationState | null): void;
    /** The map's label and line scale for the screen: the caption's type size over 16 px (1 to 3). */
    onScale(scale: number): void;
    onLeave(): void;
  },
) {
  const list = chapters(o.atlas);
  const root = doc.documentElement;
  const panel = doc.createElement('section');
  panel.className = 'chapter';
  panel.setAttribute('aria-live', 'polite');
  const count = doc.createElement('p');
  count.className = 'count';
  const when = doc.createElement('p');
  when.className = 'when';
  const title = doc.createElement('h2');
  const summary = doc.createElement('p');
  let source: HTMLElement = doc.createElement('p');
  const parties = doc.createElement('p');
  parties.className = 'parties';
  const names = namer(o.atlas, o.lang, o.tr);
  const nav = doc.createElement('p');
  nav.className = 'nav';
  const button = (label: string, cls: string, run: () => void) => {
    const b = doc.createElement('button');
    b.type = 'button';
    b.className = cls;
    b.textContent = label;
    b.addEventListener('click', run);
    nav.append(b);
    return b;
  };
  let i = 0;
  let timer = 0;
  let autoplay = false;
  const prev = button(`← ${o.tr('previous')}`, 'prev', () => go(i - 1));
  const next = button(`${o.tr('next')} →`, 'next', () => go(i + 1));
  const auto = button(o.tr('autoplay'), 'auto', () => setAutoplay(!autoplay));
  button(o.tr('leave'), 'leave', () => leave());
  const keys = doc.createElement('p');
  keys.className = 'keys';
  keys.textContent = o.tr('presentKeys');
  panel.append(count, when, title, parties, summary, source, nav, keys);

  const report = () => o.onChange({ chapter: i, of: list.length, autoplay });
  const go = (n: number) => {
    const c = list[Math.max(0, Math.min(list.length - 1, n))];
    if (!c) return;
    i = list.indexOf(c);
    count.textContent = o.tr('chapter', { i: i + 1, n: list.length });
    when.textContent = formatDay(o.lang, c.event.date, c.event.precision);
    title.textContent = inLang(c.event.title, o.lang);
    summary.textContent = inLang(c.event.summary, o.lang);
    parties.textContent = names.parties(c.event, c.day);
    const line = sourceLine(doc, c.event.source, o.lang, o.tr);
    source.replaceWith(line);
    source = line;
    prev.disabled = i === 0;
    next.disabled = i === list.length - 1;
    if (autoplay && i === list.length - 1) setAutoplay(false);
    o.show(c);
    report();
  };
  const setAutoplay = (on: boolean) => {
    autoplay = on && i < list.length - 1;
    clearInterval(timer);
    if (autoplay) timer = window.setInterval(() => go(i + 1), AUTOPLAY_SECONDS * 1000);
    auto.textContent = o.tr(autoplay ? 'stopAutoplay' : 'autoplay');
    auto.setAttribute('aria-pressed', String(autoplay));
    report();
  };
  const onKey = (e: KeyboardEvent) => {
    const t = e.target as HTMLElement | null;
    if (t && /^(INPUT|SELECT|TEXTAREA)$/.test(t.tagName)) return;
    // Space on a focused button is that button's click.
    if (e.key === ' ' && t?.tagName === 'BUTTON') return;
    const step: Record<string, number> = { ArrowRight: 1, PageDown: 1, ' ': 1, ArrowLeft: -1, PageUp: -1 };
    if (e.key in step) go(i + (step[e.key] as number));
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(list.length - 1);
    else if (e.key === 'Escape') leave();
    else return;
    // Stepping by hand takes over from autoplay.
    if (e.key !== 'Escape' && autoplay) setAutoplay(false);
    e.preventDefault();
  };
  // The map's labels, lines and controls grow with the caption's type (a 4K wall at device pixel ratio
  // 1 would otherwise show 10 px labels).
  let scale = 0;
  const rescale = () => {
    const k = mapScaleOf(doc);
    if (k === scale) return;
    scale = k;
    o.onScale(k);
  };
  // Leaving full screen (Escape is taken by the browser there) leaves the presentation too.
  const onFullscreen = () => {
    if (!doc.fullscreenElement) leave();
  };
  let left = false;
  const leave = () => {
    if (left) return;
    left = true;
    clearInterval(timer);
    doc.removeEventListener('keydown', onKey);
    doc.removeEventListener('fullscreenchange', onFullscreen);
    doc.defaultView?.removeEventListener('resize', rescale);
    if (doc.fullscreenElement) void doc.exitFullscreen().catch(() => {});
    root.classList.remove('presenting');
    // The page's own scale again (larger than 1 on a wall screen).
    o.onScale(mapScaleOf(doc));
    panel.remove();
    o.onChange(null);
    o.onLeave();
  };

  root.classList.add('presenting');
  doc.getElementById('stage')?.append(panel);
  doc.addEventListener('keydown', onKey);
  doc.addEventListener('fullscreenchange', onFullscreen);
  doc.defaultView?.addEventListener('resize', rescale);
  rescale();
  go(0);
  setAutoplay(o.autoplay && !o.reducedMotion);
  // Keyboard users start on "Next"; the caption stays scrolled to its beginning on small screens.
  next.focus({ preventScroll: true });
  return { leave, go: (n: number) => go(n) };
}
