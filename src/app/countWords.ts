import type { Counts } from '../core/view/counts';
import type { Translate } from '../ui/messages';

/**
 * Counts in words a reader can check on the map: "5 events, 3 agreements signed · 7 links between
 * 6 Vietnamese provinces and 4 foreign partners". Agreements are named only when the data says some
 * were signed.
 */
export function countWords(c: Counts, tr: Translate): string {
  if (c.events === 0) return tr('countNone');
  const events = tr('events', { n: c.events });
  const signed = c.signed ? `, ${tr('countSigned', { n: c.signed })}` : '';
  const links = tr('countLinks', {
    n: c.links,
    vn: tr('countProvinces', { n: c.vn }),
    partners: tr('countPartners', { n: c.partners }),
  });
  return `${events}${signed} · ${links}`;
}
