/**
 * The page half of `npm run bench` (run after `vite build`): what a reader downloads and waits for,
 * and what scrubbing costs. Prints
 * - the bytes of the first view (raw and gzip), by kind, against the budgets (own JS ≤ 60 KB gzip on
 *   top of MapLibre, first-view data ≤ 100 KB gzip);
 * - navigation → `ready` (the picture and the controls), and the first interaction → the map drawn,
 *   median of several loads;
 * - for the synthetic datasets of 300 and 2,000 events (src/pipeline/synthetic.ts): navigation →
 *   ready and a scripted scrub: long tasks, p95 frame time and the MapLibre worker's busy time (from
 *   a Chromium trace), and the share of arcs pickable at the opening view on a desktop and a phone
 *   (`pickableArcs`, the browser tests' measure);
 * - the video export's encode and draw time per frame at 720p and 1080p (`benchVideo.ts`);
 * - a scripted open/close of a selection (`BENCH_SELECT_CYCLES` cycles, 30) on the synthetic
 *   datasets: our script's time per open/close, median and p95, against the target (≤ 50 ms), then what
 *   follows it (MapLibre's frame, the map's idle) and where the time goes (`selectionBench.ts`);
 * - the full page's and the embed's first view as a newsroom developer measures it: Lighthouse on the
 *   built site and at 300 events, and the first input's answer (`benchFullPage.ts`).
 * `BENCH_ONLY=load|synthetic|video|fullpage` runs one of these sections.
 * Times are for ranking and regression only: software WebGL on a shared 2-core machine.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { assembleGazetteer } from '../core/geo/assembleGazetteer';
import { runBuild, readSupport } from '../pipeline/build';
import { syntheticCsv } from '../pipeline/synthetic';
import { pickableArcs } from '../core/draw/pickable';
import { readScreen } from '../test/readScreen';
import { videoSection } from './benchVideo';
import { FIXTURES } from '../pipeline/testData';
import { benchSelection } from './selectionBench';
import { openAtlas } from './openPage';
import { median, quantile } from './stats';
import { fullPageSection } from './benchFullPage';

const LOADS = Number(process.env.BENCH_LOADS ?? 5);
/** The synthetic datasets served and scrubbed (src/pipeline/synthetic.ts). */
const SYNTHETIC_EVENTS = [300, 2_000];
const SCRUB_STEPS = 300;
/** `BENCH_ONLY=load|synthetic|video|fullpage` runs one section of the page bench. */
const ONLY = process.env.BENCH_ONLY;
/** Open/close cycles of the selection bench (each times one open and one close). */
const SELECT_CYCLES = Number(process.env.BENCH_SELECT_CYCLES ?? 30);
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const ARGS = ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking'];

const kb = (n: number) => `${(n / 1024).toFixed(1).padStart(7)} KB`;

function serve(dir: string, port: number): Promise<ChildProcess> {
  // Node runs Vite directly (not through npx), so that killing the child stops the server.
  const child = spawn(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--outDir',
      dir,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    const onData = (b: Buffer) => {
      out += b.toString();
      if (out.includes(String(port))) resolve(child);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`vite preview exited (${code}): ${out}`)));
    setTimeout(() => reject(new Error(`vite preview did not start: ${out}`)), 30_000);
  });
}

/**
 * Loads the page once; returns ms from navigation to ready (the picture and the controls), the ms to
 * the interactive map after a first interaction at ready, and the same-origin files fetched until ready.
 */
async function load(browser: Browser, url: string) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  const page = await ctx.newPage();
  const files = new Set<string>();
  let counting = true;
  page.on('request', (r) => {
    if (counting && r.url().startsWith(url)) files.add(new URL(r.url()).pathname);
  });
  const { ready, map } = await openAtlas(page, url, { onReady: () => (counting = false) });
  await ctx.close();
  return { ms: ready, map: map ?? ready, files: [...files] };
}

function firstViewBytes(dist: string, files: string[]) {
  const kinds = new Map<string, { raw: number; gz: number; n: number }>();
  for (const path of files) {
    const file = join(dist, path === '/' ? 'index.html' : path);
    if (!existsSync(file)) continue;
    const body = readFileSync(file);
    const kind = /maplibre/.test(path)
      ? 'MapLibre JS+CSS (incl. worker)'
      : path.endsWith('.js')
        ? 'own JS'
        : path.endsWith('.css')
          ? 'own CSS'
          : path.endsWith('.json')
            ? 'data (atlas + basemap)'
            : /\.woff2?$/.test(path)
              ? 'fonts'
              : 'HTML and other';
    const k = kinds.get(kind) ?? { raw: 0, gz: 0, n: 0 };
    k.raw += body.length;
    k.gz += gzipSync(body, { level: 9 }).length;
    k.n += 1;
    kinds.set(kind, k);
  }
  return kinds;
}

/** Navigation → ready and a scripted scrub on a copy of the site built from `events` synthetic events. */
async function syntheticSection(
  browser: Browser,
  procs: ChildProcess[],
  events: number,
  port: number,
): Promise<[string, string]> {
  const tmp = mkdtempSync(join(tmpdir(), 'atlas-bench-page-'));
  const support = readSupport(FIXTURES.support, FIXTURES.geo);
  const { gazetteer } = assembleGazetteer(support.gazetteer, support.changes, support.aliases);
  writeFileSync(join(tmp, 'partnerships.csv'), syntheticCsv(gazetteer, support.changes, { events }));
  const site = join(tmp, 'site');
  cpSync('dist', site, { recursive: true });
  const r = runBuild({
    dataDir: FIXTURES.support,
    geoDir: FIXTURES.geo,
    partnerships: join(tmp, 'partnerships.csv'),
    outDir: join(site, 'data'),
    schemaPath: null,
    log: () => {},
  });
  if (r.kind === 'failed') throw new Error(`synthetic data has problems: ${r.problems[0]?.message}`);
  procs.push(await serve(site, port));
  const synthUrl = `http://127.0.0.1:${port}/`;
  const synthLoads = [];
  for (let i = 0; i < 3; i++) synthLoads.push(await load(browser, synthUrl));
  const ready = synthLoads.map((l) => l.ms);
  const map = synthLoads.map((l) => l.map);
  console.log(
    `\nSynthetic ${events.toLocaleString('en')} events (${r.stats.pairs} pairs):\n  navigation → ready  median ${median(ready).toFixed(0).padStart(6)} ms   (loads: ${ready.map((t) => t.toFixed(0)).join(', ')})\n  first interaction at ready → map drawn: median ${median(map.map((m, i) => m - (ready[i] ?? 0))).toFixed(0)} ms`,
  );

  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  const page = await ctx.newPage();
  await openAtlas(page, `${synthUrl}#date=1989-12-31`);
  await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline'] });
  const result = await page.evaluate(async (steps) => {
    const longTasks: number[] = [];
    const obs = new PerformanceObserver((l) => l.getEntries().forEach((e) => longTasks.push(e.duration)));
    obs.observe({ type: 'longtask' });
    const atlas = window.atlas;
    if (!atlas) throw new Error('no window.atlas');
    const start = Date.parse('1990-01-01');
    const end = Date.parse('2026-07-01');
    const frames: number[] = [];
    const update: number[] = [];
    let last = performance.now();
    for (let i = 0; i <= steps; i++) {
      const day = new Date(start + ((end - start) * i) / steps).toISOString().slice(0, 10);
      const t = performance.now();
      atlas.setDate(day);
      update.push(performance.now() - t);
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      const now = performance.now();
      frames.push(now - last);
      last = now;
    }
    await atlas.idle();
    obs.disconnect();
    return { frames, update, longTasks, arcs: atlas.state().visibleArcs.length };
  }, SCRUB_STEPS);
  const trace = JSON.parse((await browser.stopTracing()).toString()) as {
    traceEvents: {
      ph: string;
      name: string;
      tid: number;
      pid: number;
      dur?: number;
      args?: { name?: string };
    }[];
  };
  const workers = new Set(
    trace.traceEvents
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && /DedicatedWorker/.test(e.args?.name ?? ''))
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const workerBusyUs = trace.traceEvents
    .filter((e) => e.ph === 'X' && /RunTask/.test(e.name) && workers.has(`${e.pid}:${e.tid}`))
    .reduce((s, e) => s + (e.dur ?? 0), 0);
  await ctx.close();
  console.log(
    `  scripted scrub, 1990-01-01 → 2026-07-01 in ${SCRUB_STEPS} steps, one per frame (${result.arcs} arcs at the end):`,
  );
  console.log(
    `    long tasks (> 50 ms) during the scrub: ${result.longTasks.length}${result.longTasks.length ? ` (longest ${Math.max(...result.longTasks).toFixed(0)} ms)` : ''}; target 0`,
  );
  console.log(
    `    setDate (our code: visible arcs, feature-state, panel, URL), synchronous: median ${median(result.update).toFixed(1)} ms, p95 ${quantile(result.update, 0.95).toFixed(1)} ms`,
  );
  console.log(
    `    frame time: median ${median(result.frames).toFixed(1)} ms, p95 ${quantile(result.frames, 0.95).toFixed(1)} ms`,
  );
  console.log(
    `    MapLibre worker busy: ${(workerBusyUs / 1000).toFixed(1)} ms in total (${workers.size} worker threads traced)`,
  );
  for (const size of PICK_SIZES) {
    const { pickable, visible } = await pickableAtOpening(browser, synthUrl, size);
    console.log(
      `  lines (arcs or country flows) pickable at the opening view, ${size.name} ${size.width}×${size.height}: ${pickable} of ${visible} (${((100 * pickable) / Math.max(1, visible)).toFixed(0)} %; the rest through the chooser)`,
    );
  }
  return [`${r.stats.events} events, ${r.stats.pairs} pairs`, synthUrl] as [string, string];
}

const PICK_SIZES = [
  { name: 'desktop', width: 1280, height: 800, touch: false },
  { name: 'phone', width: 390, height: 844, touch: true },
];

/**
 * How many of the lines drawn at the opening view (arcs, or a crowded map's country flows and the
 * close-up's arcs next door) have points where they alone would be picked (`pickableArcs`, the browser
 * tests' measure): the rest are reached through the chooser.
 */
async function pickableAtOpening(
  browser: Browser,
  url: string,
  size: (typeof PICK_SIZES)[number],
): Promise<{ pickable: number; visible: number }> {
  const ctx = await browser.newContext({
    viewport: { width: size.width, height: size.height },
    hasTouch: size.touch,
    reducedMotion: 'reduce',
  });
  const page = await ctx.newPage();
  await openAtlas(page, url);
  await page.evaluate(() => window.atlas?.idle());
  const s = await page.evaluate(readScreen);
  await ctx.close();
  const drawn = [...new Set(s.arcs.map((a) => a.id))];
  return { pickable: pickableArcs(s, drawn).length, visible: drawn.length };
}

async function main() {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first');
  const browser = await chromium.launch({ executablePath: CHROME, args: ARGS });
  const procs: ChildProcess[] = [];
  try {
    procs.push(await serve('dist', 4391));
    const base = 'http://127.0.0.1:4391/';
    if (!ONLY || ONLY === 'load') await loadSection(browser, base);
    if (!ONLY || ONLY === 'synthetic') await syntheticAndSelection(browser, procs);
    if (!ONLY || ONLY === 'video') await videoSection(browser, base);
    if (!ONLY || ONLY === 'fullpage') await fullPageSection(browser, procs);
  } finally {
    for (const p of procs) p.kill();
    await browser.close();
  }
}

/** The real site: bytes of the first view and time to ready and to the map. */
async function loadSection(browser: Browser, base: string) {
  const loads = [];
  for (let i = 0; i < LOADS; i++) loads.push(await load(browser, base));
  const kinds = firstViewBytes('dist', loads[0]?.files ?? []);
  console.log('First view (files fetched until ready; gzip -9 computed from dist/):');
  for (const [kind, k] of [...kinds].sort())
    console.log(`  ${kind.padEnd(32)} ${kb(k.raw)} raw ${kb(k.gz)} gzip  (${k.n} files)`);
  const own = kinds.get('own JS')?.gz ?? 0;
  const data = kinds.get('data (atlas + basemap)')?.gz ?? 0;
  console.log(
    `  budget own JS ≤ 60 KB gzip: ${own <= 60 * 1024 ? 'met' : 'MISSED'}; first-view data ≤ 100 KB gzip: ${data <= 100 * 1024 ? 'met' : 'MISSED'}`,
  );
  const times = loads.map((l) => l.ms);
  console.log(
    `\nnavigation → ready (real data)        median ${median(times).toFixed(0).padStart(6)} ms   (loads: ${times.map((t) => t.toFixed(0)).join(', ')})`,
  );
  console.log(
    `first interaction at ready → map drawn  median ${median(loads.map((l) => l.map - l.ms))
      .toFixed(0)
      .padStart(6)} ms   (MapLibre starts on the reader's first interaction)`,
  );
}

/** The synthetic datasets (src/pipeline/synthetic.ts), each served from a copy of the site. */
async function syntheticAndSelection(browser: Browser, procs: ChildProcess[]) {
  let port = 4392;
  const sites: [string, string][] = [];
  for (const events of SYNTHETIC_EVENTS) sites.push(await syntheticSection(browser, procs, events, port++));

  // 3. Opening and closing a selection, at 300 events and at 2,000 arcs.
  console.log(
    `\nSelection open/close, ${SELECT_CYCLES} cycles (select an arc, clear it; the next arc each time), full page 1280×800:`,
  );
  for (const [label, url] of sites) {
    const s = await benchSelection(browser, url, SELECT_CYCLES);
    const ms = (xs: number[]) =>
      `median ${median(xs).toFixed(1)} ms, p95 ${quantile(xs, 0.95).toFixed(1)} ms`;
    console.log(`  ${label} (${s.arcs} visible):`);
    console.log(
      `    our script, select() until the panel is in the DOM: ${ms(s.script)}; target ≤ 50 ms: ${quantile(s.script, 0.95) <= 50 ? 'met' : 'MISSED'}${s.missing ? `; panel missing ${s.missing}×` : ''}`,
    );
    console.log(`    until the next frame (MapLibre's work on the main thread): ${ms(s.frame)}`);
    console.log(`    until the map is idle (drawn by SwiftShader): ${ms(s.idle)}`);
    console.log(
      `    main-thread JS over the run: ours ${s.js.ours.toFixed(0)} ms, MapLibre ${s.js.maplibre.toFixed(0)} ms (canvas resize ${s.js.resizeCanvas.toFixed(0)} ms); GPU process busy ${s.gpu.toFixed(0)} ms; long tasks ${s.longTasks.length}${s.longTasks.length ? ` (longest ${Math.max(...s.longTasks).toFixed(0)} ms)` : ''}`,
    );
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
