/**
 * A hover tooltip over the map: plain text, positioned next to the pointer, kept inside the
 * container, never catching the pointer itself. `mount(container) → { show, hide }`.
 */
export function mountTooltip(container: HTMLElement) {
  const doc = container.ownerDocument;
  const tip = doc.createElement('div');
  tip.className = 'tooltip';
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  container.append(tip);
  return {
    show(text: string, x: number, y: number) {
      tip.textContent = text;
      tip.hidden = false;
      const w = tip.offsetWidth;
      const h = tip.offsetHeight;
      const left = Math.min(x + 14, container.clientWidth - w - 4);
      const top = y + 16 + h > container.clientHeight ? y - h - 10 : y + 16;
      tip.style.transform = `translate(${Math.max(4, left)}px, ${Math.max(4, top)}px)`;
    },
    hide() {
      tip.hidden = true;
    },
  };
}
