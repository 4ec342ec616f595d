import type { Lang } from '../i18n';

/** The close-up's caption, on the picture and on the live map (src/ui/messages.ts). */
export const CLOSE_UP_TITLE: Readonly<Record<Lang, string>> = {
  fr: 'Gros plan',
  // "Phóng to" is the zoom button's "zoom in": a close-up is "cận cảnh".
  vi: 'Cận cảnh',
  en: 'Close-up',
};
/**
 * The close-up's caption plate (picture units) for names of `label` size: a little smaller type than
 * the names', on a plate of the page's colour at the close-up's top-left corner.
 */
export function captionPlate(title: string, label: number) {
  const size = +(label * 0.85).toFixed(1);
  return { size, width: size * (0.6 * title.length + 1), height: size * 1.7 };
}
