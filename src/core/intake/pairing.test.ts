import { describe, expect, it } from 'vitest';
import type { GazetteerPlace } from '../types';
import { pairGroups } from './pairing';

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
});
