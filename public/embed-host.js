// @ts-check
/* global window, document, URL, CustomEvent */
/**
 * Partnership Atlas — host-page script for embedded atlases (README, "Embedding").
 *
 * Include it once on a page that has one or more
 * `<iframe data-atlas-embed src="…/embed.html…">` elements. It sizes each iframe to the height the
 * atlas reports, and only from messages that really come from that iframe: the message's source must
 * be the iframe's window and its origin the iframe's origin ("null" when the iframe is sandboxed
 * without allow-same-origin). Heights are clamped to [MIN_HEIGHT, MAX_HEIGHT].
 *
 * To drive an atlas (scrollytelling), post to `iframe.contentWindow` the messages of the protocol,
 * e.g. `{ type: 'atlas:setDate', date: '2024-12-01' }`; the atlas answers with `atlas:state`.
 * Each iframe also receives a DOM event `atlas:message` with the message as `detail`.
 */
(function () {
  'use strict';
  var MIN_HEIGHT = 240;
  var MAX_HEIGHT = 4000;

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
      if (data.type === 'atlas:height') {
        var h = Number(data.height);
        if (!isFinite(h)) return;
        frame.style.height = Math.round(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, h))) + 'px';
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
  }
})();
