/**
 * A 2D canvas context's calls, without a canvas (tests of what the exports draw): each character
 * `charWidth` px wide (6: about 12-px text), every `fillText` recorded with where it starts and ends
 * (narrowed to its `maxWidth`, as a canvas draws it) and its fill; shapes are drawn nowhere. Its
 * document has no styles: `cssColors` reads black.
 */
export function textRecorder(charWidth = 6) {
  const drawn: { text: string; x: number; y: number; right: number; fill: string }[] = [];
  const ctx = {
    canvas: { ownerDocument: { defaultView: null, documentElement: {} } },
    font: '',
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
    textBaseline: '',
    measureText: (t: string) => ({ width: charWidth * t.length }),
    fillText(text: string, x: number, y: number, maxWidth?: number) {
      const right = x + Math.min(charWidth * text.length, maxWidth ?? Infinity);
      drawn.push({ text, x, y, right, fill: String(this.fillStyle) });
    },
    beginPath() {},
    moveTo() {},
    lineTo() {},
    stroke() {},
    fillRect() {},
    strokeRect() {},
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, drawn };
}
