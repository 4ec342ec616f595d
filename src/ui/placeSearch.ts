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
  onPick(id: string): void;
  tr: Translate;
}

/**
 * A place search box: type, then pick a result (click, or Enter for the first one). Results are
 * buttons in a list, so they are reachable with Tab and read as a list by screen readers. All text
 * is set as text. `mount(el, props) → { destroy }`.
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
  results.hidden = true;
  root.append(input, results);
  el.append(root);
  let current: SearchResult[] = [];
  const pick = (id: string) => {
    props.onPick(id);
    input.value = '';
    show();
  };
  const show = () => {
    current = input.value.trim() ? props.search(input.value) : [];
    results.replaceChildren();
    results.hidden = input.value.trim() === '';
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
  input.addEventListener('input', show);
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && current[0]) {
      e.preventDefault();
      pick(current[0].id);
    } else if (e.key === 'Escape' && input.value) {
      e.stopPropagation();
      input.value = '';
      show();
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
    }
  });
  return { destroy: () => root.remove() };
}
