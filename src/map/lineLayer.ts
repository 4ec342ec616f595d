import type { ExpressionSpecification, LineLayerSpecification } from 'maplibre-gl';
import { MAP_THEMES, type Theme } from '../core/draw/theme';

/**
 * An arc-coloured line layer with round caps and joins: the arcs, the flows, and the arcs drawing
 * themselves in are all drawn alike, each with its own width and opacity.
 */
export function arcLineLayer(
  id: string,
  source: string,
  theme: Theme,
  paint: { width: ExpressionSpecification; opacity: ExpressionSpecification },
): LineLayerSpecification {
  return {
    id,
    type: 'line',
    source,
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': MAP_THEMES[theme].arc, 'line-width': paint.width, 'line-opacity': paint.opacity },
  };
}
