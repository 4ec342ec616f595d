/**
 * The postMessage protocol between a host page and the atlas in its iframe (README, "Driving an
 * embedded map"). It mirrors `window.atlas`: every message is an object with a `type` starting with
 * `atlas:`. Messages of other types are not ours (other scripts on the host post messages too) and are
 * ignored without a word; ours are validated field by field, and a malformed one is answered with an
 * `atlas:error` naming what is wrong.
 */

import { FILTER_KEYS, isDay, isId, quote, readFilterList } from './inputs';
import type { Filters } from './visibleArcs';

/** What a host may ask. */
export type HostCommand =
  | { type: 'atlas:setDate'; date: string }
  | { type: 'atlas:select'; id: string | null }
  | { type: 'atlas:play'; speed: number }
  | { type: 'atlas:pause' }
  | { type: 'atlas:setFilters'; filters: Partial<Filters> }
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

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Reads one message posted to the atlas.
 *
 * @example parseHostMessage({ type: 'atlas:setDate', date: '2024-12-01' })
 *   // → { kind: 'command', command: { type: 'atlas:setDate', date: '2024-12-01' } }
 * @example parseHostMessage({ type: 'atlas:setDate', date: 'soon' })
 *   // → { kind: 'invalid', type: 'atlas:setDate', error: 'date must be a day that exists, YYYY-MM-DD (got "soon")' }
 */
export function parseHostMessage(data: unknown): HostMessage {
  if (!isRecord(data) || typeof data.type !== 'string' || !data.type.startsWith('atlas:'))
    return { kind: 'ignored' };
  const type = data.type;
  const invalid = (error: string): HostMessage => ({ kind: 'invalid', type, error });
  const got = quote;
  switch (type) {
    case 'atlas:setDate': {
      const d = data.date;
      if (!isDay(d)) return invalid(`date must be a day that exists, YYYY-MM-DD (got ${got(d)})`);
      return { kind: 'command', command: { type, date: d } };
    }
    case 'atlas:select': {
      const id = data.id;
      if (id !== null && !isId(id)) return invalid(`id must be a place or arc id, or null (got ${got(id)})`);
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
      const out: Partial<Filters> = {};
      for (const [k, v] of Object.entries(f)) {
        const key = FILTER_KEYS.find((x) => x === k);
        if (!key) return invalid(`unknown filter ${got(k)} (expected ${FILTER_KEYS.join(', ')})`);
        const r = readFilterList(key, v);
        if (!r.ok) return invalid(r.error);
        out[key] = r.value;
      }
      return { kind: 'command', command: { type, filters: out } };
    }
    default:
      return { kind: 'ignored' };
  }
}
