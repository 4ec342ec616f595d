// @ts-check
/* global document, location, matchMedia, URLSearchParams */
/**
 * Partnership Atlas — the colour scheme, set before the first paint (a classic script in <head>, so
 * that a dark page never flashes light; external, for the Content-Security-Policy).
 *
 * `?theme=dark` or `?theme=light` in the page's address wins; otherwise the reader's
 * `prefers-color-scheme`, followed live. The result is `<html data-theme="light|dark">`, which the
 * style sheet and the app read (`data-theme-source` is `url` or `system`). When the address asks for
 * a scheme, the static picture is made to agree with it as soon as the document is parsed (before the
 * app's deferred scripts run): its `<source media="(prefers-color-scheme: dark)">` is taken out, and
 * for `dark` its address given to the `<img>`.
 */
(function () {
  'use strict';
  var root = document.documentElement;
  var asked = new URLSearchParams(location.search).get('theme');
  var explicit = asked === 'dark' || asked === 'light';
  var media = matchMedia('(prefers-color-scheme: dark)');
  function apply() {
    root.setAttribute('data-theme', explicit ? String(asked) : media.matches ? 'dark' : 'light');
  }
  root.setAttribute('data-theme-source', explicit ? 'url' : 'system');
  apply();
  if (!explicit) {
    media.addEventListener('change', apply);
    return;
  }
  function fixPictures() {
    if (document.readyState === 'loading') return;
    document.removeEventListener('readystatechange', fixPictures);
    var sources = document.querySelectorAll('picture > source[media*="prefers-color-scheme"]');
    for (var i = 0; i < sources.length; i++) {
      var source = /** @type {HTMLSourceElement} */ (sources[i]);
      var img = source.parentElement && source.parentElement.querySelector('img');
      if (img && asked === 'dark') img.src = source.srcset;
      source.remove();
    }
  }
  document.addEventListener('readystatechange', fixPictures);
  fixPictures();
})();
