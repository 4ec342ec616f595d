import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { frameHtml, precompress, type HeaderWords } from './publish';

const inAll = (fr: string, vi: string, en: string) => ({ fr, vi, en });
const WORDS: HeaderWords = {
  loading: inAll('Chargement…', 'Đang tải…', 'Loading…'),
  legendArc: inAll('partenariat', 'quan hệ', 'partnership'),
  legendFlow: inAll('liens avec un pays', 'liên kết', 'links with a country'),
  legendArea: inAll('région', 'vùng', 'region'),
  legendNames: inAll('noms :', 'tên:', 'names:'),
  legendNameVn: inAll('Viêt Nam', 'Việt Nam', 'Vietnam'),
  legendNamePartner: inAll('étranger', 'nước ngoài', 'abroad'),
  fullMap: inAll('Carte complète', 'Bản đồ', 'Full map'),
};
const HTML = `<title>Old</title>
<h1>Old title</h1>
<p id="status">Old status</p>
<span class="key arc"></span><span class="arc-key">old arc</span><span class="area-key">old area</span>
<span class="names-key">old names</span> <span class="name-vn">old vn</span> <span class="name-partner">old abroad</span>
<a class="full-map" href="./" target="_blank">Old link ↗</a>
<img class="first-view" alt="" />`;

describe('frameHtml (the first paint of the publication frame)', () => {
  const frame = {
    title: inAll('Les partenaires <du> Vietnam', 'Đối tác', 'Partners & friends'),
    standfirst: inAll('Chapeau "cité"', 'Sapo', 'Standfirst'),
  };

  it('writes the newsroom’s French title and standfirst, with the other languages for theme.js', () => {
    const html = frameHtml(HTML, frame, WORDS, { standfirst: true });
    expect(html).toContain('<title>Les partenaires &lt;du&gt; Vietnam</title>');
    expect(html).toContain(
      '<h1 data-l10n-vi="Đối tác" data-l10n-en="Partners &amp; friends">Les partenaires &lt;du&gt; Vietnam</h1>',
    );
    expect(html).toContain(
      '<p class="standfirst" data-l10n-vi="Sapo" data-l10n-en="Standfirst">Chapeau &quot;cité&quot;</p>',
    );
  });

  it('gives every static word of the header its three languages', () => {
    const html = frameHtml(HTML, frame, WORDS, { standfirst: true });
    expect(html).toContain('<p id="status" data-l10n-vi="Đang tải…" data-l10n-en="Loading…">Chargement…</p>');
    expect(html).toContain(
      '<span class="arc-key" data-l10n-vi="quan hệ" data-l10n-en="partnership">partenariat</span>',
    );
    expect(html).toContain('<span class="area-key" data-l10n-vi="vùng" data-l10n-en="region">région</span>');
    expect(html).toContain('<span class="names-key" data-l10n-vi="tên:" data-l10n-en="names:">noms :</span>');
    expect(html).toContain(
      '<span class="name-vn" data-l10n-vi="Việt Nam" data-l10n-en="Vietnam">Viêt Nam</span>',
    );
    expect(html).toContain(
      '<span class="name-partner" data-l10n-vi="nước ngoài" data-l10n-en="abroad">étranger</span>',
    );
    expect(html).toContain(
      '<a class="full-map" href="./" target="_blank" data-l10n-vi="Bản đồ ↗" data-l10n-en="Full map ↗">Carte complète ↗</a>',
    );
    expect(html).not.toMatch(/Old/);
  });

  it('keys a crowded opening view’s line per country, and a sparse one’s arcs', () => {
    const crowded = frameHtml(HTML, frame, WORDS, { standfirst: true, flows: true });
    expect(crowded).toContain('<span class="key arc flow"></span>');
    expect(crowded).toContain(
      '<span class="arc-key" data-l10n-vi="liên kết" data-l10n-en="links with a country">liens avec un pays</span>',
    );
    expect(frameHtml(HTML, frame, WORDS, { standfirst: true })).toContain('<span class="key arc"></span>');
  });

  it('tells public/theme.js the first day the build’s picture shows (`settledFrom`)', () => {
    expect(frameHtml(HTML, frame, WORDS, { standfirst: true, from: '2025-07-01' })).toContain(
      '<img class="first-view" data-from="2025-07-01" alt="" />',
    );
  });

  it('leaves the standfirst out of the embed view', () => {
    expect(frameHtml(HTML, frame, WORDS, { standfirst: false })).not.toContain('standfirst');
  });
});

describe('precompress (the built site’s .br and .gz)', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes both beside every text file worth it, each decompressing to the file, and nothing else', async () => {
    dir = mkdtempSync(join(tmpdir(), 'atlas-precompress-'));
    mkdirSync(join(dir, 'data'));
    const text = (i: number) => `{"place":"Hà Giang ${i}","events":[${'1,'.repeat(900 + i)}0]}`;
    const files = Array.from({ length: 9 }, (_, i) => join(dir, 'data', `f${i}.json`));
    files.forEach((f, i) => writeFileSync(f, text(i)));
    // Too small to gain, and not text: left alone.
    writeFileSync(join(dir, 'tiny.js'), 'let a = 1;');
    writeFileSync(join(dir, 'font.woff2'), Buffer.alloc(4096, 7));
    expect(await precompress(dir)).toBe(9);
    files.forEach((f, i) => {
      expect(brotliDecompressSync(readFileSync(`${f}.br`)).toString()).toBe(text(i));
      expect(gunzipSync(readFileSync(`${f}.gz`)).toString()).toBe(text(i));
    });
    expect(readdirSync(dir).sort()).toEqual(['data', 'font.woff2', 'tiny.js']);
    expect(readdirSync(join(dir, 'data'))).toHaveLength(27);
    // Run again over its own output: the same files, replaced, and no compressed copy of a copy.
    expect(await precompress(dir)).toBe(9);
    expect(readdirSync(join(dir, 'data'))).toHaveLength(27);
  });

  it('compresses at the quality asked (the best unless asked), and names a quality brotli has not', async () => {
    dir = mkdtempSync(join(tmpdir(), 'atlas-precompress-'));
    const file = join(dir, 'atlas.json');
    const text = JSON.stringify(
      Array.from({ length: 400 }, (_, i) => ({
        id: `VN-${i % 63}~CN-GX`,
        date: `20${10 + (i % 16)}-0${1 + (i % 9)}-1${i % 10}`,
      })),
    );
    writeFileSync(file, text);
    const size = async (q?: number) => {
      await precompress(dir, q);
      expect(brotliDecompressSync(readFileSync(`${file}.br`)).toString()).toBe(text);
      return readFileSync(`${file}.br`).length;
    };
    const [best, fast, byDefault] = [await size(11), await size(1), await size()];
    expect(fast).toBeGreaterThan(best);
    expect(byDefault).toBe(best);
    for (const q of [12, -1, 2.5, Number.NaN])
      await expect(precompress(dir, q)).rejects.toThrow(/brotli quality must be an integer from 0 to 11/);
  });
});
