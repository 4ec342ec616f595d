import { chooserLabel } from '../core/arcId';
import type { Atlas } from '../core/atlas';
import { indexOf } from '../core/atlasIndex';
import { distanceToLine, pickNearest, type Px } from '../core/draw/nearest';
import type { ScreenArcs } from '../core/draw/pickable';
import type { Lang } from '../core/i18n';
import { mountChooser, type Choice } from '../ui/chooser';
import type { Translate } from '../ui/messages';

/**
 * Pointer and touch on the map's picture where there is no map (no WebGL): a click or tap picks the
 * line nearest it, an arc or a country's flow, within the live map's radius (`pickNearest`), among
 * those of the close-up where it lands in the close-up, else of the main frame; where several are about
 * as near, the live map's chooser lists them; elsewhere it clears the selection, as on the map. A
 * pointer that can hover gets the hand and the tooltip over a line. Places' dots are not picked here
 * (search and the list of links select them). Returns the function that detaches it.
 */
export function attachPicturePointer(
  el: HTMLElement,
  o: {
    /** The lines the picture shows now (`FirstPicture.lines`). */
    lines(): Promise<ScreenArcs | null>;
    atlas: Atlas;
    lang: Lang;
    tr: Translate;
    /** An arc as its tooltip says it, by the units that signed (else by its ends: `chooserLabel`). */
    arcLabel?(id: string): string | null;
    onPick(id: string | null): void;
    onHover?(id: string | null, x: number, y: number): void;
    /** Where a failure goes (the page's boundary): the lines' chunk not loaded, a bug. */
    fail(e: unknown): void;
  },
): () => void {
  const chooser = mountChooser(el, o.tr('chooseArc'));
  const ix = indexOf(o.atlas);
  const name = (id: string) => ix.place(id)?.names[o.lang] ?? '';
  const label = (id: string) => chooserLabel(id, name, (arc) => o.arcLabel?.(arc) ?? null);
  const pointAt = (e: MouseEvent): Px => {
    const r = el.getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top];
  };
  const pickAt = async (p: Px) => {
    const s = await o.lines();
    if (!s) return { kind: 'none' as const };
    const c = s.closeUp;
    const inClose = !!c && p[0] >= c.left && p[0] <= c.right && p[1] >= c.top && p[1] <= c.bottom;
    const where = inClose ? 'closeUp' : 'map';
    // (A line seen in several runs, cut by the close-up: its run nearest the point, so that the
    // chooser lists it once.)
    const nearest = new Map<string, { id: string; line: readonly Px[]; d: number }>();
    for (const a of s.arcs) {
      if (a.where !== where) continue;
      const d = distanceToLine(p, a.points);
      const known = nearest.get(a.id);
      if (!known || d < known.d) nearest.set(a.id, { id: a.id, line: a.points, d });
    }
    return pickNearest(p, [...nearest.values()]);
  };
  // (Not a click on the chooser, or on anything else the map's box holds over the picture.)
  const onPicture = (e: Event) => e.target instanceof HTMLImageElement;
  const onClick = (e: MouseEvent) => {
    if (!onPicture(e)) return;
    o.onHover?.(null, 0, 0);
    const p = pointAt(e);
    pickAt(p)
      .then((pick) => {
        if (pick.kind === 'several') {
          const choices: Choice[] = pick.ids.map((id) => ({ id, label: label(id) }));
          chooser.show(choices, p[0], p[1], (id) => o.onPick(id));
        } else {
          chooser.hide();
          o.onPick(pick.kind === 'one' ? pick.id : null);
        }
      })
      .catch(o.fail);
  };
  let last = '';
  /** Whether the pointer is over the map's box (a hover worked out after it left is dropped). */
  let over = false;
  const onMove = (e: MouseEvent) => {
    over = true;
    if (!onPicture(e)) return;
    const p = pointAt(e);
    pickAt(p)
      .then((pick) => {
        if (!over) return;
        const id = pick.kind === 'one' ? pick.id : pick.kind === 'several' ? pick.nearest : null;
        el.style.cursor = id ? 'pointer' : '';
        if (id !== last || id) o.onHover?.(id, p[0], p[1]);
        last = id ?? '';
      })
      .catch(o.fail);
  };
  const onOut = () => {
    over = false;
    last = '';
    el.style.cursor = '';
    o.onHover?.(null, 0, 0);
  };
  const canHover = el.ownerDocument.defaultView?.matchMedia('(hover: hover)').matches;
  el.addEventListener('click', onClick);
  if (o.onHover && canHover) {
    el.addEventListener('mousemove', onMove);
    el.addEventListener('mouseleave', onOut);
  }
  return () => {
    el.removeEventListener('click', onClick);
    el.removeEventListener('mousemove', onMove);
    el.removeEventListener('mouseleave', onOut);
    chooser.destroy();
  };
}
