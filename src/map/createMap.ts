import { GlobeControl, Map as MlMap, NavigationControl, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Topology } from 'topojson-specification';
import type { Atlas } from '../core/atlas';
import type { Translate } from '../ui/messages';
import { basemapStyle, countryLabels, labelPoints } from './basemapStyle';
import { namedCountries } from '../core/draw/countryNames';
import { worldConstrain } from './framing';
import { MAP_CREDIT } from '../core/mapCredit';
import { regionsOutOfForce } from '../core/validity';
import type { MapViewOptions } from './mapViewTypes';

// MapLibre v6 does not emit its worker in a Vite build unless its URL is given (see ENVIRONMENT.md).
setWorkerUrl(workerUrl);

/**
 * The MapLibre map with the atlas's basemap style, in the reader's language: the main map (zoom and
 * globe buttons, compact attribution) or a close-up (`inset`: no controls, no gestures, it only picks).
 * Throws (GPUInitializationError) when WebGL2 is missing, for the caller's fallback.
 */
export function createMap(
  container: HTMLElement,
  atlas: Atlas,
  topo: Topology,
  opts: MapViewOptions,
  inset: boolean,
): MlMap {
  // eslint-disable-next-line prefer-const -- read by the constrain callback, which the map calls as it is made
  let made: MlMap | undefined;
  const map = new MlMap({
    container,
    transformConstrain: worldConstrain(() => made),
    style: basemapStyle(
      topo,
      labelPoints(atlas.places, opts.lang),
      opts.theme,
      // Vietnam's neighbours and every partner's country.
      countryLabels(topo, namedCountries(atlas, opts.lang)),
      opts.lang,
      new Set(atlas.places.map((p) => p.id)),
      // (Made for the state it draws first: see there.)
      opts.first && {
        ...opts.first,
        regionsGone: regionsOutOfForce(atlas.places, opts.first.day),
      },
    ),
    // (The credit in the reader's language: the atlas file's is English.)
    attributionControl: inset
      ? false
      : { compact: true, customAttribution: MAP_CREDIT[opts.lang].join(' · ') },
    fadeDuration: opts.reducedMotion ? 0 : 300,
    // A close-up's box is sized by its plan, which resizes its map then (`mountCloseUp`): MapLibre's
    // own watch resized it a second time, after the frame.
    trackResize: !inset,
    cooperativeGestures: opts.cooperativeGestures,
    locale: mapLocale(opts.tr),
    // The close-up only picks: the main map is the one to move.
    ...(inset
      ? { dragPan: false, scrollZoom: false, boxZoom: false, doubleClickZoom: false, touchZoomRotate: false }
      : {}),
    ...(inset ? { dragRotate: false, keyboard: false, touchPitch: false } : {}),
  });
  made = map;
  map.once('load', () => {
    // The full credits are in the page footer: start with the compact attribution closed.
    const attrib = container.querySelector('.maplibregl-ctrl-attrib');
    attrib?.classList.remove('maplibregl-compact-show');
    attrib?.removeAttribute('open');
  });
  if (!inset) {
    // Zoom buttons (for those who cannot pinch or scroll) and the globe view (great circles there).
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(new GlobeControl(), 'top-right');
  }
  return map;
}

/** MapLibre's own interface strings in the reader's language. */
const mapLocale = (tr: Translate): Record<string, string> => ({
  'NavigationControl.ZoomIn': tr('mlZoomIn'),
  'NavigationControl.ZoomOut': tr('mlZoomOut'),
  'GlobeControl.Enable': tr('mlGlobeOn'),
  'GlobeControl.Disable': tr('mlGlobeOff'),
  'AttributionControl.ToggleAttribution': tr('mlAttribution'),
  'Map.Title': tr('mapLabel'),
  'CooperativeGesturesHandler.WindowsHelpText': tr('mlCoopWin'),
  'CooperativeGesturesHandler.MacHelpText': tr('mlCoopMac'),
  'CooperativeGesturesHandler.MobileHelpText': tr('mlCoopMobile'),
});
