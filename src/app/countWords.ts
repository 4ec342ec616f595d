import type { Counts } from '../core/view/counts';
import type { Translate } from '../ui/messages';

/**
 * Counts in words a reader can check on the map: "5 events, 3 agreements signed · 7 links between
 * 6 Vietnamese provinces and 4 foreign partners". Agreements are named only when the data says some
 * were signed. Units that signed and have since merged are counted as they signed, with the number the
 * map draws them as: "47 Vietnamese provinces (31 after the mergers)".
 */
export function countWords(c: Counts, tr: Translate): string {
  if (c.events === 0) return tr('countNone');
  const events = tr('events', { n: c.events });
  const signed = c.signed ? `, ${tr('countSigned', { n: c.signed })}` : '';
  // (With the units they are drawn as, where mergers made those fewer.)
  const merged = (text: string, drawn: number, n: number) =>
    drawn < n ? tr('countMerged', { text, m: drawn }) : text;
  const links = tr('countLinks', {
    n: c.links,
    vn: merged(tr('countProvinces', { n: c.vn }), c.vnDrawn, c.vn),
    partners: merged(tr('countPartners', { n: c.partners }), c.partnersDrawn, c.partners),
  });
  return `${events}${signed} · ${links}`;
}
