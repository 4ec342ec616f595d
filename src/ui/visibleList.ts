export interface VisibleItem {
  id: string;
  /** Changes of this (the arc's event count, its first event) relabel the item. */
  version: string;
}

/**
 * The partnerships visible at the current date as a list of buttons: the map's content for keyboard
 * and screen-reader users (each button selects its arc). Keyed by id: a scrub step adds and removes
 * only the buttons of the arcs that changed, and labels only those. `mount(el, props) → { update }`.
 */
export function mountVisibleList(el: HTMLElement, heading: HTMLElement, onPick: (id: string) => void) {
  const doc = el.ownerDocument;
  const rows = new Map<string, { li: HTMLLIElement; button: HTMLButtonElement; version: string }>();
  return {
    update(
      title: string,
      items: VisibleItem[],
      selected: ReadonlySet<string>,
      label: (id: string) => string,
    ) {
      if (heading.textContent !== title) heading.textContent = title;
      const keep = new Set(items.map((i) => i.id));
      for (const [id, row] of rows)
        if (!keep.has(id)) {
          row.li.remove();
          rows.delete(id);
        }
      let prev: Element | null = null;
      for (const it of items) {
        let row = rows.get(it.id);
        if (!row) {
          const li = doc.createElement('li');
          const button = doc.createElement('button');
          button.type = 'button';
          button.dataset.arc = it.id;
          button.addEventListener('click', () => onPick(it.id));
          li.append(button);
          row = { li, button, version: '' };
          rows.set(it.id, row);
        }
        if (row.version !== it.version) {
          row.button.textContent = label(it.id);
          row.version = it.version;
        }
        const pressed = String(selected.has(it.id));
        if (row.button.getAttribute('aria-pressed') !== pressed)
          row.button.setAttribute('aria-pressed', pressed);
        // Move only what is out of place (a new arc, or a reordering).
        const want: ChildNode | null = prev ? prev.nextSibling : el.firstChild;
        if (want !== row.li) el.insertBefore(row.li, want);
        prev = row.li;
      }
    },
  };
}

/**
 * A polite live region that says the date and what changed, once the reader stops scrubbing (or
 * every `playEvery` ms while playing), never on every frame.
 */
export function mountAnnouncer(el: HTMLElement, quietMs = 700, playEvery = 2000) {
  let timer = 0;
  let last = 0;
  let pending: () => string = () => '';
  const say = () => {
    const text = pending();
    if (el.textContent !== text) el.textContent = text;
    last = Date.now();
  };
  return {
    /** `text` is called when the announcement is made, so it can say what changed since the last one. */
    announce(text: () => string, playing: boolean) {
      pending = text;
      clearTimeout(timer);
      if (playing && Date.now() - last >= playEvery) say();
      else timer = window.setTimeout(say, quietMs);
    },
  };
}
