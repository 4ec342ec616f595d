import { parseCsv, type Problem } from './csv';
import { parseDay } from './dates';

/**
 * data/publication.csv: the publication frame the newsroom edits, one row per text (`key`) with its
 * French, Vietnamese and English versions. The page's `<h1>`, `<title>`, footer, PNG credit and embed
 * chrome use it in the reader's language. `updated` is the day the data was last checked
 * (YYYY-MM-DD, the same in the three columns, or only in `fr`).
 */
export const PUBLICATION_COLUMNS = ['key', 'fr', 'vi', 'en'] as const;
export const PUBLICATION_KEYS = [
  'title',
  'standfirst',
  'credit',
  'sources',
  'archipelagos',
  'updated',
] as const;
type Key = (typeof PUBLICATION_KEYS)[number];
type Texts = { fr: string; vi: string; en: string };
export type Publication = Record<Exclude<Key, 'updated'>, Texts> & { updated: string };

const isKey = (k: string): k is Key => (PUBLICATION_KEYS as readonly string[]).includes(k);

/**
 * Reads the publication frame; every problem names its line and column. Null when any is wrong.
 *
 * @example parsePublication('key,fr,vi,en\ntitle,Atlas,Atlas,Atlas\n…', 'data/publication.csv')
 */
export function parsePublication(
  text: string,
  file: string,
): { publication: Publication | null; problems: Problem[] } {
  const table = parseCsv(text, file, { required: PUBLICATION_COLUMNS });
  const problems: Problem[] = [...table.problems];
  const at = (line: number, column: number, message: string, field?: string) =>
    problems.push({ file, line, column, message, ...(field ? { field } : {}) });
  const col = (name: string) => table.header.indexOf(name) + 1;
  const found = new Map<Key, Texts>();
  for (const { line, cells } of table.rows) {
    const key = (cells.key ?? '').trim();
    if (!isKey(key)) {
      at(line, col('key'), `"${key}" is not a key (one of: ${PUBLICATION_KEYS.join(', ')})`, 'key');
      continue;
    }
    if (found.has(key)) at(line, col('key'), `"${key}" is given twice`, 'key');
    const texts = { fr: (cells.fr ?? '').trim(), vi: (cells.vi ?? '').trim(), en: (cells.en ?? '').trim() };
    if (key === 'updated') {
      if (!parseDay(texts.fr)) at(line, col('fr'), `must be a full day, YYYY-MM-DD ("${texts.fr}")`, 'fr');
      for (const l of ['vi', 'en'] as const)
        if (texts[l] && texts[l] !== texts.fr)
          at(line, col(l), `must be empty or the same day as fr ("${texts[l]}")`, l);
    } else {
      for (const l of ['fr', 'vi', 'en'] as const)
        if (!texts[l]) at(line, col(l), `is empty: give the ${key} in this language`, l);
    }
    found.set(key, texts);
  }
  for (const k of PUBLICATION_KEYS)
    if (!found.has(k)) at(1, 1, `has no "${k}" row (the page needs: ${PUBLICATION_KEYS.join(', ')})`);
  if (problems.length > 0) return { publication: null, problems };
  const get = (k: Key) => found.get(k) as Texts;
  return {
    publication: {
      title: get('title'),
      standfirst: get('standfirst'),
      credit: get('credit'),
      sources: get('sources'),
      archipelagos: get('archipelagos'),
      updated: get('updated').fr,
    },
    problems,
  };
}
