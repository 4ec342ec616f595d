import { describe, expect, it } from 'vitest';
import type { Atlas } from '../core/atlas';
import { partnerHistoryAtlas as atlas } from '../core/fixtures/seedAtlas';
import { countsOf, reachOf } from '../core/view/counts';
import { exportRows } from '../core/view/exportRows';
import { selectionAt } from '../core/view/history';
import { possibleArcs } from '../core/view/possibleArcs';
import { geographyAt, reformDay, visibleArcs } from '../core/view/visibleArcs';
import { translator } from '../ui/messages';
import { countWords } from './countWords';
import { namer } from './names';
import { searchResults } from './searchWords';
import { detailsFor } from './selection';

/** Issue 14: the partners' history told as Vietnam's is (France's régions, 1 January 2016). */
const BEFORE = '2015-06-01';
const AFTER = '2020-01-01';
const ids = (day: string) =>
  visibleArcs(atlas, day)
    .map((a) => `${a.id} [${a.pairs.join(' ')}]`)
    .sort();

/**
 * The fixture with Hà Giang for Hà Nội and the old Tuyên Quang for Quảng Ninh (test data): both sides
 * change, on days of their own; on 1 August 2025 every pair is on the new Tuyên Quang's arc to
 * Nouvelle-Aquitaine.
 */
const swap = (id: string) => ({ 'VN-HN': 'VN-03', 'VN-13': 'VN-07' })[id] ?? id;
const moved: Atlas = {
  ...atlas,
  events: atlas.events.map((e) => ({ ...e, vn: e.vn.map(swap) })),
  pairs: atlas.pairs.map((p) => ({ ...p, id: `${swap(p.vn)}~${p.partner}`, vn: swap(p.vn) })),
};

describe('partner-side history', () => {
  it('carries the changes of the partners the events name, with all their successor’s predecessors', () => {
    expect(atlas.adminChanges.filter((c) => c.from.startsWith('FR-'))).toEqual(
      ['FR-B', 'FR-L', 'FR-T'].map((from) => ({ date: '2016-01-01', kind: 'merge', from, to: 'FR-NAQ' })),
    );
  });

  it('links a région that ceased to the one that holds its territory from the day of the change', () => {
    expect(ids(BEFORE)).toEqual(['VN-13~FR-B [VN-13~FR-B]', 'VN-HN~FR-L [VN-HN~FR-L]']);
    expect(ids(AFTER)).toEqual(['VN-13~FR-NAQ [VN-13~FR-B]', 'VN-HN~FR-NAQ [VN-HN~FR-L VN-HN~FR-NAQ]']);
    // Every arc drawn on some day is among the arcs the page prepares.
    const possible = new Set(possibleArcs(atlas).map((a) => a.id));
    for (const day of [BEFORE, AFTER])
      for (const a of visibleArcs(atlas, day)) expect(possible).toContain(a.id);
  });

  it('keeps the reform day and the geography Vietnam’s: a partner’s change is not Vietnam’s map', () => {
    expect(reformDay(atlas.adminChanges)).toBe('2025-07-01');
    expect(geographyAt(AFTER, atlas.adminChanges)).toBe('vn63');
  });

  it('names a partner as it signed, with what holds its territory now', () => {
    const tr = translator('en');
    const n = namer(atlas, 'en', tr);
    const arc = visibleArcs(atlas, AFTER).find((a) => a.vn === 'VN-HN')!;
    expect(n.arc(arc, AFTER)).toBe('Hanoi ↔ Limousin (now part of Nouvelle-Aquitaine), Nouvelle-Aquitaine');
    expect(
      n.arc(
        visibleArcs(atlas, BEFORE).find((a) => a.vn === 'VN-HN')!,
        BEFORE,
      ),
    ).toBe('Hanoi ↔ Limousin');
    const limousin = atlas.events.find((e) => e.partners.includes('FR-L'))!;
    expect(n.parties(limousin, AFTER)).toBe('Hanoi ↔ Limousin (now part of Nouvelle-Aquitaine)');
    expect(n.arcId('VN-HN~FR-L', AFTER)).toBe('Hanoi ↔ Limousin (now part of Nouvelle-Aquitaine)');
  });

  it('gives a région that ceased its own events, and its successor those of its predecessors', () => {
    const arcs = visibleArcs(atlas, AFTER);
    const events = (id: string) => selectionAt(atlas, arcs, id)?.events.map((e) => e.id);
    expect(events('FR-L')).toEqual(['test-hanoi-limousin-2010']);
    expect(events('FR-NAQ')).toHaveLength(3);
    const panel = detailsFor(atlas, arcs, 'FR-L', AFTER, 'en', translator('en')).panel;
    expect(panel?.subtitle).toMatch(/Part of Nouvelle-Aquitaine since 1 January 2016/i);
    expect(reachOf(atlas, arcs, 'FR-L')).toEqual({ kind: 'partner', units: 1 });
  });

  it('says how many units the map draws them as where mergers made them fewer', () => {
    const words = (a: Atlas, day: string) => countWords(countsOf(a, visibleArcs(a, day)), translator('en'));
    expect(words(atlas, BEFORE)).toMatch(/ · 2 links between 2 Vietnamese provinces and 2 foreign partners$/);
    // Bourgogne, Limousin and Nouvelle-Aquitaine signed; the map draws Nouvelle-Aquitaine alone.
    expect(words(atlas, AFTER)).toMatch(/ and 3 foreign partners as they signed \(now 1\)$/);
    // Hà Giang and the old Tuyên Quang signed; the map draws the new Tuyên Quang.
    expect(words(moved, '2025-08-01')).toMatch(/ 2 Vietnamese provinces as they signed \(now 1\) and /);
    expect(countWords(countsOf(moved, visibleArcs(moved, '2025-08-01')), translator('fr'))).toMatch(
      / 2 provinces vietnamiennes au moment de signer \(1 désormais\) et 3 partenaires étrangers au moment de signer \(1 désormais\)$/,
    );
  });

  it('counts the partners as they signed', () => {
    expect(countsOf(atlas, visibleArcs(atlas, AFTER)).partners).toBe(3);
    // Hà Nội signed with Limousin and with Nouvelle-Aquitaine: two partners, on one arc now.
    expect(reachOf(atlas, visibleArcs(atlas, AFTER), 'VN-HN')).toEqual({
      kind: 'vn',
      partners: 2,
      countries: 1,
    });
  });

  it('keeps an arc on its side when its partner’s successor takes it over', () => {
    const side = (id: string) => possibleArcs(atlas).find((a) => a.id === id)?.side;
    expect(side('VN-HN~FR-NAQ')).toBe(side('VN-HN~FR-L'));
    expect(side('VN-13~FR-NAQ')).toBe(side('VN-13~FR-B'));
  });

  it('names a région in French with its article, contracted after a preposition', () => {
    const tr = translator('fr');
    const n = namer(atlas, 'fr', tr);
    const limousin = atlas.events.find((e) => e.partners.includes('FR-L'))!;
    expect(n.parties(limousin, AFTER)).toBe('Hanoï ↔ Limousin (aujourd’hui partie de la Nouvelle-Aquitaine)');
    const arcs = visibleArcs(atlas, AFTER);
    const panel = detailsFor(atlas, arcs, 'FR-L', AFTER, 'fr', tr).panel;
    expect(panel?.subtitle).toContain('fait partie de la Nouvelle-Aquitaine depuis le 1er janvier 2016');
    const [hit] = searchResults(atlas, 'Limousin', 'fr', tr);
    expect(hit?.detail).toContain('intégrée à la Nouvelle-Aquitaine le 1er janvier 2016');
    // Other languages, and Vietnam's units, take none.
    expect(namer(atlas, 'vi', translator('vi')).parties(limousin, AFTER)).toContain(
      '(nay thuộc Nouvelle-Aquitaine)',
    );
    // "de le", "de les": "du", "des".
    const grandEst = {
      ...atlas.places.find((p) => p.id === 'FR-NAQ')!,
      id: 'FR-GES',
      names: { fr: 'Grand Est', en: 'Grand Est', vi: 'Grand Est' },
    };
    const other = namer({ ...atlas, places: [...atlas.places, grandEst] }, 'fr', tr);
    expect(other.about('partOf', { date: '1er janvier 2016' }, 'FR-GES')).toBe(
      'fait partie du Grand Est depuis le 1er janvier 2016',
    );
    // "à le", "à les": "au", "aux".
    expect(other.about('mergedInto', { date: '1er janvier 2016' }, 'FR-GES')).toBe(
      'intégrée au Grand Est le 1er janvier 2016',
    );
  });

  it('tells the old région from the new in search', () => {
    const [hit] = searchResults(atlas, 'Limousin', 'en', translator('en'));
    expect(hit?.detail).toMatch(/Nouvelle-Aquitaine/);
  });

  it('exports the partner as it signed and the unit that holds its territory today', () => {
    const rows = exportRows(atlas, visibleArcs(atlas, AFTER), 'en', AFTER);
    const limousin = rows.find((r) => r.event_id === 'test-hanoi-limousin-2010');
    expect(limousin).toMatchObject({
      partner_id: 'FR-L',
      partner_name: 'Limousin',
      partner_current_id: 'FR-NAQ',
      partner_current_name: 'Nouvelle-Aquitaine',
    });
  });

  it('names each pair apart where both sides of an arc have several units', () => {
    const day = '2025-08-01';
    const [arc, ...more] = visibleArcs(moved, day);
    expect(more).toEqual([]);
    const name = namer(moved, 'en', translator('en')).arc(arc!, day);
    expect(name.split('; ')).toHaveLength(3);
    expect(name).toContain('Hà Giang (now part of Tuyên Quang) ↔ Limousin (now part of Nouvelle-Aquitaine)');
    expect(name).toMatch(/ ↔ Aquitaine \(now part of Nouvelle-Aquitaine\)(;|$)/);
  });

  it('selects an arc of another era by the pairs it names, and titles it with them', () => {
    // Hà Giang–Nouvelle-Aquitaine was drawn from 2016 to 2025 (Hà Giang's pairs with Limousin and with
    // Nouvelle-Aquitaine); a link to it opened on 1 August 2025 still shows those pairs' events.
    const day = '2025-08-01';
    const arcs = visibleArcs(moved, day);
    expect(visibleArcs(moved, '2020-01-01').map((a) => a.id)).toContain('VN-03~FR-NAQ');
    const s = selectionAt(moved, arcs, 'VN-03~FR-NAQ');
    expect(s?.events.map((e) => e.id)).toEqual([
      'test-hanoi-limousin-2010',
      'test-hanoi-nouvelle-aquitaine-2019',
    ]);
    expect([...(s?.arcs ?? [])]).toEqual(['VN25-TUYEN-QUANG~FR-NAQ']);
    const panel = detailsFor(moved, arcs, 'VN-03~FR-NAQ', day, 'en', translator('en')).panel;
    expect(panel?.title).toBe(
      'Hà Giang (now part of Tuyên Quang) ↔ Limousin (now part of Nouvelle-Aquitaine), Nouvelle-Aquitaine',
    );
  });
});
