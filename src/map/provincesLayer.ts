import type { Map as MlMap } from 'maplibre-gl';
import type { Geography } from '../core/view/visibleArcs';
import type { AtlasPlace } from '../core/atlas';
import { regionsOutOfForce } from '../core/validity';
import { PLACE_SHAPES, provinceLabelFilter, regionsFilter, SHAPES } from './basemapStyle';

/** What the provinces layer shows for a state. */
export interface ProvincesState {
  geography: Geography;
  day: string;
  /** Places at either end of a visible arc (highlighted). */
  active: ReadonlySet<string>;
}

export interface ProvincesLayer {
  /** Shows the units in force on the day, their names, and the active ones highlighted. */
  show(s: ProvincesState): void;
  /** After a restored WebGL context: filters and feature-state are gone, so the next show sets all. */
  reset(): void;
  /** Clears what this layer set (the units' shapes and names belong to the basemap style). */
  destroy(): void;
}

/**
 * Vietnam's units as they were on the day: the 63 provinces before 1 July 2025, the 34 after, named
 * and highlighted where a visible arc ends. Also the partner regions' highlight (their fill and every
 * outline drawn from the places' own shapes, `PLACE_SHAPES`).
 * Owns only its filters, visibilities and feature-state; the style (basemapStyle.ts) owns the layers.
 */
export function addProvincesLayer(
  map: MlMap,
  /**
   * The atlas's places: each partner region is drawn only on the days it existed (`regionsOutOfForce`).
   */
  places: readonly AtlasPlace[] = [],
): ProvincesLayer {
  let active = new Set<string>();
  let labelsFor: Geography | null = null;
  let regionsFor: string | null = null;
  // (Those with dates, once: the filter below runs with every state shown, each frame while playing.)
  const dated = places.filter((p) => p.validFrom !== undefined || p.validTo !== undefined);
  // (Units unchanged in 2025, VN-13…, are drawn in both eras under one id: one state for both.) The
  // units' fills are the basemap's; the highlight's fill and outlines draw the places' own shapes.
  const setActive = (id: string, on: boolean) => {
    for (const source of [SHAPES, PLACE_SHAPES]) map.setFeatureState({ source, id }, { active: on });
  };
  return {
    show(s) {
      // Province labels follow the geography; the filter changes only when the geography does.
      if (s.geography !== labelsFor) {
        map.setFilter('province-labels', provinceLabelFilter(s.day));
        labelsFor = s.geography;
      }
      // Partner regions out of force on the day are not drawn; the filter changes when that set does.
      const gone = regionsOutOfForce(dated, s.day);
      if (gone.join() !== regionsFor) {
        for (const kind of ['fill', 'line', 'highlight', 'active'])
          map.setFilter(`regions-${kind}`, regionsFilter(gone));
        regionsFor = gone.join();
      }
      const visibility = (g: Geography) => (s.geography === g ? 'visible' : 'none');
      for (const g of ['vn63', 'vn34'] as const)
        for (const kind of ['fill', 'line', 'active'])
          // (None where the style leaves it to MapLibre's default, visible: setting that again would lay
          // the whole basemap out again.)
          if ((map.getLayoutProperty(`${g}-${kind}`, 'visibility') ?? 'visible') !== visibility(g))
            map.setLayoutProperty(`${g}-${kind}`, 'visibility', visibility(g));
      for (const id of active) if (!s.active.has(id)) setActive(id, false);
      for (const id of s.active) if (!active.has(id)) setActive(id, true);
      active = new Set(s.active);
    },
    reset() {
      active = new Set();
      labelsFor = null;
      regionsFor = null;
    },
    destroy() {
      if (map.style) for (const id of active) setActive(id, false);
      active = new Set();
    },
  };
}
