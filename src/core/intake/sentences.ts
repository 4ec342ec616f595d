import { fold } from '../normalize';
import { EVENT_WORDS, hasWord } from './intakeWords';

/** One sentence of a report, folded, and whether it speaks of the event (signing, visit…). */
export interface Sentence {
  text: string;
  start: number;
  folded: string;
  event: boolean;
}

/** A piece ending with a title's or an initial's full stop: "M.", "Mme.", "Mr.", "Dr.", "J.". */
const TITLE_STOP = /(?:^|[\s(])(?:M|Mr|Mrs|Ms|Mme|Mlle|Dr|Prof|St|\p{Lu})\.$/u;

/** Splits a report's body into sentences. */
export function sentencesOf(body: string): Sentence[] {
  const out: Sentence[] = [];
  // Any full stop ends a sentence, spaced or not ("domaines.Dans", "Guangxi.-VNA" occur in wire copy).
  // …except the stop of a title or an initial ("M. Duforestel", "Mr. Lee", "J. Smith"): it goes on.
  const re = /[^\n.!?]+[.!?]*/gu;
  const pieces: { text: string; index: number }[] = [];
  let open = false;
  for (const m of body.matchAll(re)) {
    const last = pieces.at(-1);
    if (open && last && last.index + last.text.length === m.index) last.text += m[0];
    else pieces.push({ text: m[0], index: m.index });
    open = TITLE_STOP.test(m[0]);
  }
  for (const p of pieces) {
    const text = p.text.trim();
    if (text.length < 3) continue;
    const folded = fold(text);
    out.push({
      text,
      start: p.index + p.text.indexOf(text),
      folded,
      event: EVENT_WORDS.some((w) => hasWord(folded, w)),
    });
  }
  return out;
}
