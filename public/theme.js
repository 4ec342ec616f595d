// @ts-check
/* global document, location, matchMedia, navigator, URLSearchParams, Element, requestAnimationFrame */
/**
 * Partnership Atlas — what the first paint needs before the app's script: the colour scheme and the
 * language (a classic script in <head>, so that nothing flashes or moves; external, for the
 * Content-Security-Policy).
 *
 * Scheme: `?theme=dark` or `?theme=light` in the page's address wins; otherwise the reader's
 * `prefers-color-scheme`, followed live. The result is `<html data-theme="light|dark">`, which the
 * style sheet and the app read (`data-theme-source` is `url` or `system`).
 *
 * Language: `?lang=`, then `lang=` in the address's hash, then the browser's languages, else French —
 * the rule of `chooseLang` (src/core/i18n.ts; a browser test checks they agree). As the document is
 * parsed (before any paint, and before the app's deferred scripts run), the header's static texts
 * take the language's words (`data-l10n-<lang>`, written by the build) and the static picture is the
 * build's picture for that language and scheme, and the viewport's class of width
 * (`data/first-view-<narrow|narrow-embed|medium|tablet|wide|large|wall|wall4k>[-<lang>][-dark].svg`).
 */
(function () {
  'use strict';
  var LANGS = ['fr', 'vi', 'en'];
  var root = document.documentElement;
  var search = new URLSearchParams(location.search);
  var asked = search.get('theme');
  var explicit = asked === 'dark' || asked === 'light';
  var media = matchMedia('(prefers-color-scheme: dark)');
  function apply() {
    root.setAttribute('data-theme', explicit ? String(asked) : media.matches ? 'dark' : 'light');
  }
  root.setAttribute('data-theme-source', explicit ? 'url' : 'system');
  apply();
  if (!explicit) media.addEventListener('change', apply);

  function chooseLang() {
    var wanted = search.get('lang') || new URLSearchParams(location.hash.slice(1)).get('lang');
    if (wanted && LANGS.indexOf(wanted) >= 0) return wanted;
    var preferred = navigator.languages || [];
    for (var i = 0; i < preferred.length; i++) {
      var base = String(preferred[i]).toLowerCase().split('-')[0] || '';
      if (LANGS.indexOf(base) >= 0) return base;
    }
    return 'fr';
  }
  var lang = chooseLang();
  // A viewport at most this wide (a phone, a narrow embed) gets the picture drawn for a narrow box
  // only: the one for any box costs a phone's main thread twice as much (NARROW_PICTURE_WIDTH in
  // src/core/draw/staticMap.ts; a unit test checks they agree). Grown past it, the page takes the other.
  var narrow = matchMedia('(max-width: 560px)');
  // The embed's map has the phone's shape there (style.css), its picture has the words of the phone's
  // map only, not those of a short one (NARROW_EMBED_LAYOUT in src/core/draw/boxLayout.ts).
  var embed = root.classList.contains('embed');
  // Wider, the picture of the viewport's class of width has that class's words only, for its maps and
  // its short ones (the picture for any box has them all, its media queries on its box choosing; the
  // others still cost the main thread their parsing; a class's short set is chosen by the picture's own
  // media query on its height). The same media queries as the picture's (WIDE_LAYOUT.sets in
  // src/core/draw/boxLayout.ts; a unit test checks they agree): the map is as wide as the viewport.
  /** @type {{ id: string, media: MediaQueryList }[]} */
  var WIDTHS = [
    { id: 'medium', media: matchMedia('(max-width:850px)') },
    { id: 'tablet', media: matchMedia('(min-width:850.01px) and (max-width:1100px)') },
    { id: 'large', media: matchMedia('(min-width:1601px) and (max-width:1999.99px)') },
    { id: 'wall', media: matchMedia('(min-width:2000px) and (max-width:2799.99px)') },
    { id: 'wall4k', media: matchMedia('(min-width:2800px)') },
  ];
  function widthClass() {
    var shown = WIDTHS.filter(function (w) {
      return w.media.matches;
    })[0];
    return shown ? shown.id : 'wide';
  }
  /** @param {boolean} dark */
  function picture(dark) {
    return (
      'data/first-view' +
      (narrow.matches ? (embed ? '-narrow-embed' : '-narrow') : '-' + widthClass()) +
      (lang === 'fr' ? '' : '-' + lang) +
      (dark ? '-dark' : '') +
      '.svg'
    );
  }
  /**
   * Whether the build's picture shows the state the address asks (src/core/view/urlState.ts): no
   * selection, filter or camera, and no day before `from`, the first day it shows (`data-from`, written
   * by the build: `settledFrom`). A link to 1 January 2019 showed all seven arcs of the opening view
   * for a second or two under a caption saying one, until the page drew its own picture; until then
   * it now shows the sea only.
   * @param {string} from
   */
  function buildShowsAsked(from) {
    var q = new URLSearchParams(location.hash.slice(1));
    var asked = ['sel', 'country', 'kind', 'domain', 'view'].filter(function (k) {
      return !!q.get(k);
    });
    if (asked.length) return false;
    var day = q.get('date') || '';
    // (A day that is not one, "2019-02-30", opens the page at its end, as the build's picture is.)
    // (Date.parse gives NaN for "2024-12-32", and rolls "2019-02-30" over to 2 March.)
    var time = /^\d{4}-\d{2}-\d{2}$/.test(day) ? Date.parse(day + 'T00:00:00Z') : NaN;
    var real = !isNaN(time) && new Date(time).toISOString().slice(0, 10) === day;
    return !real || !from || day >= from;
  }
  /** The build's pictures, for this viewport (none once the app has drawn its own: a blob: image). */
  function choosePictures() {
    var imgs = document.querySelectorAll('picture > img.first-view');
    for (var j = 0; j < imgs.length; j++) {
      var img = /** @type {HTMLImageElement} */ (imgs[j]);
      // (None for a picture the app drew, or one hidden under the map: a reader never sees it again.)
      if (img.src.indexOf('blob:') === 0 || (img.hidden && img.src)) continue;
      var source = img.parentElement && img.parentElement.querySelector('source');
      img.dataset.lang = lang;
      if (!buildShowsAsked(img.dataset.from || '')) {
        // (The page draws the state asked: src/app/firstPicture.ts.)
        if (source) source.remove();
        continue;
      }
      var dark = picture(true);
      if (source && !explicit && source.getAttribute('srcset') !== dark) source.srcset = dark;
      else if (source && explicit) source.remove();
      var shown = picture(explicit && asked === 'dark');
      if (img.getAttribute('src') !== shown) img.src = shown;
    }
  }

  /** The header's static texts in the reader's language (`data-l10n-<lang>`, written by the build). */
  function localize() {
    if (lang === 'fr') return;
    var texts = document.querySelectorAll('[data-l10n-' + lang + ']');
    for (var i = 0; i < texts.length; i++) {
      var el = /** @type {Element} */ (texts[i]);
      var words = el.getAttribute('data-l10n-' + lang);
      if (el.textContent !== words) el.textContent = words;
    }
  }

  if (lang !== 'fr') root.setAttribute('lang', lang);
  // A slow page is painted while it is still being parsed (seen under load: the French header painted,
  // then replaced, moving the map). What is parsed is put in the language and given its picture before
  // each frame while the page loads: animation frame callbacks run before the frame is painted. (Not a
  // mutation observer on the document: with one, Lighthouse's simulated first paint on a phone came
  // 0.3 s later, though nothing it did took time.)
  function whileParsed() {
    if (document.readyState !== 'loading') return;
    localize();
    choosePictures();
    requestAnimationFrame(whileParsed);
  }
  function firstPaint() {
    if (document.readyState === 'loading') return;
    document.removeEventListener('readystatechange', firstPaint);
    // Before the app's deferred scripts run (they write these texts themselves).
    localize();
    choosePictures();
    narrow.addEventListener('change', choosePictures);
    WIDTHS.forEach(function (w) {
      w.media.addEventListener('change', choosePictures);
    });
  }
  if (document.readyState === 'loading') requestAnimationFrame(whileParsed);
  document.addEventListener('readystatechange', firstPaint);
  firstPaint();

  // The reader's first interaction, watched from the first moment: one made before the app's script
  // has run (the page is shown, its module still loading) is kept as `<html data-interacted>`, which
  // the app reads (`onFirstInteraction`, src/app/embed.ts) and starts the map from (issue 16). The same
  // inputs as there: a press, a key, focus or a touch; on the full page, a pointer moving over the map or
  // a wheel turn on it (embedded, a wheel turn scrolls the article).
  var INPUTS = ['pointerdown', 'keydown', 'focusin', 'touchstart'].concat(
    embed ? [] : ['pointermove', 'wheel'],
  );
  /** @param {Event} e */
  function interacted(e) {
    if (e.type === 'pointermove' || e.type === 'wheel') {
      var target = e.target;
      if (!(target instanceof Element) || !target.closest('#map')) return;
    }
    root.setAttribute('data-interacted', '');
    INPUTS.forEach(function (t) {
      document.removeEventListener(t, interacted, true);
    });
  }
  INPUTS.forEach(function (t) {
    document.addEventListener(t, interacted, { capture: true, passive: true });
  });
})();
