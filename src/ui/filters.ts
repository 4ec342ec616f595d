import { headerMenu } from './headerMenu';
import { filterCount, type Filters } from '../core/view/visibleArcs';
import type { Translate } from './messages';

export interface FilterOption {
  id: string;
  label: string;
}
export interface FiltersProps {
  countries: FilterOption[];
  kinds: FilterOption[];
  domains: FilterOption[];
  filters: Filters;
  onChange(f: Filters): void;
  tr: Translate;
}

const GROUPS = [
  ['countries', 'filterCountry'],
  ['kinds', 'filterKind'],
  ['domains', 'filterDomain'],
] as const;

/**
 * Filters by partner country, kind and domain: a disclosure (native `<details>`) holding one group of
 * checkboxes each; nothing ticked in a group means "all". The summary says how many are active.
 * `mount(el, props) → { update, destroy }`.
 */
export function mountFilters(el: HTMLElement, props: FiltersProps) {
  const doc = el.ownerDocument;
  const root = doc.createElement('details');
  root.className = 'filters';
  const summary = doc.createElement('summary');
  const panel = doc.createElement('div');
  panel.className = 'filters-panel';
  root.append(summary, panel);
  const boxes = new Map<string, HTMLInputElement>();
  for (const [key, legendText] of GROUPS) {
    const fs = doc.createElement('fieldset');
    const legend = doc.createElement('legend');
    legend.textContent = props.tr(legendText);
    fs.append(legend);
    for (const o of props[key]) {
      const label = doc.createElement('label');
      const box = doc.createElement('input');
      box.type = 'checkbox';
      box.value = o.id;
      box.dataset.group = key;
      box.addEventListener('change', () => props.onChange(read()));
      boxes.set(`${key}:${o.id}`, box);
      label.append(box, ` ${o.label}`);
      fs.append(label);
    }
    panel.append(fs);
  }
  const clear = doc.createElement('button');
  clear.type = 'button';
  clear.className = 'clear';
  clear.textContent = props.tr('showAll');
  clear.addEventListener('click', () => props.onChange({ countries: [], kinds: [], domains: [] }));
  panel.append(clear);
  el.append(root);
  const unmenu = headerMenu(root);

  const read = (): Filters => {
    const f: Filters = { countries: [], kinds: [], domains: [] };
    for (const box of boxes.values()) if (box.checked) f[box.dataset.group as keyof Filters].push(box.value);
    return f;
  };
  const update = (f: Filters) => {
    for (const [key] of GROUPS)
      for (const o of props[key]) {
        const box = boxes.get(`${key}:${o.id}`);
        if (box) box.checked = f[key].includes(o.id);
      }
    const n = filterCount(f);
    summary.textContent = n ? props.tr('filtersOn', { n }) : props.tr('filters');
    clear.disabled = n === 0;
  };
  update(props.filters);
  return {
    update,
    destroy: () => {
      unmenu();
      root.remove();
    },
  };
}
