import type { FoundDate } from './intakeDates';
import { yearFor } from './intakeDates';
import type { Header } from './readHeader';
import type { Sentence } from './sentences';

const pad = (n: number) => String(n).padStart(2, '0');

/** The event date: a written day in a sentence about the event first; never an invented day. */
export function eventDate(
  sentences: Sentence[],
  dates: FoundDate[],
  header: Header,
  bodyStart: number,
): { value: string; precision: 'day' | 'month' | 'year' | 'none'; published?: string } {
  const h = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(header.date ?? '');
  const stamp = dates.find((d) => d.timestamp && d.year !== undefined);
  const ref = h
    ? { year: Number(h[1]), ...(h[2] ? { month: Number(h[2]) } : {}) }
    : stamp?.year !== undefined
      ? { year: stamp.year, month: stamp.month }
      : dates.find((d) => d.year !== undefined && d.day !== undefined);
  const published =
    header.date ??
    (stamp?.year !== undefined ? `${stamp.year}-${pad(stamp.month)}-${pad(stamp.day ?? 1)}` : undefined);
  const inEvent = (d: FoundDate) =>
    sentences.some(
      (s) => s.event && d.index - bodyStart >= s.start && d.index - bodyStart < s.start + s.text.length,
    );
  const candidates = dates.filter((d) => !d.timestamp && d.index >= bodyStart);
  const withDay = candidates.filter((d) => d.day !== undefined);
  const best = withDay.find(inEvent) ?? withDay[0];
  const pub = published ? { published } : {};
  if (best && (best.year !== undefined || ref?.year !== undefined)) {
    const y = best.year ?? yearFor(best.month, ref as { year: number; month?: number });
    return { value: `${y}-${pad(best.month)}-${pad(best.day as number)}`, precision: 'day', ...pub };
  }
  const month = candidates.find((d) => d.year !== undefined);
  if (month?.year !== undefined)
    return { value: `${month.year}-${pad(month.month)}`, precision: 'month', ...pub };
  if (h?.[2]) return { value: `${h[1]}-${h[2]}`, precision: 'month', ...pub };
  if (ref?.year !== undefined) return { value: String(ref.year), precision: 'year', ...pub };
  // Nothing dates the report: a year written in a sentence about the tie ("cette coopération a
  // commencé en 2007", "signed … in 1995") dates it, so its names are read in that year's geography.
  for (const s of sentences) {
    const y = s.event ? tieYearIn(s.text) : undefined;
    if (y) return { value: y, precision: 'year', ...pub };
  }
  return { value: '', precision: 'none', ...pub };
}

/**
 * The year a sentence gives for a tie ("… s'est jumelée avec Hô Chi Minh-Ville dès 1997", "kết nghĩa từ
 * năm 1997"), if any.
 */
export const tieYearIn = (text: string): string | undefined => TIE_YEAR.exec(text)?.[1];

/** A year after "in", "en", "năm", "since", "depuis", "từ" (not a range "2023-2027"). */
const TIE_YEAR = /(?:^|\s)(?:in|en|năm|since|depuis|từ|from|dès)\s+((?:19|20)\d{2})(?![\d–-])/iu;
