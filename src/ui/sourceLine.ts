import type { AtlasEvent } from '../core/atlas';
import { isPlaceholderHeadline } from '../core/headline';
import { formatDay, type Lang } from '../core/i18n';
import type { Translate } from './messages';

const PRECISION = { 4: 'year', 7: 'month', 10: 'day' } as const;

/**
 * The source of an event as a line of text: outlet, date and headline in quotation marks, the headline
 * a link when the address is known. A placeholder headline ("[headline not kept in our copy] …") is
 * never quoted as the outlet's words: the line says the headline was not recorded. All text as text.
 */
export function sourceLine(doc: Document, src: AtlasEvent['source'], lang: Lang, tr: Translate): HTMLElement {
  const p = doc.createElement('p');
  p.className = 'source';
  const precision = PRECISION[src.date.length as 4 | 7 | 10] ?? 'day';
  const date = /^\d{4}(-\d{2}){0,2}$/.test(src.date) ? formatDay(lang, src.date, precision) : src.date;
  const recorded = !isPlaceholderHeadline(src.headline);
  const MARK = '\u0000';
  const text = recorded
    ? tr('source', { outlet: src.outlet, date, headline: MARK })
    : tr('sourceNoHeadline', { outlet: src.outlet, date });
  const [before, after = ''] = text.split(MARK);
  p.append(before ?? '');
  if (recorded) {
    if (src.url) {
      const a = doc.createElement('a');
      a.href = src.url;
      a.rel = 'noopener noreferrer';
      a.target = '_blank';
      a.textContent = src.headline;
      p.append(a);
    } else p.append(src.headline);
    p.append(after);
  } else if (src.url) {
    const a = doc.createElement('a');
    a.href = src.url;
    a.rel = 'noopener noreferrer';
    a.target = '_blank';
    a.textContent = tr('link');
    p.append(' — ', a);
  }
  return p;
}
