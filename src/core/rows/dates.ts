/** How exactly a date is known. */
export type Precision = 'year' | 'month' | 'day';

export interface PartialDate {
  /** As written: `2024`, `2024-11` or `2024-11-15`. */
  value: string;
  precision: Precision;
  /** First day of the period (the timeline places the event there). */
  start: string;
  /** Last day of the period. */
  end: string;
}

/** Month names and abbreviations (folded, French and English) → month number. */
export const MONTHS: Record<string, string> = {
  jan: '01',
  janv: '01',
  janvier: '01',
  january: '01',
  feb: '02',
  fev: '02',
  fevr: '02',
  fevrier: '02',
  february: '02',
  mar: '03',
  mars: '03',
  march: '03',
  apr: '04',
  avr: '04',
  avril: '04',
  april: '04',
  may: '05',
  mai: '05',
  jun: '06',
  juin: '06',
  june: '06',
  jul: '07',
  juil: '07',
  juillet: '07',
  july: '07',
  aug: '08',
  aou: '08',
  aout: '08',
  august: '08',
  sep: '09',
  sept: '09',
  septembre: '09',
  september: '09',
  oct: '10',
  octobre: '10',
  october: '10',
  nov: '11',
  novembre: '11',
  november: '11',
  dec: '12',
  decembre: '12',
  december: '12',
};

const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const pad = (n: number) => String(n).padStart(2, '0');

/** A written date, read: the date, or why it is none (with the fix when the intent is clear). */
export type DateParse = { kind: 'date'; date: PartialDate } | { kind: 'invalid'; error: string };

/**
 * Parses an ISO 8601 calendar date of year, month or day precision, and rejects impossible dates.
 * An invalid date is a result, never a throw.
 *
 * @example parseDate('2024-11') → {kind:'date', date:{value:'2024-11', precision:'month', start:'2024-11-01', end:'2024-11-30'}}
 * @example parseDate('Feb 2023') → {kind:'invalid', error:'not a date in the form YYYY, YYYY-MM or YYYY-MM-DD — did you mean 2023-02?'}
 */
export function parseDate(text: string): DateParse {
  const r = readDate(text);
  return typeof r === 'string' ? { kind: 'invalid', error: r } : { kind: 'date', date: r };
}

/** A day (YYYY-MM-DD), or null: what the admin changes and the publication frame's date must be. */
export function parseDay(text: string): PartialDate | null {
  const r = parseDate(text);
  return r.kind === 'date' && r.date.precision === 'day' ? r.date : null;
}

function readDate(text: string): PartialDate | string {
  const s = text.trim();
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return `not a date in the form YYYY, YYYY-MM or YYYY-MM-DD${guess(s)}`;
  const y = Number(m[1]);
  if (y < 1900 || y > 2100) return `year ${y} is outside 1900–2100`;
  if (m[2] === undefined) return { value: s, precision: 'year', start: `${y}-01-01`, end: `${y}-12-31` };
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return `month ${m[2]} does not exist (01–12)`;
  const last = daysIn(y, mo);
  if (m[3] === undefined) {
    return { value: s, precision: 'month', start: `${y}-${pad(mo)}-01`, end: `${y}-${pad(mo)}-${pad(last)}` };
  }
  const d = Number(m[3]);
  if (d < 1 || d > last) return `day ${m[3]} does not exist in ${y}-${pad(mo)} (01–${last})`;
  return { value: s, precision: 'day', start: s, end: s };
}

/** A suggestion for common non-ISO spellings: "Feb 2023", "22/02/2023", "22 février 2023". */
function guess(s: string): string {
  const folded = s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  let m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(folded);
  if (m) return ` — did you mean ${m[3]}-${pad(Number(m[2]))}-${pad(Number(m[1]))} (day/month/year)?`;
  m = /^(?:(\d{1,2})(?:er)?\s+)?([a-z]+)\.?\s+(\d{4})$/.exec(folded);
  const month = m?.[2] ? MONTHS[m[2]] : undefined;
  if (m && month) return ` — did you mean ${m[3]}-${month}${m[1] ? `-${pad(Number(m[1]))}` : ''}?`;
  m = /^(\d{4})\/(\d{1,2})(?:\/(\d{1,2}))?$/.exec(folded);
  if (m) return ` — did you mean ${m[1]}-${pad(Number(m[2]))}${m[3] ? `-${pad(Number(m[3]))}` : ''}?`;
  return '';
}
