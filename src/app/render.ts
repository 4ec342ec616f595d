import type { Atlas } from '../core/atlas';
import { formatDay, type Lang } from '../core/i18n';
import {
  filterCount,
  geographyAt,
  passes,
  timelineEnd,
  visibleArcs,
  type VisibleArc,
} from '../core/view/visibleArcs';
import { selectionAt } from '../core/view/history';
import type { mountDetails } from '../ui/details';
import type { mountFilters } from '../ui/filters';
import type { Translate } from '../ui/messages';
import type { mountTimeline } from '../ui/timeline';
import type { mountAnnouncer, mountVisibleList } from '../ui/visibleList';
import type { MapSlot } from './mapSlot';
import { countsOf } from '../core/view/counts';
import { parseArcId } from '../core/arcId';
import { showsFlows } from '../core/draw/countryFlows';
import { countWords, statusLine } from './countWords';
import { arcText, detailsFor } from './selection';
import type { AppState, Store } from './store';

type Widget<F extends (...a: never[]) => unknown> = ReturnType<F>;

/** What the page shows for a state: the derived view, before any widget draws it. */
export interface View {
  arcs: VisibleArc[];
  selection: ReturnType<typeof detailsFor>;
}

/**
 * Draws a state everywhere it shows: the map, the details panel, the timeline, the filters, the
 * status line, the list of visible partnerships and the polite announcement. Everything is derived
 * from the state (the geography too); nothing here changes the state.
 */
export function createRenderer(o: {
  atlas: Atlas;
  lang: Lang;
  tr: Translate;
  store: Store;
  slot: MapSlot;
  status: HTMLElement;
  /** True once the boundary shows a failure in the status line. */
  failed(): boolean;
  picture: Element | null;
  /** Says in the legend whether the map draws country flows or arcs. */
  legend(flows: boolean): void;
  details: Widget<typeof mountDetails>;
  timeline: Widget<typeof mountTimeline>;
  filters: Widget<typeof mountFilters> | null;
  visibleList: Widget<typeof mountVisibleList>;
  announcer: Widget<typeof mountAnnouncer>;
  /** A new selection was drawn: frame its arcs (none: the opening view). */
  onSelect(arcs: ReadonlySet<string>): void;
}) {
  const { atlas, lang, tr } = o;
  /** What the page shows for `s`. */
  const derive = (s: AppState): View => {
    const arcs = visibleArcs(atlas, s.day, s.filters);
    return { arcs, selection: detailsFor(atlas, arcs, s.selection, s.day, lang, tr) };
  };
  /**
   * The view drawn last; before the first drawing, the store's (the page's start draws it a task
   * after mounting the widgets, whose search reads the arcs: src/app/start.ts).
   */
  let view: View | null = null;
  let announced: Set<string> | null = null;
  let day = '';
  /** The selection (and filters) whose events the timeline marks now. */
  let highlighted = '';
  const label = (a: VisibleArc) => arcText(atlas, a, day, lang, tr);

  const render = (s: AppState, prev?: AppState) => {
    const geography = geographyAt(s.day, atlas.adminChanges);
    day = s.day;
    view = derive(s);
    const { arcs, selection: sel } = view;
    o.slot.render({
      arcs,
      geography,
      day: s.day,
      selected: sel.arcs,
      active: new Set(arcs.flatMap((a) => [a.vn, a.partner])),
      // (A place selected is ringed; an arc's ends are its own strong line's.)
      picked: s.selection && !parseArcId(s.selection) ? s.selection : null,
    });
    // A selection draws its own arcs at full strength (over faint flows): the key is the arcs'.
    o.legend(showsFlows(arcs.length) && sel.arcs.size === 0);
    o.details.update(
      sel.panel
        ? {
            ...sel.panel,
            onClose: () => o.store.set({ selection: null }),
            onPick: (id) => o.store.set({ selection: id }),
          }
        : null,
    );
    if (prev && s.selection !== prev.selection) o.onSelect(sel.arcs);
    // The selection's events over the whole timeline (as it lists them at its end), strong in the
    // histogram: when its links began among all of them. With no selection, the events the filters
    // let through: with Japan's alone on the map, the bars of every country read as Japan's "since
    // when" (a reader's review).
    const filtered = filterCount(s.filters) > 0;
    const marked = s.selection || filtered ? `${s.selection ?? ''}|${JSON.stringify(s.filters)}` : '';
    if (marked !== highlighted) {
      highlighted = marked;
      const end = timelineEnd(atlas);
      const all = s.selection ? selectionAt(atlas, visibleArcs(atlas, end, s.filters), s.selection) : null;
      const days = all
        ? all.events.map((e) => e.start)
        : filtered
          ? atlas.events.filter((e) => passes(e, s.filters)).map((e) => e.start)
          : null;
      o.timeline.update({ highlight: days ? days.map((day) => ({ day })) : null });
    }
    o.timeline.update({ day: s.day, playing: s.playing });
    o.filters?.update(s.filters);
    const shownDay = formatDay(lang, s.day);
    const counts = countWords(countsOf(atlas, arcs), tr);
    if (!o.failed()) o.status.textContent = statusLine(atlas, arcs, s.day, lang, tr, counts);
    // The picture's text matters while it is shown (before the map, or instead of it).
    if (s.map !== 'interactive') o.picture?.setAttribute('alt', tr('pictureAlt', { counts, date: shownDay }));
    // Built only when an item needs a label (a scrub step relabels few or none of 2,000 arcs).
    let byId: Map<string, VisibleArc> | null = null;
    o.visibleList.update(
      tr('visibleTitle', { date: shownDay }),
      arcs.map((a) => ({ id: a.id, version: `${a.events.length}:${a.events[0] ?? ''}` })),
      sel.arcs,
      (id) => {
        const a = (byId ??= new Map(arcs.map((x) => [x.id, x]))).get(id);
        return a ? label(a) : id;
      },
    );
    announce(arcs, s);
  };
  // Say the date and the arcs that appeared since the last announcement (not on every frame).
  const announce = (now: VisibleArc[], s: AppState) => {
    if (!announced) {
      announced = new Set(now.map((a) => a.id));
      return;
    }
    o.announcer.announce(() => {
      const added = now.filter((a) => !announced?.has(a.id));
      announced = new Set(now.map((a) => a.id));
      return [
        tr('announce', { date: formatDay(lang, s.day), n: countsOf(atlas, now).events }),
        ...(added.length ? [tr('announceNew', { list: added.map(label).join(' ; ') })] : []),
      ].join(' ');
    }, s.playing);
  };
  return { render, view: () => (view ??= derive(o.store.get())) };
}
