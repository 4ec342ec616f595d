import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AtlasEvent } from '../core/atlas';
import type { EventTexts } from './buildAtlas';

type Texts = Pick<AtlasEvent, 'written' | 'title' | 'summary' | 'source'>;

/** One shared empty value per text field: an emptied event costs no more objects. */
const EMPTY: Texts = Object.freeze({
  written: Object.freeze({ vn: [], partners: [] }) as unknown as Texts['written'],
  title: Object.freeze({ fr: '', vi: '', en: '' }),
  summary: Object.freeze({ fr: '', vi: '', en: '' }),
  source: Object.freeze({ outlet: '', date: '', headline: '' }),
});

/**
 * Events' texts kept on disk until the atlas is written: a file opened and at once unlinked, so it
 * vanishes when closed or when the process dies, and never lies about. `close()` when done.
 */
export function spillTexts(): EventTexts & { close(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-texts-'));
  const path = join(dir, 'texts');
  const fd = openSync(path, 'w+');
  rmSync(dir, { recursive: true, force: true });
  const where = new Map<string, [offset: number, length: number]>();
  let end = 0;
  return {
    put(e) {
      const bytes = Buffer.from(
        JSON.stringify({ written: e.written, title: e.title, summary: e.summary, source: e.source }),
      );
      writeSync(fd, bytes, 0, bytes.length, end);
      where.set(e.id, [end, bytes.length]);
      end += bytes.length;
      return { ...e, ...EMPTY };
    },
    get(e) {
      const at = where.get(e.id);
      if (!at) return e;
      const bytes = Buffer.alloc(at[1]);
      readSync(fd, bytes, 0, at[1], at[0]);
      return { ...e, ...(JSON.parse(bytes.toString('utf8')) as Texts) };
    },
    close: () => closeSync(fd),
  };
}
