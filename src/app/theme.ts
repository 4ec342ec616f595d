import { isTheme, type Theme } from '../core/draw/theme';

/** The colour scheme `public/theme.js` chose (`<html data-theme>`); light if it did not run. */
export function currentTheme(doc: Document): Theme {
  const t = doc.documentElement.dataset.theme;
  return isTheme(t) ? t : 'light';
}

/** The scheme the page's address asked for (`?theme=`), which embed snippets and links keep. */
export function askedTheme(doc: Document): Theme | null {
  return doc.documentElement.dataset.themeSource === 'url' ? currentTheme(doc) : null;
}

/** Calls `fn` when the scheme changes (the reader switched their system's setting). */
export function onThemeChange(doc: Document, fn: (t: Theme) => void): () => void {
  const win = doc.defaultView;
  if (!win) return () => {};
  let last = currentTheme(doc);
  const observer = new win.MutationObserver(() => {
    const t = currentTheme(doc);
    if (t !== last) fn((last = t));
  });
  observer.observe(doc.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}
