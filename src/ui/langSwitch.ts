import { LANGS, type Lang } from '../core/i18n';
import type { Translate } from './messages';

const LANG_NAMES: Record<Lang, string> = { fr: 'Français', vi: 'Tiếng Việt', en: 'English' };

/** The language switcher: each language named in itself. `mount(el, props)`; the caller reloads. */
export function mountLanguageSwitch(el: HTMLElement, lang: Lang, tr: Translate, onChange: (l: Lang) => void) {
  const doc = el.ownerDocument;
  const select = doc.createElement('select');
  select.className = 'lang';
  select.setAttribute('aria-label', tr('language'));
  for (const l of LANGS) {
    const o = doc.createElement('option');
    o.value = l;
    o.lang = l;
    o.textContent = LANG_NAMES[l];
    o.selected = l === lang;
    select.append(o);
  }
  select.addEventListener('change', () => onChange(select.value as Lang));
  el.append(select);
  return { destroy: () => select.remove() };
}
