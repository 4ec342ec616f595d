// @ts-check
/* global window, document, URL, CustomEvent, MutationObserver, HTMLIFrameElement */
/**
 * Partnership Atlas — host-page script for embedded atlases (README, "Embedding").
 *
 * Include it once on a page that has one or more
 * `<iframe data-atlas-embed src="…/embed.html…">` elements. It sizes each iframe to the height the
 * atlas reports, and only from messages that really come from that iframe: the message's source must
 * be the iframe's window and its origin the iframe's origin ("null" when the iframe is sandboxed
 * without allow-same-origin), and it must come from the document the iframe was embedded with: every
 * atlas message carries `doc`, a random id of the atlas document that sent it; the script remembers
 * the first id each iframe speaks with and ignores the iframe's messages with any other id (its
 * document changed: it navigated away, and a sandboxed iframe's origin cannot tell). Setting the
 * iframe's `src` (even to the same address) starts over: the next document's id is remembered. Heights are clamped to
 * [MIN_HEIGHT, MAX_HEIGHT]; the full page (`screen: true`) gets one screen of the host's window.
 *
 * To drive an atlas (scrollytelling), post to `iframe.contentWindow` the messages of the protocol,
 * e.g. `{ type: 'atlas:setDate', date: '2024-12-01' }`; the atlas answers with `atlas:state`.
 * Each iframe also receives a DOM event `atlas:message` with the message as `detail`.
 */
(function () {
  'use strict';
  var MIN_HEIGHT = 240;
  var MAX_HEIGHT = 4000;
  /**
   * Per iframe: the `src` it had and the document id it first spoke with.
   * @type {WeakMap<HTMLIFrameElement, { src: string, doc: string }>}
   */
  var known = new WeakMap();
  /** Iframes showing the full page, sized to the host's window (again when it resizes). */
  /** @type {HTMLIFrameElement[]} */
  var screens = [];

  /** @param {number} h */
  function clamp(h) {
    return Math.round(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, h))) + 'px';
  }

  /**
   * True when the message comes from the document the iframe first spoke with (or is its first word).
   * @param {HTMLIFrameElement} frame
   * @param {unknown} doc
   */
  function sameDocument(frame, doc) {
    if (typeof doc !== 'string' || doc === '') return false;
    var src = frame.getAttribute('src') || '';
    var k = known.get(frame);
    if (!k || k.src !== src) {
      known.set(frame, { src: src, doc: doc });
      return true;
    }
    return k.doc === doc;
  }

  /** @param {HTMLIFrameElement} frame */
  function expectedOrigin(frame) {
    var sandbox = frame.getAttribute('sandbox');
    if (sandbox !== null && !/(^|\s)allow-same-origin(\s|$)/.test(sandbox)) return 'null';
    try {
      return new URL(frame.src, document.baseURI).origin;
    } catch {
      return '';
    }
  }

  /** @param {MessageEvent} e */
  function onMessage(e) {
    var frames = document.querySelectorAll('iframe[data-atlas-embed]');
    for (var i = 0; i < frames.length; i++) {
      var frame = /** @type {HTMLIFrameElement} */ (frames[i]);
      if (e.source !== frame.contentWindow) continue;
      if (e.origin !== expectedOrigin(frame)) return;
      var data = e.data;
      if (!data || typeof data !== 'object' || typeof data.type !== 'string') return;
      if (data.type.indexOf('atlas:') !== 0) return;
      if (!sameDocument(frame, data.doc)) return;
      if (data.type === 'atlas:height') {
        if (data.screen === true) {
          if (screens.indexOf(frame) === -1) screens.push(frame);
          frame.style.height = clamp(window.innerHeight);
        } else {
          var h = Number(data.height);
          if (!isFinite(h)) return;
          var at = screens.indexOf(frame);
          if (at !== -1) screens.splice(at, 1);
          frame.style.height = clamp(h);
        }
      }
      frame.dispatchEvent(new CustomEvent('atlas:message', { detail: data }));
      return;
    }
  }

  // Included twice (two embeds, two snippets): listen once.
  var w = /** @type {Window & { __atlasHost?: boolean }} */ (window);
  if (!w.__atlasHost) {
    w.__atlasHost = true;
    window.addEventListener('message', onMessage);
    // Setting `src`, even to the same address (a reload), starts over: the next document is listened to.
    new MutationObserver(function (records) {
      records.forEach(function (r) {
        if (r.target instanceof HTMLIFrameElement) known.delete(r.target);
      });
    }).observe(document.documentElement, { subtree: true, attributes: true, attributeFilter: ['src'] });
    window.addEventListener('resize', function () {
      screens = screens.filter(function (frame) {
        return frame.isConnected;
      });
      for (var i = 0; i < screens.length; i++) {
        var frame = /** @type {HTMLIFrameElement} */ (screens[i]);
        frame.style.height = clamp(window.innerHeight);
      }
    });
  }
})();
