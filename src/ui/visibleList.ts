export interface VisibleItem {
  id: string;
  label: string;
}

/**
 * The partnerships visible at the current date as a list of buttons: the map's content for keyboard
 * and screen-reader users (each button selects its arc). Rebuilt only when the set changes.
 * `mount(el, props) → { update }`.
 */
export function mountVisibleList(el: HTMLElement, heading: HTMLElement, onPick: (id: string) => void) {
  const doc = el.ownerDocument;
  let shown = '';
  return {
    update(title: string, items: VisibleItem[], selected: ReadonlySet<string>) {
      heading.textContent = title;
      const key = JSON.stringify([items, [...selected]]);
      if (key === shown) return;
      shown = key;
      el.replaceChildren(
        ...items.map((it) => {
          const li = doc.createElement('li');
          const b = doc.createElement('button');
          b.type = 'button';
          b.dataset.arc = it.id;
          b.textContent = it.label;
          b.setAttribute('aria-pressed', String(selected.has(it.id)));
          b.addEventListener('click', () => onPick(it.id));
          li.append(b);
          return li;
        }),
      );
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
