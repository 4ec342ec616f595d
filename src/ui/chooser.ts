export interface Choice {
  id: string;
  label: string;
}

/**
 * A small menu at a point of the map, for a tap or click that lands on several arcs at once: each is
 * a button (reachable with Tab and arrows, read as a list), Escape or a click elsewhere closes it. All
 * text is set as text. `mount(container) → { show, hide, destroy }`.
 */
export function mountChooser(container: HTMLElement, title: string) {
  const doc = container.ownerDocument;
  const menu = doc.createElement('div');
  menu.className = 'chooser';
  menu.setAttribute('role', 'dialog');
  menu.setAttribute('aria-label', title);
  menu.hidden = true;
  const heading = doc.createElement('p');
  heading.textContent = title;
  const list = doc.createElement('ul');
  menu.append(heading, list);
  container.append(menu);
  const hide = () => {
    menu.hidden = true;
    list.replaceChildren();
  };
  menu.addEventListener('keydown', (e) => {
    const buttons = [...list.querySelectorAll('button')];
    const i = buttons.indexOf(doc.activeElement as HTMLButtonElement);
    if (e.key === 'Escape') hide();
    else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      buttons[(i + (e.key === 'ArrowDown' ? 1 : buttons.length - 1)) % buttons.length]?.focus();
    } else return;
    e.stopPropagation();
  });
  const outside = (e: Event) => {
    if (!menu.hidden && !menu.contains(e.target as Node)) hide();
  };
  doc.addEventListener('pointerdown', outside, true);
  return {
    show(choices: readonly Choice[], x: number, y: number, onPick: (id: string) => void) {
      list.replaceChildren(
        ...choices.map((c) => {
          const li = doc.createElement('li');
          const b = doc.createElement('button');
          b.type = 'button';
          b.dataset.arc = c.id;
          b.textContent = c.label;
          b.addEventListener('click', () => {
            hide();
            onPick(c.id);
          });
          li.append(b);
          return li;
        }),
      );
      menu.hidden = false;
      const left = Math.max(4, Math.min(x + 8, container.clientWidth - menu.offsetWidth - 4));
      const top = Math.max(4, Math.min(y + 8, container.clientHeight - menu.offsetHeight - 4));
      menu.style.transform = `translate(${left}px, ${top}px)`;
      list.querySelector('button')?.focus({ preventScroll: true });
    },
    hide,
    destroy() {
      doc.removeEventListener('pointerdown', outside, true);
      menu.remove();
    },
  };
}
