/** `npm run geo:refresh`: regenerates data/geo/* from the pinned upstream packages. */
import { refreshGeo } from './geo/refresh';

refreshGeo('data', (s) => console.log(s)).catch((e: unknown) => {
  console.error(`geo:refresh failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
