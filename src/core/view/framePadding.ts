/** A box in CSS pixels (as `getBoundingClientRect` gives it). */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * The padding that keeps a framed area clear of what covers the map (a caption, the zoom buttons):
 * each obstacle inside the map's box pushes the frame away from the edge it hugs (the side where
 * clearing it costs least), plus `margin` on every side for labels and arc ends. When obstacles leave
 * too little room, the padding is scaled down so that at least a third of each dimension stays free.
 *
 * @example framePadding({left:0,top:0,right:1000,bottom:800}, [{left:940,top:10,right:990,bottom:110}], 40)
 *   → { top: 40, right: 100, bottom: 40, left: 40 }
 */
export function framePadding(map: Box, obstacles: readonly Box[], margin: number): Padding {
  const pad: Padding = { top: margin, right: margin, bottom: margin, left: margin };
  for (const o of obstacles) {
    const inside = o.right > map.left && o.left < map.right && o.bottom > map.top && o.top < map.bottom;
    if (!inside) continue;
    const sides: [keyof Padding, number][] = [
      ['left', o.right - map.left],
      ['right', map.right - o.left],
      ['top', o.bottom - map.top],
      ['bottom', map.bottom - o.top],
    ];
    const [side, need] = sides.reduce((a, b) => (b[1] < a[1] ? b : a));
    pad[side] = Math.max(pad[side], need + margin);
  }
  const fit = (a: keyof Padding, b: keyof Padding, size: number) => {
    const room = size / 3;
    const used = pad[a] + pad[b];
    if (size - used >= room) return;
    const k = Math.max(0, size - room) / used;
    pad[a] = Math.floor(pad[a] * k);
    pad[b] = Math.floor(pad[b] * k);
  };
  fit('left', 'right', map.right - map.left);
  fit('top', 'bottom', map.bottom - map.top);
  return pad;
}
