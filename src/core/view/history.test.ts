import { describe, expect, it } from 'vitest';
import { seedAtlas as atlas } from '../fixtures/seedAtlas';
import { knownPlaceOrArc, nameIsShared, selectionAt, signatories, standingAt } from './history';
import { visibleArcs } from './visibleArcs';

const AFTER = '2025-08-01';
const BEFORE = '2025-03-01';
const events = (id: string, day: string) =>
  selectionAt(atlas, visibleArcs(atlas, day), id)?.events.map((e) => e.id);

describe('standingAt', () => {
  it('says Hà Giang is part of the new Tuyên Quang from 1 July 2025, and itself before', () => {
    expect(standingAt(atlas, 'VN-03', AFTER)).toEqual({
      kind: 'merged',
      into: 'VN25-TUYEN-QUANG',
      since: '2025-07-01',
    });
    expect(standingAt(atlas, 'VN-03', BEFORE)).toEqual({ kind: 'current' });
  });

  it('tells a change of status (Thừa Thiên Huế → Huế) from a merger', () => {
    expect(standingAt(atlas, 'VN-26', AFTER)).toMatchObject({ kind: 'renamed', into: 'VN25-HUE' });
  });

  it('says the new Tuyên Quang did not exist before 1 July 2025, and what it was made of', () => {
    expect(standingAt(atlas, 'VN25-TUYEN-QUANG', BEFORE)).toEqual({
      kind: 'notYet',
      since: '2025-07-01',
      from: ['VN-07', 'VN-03'],
    });
  });
});

describe('selectionAt', () => {
  it('selects every arc to a partner of a country (a flow of the world map), with their events', () => {
    const arcs = visibleArcs(atlas, AFTER);
    const s = selectionAt(atlas, arcs, 'KZ');
    expect([...(s?.arcs ?? [])].sort()).toEqual(['VN-HN~KZ-AST', 'VN25-BAC-NINH~KZ-VOS']);
    expect(s?.events.map((e) => e.partnerCountry)).toEqual(['KZ', 'KZ']);
  });

  it('never gives the old Tuyên Quang the events of Hà Giang, before or after the merger', () => {
    expect(events('VN-07', AFTER)).toEqual([]);
    expect(events('VN-07', BEFORE)).toEqual([]);
  });

  it('gives Hà Giang its own events after the merger, on the arc that draws them now', () => {
    const arcs = visibleArcs(atlas, AFTER);
    const s = selectionAt(atlas, arcs, 'VN-03');
    expect(s?.events.map((e) => e.id)).toEqual([
      '2023-02-guangxi-spring-meeting',
      '2025-02-guangxi-spring-meeting',
    ]);
    expect([...(s?.arcs ?? [])]).toEqual(['VN25-TUYEN-QUANG~CN-GX']);
  });

  it('gives the new Tuyên Quang the events of its predecessors', () => {
    expect(events('VN25-TUYEN-QUANG', AFTER)).toHaveLength(2);
    expect(events('VN25-TUYEN-QUANG', BEFORE)).toEqual([]);
  });

  it('selects an arc of the old geography through the arc that draws it now, with its own events', () => {
    const s = selectionAt(atlas, visibleArcs(atlas, AFTER), 'VN-03~CN-GX');
    expect(s?.kind).toBe('arc');
    expect([...(s?.arcs ?? [])]).toEqual(['VN25-TUYEN-QUANG~CN-GX']);
    expect(s?.events).toHaveLength(2);
  });

  it('selects nothing for an id the atlas cannot name (a region without partners, a typo)', () => {
    expect(selectionAt(atlas, visibleArcs(atlas, AFTER), 'KH-14')).toBeNull();
    expect(selectionAt(atlas, visibleArcs(atlas, AFTER), 'VN-13~CN-JL')).toBeNull();
    expect(knownPlaceOrArc(atlas, 'KH-14')).toBe(false);
    expect(knownPlaceOrArc(atlas, 'VN-13~JP-01')).toBe(true);
  });
});

describe('signatories and shared names', () => {
  it('names Hà Giang as the unit that signed on the new Tuyên Quang’s arc', () => {
    const arc = visibleArcs(atlas, AFTER).find((a) => a.id === 'VN25-TUYEN-QUANG~CN-GX');
    expect(arc && signatories(arc)).toEqual(['VN-03']);
  });

  it('knows that the old and the new Tuyên Quang share a name, and Quảng Ninh does not', () => {
    const place = (id: string) => atlas.places.find((p) => p.id === id)!;
    expect(nameIsShared(atlas, place('VN-07'))).toBe(true);
    expect(nameIsShared(atlas, place('VN25-TUYEN-QUANG'))).toBe(true);
    expect(nameIsShared(atlas, place('VN-13'))).toBe(false);
  });
});
