import { describe, expect, it } from 'vitest';
import type { GazetteerPlace } from '../types';
import { clauseAt, pairGroups } from './pairing';

const place = (id: string, country: string): GazetteerPlace => ({
  id,
  level: country === 'VN' ? 'province' : 'region',
  country,
  lon: 0,
  lat: 0,
  names: { vi: id, fr: id, en: id },
});
const hn = place('VN-HN', 'VN');
const hue = place('VN-26', 'VN');
const idf = place('FR-IDF', 'FR');
const poitou = place('FR-T', 'FR');
const astana = place('KZ-AST', 'KZ');
const rows = (r: ReturnType<typeof pairGroups>) =>
  r.groups.map((g) => `${g.vn.map((p) => p.id).join('+')}~${g.partners.map((p) => p.id).join('+')}`).sort();

describe('pairGroups', () => {
  it('pairs every partner with the one Vietnamese party, one row per partner country', () => {
    const r = pairGroups(
      [hn],
      [idf, astana],
      [
        { place: hn, sentence: 0 },
        { place: idf, sentence: 1 },
        { place: astana, sentence: 2 },
      ],
    );
    expect(rows(r)).toEqual(['VN-HN~FR-IDF', 'VN-HN~KZ-AST']);
  });

  it('pairs several provinces with one partner (one event, several signatories)', () => {
    expect(rows(pairGroups([hn, hue], [idf], [{ place: idf, sentence: 3 }]))).toEqual(['VN-HN+VN-26~FR-IDF']);
  });

  it("pairs one partner with the provinces named in a sentence with it, not the report's other provinces", () => {
    const r = pairGroups(
      [hn, hue],
      [idf],
      [
        { place: hn, sentence: 0 },
        { place: idf, sentence: 0 },
        { place: hue, sentence: 1 },
      ],
    );
    expect(rows(r)).toEqual(['VN-HN~FR-IDF']);
  });

  it('pairs one partner with the provinces named in its clause before those named elsewhere in the sentence', () => {
    const r = pairGroups(
      [hn, hue],
      [idf],
      [
        { place: idf, sentence: 0, clause: 1 },
        { place: hn, sentence: 0, clause: 1 },
        { place: hue, sentence: 0, clause: 3 },
      ],
    );
    expect(rows(r)).toEqual(['VN-HN~FR-IDF']);
  });

  it('does not pair the one province with a partner a pairing clause pairs with someone else', () => {
    const r = pairGroups(
      [hn],
      [idf, astana],
      [
        { place: hn, sentence: 0, clause: 1, pairing: true },
        { place: idf, sentence: 0, clause: 1, pairing: true },
        { place: astana, sentence: 0, clause: 2, pairing: true },
      ],
    );
    expect(rows(r)).toEqual(['VN-HN~FR-IDF']);
  });

  it('with several of each, pairs only those named together in a sentence', () => {
    const r = pairGroups(
      [hn, hue],
      [idf, poitou],
      [
        { place: hn, sentence: 0 },
        { place: idf, sentence: 0 },
        { place: hue, sentence: 1 },
        { place: poitou, sentence: 1 },
      ],
    );
    expect(rows(r)).toEqual(['VN-26~FR-T', 'VN-HN~FR-IDF']);
  });

  it('proposes nothing from a list sentence that does not say who goes with whom, and says so', () => {
    const r = pairGroups(
      [hn, hue],
      [idf, poitou],
      [
        { place: hn, sentence: 0 },
        { place: hue, sentence: 0 },
        { place: idf, sentence: 0 },
        { place: poitou, sentence: 0 },
      ],
    );
    expect(r.groups).toEqual([]);
    expect(r.note).toContain('one to one');
  });

  it('reads a sentence that lists ties clause by clause one clause at a time', () => {
    const r = pairGroups(
      [hn, hue],
      [idf, poitou],
      [
        { place: hn, sentence: 0, clause: 1 },
        { place: idf, sentence: 0, clause: 1 },
        { place: hue, sentence: 0, clause: 2 },
        { place: poitou, sentence: 0, clause: 2 },
      ],
    );
    expect(rows(r)).toEqual(['VN-26~FR-T', 'VN-HN~FR-IDF']);
  });
});

describe('clauseAt', () => {
  const text = 'les relations entre Brest et Hai Phong, Aquitaine et Huế, l’Île-de-France et Hanoï.';
  const at = (word: string) => clauseAt(text, text.indexOf(word));
  it('opens a clause at "entre" and, after it, at each comma', () => {
    expect(at('Brest')).toBe(at('Hai Phong'));
    expect(at('Aquitaine')).toBe(at('Huế'));
    expect(at('Aquitaine')).not.toBe(at('Brest'));
    expect(at('Île')).not.toBe(at('Aquitaine'));
  });
  it("does not split one side's list at its commas after a pairing word", () => {
    const list = 'entre les provinces de Quang Ninh, Lang Son et Cao Bang et le Guangxi';
    expect(clauseAt(list, list.indexOf('Lang Son'))).toBe(clauseAt(list, list.indexOf('Quang Ninh')));
    expect(clauseAt(list, list.indexOf('Guangxi'))).toBe(clauseAt(list, list.indexOf('Quang Ninh')));
  });
  it('does not split a list at its commas without a pairing word', () => {
    const list = 'Hanoï, Phu Yên, Quang Ngai et Cân Tho ont signé avec Brest.';
    expect(clauseAt(list, list.indexOf('Brest'))).toBe(0);
  });
  it('opens a clause at "between", "giữa" and a semicolon', () => {
    expect(clauseAt('ties between Hanoi and Paris', 14)).toBe(1);
    expect(clauseAt('hợp tác giữa Hà Nội và Paris', 13)).toBe(1);
    expect(clauseAt('Hanoi and Paris; Hue and Poitiers', 17)).toBe(1);
  });
});
