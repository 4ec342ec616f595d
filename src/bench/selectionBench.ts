/**
 * The selection part of `npm run bench`: a scripted open/close of the details panel (select an arc,
 * then clear it, `cycles` times, each arc in turn), on a page already loaded and idle. For each open and
 * each close it times
 * - our script: `window.atlas.select(id)` until it returns, the details panel being in the DOM by then
 *   (store → visible arcs → details → panel, list, feature-state), what the "≤ 50 ms" is about;
 * - the next frame: what runs before the browser can paint again (MapLibre's own work, its canvas
 *   resize when the panel changes the map's width among it);
 * - the map's `idle`: until MapLibre has drawn the new state (SwiftShader drawing in the GPU process).
 * A CPU profile of the page's main thread and a Chromium trace split the time between our bundle,
 * MapLibre (and its canvas resize alone) and the GPU process.
 */
import { openAtlas } from './openPage';
import type { Browser } from '@playwright/test';

export interface SelectionBench {
  arcs: number;
  /** One entry per open and per close, ms. */
  script: number[];
  frame: number[];
  idle: number[];
  /** Panel opens where the panel was not in the DOM when `select` returned (must be 0). */
  missing: number;
  longTasks: number[];
  /** Main-thread JS self time over the whole run, ms. */
  js: { ours: number; maplibre: number; resizeCanvas: number };
  /** Busy time of the GPU process's main thread (SwiftShader), ms. */
  gpu: number;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
}

export async function benchSelection(browser: Browser, url: string, cycles: number): Promise<SelectionBench> {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  const page = await ctx.newPage();
  await openAtlas(page, url);
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await browser.startTracing(page, { categories: ['toplevel'] });
  await cdp.send('Profiler.start');
  // No named function expressions inside: tsx would wrap them in a helper the page does not have.
  const r = await page.evaluate(async (cycles) => {
    const atlas = window.atlas;
    if (!atlas) throw new Error('no window.atlas');
    const ids = atlas.state().visibleArcs.map((a) => a.id);
    const longTasks: number[] = [];
    const obs = new PerformanceObserver((l) => l.getEntries().forEach((e) => longTasks.push(e.duration)));
    obs.observe({ type: 'longtask' });
    const out = { script: [] as number[], frame: [] as number[], idle: [] as number[], missing: 0 };
    for (let i = 0; i < cycles; i++) {
      for (const id of [ids[i % ids.length] ?? null, null]) {
        const t = performance.now();
        atlas.select(id);
        out.script.push(performance.now() - t);
        if (id && !document.querySelector('.details:not([hidden]) h2')) out.missing++;
        await new Promise((r) => requestAnimationFrame(() => r(null)));
        out.frame.push(performance.now() - t);
        await atlas.idle();
        out.idle.push(performance.now() - t);
      }
    }
    obs.disconnect();
    return { ...out, longTasks, arcs: ids.length };
  }, cycles);
  const { profile } = (await cdp.send('Profiler.stop')) as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  };
  const trace = JSON.parse((await browser.stopTracing()).toString()) as {
    traceEvents: {
      ph: string;
      name: string;
      pid: number;
      tid: number;
      dur?: number;
      args?: { name?: string };
    }[];
  };
  await ctx.close();

  const nodes = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const js = { ours: 0, maplibre: 0, resizeCanvas: 0 };
  profile.samples.forEach((id, i) => {
    const f = nodes.get(id);
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    if (!f) return;
    if (/\/assets\/maplibre/.test(f.url)) {
      js.maplibre += ms;
      if (f.functionName === '_resizeCanvas') js.resizeCanvas += ms;
    } else if (/\/assets\//.test(f.url)) js.ours += ms;
  });
  const gpuMain = new Set(
    trace.traceEvents
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrGpuMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  // Tasks show as `RunTask` or `ThreadControllerImpl::RunTask` (nested) depending on the build: the
  // larger sum of the two, not both.
  const tasks = (name: string) =>
    trace.traceEvents
      .filter((e) => e.ph === 'X' && e.name === name && gpuMain.has(`${e.pid}:${e.tid}`))
      .reduce((s, e) => s + (e.dur ?? 0), 0) / 1000;
  const gpu = Math.max(tasks('RunTask'), tasks('ThreadControllerImpl::RunTask'));
  return { ...r, js, gpu };
}
