import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Atlas } from '../atlas';
import { indexOf } from '../atlasIndex';
import { seedAtlas as atlas } from '../fixtures/seedAtlas';
import { visibleArcs } from '../view/visibleArcs';
import { FLOW_DEFAULTS, flowCounts, NEXT_DOOR_KEEP, possibleFlows, showsFlows } from './countryFlows';
import { FAN_DEFAULTS } from './flowFan';
import { toWorld } from './mercator';
import { VIETNAM_BOUNDS } from './theme';

describe('possibleFlows', () => {
  const flows = possibleFlows(atlas);
  const ix = indexOf(atlas);

  it('draws one flow per partner country, ending at a partner of that country', () => {
    expect(flows.map((f) => f.id)).toEqual(['CN', 'JP', 'KZ']);
    for (const f of flows) {
      const end = ix.place(f.end);
      expect(end?.country).toBe(f.id);
      expect(f.to).toEqual([end?.lon, end?.lat]);
    }
  });

  it('starts the long flows at one point in Vietnam, and a flow next door at its own partnerships’ ends', () => {
    const [w, s, e, n] = VIETNAM_BOUNDS;
    const inVietnam = ([lon, lat]: readonly number[]) => lon! > w && lon! < e && lat! > s && lat! < n;
    const start = (id: string) => flows.find((f) => f.id === id)!.from;
    // Japan's and Kazakhstan's leave home together (and fan out where they run together).
    expect(start('JP')).toEqual(start('KZ'));
    expect(inVietnam(start('JP'))).toBe(true);
    // Guangxi's leaves from the border provinces that signed with it, north of home: from home, the
    // flows to China and to Malaysia ran through it as one line across Vietnam (a reader's review).
    const gx = start('CN');
    expect(inVietnam(gx)).toBe(true);
    expect(gx[1]).toBeGreaterThan(22);
    expect(gx[1]).toBeGreaterThan(start('JP')[1]);
  });

  it('keeps a flow next door most of its length from home (300 events: Cambodia, Laos), China’s and Malaysia’s apart', () => {
    const scale = Atlas.parse(
      JSON.parse(readFileSync('src/pipeline/fixtures/out/synthetic-300.json', 'utf8')),
    );
    const all = possibleFlows(scale);
    const d = (a: readonly number[], b: readonly number[]) => {
      const [ax, ay] = toWorld(a as [number, number]);
      const [bx, by] = toWorld(b as [number, number]);
      return Math.hypot(ax - bx, ay - by);
    };
    // Home: where the long flows leave from, together.
    const home = all.find((f) => d(f.from, f.to) > FAN_DEFAULTS.minLength)!.from;
    const next = all.filter((f) => d(home, f.to) < FAN_DEFAULTS.minLength);
    expect(next.map((f) => f.id)).toEqual(expect.arrayContaining(['CN', 'KH', 'LA', 'MY']));
    for (const f of next) {
      expect(d(f.from, f.to), f.id).toBeGreaterThanOrEqual(NEXT_DOOR_KEEP * d(home, f.to) - 1e-9);
      expect(d(f.from, f.to), f.id).toBeLessThanOrEqual(d(home, f.to) + 1e-9);
    }
    const at = (id: string) => all.find((f) => f.id === id)!.from;
    // China's leaves north of Malaysia's: not one line through one point.
    expect(at('CN')[1] - at('MY')[1]).toBeGreaterThan(3);
  });

  it('ends a country’s flow at the partner nearest the others (of two, either)', () => {
    expect(['KZ-AST', 'KZ-VOS']).toContain(flows.find((f) => f.id === 'KZ')?.end);
  });
});

describe('flowCounts', () => {
  it('counts the arcs each country’s flow stands for on the day', () => {
    expect(flowCounts(atlas, visibleArcs(atlas, '2025-08-01'))).toEqual(
      new Map([
        ['KZ', 2],
        ['CN', 4],
        ['JP', 1],
      ]),
    );
    expect(flowCounts(atlas, visibleArcs(atlas, '2019-01-01'))).toEqual(new Map([['KZ', 1]]));
  });
});

describe('showsFlows', () => {
  it('draws flows from the crowded threshold on', () => {
    const n = FLOW_DEFAULTS.fromArcs;
    expect(showsFlows(n - 1)).toBe(false);
    expect(showsFlows(n)).toBe(true);
  });
});
