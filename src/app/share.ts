import type { ShareContext } from './pageContext';
import { embedSnippet } from '../core/view/embedSnippet';
import type { VisibleArc } from '../core/view/visibleArcs';
import { mountShareMenu } from '../ui/shareMenu';
import type { Boundary } from './boundary';
import { exportActions } from './exportActions';
import type { PresentationState } from './present';
import { presenter } from './presenter';
import { askedTheme } from './theme';

/** Height (CSS px) the embed snippet starts with, before the atlas reports its own. */
const SNIPPET_HEIGHT = 620;

/**
 * The full page's Share menu and what it does: the embed code, presentation mode, and the PNG, CSV and
 * GeoJSON exports of what is shown, and the video of the timeline. `?present=1` opens the presentation at once.
 */
export function mountSharing(
  o: ShareContext & {
    tools: HTMLElement;
    mapEl: HTMLElement;
    reducedMotion: boolean;
    arcs(): VisibleArc[];
    /** The current state as a URL hash. */
    hash(): string;
    /** Opens the video export's dialog. */
    exportVideo(): void;
    onPresentation(s: PresentationState | null): void;
    /** Exports that fail end here (a contained message), never as an unhandled rejection. */
    boundary: Pick<Boundary, 'settle'>;
  },
) {
  const { doc, atlas, lang, tr } = o;
  const { exportPng, exportData } = exportActions(o);
  const { present, isPresenting } = presenter(o);
  mountShareMenu(o.tools, {
    tr,
    snippet: () =>
      embedSnippet({
        site: doc.baseURI,
        lang,
        theme: askedTheme(doc),
        hash: o.hash(),
        title: atlas.publication.title[lang],
        height: SNIPPET_HEIGHT,
      }),
    present: () => o.boundary.settle(present(false)),
    exportPng: () => o.boundary.settle(exportPng()),
    exportCsv: () => o.boundary.settle(exportData('csv')),
    exportGeoJson: () => o.boundary.settle(exportData('geojson')),
    exportVideo: o.exportVideo,
  });
  return {
    present: (autoplay: boolean) => o.boundary.settle(present(autoplay)),
    isPresenting,
  };
}
