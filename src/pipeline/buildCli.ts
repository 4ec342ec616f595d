/** `npm run data [-- --data DIR --geo DIR --out DIR]`: builds public/data from data/. Exit 1 on any problem. */
import { parseArgs } from 'node:util';
import { BUILD_DEFAULTS, formatProblem, runBuild } from './build';

const { values } = parseArgs({
  options: { data: { type: 'string' }, geo: { type: 'string' }, out: { type: 'string' } },
});
console.log('Building the atlas data…');
try {
  const r = runBuild({
    ...BUILD_DEFAULTS,
    dataDir: values.data ?? BUILD_DEFAULTS.dataDir,
    outDir: values.out ?? BUILD_DEFAULTS.outDir,
    ...(values.geo ? { geoDir: values.geo } : {}),
  });
  for (const w of r.warnings) console.warn(`warning: ${w}`);
  if (r.problems.length > 0) {
    for (const p of r.problems) console.error(formatProblem(p));
    console.error(
      `\n${r.problems.length} problem${r.problems.length > 1 ? 's' : ''}: nothing was written; the previous outputs are unchanged.`,
    );
    process.exit(1);
  }
  const s = r.stats;
  console.log(
    `${s.events} events, ${s.places} places, ${s.pairs} pairs (${s.links} event–pair links), ${r.warnings.length} warnings`,
  );
  for (const f of r.written) console.log(`wrote ${f}`);
} catch (e) {
  console.error(`build failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
