/**
 * Vitest setup: a unit test that reads the editorial data (`data/*.csv`, which journalists edit) fails
 * at once, naming the file. Tests use fixtures (src/pipeline/testData.ts); a correct edit of the data
 * must never turn a test red. Node's ESM bindings of `node:fs` are re-synced after the patch.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { resolve } from 'node:path';

const EDITORIAL = ['partnerships.csv', 'aliases.csv', 'admin-changes.csv'].map((f) => resolve('data', f));
const guard = <F extends (...args: never[]) => unknown>(read: F): F =>
  ((...args: Parameters<F>) => {
    const path = args[0] as unknown;
    if (typeof path === 'string' && EDITORIAL.includes(resolve(path)))
      throw new Error(`a test read the editorial data ${path}: use a fixture (src/pipeline/testData.ts)`);
    return read(...args);
  }) as F;
// Once per worker: the test files share their worker's modules (`isolate: false` in vite.config.ts),
// and this file runs before each of them.
const GUARDED = Symbol.for('atlas.noEditorialData');
if (!(GUARDED in fs.readFileSync)) {
  fs.readFileSync = Object.assign(guard(fs.readFileSync), { [GUARDED]: true });
  fs.promises.readFile = guard(fs.promises.readFile);
  syncBuiltinESMExports();
}
