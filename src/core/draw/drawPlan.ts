import type { Atlas } from '../atlas';
import type { AtlasIndex } from '../atlasIndex';
import type { VisibleArc } from '../view/visibleArcs';
import { successorAt } from '../adminChanges';
import { flowCounts, hubCounts, nextDoor, showsFlows } from './countryFlows';

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
  flows: {
    counts: ReadonlyMap<string, number>;
    strong: ReadonlySet<string> | 'dim';
    labels: boolean;
    /** The Vietnamese hubs marked and named with their counts (`hubCounts`): the close-up's, named flows only. */
    hubs: ReadonlyMap<string, number>;
  };
  /** Whether the map draws country flows at all (its close-up is planned clear of them). */
  flowMode: boolean;
  /**
   * A place the reader selected that no arc drawn ends at (Lai Châu, with no partner): marked and named
   * all the same, strong, among the ends, every arc and flow faint (`pickedMark`); else null.
   */
  lone: string | null;
  /** The dot ringed for the place selected (`pickedMark`: a ceased unit's successor), or null. */
  ringed: string | null;
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
  /** The bounds the main map's close-up shows beside it (null: none is shown, or this is the close-up). */
  beside?: Box | null;
  /** Whether this map has a flows layer. */
  canFlow: boolean;
  /** The place the reader selected (not an arc), if any. */
  picked?: string | null;
  /** The day drawn (a place selected is marked as it stands then: `pickedMark`). */
  day?: string;
}

/** No arc nor flow has an empty id: a focus of it draws every one faint (`DrawPlan.arcFocus`, the flows' 'dim'). */
export const ALL_FAINT: ReadonlySet<string> = new Set(['']);

/**
 * Where the place the reader selected is marked (a province or a partner; a country's mark is its
 * flow's end): `ringed`, the dot ringed, and `lone`, that dot added to the ends where no arc drawn ends
 * at it. A unit that had ceased on the day is marked as what it is part of now, where its arcs are
 * drawn (Hà Giang after the merger: the new Tuyên Quang, the arcs' end; the old Tuyên Quang, no arc of
 * its own, at the new one, not as a second "Tuyên Quang" beside it; Bắc Giang at the new Bắc Ninh).
 * A place with no partnership on the day, or none the filters keep, is marked all the same: selected
 * from search, the map showed nothing of it, and a reader could not tell where it is. None for a unit
 * that does not exist yet on the day (the new Tuyên Quang in 2024).
 */
export function pickedMark(
  atlas: Atlas,
  ix: AtlasIndex,
  picked: string | null | undefined,
  o: { active: ReadonlySet<string>; selected: ReadonlySet<string>; day?: string | undefined },
): { ringed: string | null; lone: string | null } {
  const none = { ringed: null, lone: null };
  if (!picked) return none;
  const at = o.day ? successorAt(picked, o.day, atlas.adminChanges) : picked;
  const p = ix.place(at);
  if (!p || p.level === 'country' || (o.day && p.validFrom && o.day < p.validFrom)) return none;
  if (o.active.has(at)) return { ringed: at, lone: null };
  // (A selection's arcs drawn, none of them its own: an end of theirs is not the place.)
  return o.selected.size > 0 ? none : { ringed: at, lone: at };
}

const NO_FLOWS = {
  counts: new Map<string, number>(),
  strong: new Set<string>(),
  labels: false,
  hubs: new Map<string, number>(),
};

/**
 * Decides what a map draws (README, "A crowded world map draws countries, not arcs"):
 * - a map with few arcs draws them all, with their ends;
 * - a crowded map draws one flow per partner country, named with its count: the main map the
 *   countries beyond its close-up, the close-up those next door (whose flows would be stubs at world
 *   scale) and the Vietnamese hubs (`hubCounts`); a preview strengthens the flows of its arcs; a selection draws its own arcs at full
 *   strength over faint flows, on both maps.
 *
 * @example planDraw(atlas, ix, { arcs, active, selected, focus: selected, closeUp: null, canFlow: true })
 */
export function planDraw(atlas: Atlas, ix: AtlasIndex, r: DrawInput): DrawPlan {
  const weights = (xs: readonly VisibleArc[]) => new Map(xs.map((a) => [a.id, a.events.length]));
  const endsOf = (xs: readonly VisibleArc[]) => new Set(xs.flatMap((a) => [a.vn, a.partner]));
  const box = r.closeUp;
  const flowMode = r.canFlow && showsFlows(r.arcs.length);
  const { ringed, lone } = pickedMark(atlas, ix, r.picked, r);
  // (With a place selected that has no arc of its own drawn, every arc and flow faint but those a hover
  // previews, as under a selection: a lone place; a ceased unit marked at its successor, which has
  // arcs, none of them the unit's (Bắc Giang after 2025: the new Bắc Ninh's arcs stayed strong, as if
  // nothing were selected, while its panel said it had no partnership of its own); a unit not formed yet.)
  // (Not for an id the atlas does not know, a stale link's: nothing is selected then.)
  const faint = !!r.picked && !!ix.place(r.picked) && r.selected.size === 0 && r.focus.size === 0;
  /** These places, and the lone place selected. */
  const withLone = (places: ReadonlySet<string>) => (lone ? new Set([...places, lone]) : places);
  if (!flowMode)
    return {
      arcs: weights(r.arcs),
      arcFocus: faint ? ALL_FAINT : r.focus,
      ends: withLone(r.active),
      endFocus: withLone(endsOf(r.arcs.filter((a) => r.focus.has(a.id)))),
      flows: NO_FLOWS,
      flowMode,
      lone,
      ringed,
    };
  // A close-up draws the countries next door; the main map the others (all, with no close-up beside).
  const near = box ? nextDoor(atlas, box) : r.beside ? nextDoor(atlas, r.beside) : new Set<string>();
  const counts = new Map([...flowCounts(atlas, r.arcs)].filter(([cc]) => near.has(cc) === (box !== null)));
  // A selection's arcs are drawn on both maps: those of a hub leave the close-up at its edges, in
  // directions a reader can tell apart (and pick) better than in the bundle at world scale.
  const focused = r.arcs.filter((a) => r.focus.has(a.id));
  if (r.selected.size > 0) {
    const ends = endsOf(focused);
    return {
      arcs: weights(focused),
      arcFocus: r.focus,
      ends,
      endFocus: ends,
      flows: { counts, strong: 'dim', labels: false, hubs: new Map() },
      flowMode,
      lone,
      ringed,
    };
  }
  const strong = new Set(focused.flatMap((a) => ix.place(a.partner)?.country ?? []));
  return {
    arcs: new Map(),
    arcFocus: new Set(),
    ends: withLone(new Set()),
    endFocus: withLone(new Set()),
    // (The close-up of home names the hubs too: the flows say with which countries, the hubs from where.)
    flows: {
      counts,
      strong: faint ? 'dim' : strong,
      labels: true,
      hubs: box ? hubCounts(r.arcs) : new Map(),
    },
    flowMode,
    lone,
    ringed,
  };
}
