import { parseHostMessage } from '../core/view/hostProtocol';
import type { AtlasApi, PublicState, VideoRequest } from './api';

/** Largest height (CSS px) the atlas ever reports: a runaway layout must not stretch the article. */
const MAX_HEIGHT = 4000;

/**
 * In an iframe: tells the host page the document's height whenever it changes (`atlas:height`), for
 * the host script to size the iframe. The embed layout's height depends on its width only, so the
 * host resizing the iframe never feeds back into a new height.
 */
export function postHeight(win: Window): () => void {
  const parent = win.parent;
  if (parent === win) return () => {};
  const root = win.document.documentElement;
  let last = 0;
  const send = () => {
    const height = Math.min(MAX_HEIGHT, Math.ceil(root.getBoundingClientRect().height));
    if (height === last || height === 0) return;
    last = height;
    // The height is no secret: any host may read it, so no target origin is needed.
    parent.postMessage({ type: 'atlas:height', height }, '*');
  };
  const observer = new ResizeObserver(send);
  observer.observe(root);
  send();
  return () => observer.disconnect();
}

/**
 * Lets the page that frames the atlas drive it with the `postMessage` protocol of
 * `core/hostProtocol.ts`, and reports every change back (`atlas:state`, at most once a frame).
 * Only messages from the parent window are read; everything is validated; unknown messages are
 * ignored and malformed ones answered with `atlas:error`.
 */
export function listenToHost(win: Window, api: AtlasApi, onCommand: () => void): () => void {
  const parent = win.parent;
  if (parent === win) return () => {};
  const reply = (message: unknown) => parent.postMessage(message, '*');
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
 * Embedded, the interactive map loads on the reader's first interaction with the atlas (a facade, as
 * Lighthouse advises for embeds): an article with the atlas far down its page pays for the picture
 * only. Wheel turns are not interactions: they scroll the article.
 */
export function onFirstInteraction(doc: Document, run: () => void): void {
  const events = ['pointerdown', 'keydown', 'focusin', 'touchstart'] as const;
  const once = () => {
    for (const t of events) doc.removeEventListener(t, once, true);
    run();
  };
  for (const t of events) doc.addEventListener(t, once, { capture: true, passive: true });
}
