/**
 * The SVG text of the pictures the page drew (src/app/firstPicture.ts), by image and address: the PNG
 * export reads a picture back to draw it on a canvas (`drawable`), and the CSP lets the page fetch no
 * blob: address.
 */
const texts = new WeakMap<HTMLImageElement, { url: string; svg: string }>();

/** Remembers the picture at `url` that `img` now shows. */
export function rememberPicture(img: HTMLImageElement, url: string, svg: string): void {
  texts.set(img, { url, svg });
}

/** The text of the picture `img` shows, if the page drew it. */
export function pictureText(img: HTMLImageElement): string | undefined {
  const t = texts.get(img);
  return t && t.url === (img.currentSrc || img.src) ? t.svg : undefined;
}
