import { MONTHS } from '../rows/dates';
import { fold } from '../normalize';

/** A date found in an article. Missing parts were not written; nothing is invented. */
export interface FoundDate {
  year?: number;
  month: number;
  day?: number;
  /** Offset of the match in the text. */
  index: number;
  /** The words matched, as written. */
  text: string;
  /** A timestamp ("Vendredi, 23 novembre 2018 à 18:35"): when the article was published. */
  timestamp: boolean;
}

const MONTH_WORDS = Object.keys(MONTHS).sort((a, b) => b.length - a.length);
// Folded text has no accents and single spaces around words, so the patterns stay simple.
const M = `(${MONTH_WORDS.join('|')})\\.?`;
const D = '(1er|[0-3]?\\d)(?:st|nd|rd|th)?';
const Y = '((?:19|20)\\d\\d)';
const PATTERNS: { re: RegExp; parts: ('d' | 'm' | 'y' | 'mn')[] }[] = [
  { re: new RegExp(`\\b${Y} (0?[1-9]|1[0-2]) ([0-3]?\\d)\\b`, 'g'), parts: ['y', 'mn', 'd'] }, // 2023-02-22 folded
  {
    re: new RegExp(`\\bngay ([0-3]?\\d) thang (1[0-2]|0?[1-9])\\b(?: nam ${Y})?`, 'g'),
    parts: ['d', 'mn', 'y'],
  },
  { re: new RegExp(`\\b(?:ngay )?([0-3]?\\d) (0?[1-9]|1[0-2])(?: ${Y})?\\b`, 'g'), parts: ['d', 'mn', 'y'] }, // 17/11[/2023]
  { re: new RegExp(`\\b${D} ${M}(?: ${Y})?\\b`, 'g'), parts: ['d', 'm', 'y'] },
  { re: new RegExp(`\\b${M} ${D}(?: ${Y})?\\b`, 'g'), parts: ['m', 'd', 'y'] },
  { re: new RegExp(`\\bthang (0?[1-9]|1[0-2])(?: nam)? ${Y}\\b`, 'g'), parts: ['mn', 'y'] },
  { re: new RegExp(`\\b${M} ${Y}\\b`, 'g'), parts: ['m', 'y'] },
];

/**
 * Folds a text for date matching while keeping a map back to the original offsets: the folded
 * string drops accents and turns every run of punctuation or space into one space.
 */
function foldWithOffsets(text: string): { folded: string; at: number[] } {
  let folded = '';
  const at: number[] = [];
  let space = true;
  for (let i = 0; i < text.length; i++) {
    const f = fold(text[i] as string);
    if (f === '') {
      if (!space) {
        folded += ' ';
        at.push(i);
        space = true;
      }
      continue;
    }
    for (const ch of f) {
      folded += ch;
      at.push(i);
    }
    space = false;
  }
  return { folded, at };
}

/**
 * Every date written in a text, in French, Vietnamese or English: "le 22 février 2023", "1er mars",
 * "ngày 17/11/2023", "ngày 17 tháng 11", "on November 29", "29 November 2023", "novembre 2024",
 * "tháng 11/2024", ISO dates. Ranges of years ("2023-2027") are not dates. Impossible days are dropped.
 */
export function findDates(text: string): FoundDate[] {
  const { folded, at } = foldWithOffsets(text);
  const out: FoundDate[] = [];
  const taken: [number, number][] = [];
  for (const { re, parts } of PATTERNS) {
    for (const m of folded.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      // A year that closes a range opens no date: a headline's "2025-2030", then the page's date line
      // "07-08-2024", are no "2030-07-08".
      if (parts[0] === 'y' && /\d{4}\s*[-–—]\s*$/.test(text.slice(0, at[start]))) continue;
      const got: { d?: number; m?: number; y?: number } = {};
      parts.forEach((p, i) => {
        const v = m[i + 1];
        if (v === undefined) return;
        if (p === 'd') got.d = v === '1er' ? 1 : Number(v);
        else if (p === 'y') got.y = Number(v);
        else if (p === 'mn') got.m = Number(v);
        else got.m = Number(MONTHS[v]);
      });
      if (!got.m || got.m > 12) continue;
      if (
        got.d !== undefined &&
        (got.d < 1 || got.d > new Date(Date.UTC(got.y ?? 2024, got.m, 0)).getUTCDate())
      ) {
        // An impossible day is a typo: the whole date is left out, not read as its month.
        taken.push([start, end]);
        continue;
      }
      // "17 11" alone is too weak (it could be any two numbers): require "ngay" or a year, or slashes.
      if (parts[0] === 'd' && parts[1] === 'mn' && !m[0].startsWith('ngay') && got.y === undefined) {
        const raw = text.slice(at[start], (at[end - 1] ?? 0) + 1);
        if (!/^\d{1,2}\/\d{1,2}$/.test(raw)) continue;
      }
      const from = at[start] ?? 0;
      const to = (at[end - 1] ?? from) + 1;
      const after = text.slice(to, to + 12);
      taken.push([start, end]);
      out.push({
        ...(got.y !== undefined ? { year: got.y } : {}),
        month: got.m,
        ...(got.d !== undefined ? { day: got.d } : {}),
        index: from,
        text: text.slice(from, to),
        timestamp: /^\s*(?:à|at|lúc)?\s*\d{1,2}[:h]\d{2}/i.test(after),
      });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/**
 * The year of a date written without one, from a reference date (the article's date line or
 * header): the same year, or the year before when the month is later than the reference month
 * (a January article about "le 20 décembre").
 */
export function yearFor(month: number, ref: { year: number; month?: number }): number {
  return ref.month !== undefined && month > ref.month + 1 ? ref.year - 1 : ref.year;
}
