import type { Atlas, AtlasEvent } from '../core/atlas';
import { successorAt } from '../core/adminChanges';
import type { VisibleArc } from '../core/visibleArcs';

const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];
const frenchDay = (d: string) =>
  `${Number(d.slice(8, 10))}${d.slice(8, 10) === '01' ? 'er' : ''} ${MONTHS[Number(d.slice(5, 7)) - 1]} ${d.slice(0, 4)}`;

/**
 * What a selection (a place id or an arc id) highlights and lists: the connected visible arcs and
 * every event on them, oldest first. A unit that has ceased is named with its successor.
 */
export function detailsFor(
  atlas: Atlas,
  arcs: VisibleArc[],
  selection: string | null,
  day: string,
): { arcs: Set<string>; panel: { title: string; subtitle: string; events: AtlasEvent[] } | null } {
  if (!selection) return { arcs: new Set(), panel: null };
  const now = successorAt(selection, day, atlas.adminChanges);
  const hit = arcs.filter(
    (a) =>
      a.id === selection ||
      a.vn === now ||
      a.partner === selection ||
      a.pairs.some((p) => p.split('~')[0] === selection),
  );
  const ids = new Set(hit.flatMap((a) => a.events));
  const events = atlas.events.filter((e) => ids.has(e.id));
  const place = (id: string) => atlas.places.find((p) => p.id === id);
  const name = (id: string) => place(id)?.names.vi ?? id;
  let title = name(selection);
  let subtitle = `${events.length} événement${events.length > 1 ? 's' : ''}`;
  if (selection.includes('~')) {
    const [vn = '', partner = ''] = selection.split('~');
    title = `${name(vn)} ↔ ${name(partner)}`;
  } else if (now !== selection) {
    const change = atlas.adminChanges.find((c) => c.from === selection);
    subtitle = `${name(selection)} — fait partie de ${name(now)} depuis le ${frenchDay(change?.date ?? day)} · ${subtitle}`;
  }
  return { arcs: new Set(hit.map((a) => a.id)), panel: { title, subtitle, events } };
}
