import { formatDay } from '../core/i18n';
import { reformDay, timelineEnd, type VisibleArc } from '../core/view/visibleArcs';
import { mountDetails } from '../ui/details';
import { mountFilters } from '../ui/filters';
import { mountPlaceSearch } from '../ui/placeSearch';
import { mountTimeline } from '../ui/timeline';
import { mountTooltip } from '../ui/tooltip';
import { mountAnnouncer, mountVisibleList } from '../ui/visibleList';
import type { PageContext } from './pageContext';
import type { Slots } from './chrome';
import { mountMapSlot } from './mapSlot';
import { selectionAt } from '../core/view/history';
import { filterOptions, searchResults, startPlaces } from './searchWords';
import { hoverText } from './selection';
import { namer } from './names';
import { knownPlaceOrArc } from '../core/view/history';
import { currentTheme, onThemeChange } from './theme';
import { mapScaleOf } from './pageScale';

/**
 * Mounts the page's widgets in their slots, each wired to the store: the map (with its hover
 * tooltip), the place search and filters (full page only), the timeline, the details panel, the list
 * of visible partnerships and the announcer. Returns them for the renderer.
 */
export function mountWidgets(
  o: PageContext & {
    slots: Slots;
    player: { play(speed: number): void; pause(): void };
    /** The arcs shown now (for the hover tooltip). */
    arcs(): VisibleArc[];
  },
) {
  const { doc, slots, atlas, lang, tr, store } = o;
  const { guard } = o.boundary;
  const select = (id: string | null) => store.set({ selection: id });
  const tooltip = mountTooltip(slots.map);
  let previewing: string | null = null;
  const slot = mountMapSlot(slots.map, {
    atlas,
    basemap: o.basemap,
    lang,
    tr,
    reducedMotion: o.reducedMotion,
    theme: currentTheme(doc),
    scale: mapScaleOf(doc),
    cooperativeGestures: o.embed,
    // A region the atlas has no name for (a province of a country without partners) is not a
    // selection: a click there clears it, as a click on the sea does.
    onPick: (id) => select(id && knownPlaceOrArc(atlas, id) ? id : null),
    onHover: (id, x, y) => {
      const text = id && hoverText(atlas, o.arcs(), id, store.get().day, lang, tr);
      if (text) tooltip.show(text, x, y);
      else tooltip.hide();
      // A place or an arc under the pointer previews its links, as selecting it would show them.
      if (id === previewing) return;
      previewing = id;
      const links = id ? selectionAt(atlas, o.arcs(), id)?.arcs : null;
      slot.view()?.preview(links?.size ? links : null);
    },
    // (The chooser's arcs as their tooltips say them: by the units that signed.)
    arcLabel: (id) => {
      const arc = o.arcs().find((a) => a.id === id);
      return arc ? namer(atlas, lang, tr).arc(arc, store.get().day) : null;
    },
    onStatus: (map) => store.set({ map }),
    boundary: o.boundary,
  });
  onThemeChange(
    doc,
    guard((theme) => slot.setTheme(theme)),
  );
  // The map's type follows the page's (larger on a wall screen); a presentation sets its own.
  doc.defaultView?.addEventListener(
    'resize',
    guard(() => {
      if (!doc.documentElement.classList.contains('presenting')) slot.setScale(mapScaleOf(doc));
    }),
  );
  // Embedded: compact chrome; search and filters are on the full map (the host may still filter).
  if (!o.embed)
    mountPlaceSearch(slots.tools, {
      search: (q) => searchResults(atlas, q, lang, tr, o.arcs()),
      suggest: () => startPlaces(atlas, lang, tr, o.arcs()),
      tr,
      onPick: select,
    });
  const filters = o.embed
    ? null
    : mountFilters(slots.tools, {
        ...filterOptions(atlas, lang),
        tr,
        filters: store.get().filters,
        onChange: (f) => store.set({ filters: f }),
      });
  const timeline = mountTimeline(slots.timeline, {
    start: atlas.dateRange.start,
    end: timelineEnd(atlas),
    events: atlas.events.map((e) => ({ day: e.start, precision: e.precision })),
    day: store.get().day,
    playing: false,
    onDay: (day) => store.set({ day, playing: false }),
    onPlay: (speed) => o.player.play(speed),
    onPause: () => o.player.pause(),
    tr,
    formatDay: (d) => formatDay(lang, d),
    lang,
    reformDay: reformDay(atlas.adminChanges),
  });
  return {
    slot,
    filters,
    timeline,
    details: mountDetails(slots.stage, lang, tr),
    visibleList: mountVisibleList(slots.visible, slots.visibleTitle, select),
    announcer: mountAnnouncer(slots.announcer),
  };
}
