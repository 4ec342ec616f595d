/** The `name` the header's menus share: the platform keeps one of them open at a time. */
const HEADER_MENUS = 'header-menu';

/**
 * A menu of the page's header (a native `<details>`: the filters, "Share") behaving as menus do: one
 * open at a time (an exclusive group by `name`: opening "Share" closes the filters), closed by Escape
 * where the reader is in it or nowhere (focus back on its summary where it was inside; the page's own
 * Escape, which clears a selection, waits), by a press outside it and by tabbing out of it. The
 * platform's `<details>` does neither: a reader's review found "Share" opened on top of the filters,
 * and Escape left the filters open. Returns what undoes it.
 *
 * @example const undo = headerMenu(doc.querySelector('details.filters')!); // … undo() when unmounted
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
    // Where the reader is in it, or nowhere (the page's body): Escape in the place search is the
    // search's. (Not while a dialog is up: Escape closes the dialog first, as the platform does.)
    const focus = doc.activeElement;
    const here = !focus || focus === doc.body || details.contains(focus);
    if (e.key !== 'Escape' || !details.open || !here || doc.querySelector('dialog[open]')) return;
    e.stopPropagation();
    close();
  };
  const onDown = (e: PointerEvent) => {
    if (details.open && !details.contains(e.target as Node)) details.open = false;
  };
  // Tabbing out of it closes it too, as a press outside does.
  const onFocusOut = (e: FocusEvent) => {
    const to = e.relatedTarget as Node | null;
    if (details.open && to && !details.contains(to)) details.open = false;
  };
  // (Capturing: before the page's own Escape, on the document too.)
  doc.addEventListener('keydown', onKey, true);
  doc.addEventListener('pointerdown', onDown, true);
  details.addEventListener('focusout', onFocusOut);
  return () => {
    doc.removeEventListener('keydown', onKey, true);
    doc.removeEventListener('pointerdown', onDown, true);
    details.removeEventListener('focusout', onFocusOut);
  };
}
