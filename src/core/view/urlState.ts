import { isLang, type Lang } from '../i18n';
import { NO_FILTERS, type Filters } from './visibleArcs';

/** What a link restores: date, selection, filters and view. */
export interface UrlState {
  date: string | null;
  selection: string | null;
  filters: Filters;
  /** Map centre and zoom. */
  view: { lon: number; lat: number; zoom: number } | null;
  /** Interface language, when the link names one. */
  lang?: Lang | null;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const list = (v: string | null) => (v ? v.split(',').filter(Boolean) : []);

/**
 * Reads the state from a URL hash (`#date=2024-12-01&sel=VN-13&country=CN,JP&view=105.8,21,4.5`).
 * Anything malformed is ignored (a bad link still opens the atlas).
 */
export function decodeState(hash: string): UrlState {
  const q = new URLSearchParams(hash.replace(/^#/, ''));
  const date = q.get('date');
  const view = q.get('view')?.split(',').map(Number);
  const validView =
    view && view.length === 3 && view.every(Number.isFinite) && Math.abs(view[1] as number) <= 90;
  return {
    date: date && DAY.test(date) ? date : null,
    selection: q.get('sel') || null,
    filters: {
      countries: list(q.get('country')),
      kinds: list(q.get('kind')),
      domains: list(q.get('domain')),
    },
    view: validView ? { lon: view[0] as number, lat: view[1] as number, zoom: view[2] as number } : null,
    lang: isLang(q.get('lang')) ? (q.get('lang') as Lang) : null,
  };
}

/** Writes the state as a URL hash; empty parts are left out. */
export function encodeState(s: UrlState): string {
  const q = new URLSearchParams();
  if (s.date) q.set('date', s.date);
  if (s.selection) q.set('sel', s.selection);
  const f = s.filters ?? NO_FILTERS;
  if (f.countries.length) q.set('country', f.countries.join(','));
  if (f.kinds.length) q.set('kind', f.kinds.join(','));
  if (f.domains.length) q.set('domain', f.domains.join(','));
  if (s.view) q.set('view', [s.view.lon.toFixed(3), s.view.lat.toFixed(3), s.view.zoom.toFixed(2)].join(','));
  if (s.lang) q.set('lang', s.lang);
  const text = q.toString().replace(/%2C/g, ',');
  return text ? `#${text}` : '';
}
