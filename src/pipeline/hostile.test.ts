import { describe, expect, it } from 'vitest';
import { loadHostileCases, runHostileCase } from './hostile';

describe('the hostile corpus (fixtures/hostile/cases.json), through the real CLI', () => {
  it.each(loadHostileCases().map((c) => [c.name, c] as const))(
    '%s: exit code, located message, outputs untouched',
    async (_name, c) => {
      const r = await runHostileCase(c);
      expect(r.exit, r.stderr).toBe(c.exit ?? 1);
      expect(r.stderr).toMatch(new RegExp(c.message));
      expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/); // no stack trace
      expect(r.untouched).toBe(true);
    },
  );
});
