/** The interface languages: French first (the sources are French services), then Vietnamese, English. */
export const LANGS = ['fr', 'vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const isLang = (x: unknown): x is Lang =>
  typeof x === 'string' && (LANGS as readonly string[]).includes(x);

/**
 * The language to show: `?lang=` (or `lang=` in the hash) when valid, else the browser's first
 * preferred language we have, else French.
 *
 * @example chooseLang('vi', ['en-GB']) === 'vi'; chooseLang(null, ['en-GB', 'fr']) === 'en'
 */
export function chooseLang(asked: string | null | undefined, preferred: readonly string[]): Lang {
  if (isLang(asked)) return asked;
  for (const p of preferred) {
    const base = p.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return 'fr';
}

const LOCALE: Record<Lang, string> = { fr: 'fr-FR', vi: 'vi-VN', en: 'en-GB' };
/** The BCP 47 locale whose Intl data formats the page's dates and numbers in `lang`. */
export const intlLocale = (lang: Lang): string => LOCALE[lang];

/** Formatters are costly to make and the page formats the date on every scrub step: make each once. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: Lang, precision: 'day' | 'month'): Intl.DateTimeFormat {
  const key = `${lang}:${precision}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALE[lang], {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'long',
      ...(precision === 'day' ? { day: 'numeric' } : {}),
    });
    formatters.set(key, f);
  }
  return f;
}

/**
 * The reader's language's `Intl.Collator`, made once (the first loads the locale's collation data:
 * 13–21 ms on a laptop): the search's results, the filters' choices, a place's links.
 */
const collators = new Map<Lang, Intl.Collator>();
export function collatorOf(lang: Lang): Intl.Collator {
  let c = collators.get(lang);
  if (!c) collators.set(lang, (c = new Intl.Collator(lang)));
  return c;
}

/**
 * A calendar day (or month, or year) for readers, in their language, with `Intl.DateTimeFormat`
 * (UTC: the data's days are calendar days, not instants).
 *
 * @example formatDay('fr', '2025-07-01') === '1er juillet 2025'; formatDay('vi', '2025-07-01') === '1 tháng 7 năm 2025'; formatDay('en', '2024-11-01', 'month') === 'November 2024'
 */
export function formatDay(lang: Lang, iso: string, precision: 'day' | 'month' | 'year' = 'day'): string {
  const d = new Date(`${iso.slice(0, 10).padEnd(10, '-01').replace(/-$/, '-01')}T00:00:00Z`);
  if (precision === 'year') return iso.slice(0, 4);
  const text = formatter(lang, precision).format(d);
  if (precision !== 'day') return text;
  // French writes the first of the month as an ordinal: "1er juillet 2025". Vietnamese writes the year
  // of a full date with "năm", as it does for a month ("tháng 7 năm 2025"); CLDR's long date has a comma.
  return lang === 'fr'
    ? text.replace(/^1 /, '1er ')
    : lang === 'vi'
      ? text.replace(/, (\d+)$/, ' năm $1')
      : text;
}

/**
 * Regions whose CLDR name is their status ("Hong Kong SAR China", "R.A.S. chinoise de Hong Kong",
 * "Đặc khu Hành chính Hồng Kông, Trung Quốc"), too long for a map's label, a flow's name or a list:
 * named by CLDR's short form ("Hong Kong", "Hồng Kông").
 */
const SHORT_NAMED = new Set(['HK', 'MO']);
/**
 * Regions whose CLDR name carries a second name in parentheses ("Myanmar (Birmanie)", "Myanmar
 * (Miến Điện)", "Myanmar (Burma)"): two lines on a phone's label. Named by the first, the name
 * the country's government, the VNA and the UN use in the three languages.
 */
const ALIASED = new Set(['MM', 'BU']);
const regionNames = new Map<string, Intl.DisplayNames>();
/**
 * A country's (or territory's) name as readers know it, from CLDR (`Intl.DisplayNames`), made once
 * per language and style: the names the map, its pictures, the search and the build give countries.
 * `undefined` where CLDR has none and `fallback` is 'none'.
 *
 * @example regionName('LA', 'vi') === 'Lào'; regionName('HK', 'fr') === 'Hong Kong'; regionName('QQ', 'en', 'none') === undefined
 */
export function regionName(cc: string, lang: Lang, fallback: 'code' | 'none' = 'code'): string | undefined {
  const style = SHORT_NAMED.has(cc) ? 'short' : 'long';
  const key = `${lang}:${style}:${fallback}`;
  let names = regionNames.get(key);
  if (!names)
    regionNames.set(key, (names = new Intl.DisplayNames([lang], { type: 'region', style, fallback })));
  try {
    const name = names.of(cc);
    return name && ALIASED.has(cc) ? name.replace(/ \([^)]*\)$/, '') : name;
  } catch {
    // (A code that is not a region code: `of` throws a RangeError.)
    return fallback === 'code' ? cc : undefined;
  }
}
