import { describe, expect, it } from 'vitest';
import { indexOf } from '../atlasIndex';
import { seedAtlas as atlas } from '../fixtures/seedAtlas';
import { visibleArcs, type VisibleArc } from '../view/visibleArcs';
import { FLOW_DEFAULTS } from './countryFlows';
import { nextDoor } from './countryFlows';
import { ALL_FAINT, planDraw, type DrawInput } from './drawPlan';

const ix = indexOf(atlas);
const seed = visibleArcs(atlas, '2025-03-01');
/** The seed's arcs repeated under other ids until the map is crowded (flows are counted per arc). */
const crowded: VisibleArc[] = Array.from({ length: FLOW_DEFAULTS.fromArcs }, (_, i) => {
  const a = seed[i % seed.length]!;
  return { ...a, id: i < seed.length ? a.id : `${a.id}#${i}` };
});
const none = new Set<string>();
const input = (arcs: VisibleArc[], o: Partial<DrawInput> = {}): DrawInput => ({
  arcs,
  active: new Set(arcs.flatMap((a) => [a.vn, a.partner])),
  selected: none,
  focus: none,
  closeUp: null,
  canFlow: true,
  ...o,
});

describe('planDraw', () => {
  it('marks and names a place selected that no arc ends at, strong, on either kind of map', () => {
    // Lai Châu, with no partner: among the ends, strong, whatever the map draws.
    const lone = planDraw(atlas, ix, input(seed, { picked: 'VN-01' }));
    expect(lone.lone).toBe('VN-01');
    expect(lone.ends.has('VN-01') && lone.endFocus.has('VN-01')).toBe(true);
    expect(lone.ends.size).toBe(new Set(seed.flatMap((a) => [a.vn, a.partner])).size + 1);
    const flows = planDraw(atlas, ix, input(crowded, { picked: 'VN-01' }));
    expect([...flows.ends]).toEqual(['VN-01']);
    expect(flows.flows.labels).toBe(true);
    // A place with an arc is an end already; a country is its flow's end; no selection, no mark.
    expect(planDraw(atlas, ix, input(seed, { picked: 'VN-13' })).lone).toBeNull();
    expect(planDraw(atlas, ix, input(seed, { picked: 'JP' })).lone).toBeNull();
    expect(planDraw(atlas, ix, input(seed)).lone).toBeNull();
  });

  it('marks a ceased unit at what it is part of now, and a unit only once it exists', () => {
    const day = '2025-08-01';
    const after = visibleArcs(atlas, day);
    // Hà Giang after the merger: its arcs are drawn from the new Tuyên Quang, ringed, not Hà Giang.
    const haGiang = new Set(after.filter((a) => a.vn === 'VN25-TUYEN-QUANG').map((a) => a.id));
    expect(haGiang.size).toBeGreaterThan(0);
    const selected = planDraw(
      atlas,
      ix,
      input(after, { picked: 'VN-03', selected: haGiang, focus: haGiang, day }),
    );
    expect([selected.ringed, selected.lone]).toEqual(['VN25-TUYEN-QUANG', null]);
    expect(selected.ends.has('VN-03')).toBe(false);
    // The old Tuyên Quang, no arc of its own: at the new one too, not as a second "Tuyên Quang".
    const old = planDraw(atlas, ix, input(after, { picked: 'VN-07', day }));
    expect([old.ringed, old.lone]).toEqual(['VN25-TUYEN-QUANG', null]);
    // Bắc Giang: at the new Bắc Ninh, an end; Quảng Bình at Quảng Trị, alone (no arc ends there).
    expect(planDraw(atlas, ix, input(after, { picked: 'VN-54', day })).ringed).toBe('VN25-BAC-NINH');
    const quangBinh = planDraw(atlas, ix, input(after, { picked: 'VN-24', day }));
    expect([quangBinh.ringed, quangBinh.lone]).toEqual(['VN25-QUANG-TRI', 'VN25-QUANG-TRI']);
    // The new Tuyên Quang in 2024, before it exists: not marked.
    const before = visibleArcs(atlas, '2024-06-01');
    const notYet = planDraw(atlas, ix, input(before, { picked: 'VN25-TUYEN-QUANG', day: '2024-06-01' }));
    expect([notYet.ringed, notYet.lone]).toEqual([null, null]);
  });

  it('draws every arc and flow faint with a lone place selected, but those a hover previews', () => {
    expect(planDraw(atlas, ix, input(seed, { picked: 'VN-01' })).arcFocus).toBe(ALL_FAINT);
    const hokkaido = new Set([seed.find((a) => a.partner === 'JP-01')!.id]);
    expect(planDraw(atlas, ix, input(seed, { picked: 'VN-01', focus: hokkaido })).arcFocus).toBe(hokkaido);
    expect(planDraw(atlas, ix, input(crowded, { picked: 'VN-01' })).flows).toMatchObject({
      strong: 'dim',
      labels: true,
    });
    expect(planDraw(atlas, ix, input(seed)).arcFocus.size).toBe(0);
  });

  it('draws every arc faint with a place selected that has none of its own, wherever it is marked', () => {
    const day = '2025-08-01';
    const after = visibleArcs(atlas, day);
    // Bắc Giang after the merger: ringed at the new Bắc Ninh, whose arcs are not Bắc Giang's.
    const bacGiang = planDraw(atlas, ix, input(after, { picked: 'VN-54', day }));
    expect([bacGiang.ringed, bacGiang.lone]).toEqual(['VN25-BAC-NINH', null]);
    expect(bacGiang.arcFocus).toBe(ALL_FAINT);
    // The new Tuyên Quang before it exists: unmarked, and nothing of it drawn strong.
    const before = visibleArcs(atlas, '2024-06-01');
    expect(
      planDraw(atlas, ix, input(before, { picked: 'VN25-TUYEN-QUANG', day: '2024-06-01' })).arcFocus,
    ).toBe(ALL_FAINT);
    // On a crowded map, the flows dimmed.
    expect(planDraw(atlas, ix, input(crowded, { picked: 'VN-54', day })).flows.strong).toBe('dim');
    // An id the atlas does not know (a stale link's) selects nothing: nothing faint.
    expect(planDraw(atlas, ix, input(after, { picked: 'FR-ZZZ', day })).arcFocus.size).toBe(0);
  });

  it('draws every arc with its events as weight, and every end, on an uncrowded map', () => {
    const p = planDraw(atlas, ix, input(seed));
    expect([...p.arcs.keys()]).toEqual(seed.map((a) => a.id));
    expect(p.arcs.get(seed[0]!.id)).toBe(seed[0]!.events.length);
    expect(p.ends).toEqual(new Set(seed.flatMap((a) => [a.vn, a.partner])));
    expect(p.flows.counts.size).toBe(0);
    expect(p.flowMode).toBe(false);
  });

  it('marks the ends of the arcs in focus strong', () => {
    const hokkaido = seed.find((a) => a.partner === 'JP-01')!;
    const p = planDraw(atlas, ix, input(seed, { focus: new Set([hokkaido.id]) }));
    expect(p.endFocus).toEqual(new Set([hokkaido.vn, 'JP-01']));
    expect(p.arcFocus).toEqual(new Set([hokkaido.id]));
  });

  it('draws named country flows and no arc on a crowded world map', () => {
    const p = planDraw(atlas, ix, input(crowded));
    expect(p.flowMode).toBe(true);
    expect(p.arcs.size).toBe(0);
    expect(p.ends.size).toBe(0);
    expect(p.flows.labels).toBe(true);
    expect([...p.flows.counts.values()].reduce((s, n) => s + n, 0)).toBe(crowded.length);
  });

  it('strengthens the flow of a previewed arc’s country', () => {
    const kz = crowded.find((a) => a.partner === 'KZ-VOS')!;
    const p = planDraw(atlas, ix, input(crowded, { focus: new Set([kz.id]) }));
    expect(p.flows.strong).toEqual(new Set(['KZ']));
  });

  it('draws a selection’s own arcs over faint, unnamed flows on a crowded map', () => {
    const sel = new Set(crowded.filter((a) => a.partner === 'CN-GX').map((a) => a.id));
    const p = planDraw(atlas, ix, input(crowded, { selected: sel, focus: sel }));
    expect(new Set(p.arcs.keys())).toEqual(sel);
    expect(p.flows.strong).toBe('dim');
    expect(p.flows.labels).toBe(false);
    expect(p.ends.has('CN-GX')).toBe(true);
    expect(p.ends.has('JP-01')).toBe(false);
  });

  it('never draws flows where the map has none (a video frame), however crowded', () => {
    const p = planDraw(atlas, ix, input(crowded, { canFlow: false }));
    expect(p.flowMode).toBe(false);
    expect(p.arcs.size).toBe(crowded.length);
  });

  const border: [number, number, number, number] = [102, 20, 112, 26];

  it('finds the countries next door: those whose flow ends inside the bounds', () => {
    expect(nextDoor(atlas, border)).toEqual(new Set(['CN']));
    expect(nextDoor(atlas, [0, 0, 1, 1])).toEqual(new Set());
  });

  it('on a crowded map, the close-up draws the flows next door and the main map the others', () => {
    const inner = planDraw(atlas, ix, input(crowded, { closeUp: border }));
    const outer = planDraw(atlas, ix, input(crowded, { beside: border }));
    expect(inner.flowMode).toBe(true);
    expect(inner.arcs.size).toBe(0);
    expect(inner.flows.labels).toBe(true);
    expect([...inner.flows.counts.keys()]).toEqual(['CN']);
    expect([...outer.flows.counts.keys()].sort()).toEqual(['JP', 'KZ']);
    // Every partnership is counted once, on one map or the other.
    const total = (c: ReadonlyMap<string, number>) => [...c.values()].reduce((s, n) => s + n, 0);
    expect(total(inner.flows.counts) + total(outer.flows.counts)).toBe(crowded.length);
    // With no close-up beside it, the main map draws every country.
    const alone = planDraw(atlas, ix, input(crowded));
    expect([...alone.flows.counts.keys()].sort()).toEqual(['CN', 'JP', 'KZ']);
  });

  it('the close-up of home marks and names the Vietnamese hubs, the places of ten links or more; the main map and a selection none', () => {
    const links = (vn: string) => crowded.filter((a) => a.vn === vn).length;
    // (The crowded seed: Quảng Ninh's two arcs of seven, repeated to 40, are 12 links; the others 6.)
    expect(links('VN-13')).toBeGreaterThanOrEqual(FLOW_DEFAULTS.hubLinks);
    expect(links('VN-HN')).toBeLessThan(FLOW_DEFAULTS.hubLinks);
    const inner = planDraw(atlas, ix, input(crowded, { closeUp: border }));
    expect(inner.flows.hubs).toEqual(new Map([['VN-13', links('VN-13')]]));
    expect(planDraw(atlas, ix, input(crowded, { beside: border })).flows.hubs.size).toBe(0);
    const sel = new Set([crowded[0]!.id]);
    const picked = planDraw(atlas, ix, input(crowded, { closeUp: border, selected: sel, focus: sel }));
    expect(picked.flows.hubs.size).toBe(0);
    expect(planDraw(atlas, ix, input(seed, { closeUp: border })).flows.hubs.size).toBe(0);
  });

  it('a preview strengthens its country in the close-up too', () => {
    const gx = crowded.find((a) => a.partner === 'CN-GX')!;
    const p = planDraw(atlas, ix, input(crowded, { closeUp: border, focus: new Set([gx.id]) }));
    expect(p.flows.strong).toEqual(new Set(['CN']));
  });

  it('under a selection the close-up draws the selection’s arcs, over faint flows', () => {
    const japan = crowded.find((a) => a.partner === 'JP-01')!;
    const guangxi = seed.filter((a) => a.partner === 'CN-GX').map((a) => a.id);
    const sel = new Set([...guangxi, japan.id]);
    const p = planDraw(atlas, ix, input(crowded, { closeUp: border, selected: sel, focus: sel }));
    expect([...p.arcs.keys()].sort()).toEqual([...sel].sort());
    expect(p.flows.strong).toBe('dim');
    expect(p.flows.labels).toBe(false);
  });
});
