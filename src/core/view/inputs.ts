/**
 * The types of the values a reader or a host hands the page — in the URL hash, in `postMessage`
 * commands, through `window.atlas` — checked in full: a day that exists, an id of the form of place
 * and arc ids, filter values of their vocabulary. One owner, so that the URL, the host protocol and
 * the public API accept exactly the same values.
 */
import { DOMAIN_IDS, KIND_IDS } from '../vocabulary';
import type { Filters } from './visibleArcs';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * True for a calendar day written `YYYY-MM-DD` that exists (2024-02-29 does, 2023-02-29 and
 * 2024-12-32 do not). Checked on the numbers, not with `Date.parse`, which rolls 2024-02-30 over.
 *
 * @example isDay('2024-12-01') === true; isDay('2024-13-45') === false
 */
export function isDay(x: unknown): x is string {
  const m = typeof x === 'string' ? DAY.exec(x) : null;
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1 || mo < 1 || mo > 12 || d < 1) return false;
  // Day 0 of the next month is the last day of this one (UTC: no time zone moves the day).
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/**
 * One place id: an ISO code (`VN-13`, `JP`), `gn:<number>` (GeoNames), `VN25-…` (post-2025 units),
 * `ne:<code>` (Natural Earth units without an ISO code, 27 of them with `+` and `?`: `ne:MCO+00?`).
 */
const PLACE = /^[A-Za-z0-9:_+?-]{1,39}$/;

/**
 * True for a place id or an arc id (two place ids joined by one `~`, `core/arcId.ts`): at most 80
 * characters of letters, digits, `:`, `_`, `-`, `+`, `?` (the characters of the gazetteer's ids). Whether the atlas knows it is the page's business (an
 * unknown id selects nothing).
 *
 * @example isId('VN-13~CN-GX') === true; isId('<img>') === false
 */
export function isId(x: unknown): x is string {
  if (typeof x !== 'string' || x.length > 80) return false;
  const parts = x.split('~');
  return parts.length <= 2 && parts.every((p) => PLACE.test(p));
}

/** Most entries a filter list may have: every ISO 3166-1 country once (249) fits. */
export const MAX_FILTER_LIST = 250;

/** What each filter list holds, with the words an error uses for it. */
export const FILTER_VALUES: Readonly<
  Record<keyof Filters, { test: (x: unknown) => x is string; what: string }>
> = {
  countries: {
    test: (x): x is string => typeof x === 'string' && /^[A-Z]{2}$/.test(x),
    what: 'an ISO 3166-1 country code of two capital letters',
  },
  kinds: {
    test: (x): x is string => typeof x === 'string' && (KIND_IDS as readonly string[]).includes(x),
    what: `one of ${KIND_IDS.join(', ')}`,
  },
  domains: {
    test: (x): x is string => typeof x === 'string' && (DOMAIN_IDS as readonly string[]).includes(x),
    what: `one of ${DOMAIN_IDS.join(', ')}`,
  },
};
export const FILTER_KEYS = Object.keys(FILTER_VALUES) as (keyof Filters)[];

/** The shortest useful quotation of a value in an error message. */
export const quote = (v: unknown): string => {
  try {
    return JSON.stringify(v)?.slice(0, 40) ?? String(v);
  } catch {
    return Object.prototype.toString.call(v);
  }
};

/**
 * Reads one filter list strictly (a command: the first wrong entry is an error naming its index).
 * Holes of a sparse array are entries too (`undefined`), so `new Array(500)` is refused.
 *
 * @example readFilterList('kinds', ['mou']) // { ok: true, value: ['mou'] }
 * @example readFilterList('kinds', [null]) // { ok: false, error: 'filters.kinds[0] must be one of … (got null)' }
 */
export function readFilterList(
  key: keyof Filters,
  v: unknown,
): { ok: true; value: string[] } | { ok: false; error: string } {
  const name = `filters.${key}`;
  if (!Array.isArray(v)) return { ok: false, error: `${name} must be a list (got ${quote(v)})` };
  if (v.length > MAX_FILTER_LIST)
    return { ok: false, error: `${name} has ${v.length} entries (at most ${MAX_FILTER_LIST})` };
  const { test, what } = FILTER_VALUES[key];
  const out: string[] = [];
  // An index loop, not `every`: `every` skips the holes of a sparse array.
  for (let i = 0; i < v.length; i++) {
    const x: unknown = v[i];
    if (!test(x)) return { ok: false, error: `${name}[${i}] must be ${what} (got ${quote(x)})` };
    if (!out.includes(x)) out.push(x);
  }
  return { ok: true, value: out };
}
