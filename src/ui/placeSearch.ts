import type { Translate } from './messages';

export interface SearchResult {
  id: string;
  /** The name shown, e.g. "Quảng Ninh". */
  label: string;
  /** A second line, e.g. "province · Viêt Nam" or "fait partie de Tuyên Quang". */
  detail: string;
}
export interface PlaceSearchProps {
  search(query: string): SearchResult[];
  /** Places to start from, offered while the box is focused and empty (none: nothing is shown). */
  suggest?(): SearchResult[];
  onPick(id: string): void;
  tr: Translate;
}

/** Search boxes made so far: each list's id is its own. */
let searchBoxes = 0;

/**
 * A place search box: type, then pick a result (click, or Enter for the first one). Results are
 * buttons in a list, so they are reachable with Tab and read as a list by screen readers; focused
 * and empty, it offers places to start from (`suggest`), reached with the arrows. All text is set as
 * text. `mount(el, props) → { destroy }`.
 */
export function mountPlaceSearch(el: HTMLElement, props: PlaceSearchProps) {
  const doc = el.ownerDocument;
  const root = doc.createElement('div');
  root.className = 'search';
  root.setAttribute('role', 'search');
  const input = doc.createElement('input');
  input.type = 'search';
  input.placeholder = props.tr('searchPlaceholder');
  input.setAttribute('aria-label', props.tr('searchLabel'));
  input.autocomplete = 'off';
  const results = doc.createElement('ul');
  results.className = 'results';
  results.id = `place-search-results-${++searchBoxes}`;
  results.hidden = true;
  input.setAttribute('aria-controls', results.id);
  root.append(input, results);
  el.append(root);
  let current: SearchResult[] = [];
  /** How the last press on a result was made: a touch or a pen closes the on-screen keyboard after it. */
  let pressedWith = '';
  const pick = (id: string) => {
    // The focus goes back to the box, not to the page's body with the button that held it.
    if (root.contains(doc.activeElement) && doc.activeElement !== input) input.focus({ preventScroll: true });
    props.onPick(id);
    input.value = '';
    show();
    if (pressedWith && pressedWith !== 'mouse') input.blur();
    pressedWith = '';
  };
  /** Shows the results of what is typed; with nothing typed, the places to start from (`offer`). */
  const show = (offer = false) => {
    const typed = input.value.trim() !== '';
    const suggested = !typed && offer ? (props.suggest?.() ?? []) : [];
    current = typed ? props.search(input.value) : suggested;
    results.replaceChildren();
    results.hidden = !typed && suggested.length === 0;
    // The offer is a list named by its hint (read once, as its name, not as one of its items).
    if (suggested.length) {
      results.setAttribute('aria-label', props.tr('startPlaces'));
      const li = doc.createElement('li');
      li.className = 'hint';
      li.setAttribute('aria-hidden', 'true');
      li.textContent = props.tr('startPlaces');
      results.append(li);
    } else results.removeAttribute('aria-label');
    if (!current.length && !results.hidden) {
      const li = doc.createElement('li');
      li.className = 'none';
      li.textContent = props.tr('noPlace');
      results.append(li);
    }
    for (const r of current) {
      const li = doc.createElement('li');
      const b = doc.createElement('button');
      b.type = 'button';
      b.dataset.place = r.id;
      // Offered places are reached with the arrows: Tab passes the empty box in one step, as before.
      if (!typed) b.tabIndex = -1;
      const name = doc.createElement('span');
      name.textContent = r.label;
      const detail = doc.createElement('small');
      detail.textContent = r.detail;
      b.append(name, ' ', detail);
      b.addEventListener('click', () => pick(r.id));
      li.append(b);
      results.append(li);
    }
  };
  input.addEventListener('input', () => show(true));
  // The places to start from, while the box is focused and empty; gone when the focus leaves it.
  // (Also on a click or ↓ in the box that kept the focus: after a pick, or after Escape.)
  const offer = () => {
    if (!input.value.trim() && results.hidden) show(true);
  };
  input.addEventListener('focus', offer);
  input.addEventListener('click', offer);
  root.addEventListener('focusout', (e) => {
    if (!root.contains(e.relatedTarget as Node | null) && !input.value.trim()) show();
  });
  // A press on a result keeps the focus where it is (a browser that does not focus buttons on click
  // would otherwise close the list before the click).
  results.addEventListener('pointerdown', (e) => {
    if (!(e.target as Element).closest('button')) return;
    e.preventDefault();
    pressedWith = e.pointerType;
  });
  input.addEventListener('keydown', (e) => {
    // (Enter picks the first result of what is typed, never an offered place nobody chose.)
    if (e.key === 'Enter' && current[0] && input.value.trim()) {
      e.preventDefault();
      pick(current[0].id);
    } else if (e.key === 'Escape' && (input.value || !results.hidden)) {
      e.stopPropagation();
      input.value = '';
      show();
    } else if (e.key === 'ArrowDown' && results.hidden) {
      e.preventDefault();
      offer();
    } else if (e.key === 'ArrowDown' && current.length) {
      e.preventDefault();
      results.querySelector('button')?.focus();
    }
  });
  results.addEventListener('keydown', (e) => {
    const buttons = [...results.querySelectorAll('button')];
    const i = buttons.indexOf(doc.activeElement as HTMLButtonElement);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = buttons[i + (e.key === 'ArrowDown' ? 1 : -1)];
      if (next) next.focus();
      else if (e.key === 'ArrowUp') input.focus();
    } else if (e.key === 'Escape') {
      // Closes the list, back in the box (the page's own Escape, which clears a selection, waits).
      e.stopPropagation();
      input.focus();
      input.value = '';
      show();
    }
  });
  return { destroy: () => root.remove() };
}
