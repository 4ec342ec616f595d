import { fold } from '../normalize';
import { EVENT_WORDS, hasWord } from './intakeWords';

/** One sentence of a report, folded, and whether it speaks of the event (signing, visit…). */
export interface Sentence {
  text: string;
  start: number;
  folded: string;
  event: boolean;
}

/** Splits a report's body into sentences. */
export function sentencesOf(body: string): Sentence[] {
  const out: Sentence[] = [];
  // Any full stop ends a sentence, spaced or not ("domaines.Dans", "Guangxi.-VNA" occur in wire copy).
  const re = /[^\n.!?]+[.!?]*/gu;
  for (const m of body.matchAll(re)) {
    const text = m[0].trim();
    if (text.length < 3) continue;
    const folded = fold(text);
    out.push({
      text,
      start: m.index + m[0].indexOf(text),
      folded,
      event: EVENT_WORDS.some((w) => hasWord(folded, w)),
    });
  }
  return out;
}
