/**
 * The static host the browser tests run against: `dist/` published under a sub-path
 * (`/news/maps/atlas/`), with the headers README's "Publishing" section asks a host to send, and the
 * precompressed `.br`/`.gz` files served as such. `/host/*` serves the host pages of `e2e/fixtures/`
 * with `{{SITE}}` replaced by the atlas's address: tests open them on http://localhost:<port>, another
 * origin than the site's http://127.0.0.1:<port> (and a local one: Chromium's local-network checks
 * block a public page from framing 127.0.0.1).
 *
 * Usage: `tsx e2e/serve.ts [port]` (`E2E_DIST=dist` to serve the editorial build instead).
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

export const SUB_PATH = '/news/maps/atlas/';
const PORT = Number(process.argv[2] ?? process.env.E2E_PORT ?? 4317);
/** Sites by sub-path: the seed fixture site, and the 300-event one (built by e2e/site.ts). */
const SITES: [string, string][] = [
  [SUB_PATH, resolve(process.env.E2E_DIST ?? '.e2e/dist')],
  ['/news/maps/atlas-300/', resolve(process.env.E2E_DIST_300 ?? '.e2e/dist-300')],
];
const FIXTURES = resolve('e2e/fixtures');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
};

/** The headers of README's "Publishing" section. */
const CSP =
  "default-src 'none'; script-src 'self'; worker-src 'self' blob:; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'";

function fileFor(root: string, rel: string): string | null {
  const p = normalize(join(root, decodeURIComponent(rel)));
  if (!p.startsWith(root)) return null;
  if (existsSync(p) && statSync(p).isDirectory()) return fileFor(root, join(rel, 'index.html'));
  return existsSync(p) ? p : null;
}

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  let file: string | null = null;
  let headers: Record<string, string> = {};
  if (url.pathname.startsWith('/host/')) {
    const page = fileFor(FIXTURES, url.pathname.slice('/host/'.length));
    if (!page) return void res.writeHead(404).end();
    const site = `http://127.0.0.1:${PORT}${SUB_PATH}`;
    res.writeHead(200, { 'Content-Type': TYPES[extname(page)] ?? 'text/plain' });
    res.end(readFileSync(page, 'utf8').replaceAll('{{SITE}}', site));
    return;
  }
  const site = SITES.find(([path]) => url.pathname.startsWith(path));
  if (site) {
    file = fileFor(site[1], url.pathname.slice(site[0].length));
    headers = {
      'Content-Security-Policy': CSP,
      // Sandboxed iframes (opaque origin) load module scripts and data only with this (ENVIRONMENT.md).
      'Access-Control-Allow-Origin': '*',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Cache-Control': url.pathname.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
  }
  if (!file) {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    return;
  }
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  const accept = String(req.headers['accept-encoding'] ?? '');
  // Precompressed files written by the build (src/pipeline/publish.ts), best first.
  const encoded = (
    [
      ['br', '.br'],
      ['gzip', '.gz'],
    ] as const
  ).find(([e, ext]) => accept.includes(e) && existsSync(file + ext));
  const body = encoded ? file + encoded[1] : file;
  res.writeHead(200, {
    ...headers,
    'Content-Type': type,
    Vary: 'Accept-Encoding',
    ...(encoded ? { 'Content-Encoding': encoded[0] } : {}),
  });
  createReadStream(body).pipe(res);
}).listen(PORT, () => console.log(`serving ${SITES[0]?.[1]} at http://127.0.0.1:${PORT}${SUB_PATH}`));
