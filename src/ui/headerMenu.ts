/** The `name` the header's menus share: the platform keeps one of them open at a time. */
export const HEADER_MENUS = 'header-menu';

/**
 * A menu of the page's header (a native `<details>`: the filters, "Share") behaving as menus do: one
 * open at a time (an exclusive group by `name`: opening "Share" closes the filters), closed by Escape
 * (focus back on its summary where it was inside; the page's own Escape, which clears a selection,
 * waits) and by a press outside it. The platform's `<details>` does neither: a reader's review found
 * "Share" opened on top of the filters, and Escape left the filters open. Returns what undoes it.
 */
export function headerMenu(details: HTMLDetailsElement): () => void {
  const doc = details.ownerDocument;
  details.setAttribute('name', HEADER_MENUS);
  const close = () => {
    const inside = details.contains(doc.activeElement);
    details.open = false;
    if (inside) details.querySelector('summary')?.focus();
  };
  const onKey = (e: KeyboardEvent) => {
    // (Not while a dialog it opened is up: Escape closes the dialog first, as the platform does.)
    if (e.key !== 'Escape' || !details.open || doc.querySelector('dialog[open]')) return;
    e.stopPropagation();
    close();
  };
  const onDown = (e: PointerEvent) => {
    if (details.open && !details.contains(e.target as Node)) details.open = false;
  };
  // (Capturing: before the page's own Escape, on the document too.)
  doc.addEventListener('keydown', onKey, true);
  doc.addEventListener('pointerdown', onDown, true);
  return () => {
    doc.removeEventListener('keydown', onKey, true);
    doc.removeEventListener('pointerdown', onDown, true);
  };
}
