import { timeFormatLocale, type TimeLocaleDefinition } from 'd3-time-format';
import { intlLocale, type Lang } from '../i18n';

/** Date and time patterns of each language (d3 directives), for the rare axis that shows them. */
const PATTERNS: Record<Lang, Pick<TimeLocaleDefinition, 'dateTime' | 'date' | 'time' | 'periods'>> = {
  fr: { dateTime: '%A %e %B %Y à %X', date: '%d/%m/%Y', time: '%H:%M:%S', periods: ['AM', 'PM'] },
  vi: { dateTime: '%A, %e %B, %Y %X', date: '%d/%m/%Y', time: '%H:%M:%S', periods: ['SA', 'CH'] },
  en: { dateTime: '%a %e %b %Y %X', date: '%d/%m/%Y', time: '%H:%M:%S', periods: ['AM', 'PM'] },
};

type Seven = [string, string, string, string, string, string, string];
type Twelve = [...Seven, string, string, string, string, string];

/** Day names from Sunday (d3's order): 1970-01-04 was a Sunday. */
function dayNames(lang: Lang, weekday: 'long' | 'short'): Seven {
  const f = new Intl.DateTimeFormat(intlLocale(lang), { timeZone: 'UTC', weekday });
  return Array.from({ length: 7 }, (_, i) => f.format(Date.UTC(1970, 0, 4 + i))) as Seven;
}

/**
 * Month names as they read inside a date ("15 thg 3", "15 janv."), taken from a formatted day: the
 * stand-alone forms differ in Vietnamese ("Tháng 3") and read as headings, not as ticks.
 */
function monthNames(lang: Lang, month: 'long' | 'short'): Twelve {
  const f = new Intl.DateTimeFormat(intlLocale(lang), { timeZone: 'UTC', day: 'numeric', month });
  return Array.from(
    { length: 12 },
    (_, i) => f.formatToParts(Date.UTC(2001, i, 15)).find((p) => p.type === 'month')?.value ?? '',
  ) as Twelve;
}

/**
 * The d3-time-format locale of a page language, built from the same Intl data as `formatDay`, so the
 * timeline's ticks read like the rest of the page ("janv.", "thg 1", "Jan").
 *
 * @example timeLocaleDefinition('fr').shortMonths[0] === 'janv.'
 */
export function timeLocaleDefinition(lang: Lang): TimeLocaleDefinition {
  return {
    ...PATTERNS[lang],
    days: dayNames(lang, 'long'),
    shortDays: dayNames(lang, 'short'),
    months: monthNames(lang, 'long'),
    shortMonths: monthNames(lang, 'short'),
  };
}

/**
 * The formats made, by language: each makes the browser look its locale's data up (four
 * `Intl.DateTimeFormat`s for the tick format, 4–7 ms of the 300-event page's start on a laptop), which
 * the page does while its data loads (src/app/start.ts).
 */
const tickFormats = new Map<Lang, (d: Date) => string>();
const startLabels = new Map<Lang, (day: string) => string>();

/**
 * The timeline's tick labels in the language: the year on 1 January, the short month on the first of
 * other months, else day and month (d3's multi-scale format, in UTC: the data's days are calendar days).
 *
 * @example axisTickFormat('fr')(new Date('2024-03-01T00:00:00Z')) === 'mars'
 */
export function axisTickFormat(lang: Lang): (d: Date) => string {
  let f = tickFormats.get(lang);
  if (!f) {
    const locale = timeFormatLocale(timeLocaleDefinition(lang));
    const year = locale.utcFormat('%Y');
    const month = locale.utcFormat('%b');
    const day = locale.utcFormat('%-d %b');
    f = (d) => (d.getUTCDate() !== 1 ? day(d) : d.getUTCMonth() !== 0 ? month(d) : year(d));
    tickFormats.set(lang, f);
  }
  return f;
}

/**
 * The label of the timeline's start where no tick names it: its month and year ("nov. 2018", "11/2018",
 * "Nov 2018"), or its year alone on 1 January. The year alone, written at 21 November 2018, read
 * as the tick of 1 January 2018: "2018" then "2020" a year and a month later looked like an axis that
 * skipped a year (a reader's review).
 *
 * @example startLabelFormat('fr')('2018-11-21') === 'nov. 2018'
 */
export function startLabelFormat(lang: Lang): (day: string) => string {
  let f = startLabels.get(lang);
  if (!f) {
    // (Vietnamese newsrooms write a month of a year by its number, "11/2018"; CLDR's short form,
    // "thg 11 2018", read as a software's, not a newspaper's: a reader's review.)
    const monthYear = new Intl.DateTimeFormat(intlLocale(lang), {
      timeZone: 'UTC',
      month: lang === 'vi' ? 'numeric' : 'short',
      year: 'numeric',
    });
    f = (day) => (day.endsWith('-01-01') ? day.slice(0, 4) : monthYear.format(new Date(`${day}T00:00:00Z`)));
    startLabels.set(lang, f);
  }
  return f;
}
