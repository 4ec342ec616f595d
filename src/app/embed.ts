import { parseHostMessage } from '../core/view/hostProtocol';
import type { AtlasApi, PublicState, VideoRequest } from './api';

/** Largest height (CSS px) the atlas ever reports: a runaway layout must not stretch the article. */
const MAX_HEIGHT = 4000;

/** Posts one message to the page that frames the atlas. */
export type PostToHost = (message: { type: string } & Record<string, unknown>) => void;

/**
 * The way to the page that frames the atlas, or null when nothing frames it. Every message carries
 * `doc`, a random id of this document: `embed-host.js` remembers the first id a frame speaks with and
 * ignores the frame once it speaks with another (its document changed: it navigated away, and a
 * sandboxed frame's origin, "null", cannot tell the new document from ours). `getRandomValues`, not
 * `randomUUID`: an article on plain http is no secure context.
 */
export function hostChannel(win: Window): PostToHost | null {
  const parent = win.parent;
  if (parent === win) return null;
  const bytes = win.crypto.getRandomValues(new Uint8Array(16));
  const doc = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  // Nothing secret goes to the parent (heights, public state), so any host may read it: no target origin.
  return (message) => parent.postMessage({ ...message, doc }, '*');
}

/** The embed's map is never shorter than this (CSS px) when it fits a frame that keeps its height. */
export const FIT_MIN_MAP = 200;
/** How long (ms) a frame has to take the height the atlas asks before the atlas fits the one it has. */
export const FIT_GRACE_MS = 1000;

/** The parts of the embed's layout the height it asks for and its fit to a frame are measured on. */
export interface EmbedParts {
  map: HTMLElement;
  timeline: HTMLElement;
}

/**
 * Tells the host page how tall the iframe should be (`atlas:height`), for the host script to size it.
 * - The embed view: the document's height whenever it changes. Its layout's height depends on its
 *   width only, so the host resizing the iframe never feeds back into a new height.
 *   A host without the script (many publishing systems drop an embed's scripts) keeps the snippet's
 *   height, shorter than the embed's at most widths, and the timeline was below the frame's edge (a
 *   reader's review: 700 × 520 showed neither it nor half the close-up). When the frame is still
 *   shorter than asked `FIT_GRACE_MS` after the atlas asked, the map takes the height that leaves the
 *   title, the map and the timeline in the frame (`--map-fit`, and `data-fit` on the root), never less
 *   than `FIT_MIN_MAP`; the details of a selection and what is under the timeline scroll. It still asks
 *   for its whole height: a host that follows later gets the map at its own height back.
 * - The full page (`screen`): its layout fills its viewport (`100dvh`) and grows with what is below, so
 *   its document height follows the iframe's height and would grow at each report up to the limit. It
 *   asks once for one screen of the host instead (`{screen: true}`, no `height`: a host script of
 *   before this rule ignores it), and scrolls inside.
 */
export function postHeight(
  win: Window,
  post: PostToHost | null,
  screen = false,
  parts: EmbedParts | null = null,
): () => void {
  if (!post) return () => {};
  if (screen) {
    post({ type: 'atlas:height', screen: true });
    return () => {};
  }
  const root = win.document.documentElement;
  let last = 0;
  let graceOver = false;
  const send = () => {
    // (Measured as laid out unfitted, the map at its own height and the timeline in its own rows: the
    // fit is taken off, and put back before anything paints.)
    root.style.removeProperty('--map-fit');
    delete root.dataset.fit;
    const whole = root.getBoundingClientRect().height;
    const fit = parts && graceOver ? fitFor(win, parts, whole) : null;
    if (parts && fit !== null) {
      // (The fitted layout's own rows first: the timeline on one row where it fits, the legend aside.)
      root.dataset.fit = '';
      // (None where those rows alone make room enough: the map keeps its own height.)
      let rows = fitFor(win, parts, whole, true);
      // A frame too short for the map's least height under the header as it is: the legend steps
      // aside and the link to the full map keeps one line (`tight`); in a 600 × 400 frame the
      // timeline's axis was below the edge, its buttons cut.
      if (rows === FIT_MIN_MAP) {
        root.dataset.fit = 'tight';
        rows = fitFor(win, parts, whole, true);
      }
      if (rows !== null) root.style.setProperty('--map-fit', `${rows}px`);
    }
    const height = Math.min(MAX_HEIGHT, Math.ceil(whole));
    if (height === last || height === 0) return;
    last = height;
    post({ type: 'atlas:height', height });
  };
  const observer = new ResizeObserver(send);
  observer.observe(root);
  // (The frame's own height: a host that follows makes it the height asked, one that does not keeps it.)
  win.addEventListener('resize', send);
  const timer = win.setTimeout(() => {
    graceOver = true;
    send();
  }, FIT_GRACE_MS);
  send();
  return () => {
    observer.disconnect();
    win.removeEventListener('resize', send);
    win.clearTimeout(timer);
  };
}

/**
 * The map's height (CSS px) that leaves the top of the embed down to its timeline in the frame, or
 * null when the frame holds the embed's whole height, or the map would be no shorter. `whole` is the
 * document's height measured with the map at its own height; the details of a selection do not count
 * (they scroll, under the map).
 */
function fitFor(win: Window, parts: EmbedParts, whole: number, fitted = false): number | null {
  const frame = win.innerHeight;
  if (!fitted && frame >= Math.floor(whole)) return null;
  const own = parts.map.getBoundingClientRect().height;
  const upToTimeline = parts.timeline.getBoundingClientRect().bottom + win.scrollY;
  const fit = Math.max(
    FIT_MIN_MAP,
    // (What is not the map, up to the timeline's end: fitted, a selection's details are below it.)
    Math.floor(frame - (upToTimeline - own)),
  );
  return fit < own ? fit : null;
}

/**
 * Lets the page that frames the atlas drive it with the `postMessage` protocol of
 * `core/hostProtocol.ts`, and reports every change back (`atlas:state`, at most once a frame).
 * Only messages from the parent window are read; everything is validated; unknown messages are
 * ignored and malformed ones answered with `atlas:error`.
 */
export function listenToHost(
  win: Window,
  post: PostToHost | null,
  api: AtlasApi,
  onCommand: () => void,
): () => void {
  const parent = win.parent;
  if (!post) return () => {};
  const reply = post;
  let video: AbortController | null = null;
  const onMessage = (e: MessageEvent) => {
    if (e.source !== parent) return;
    const m = parseHostMessage(e.data);
    if (m.kind === 'ignored') return;
    if (m.kind === 'invalid') return reply({ type: 'atlas:error', for: m.type, error: m.error });
    const c = m.command;
    if (c.type !== 'atlas:getState') onCommand();
    switch (c.type) {
      case 'atlas:setDate':
        return api.setDate(c.date);
      case 'atlas:select':
        return api.select(c.id);
      case 'atlas:play':
        return api.play(c.speed);
      case 'atlas:pause':
        return api.pause();
      case 'atlas:setFilters':
        return api.setFilters(c.filters);
      case 'atlas:getState':
        return reply({ type: 'atlas:state', state: api.state() });
      case 'atlas:exportVideo': {
        const o = c.options;
        if (typeof o !== 'object' || o === null || Array.isArray(o))
          return reply({ type: 'atlas:error', for: c.type, error: 'options must be an object' });
        // The file goes back to the host as a Blob (structured clone); progress once per video frame.
        const cancel = (video = new AbortController());
        void api
          .exportVideo({
            ...(o as VideoRequest),
            signal: cancel.signal,
            onProgress: (frame, frames) => reply({ type: 'atlas:videoProgress', frame, frames }),
          })
          .then((result) =>
            // Malformed options are answered as every malformed message is.
            result.kind === 'invalid'
              ? reply({ type: 'atlas:error', for: c.type, error: result.error })
              : reply({ type: 'atlas:video', result }),
          );
        return;
      }
      case 'atlas:cancelVideo':
        return video?.abort();
    }
  };
  win.addEventListener('message', onMessage);
  let frame = 0;
  let pending: PublicState | null = null;
  const off = api.on('change', (s) => {
    pending = s;
    frame ||= win.requestAnimationFrame(() => {
      frame = 0;
      reply({ type: 'atlas:state', state: pending });
    });
  });
  reply({ type: 'atlas:ready', state: api.state() });
  return () => {
    win.removeEventListener('message', onMessage);
    off();
  };
}

/**
 * The interactive map loads on the reader's first interaction with the atlas (a facade, as Lighthouse
 * advises for embeds): a page that is only looked at pays for the picture only, and MapLibre's start
 * (WebGL set-up and shader compilation: nearly all of the page's main-thread work) never competes with
 * the first paint. Embedded, wheel turns are not interactions: they scroll the article. On the full
 * page (`map` given), a pointer moving over the map or a wheel turn on it is one too: the map is what
 * the reader came for, and it is ready by the time they act on it.
 *
 * `run` starts after the frame that answers the interaction has been painted, so that the reader's
 * first input is answered at once whatever MapLibre then costs. An interaction before this script ran
 * (public/theme.js marks it `<html data-interacted>`) runs it at once.
 */
export function onFirstInteraction(doc: Document, run: () => void, map?: HTMLElement): void {
  const events = ['pointerdown', 'keydown', 'focusin', 'touchstart'] as const;
  const onMap = ['pointermove', 'wheel'] as const;
  const win = doc.defaultView;
  const once = () => {
    for (const t of events) doc.removeEventListener(t, once, true);
    for (const t of onMap) map?.removeEventListener(t, once, true);
    if (win) win.requestAnimationFrame(() => win.requestAnimationFrame(() => win.setTimeout(run, 0)));
    else run();
  };
  // (One made before this script ran: public/theme.js kept it.)
  if (doc.documentElement.hasAttribute('data-interacted')) return once();
  for (const t of events) doc.addEventListener(t, once, { capture: true, passive: true });
  for (const t of onMap) map?.addEventListener(t, once, { capture: true, passive: true });
}
