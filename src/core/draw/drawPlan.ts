import type { Atlas } from '../atlas';
import type { AtlasIndex } from '../atlasIndex';
import type { ArcEnds } from '../view/possibleArcs';
import type { VisibleArc } from '../view/visibleArcs';
import { flowCounts, showsFlows } from './countryFlows';

/** West, south, east, north in degrees. */
type Box = readonly [number, number, number, number];

/** What a map draws for a state: which arcs, ends and country flows, and which of them strong. */
export interface DrawPlan {
  /** Arcs drawn, with their weight (events on the pair). */
  arcs: ReadonlyMap<string, number>;
  /** Arcs drawn strong (a selection or a preview); the others faint when there are any. */
  arcFocus: ReadonlySet<string>;
  /** Places marked at the ends, and those marked strong. */
  ends: ReadonlySet<string>;
  endFocus: ReadonlySet<string>;
  /**
   * The country flows: their partnership counts, the countries drawn strong ('dim': all faint, under a
   * selection) and whether they are named; empty counts draw none.
   */
  flows: { counts: ReadonlyMap<string, number>; strong: ReadonlySet<string> | 'dim'; labels: boolean };
  /** Whether the map draws country flows at all (its close-up is planned clear of them). */
  flowMode: boolean;
}

export interface DrawInput {
  /** The arcs visible on the day. */
  arcs: readonly VisibleArc[];
  /** Places at either end of a visible arc. */
  active: ReadonlySet<string>;
  /** The selection's arcs (empty: none). */
  selected: ReadonlySet<string>;
  /** The arcs drawn strong: the selection, or a preview under the pointer. */
  focus: ReadonlySet<string>;
  /** The bounds a close-up frames, or null for the main map. */
  closeUp: Box | null;
  /** Whether this map has a flows layer (the main map; not a video frame's close-up). */
  canFlow: boolean;
}

const NO_FLOWS = { counts: new Map<string, number>(), strong: new Set<string>(), labels: false };

/**
 * Decides what a map draws (README, "A crowded world map draws countries, not arcs"):
 * - a map with few arcs draws them all, with their ends;
 * - a crowded main map draws one flow per partner country, named with its count; a preview strengthens
 *   the flows of its arcs; a selection draws its own arcs at full strength over faint flows;
 * - the close-up of a crowded map draws the arcs next door (both ends inside it) and those in focus.
 *
 * @example planDraw(atlas, ix, ends, { arcs, active, selected, focus: selected, closeUp: null, canFlow: true })
 */
export function planDraw(
  atlas: Atlas,
  ix: AtlasIndex,
  arcEnds: ReadonlyMap<string, ArcEnds>,
  r: DrawInput,
): DrawPlan {
  const weights = (xs: readonly VisibleArc[]) => new Map(xs.map((a) => [a.id, a.events.length]));
  const endsOf = (xs: readonly VisibleArc[]) => new Set(xs.flatMap((a) => [a.vn, a.partner]));
  const focused = r.arcs.filter((a) => r.focus.has(a.id));
  const box = r.closeUp;
  if (box && showsFlows(r.arcs.length, false)) {
    const inside = ([lon, lat]: readonly number[]) =>
      lon! >= box[0] && lon! <= box[2] && lat! >= box[1] && lat! <= box[3];
    const next = (a: VisibleArc) => {
      const e = arcEnds.get(a.id);
      return !!e && inside(e.from) && inside(e.to);
    };
    const shown = r.arcs.filter((a) => r.focus.has(a.id) || next(a));
    const ends = endsOf(shown);
    return {
      arcs: weights(shown),
      arcFocus: r.focus,
      ends,
      endFocus: endsOf(focused),
      flows: NO_FLOWS,
      flowMode: false,
    };
  }
  const flowMode = r.canFlow && showsFlows(r.arcs.length, box !== null);
  if (!flowMode)
    return {
      arcs: weights(r.arcs),
      arcFocus: r.focus,
      ends: r.active,
      endFocus: endsOf(focused),
      flows: NO_FLOWS,
      flowMode,
    };
  const counts = flowCounts(atlas, r.arcs);
  if (r.selected.size > 0) {
    const ends = endsOf(focused);
    return {
      arcs: weights(focused),
      arcFocus: r.focus,
      ends,
      endFocus: ends,
      flows: { counts, strong: 'dim', labels: false },
      flowMode,
    };
  }
  const strong = new Set(focused.flatMap((a) => ix.place(a.partner)?.country ?? []));
  return {
    arcs: new Map(),
    arcFocus: new Set(),
    ends: new Set(),
    endFocus: new Set(),
    flows: { counts, strong, labels: true },
    flowMode,
  };
}
