/**
 * The postMessage protocol between a host page and the atlas in its iframe (README, "Driving an
 * embedded map"). It mirrors `window.atlas`: every message is an object with a `type` starting with
 * `atlas:`. Messages of other types are not ours (other scripts on the host post messages too) and are
 * ignored without a word; ours are validated field by field, and a malformed one is answered with an
 * `atlas:error` naming what is wrong.
 */

/** What a host may ask. */
export type HostCommand =
  | { type: 'atlas:setDate'; date: string }
  | { type: 'atlas:select'; id: string | null }
  | { type: 'atlas:play'; speed: number }
  | { type: 'atlas:pause' }
  | { type: 'atlas:setFilters'; filters: { countries?: string[]; kinds?: string[]; domains?: string[] } }
  | { type: 'atlas:getState' }
  /** Records the timeline as a video; answered with `atlas:videoProgress` and then `atlas:video`.
   *  The options are read with the export's code (`videoOptions.ts`), loaded when asked for. */
  | { type: 'atlas:exportVideo'; options: unknown }
  | { type: 'atlas:cancelVideo' };

export type HostMessage =
  | { kind: 'command'; command: HostCommand }
  | { kind: 'invalid'; type: string; error: string }
  /** Not an atlas message: ignored. */
  | { kind: 'ignored' };

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Ids of places and arcs: ISO codes, `gn:` numbers, `VN25-…`, joined by `~`. */
const ID = /^[A-Za-z0-9:~_-]{1,80}$/;
/** A real calendar day (2024-02-30 is not). */
const isDay = (d: string) =>
  DAY.test(d) && !Number.isNaN(Date.parse(d)) && new Date(d).toISOString().startsWith(d);
const FILTER_KEYS = ['countries', 'kinds', 'domains'] as const;

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Reads one message posted to the atlas.
 *
 * @example parseHostMessage({ type: 'atlas:setDate', date: '2024-12-01' })
 *   // → { kind: 'command', command: { type: 'atlas:setDate', date: '2024-12-01' } }
 * @example parseHostMessage({ type: 'atlas:setDate', date: 'soon' })
 *   // → { kind: 'invalid', type: 'atlas:setDate', error: 'date must be YYYY-MM-DD (got "soon")' }
 */
export function parseHostMessage(data: unknown): HostMessage {
  if (!isRecord(data) || typeof data.type !== 'string' || !data.type.startsWith('atlas:'))
    return { kind: 'ignored' };
  const type = data.type;
  const invalid = (error: string): HostMessage => ({ kind: 'invalid', type, error });
  const got = (v: unknown) => JSON.stringify(v)?.slice(0, 40) ?? String(v);
  switch (type) {
    case 'atlas:setDate': {
      const d = data.date;
      if (typeof d !== 'string' || !isDay(d)) return invalid(`date must be YYYY-MM-DD (got ${got(d)})`);
      return { kind: 'command', command: { type, date: d } };
    }
    case 'atlas:select': {
      const id = data.id;
      if (id !== null && (typeof id !== 'string' || !ID.test(id)))
        return invalid(`id must be a place or arc id, or null (got ${got(id)})`);
      return { kind: 'command', command: { type, id } };
    }
    case 'atlas:play': {
      const speed = data.speed ?? 1;
      if (typeof speed !== 'number' || !(speed > 0 && speed <= 16))
        return invalid(`speed must be a number in (0, 16] (got ${got(speed)})`);
      return { kind: 'command', command: { type, speed } };
    }
    case 'atlas:exportVideo':
      return { kind: 'command', command: { type, options: data.options ?? {} } };
    case 'atlas:pause':
    case 'atlas:cancelVideo':
    case 'atlas:getState':
      return { kind: 'command', command: { type } };
    case 'atlas:setFilters': {
      const f = data.filters;
      if (!isRecord(f)) return invalid(`filters must be an object (got ${got(f)})`);
      const out: Record<string, string[]> = {};
      for (const [k, v] of Object.entries(f)) {
        if (!(FILTER_KEYS as readonly string[]).includes(k))
          return invalid(`unknown filter ${got(k)} (expected ${FILTER_KEYS.join(', ')})`);
        if (!Array.isArray(v) || v.length > 500 || !v.every((x) => typeof x === 'string' && ID.test(x)))
          return invalid(`filters.${k} must be a list of ids (got ${got(v)})`);
        out[k] = v as string[];
      }
      return { kind: 'command', command: { type, filters: out } };
    }
    default:
      return { kind: 'ignored' };
  }
}
