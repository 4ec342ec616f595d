import { isLang, type Lang } from '../i18n';
import { FILTER_KEYS, FILTER_VALUES, isDay, isId, MAX_FILTER_LIST } from './inputs';
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

/** URL parameter of each filter list. */
const PARAM: Record<keyof Filters, string> = { countries: 'country', kinds: 'kind', domains: 'domain' };

/** A filter list from the URL: entries of the wrong type dropped, duplicates too; oversize, ignored. */
function list(key: keyof Filters, v: string | null): string[] {
  const kept = [...new Set((v ?? '').split(',').filter(FILTER_VALUES[key].test))];
  return kept.length > MAX_FILTER_LIST ? [] : kept;
}

/** Centre and zoom a map can show; a longitude past ±180° is the same meridian, wrapped. */
function readView(v: string | null): UrlState['view'] {
  const n = v?.split(',').map((x) => (x.trim() === '' ? NaN : Number(x)));
  if (!n || n.length !== 3 || !n.every(Number.isFinite)) return null;
  const [lon, lat, zoom] = n as [number, number, number];
  if (Math.abs(lat) > 90 || zoom < 0 || zoom > 24) return null;
  return { lon: Math.abs(lon) <= 180 ? lon : ((((lon + 180) % 360) + 360) % 360) - 180, lat, zoom };
}

/**
 * Reads the state from a URL hash (`#date=2024-12-01&sel=VN-13&country=CN,JP&view=105.8,21,4.5`).
 * Every value is read to its full type (`inputs.ts`): a day that exists, an id of the form of place
 * and arc ids, filter values of their vocabulary, a view a map can show, a known language. Anything
 * else is ignored (a bad link still opens the atlas, at what it could read).
 */
export function decodeState(hash: string): UrlState {
  const q = new URLSearchParams(hash.replace(/^#/, ''));
  const date = q.get('date');
  const sel = q.get('sel');
  const lang = q.get('lang');
  const filters: Filters = { ...NO_FILTERS };
  for (const k of FILTER_KEYS) filters[k] = list(k, q.get(PARAM[k]));
  return {
    date: isDay(date) ? date : null,
    selection: isId(sel) ? sel : null,
    filters,
    view: readView(q.get('view')),
    lang: isLang(lang) ? lang : null,
  };
}

/** Writes the state as a URL hash; empty parts are left out. */
export function encodeState(s: UrlState): string {
  const q = new URLSearchParams();
  if (s.date) q.set('date', s.date);
  if (s.selection) q.set('sel', s.selection);
  const f = s.filters ?? NO_FILTERS;
  for (const k of FILTER_KEYS) if (f[k].length) q.set(PARAM[k], f[k].join(','));
  if (s.view) q.set('view', [s.view.lon.toFixed(3), s.view.lat.toFixed(3), s.view.zoom.toFixed(2)].join(','));
  if (s.lang) q.set('lang', s.lang);
  const text = q.toString().replace(/%2C/g, ',');
  return text ? `#${text}` : '';
}
