// A renamed town's other name used as a person's surname: "Dimitrov, 34, said after the match",
// "Lvov said the mobilisation had been a mistake", "chief executive Dimitrov", "Director Doug
// Liman". A town is not given an age or a title; it "says" only as its government does ("Kiev
// said"), so speech counts only after a name shaped like a surname, which "Kiev" is not.
import type { Span } from './context';
import { PLACE_PREPOSITIONS } from './names';
import { spansWithin } from './spans';
import { wordsBefore } from './words';

/**
 * Surnames a renamed town's name can be: Slavic endings, as long as names.ts asks ("Lvov",
 * "Dimitrov"; not "Kiev", «Киев»). String ends, not a Unicode regex: this is asked of every
 * party name of a place on the page.
 */
function surnameShaped(word: string): boolean {
  const n = word.length;
  if (n < 4) return false;
  if (word.endsWith('ov')) return true;
  if (n >= 6 && (word.endsWith('ev') || word.endsWith('in') || word.endsWith('sky') || word.endsWith('skiy'))) return true;
  return n >= 5 && (word.endsWith('ов') || word.endsWith('ев') || word.endsWith('ёв') || word.endsWith('ин') || word.endsWith('ын') || word.endsWith('ский') || word.endsWith('ський') || word.endsWith('енко'));
}

/** An age after the name ("Dimitrov, 34,"), then the words before the verb. */
const AGE = /^,\s*\d{1,3},/;
const GAP = /^(?:,\s*\d{1,3},)?\s+/;

/** Whether a cue of `spans` starts at `at`. */
const startsAt = (spans: readonly Span[], at: number) => spansWithin(spans, at, at + 1).some((s) => s.start === at);

/**
 * `speech`: the text's speech cues ("said", «заявил»); `titles`: its person-title cues
 * ("chief executive", "Director"), each in text order.
 */
export function actsAsPerson(text: string, name: Span, speech: readonly Span[], titles: readonly Span[]): boolean {
  const word = text.slice(name.start, name.end);
  const titled = (between: RegExp) => spansWithin(titles, Math.max(0, name.start - 40), name.start).some((t) => between.test(text.slice(t.end, name.start)));
  // «глава Артемовска», «Президент Турецкой Республики Северного Кипра»: a title before a place
  // in the genitive is its head's; a surname's shape tells the person ("chief executive Dimitrov").
  // After another capitalised word, names.ts decides: a first name ("Lev Lvov said") or an
  // institution's word ("Guests of the Hotel Lvov said").
  if (surnameShaped(word) && !/\p{Lu}\p{L}*[ \u00a0]$/u.test(text.slice(Math.max(0, name.start - 30), name.start))) {
    const after = text.slice(name.end, name.end + 12);
    if (AGE.test(after)) return true;
    // "Residents of Dimitrov said", "troops near Dimitrov said": after a preposition the name is
    // a place, and the verb its people's.
    const gap = GAP.exec(after);
    if (gap && startsAt(speech, name.end + gap[0].length) && !PLACE_PREPOSITIONS.has(wordsBefore(text, name.start, 1)[0]?.text ?? '')) return true;
    if (titled(/^\s+$/)) return true;
  }
  // A title, then a first name: "Director Doug Liman".
  return /^[A-Z]/.test(word) && titled(/^\s+[A-Z][a-z]+\s+$/);
}
