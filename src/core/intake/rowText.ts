import { fold } from '../normalize';
import type { Header } from './readHeader';

/** What the extractor writes where it found nothing: the editor completes it. */
export const TODO = '[à compléter]';

/** The outlet: from the header, else from a wire credit in the text. */
export function outletOf(header: Header, text: string): string | null {
  if (header.outlet) return header.outlet;
  if (/VNA\/CVN|Courrier du Vietnam/i.test(text)) return 'Le Courrier du Vietnam (VNA/CVN)';
  if (/Nhân Dân|Nhan Dan/i.test(text)) return 'Nhân Dân';
  if (/\(VNA\)|Vietnam News Agency|\(TTXVN\)/i.test(text)) return 'Vietnam News Agency (VNA)';
  if (/VnExpress/i.test(text)) return 'VnExpress';
  return null;
}

export const slug = (s: string) =>
  fold(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export const list = (names: string[], and: string) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}`;
