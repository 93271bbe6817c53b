// A renamed town's other name used as a person's surname: "Dimitrov, 34, said after the match",
// "chief executive Dimitrov". A town is given no age and no job title. Speech alone tells
// nothing: a town "says" as its administration does ("Kharkov said it had restored power").
import type { Span } from './context';
import { spansWithin } from './spans';

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

/**
 * An age between commas, then what is said of a person ("Dimitrov, 34, said", "…, 61, has
 * criticised"); not a list's counts ("Lvov, 12, and Kharkov, 30, the ministry claimed").
 */
const AGE = /^,\s*\d{1,3},\s+(?:said|says|told|tells|was|is|has|had|who|won|wins|beat|beats|lost|added|died|from|of|a|an)\b/;

/** `titles`: the text's person-title cues ("chief executive", "coach"), in text order. */
export function actsAsPerson(text: string, name: Span, titles: readonly Span[]): boolean {
  const word = text.slice(name.start, name.end);
  if (!surnameShaped(word)) return false;
  // After another capitalised word, names.ts decides: a first name ("Lev Lvov") or an
  // institution's word ("the Hotel Lvov").
  if (/\p{Lu}\p{L}*[ \u00a0]$/u.test(text.slice(Math.max(0, name.start - 30), name.start))) return false;
  if (AGE.test(text.slice(name.end, name.end + 16))) return true;
  // «глава Артемовска»: a title before a place in the genitive is its head's, and has no
  // surname's shape; "chief executive Dimitrov" has.
  return spansWithin(titles, Math.max(0, name.start - 40), name.start).some((t) => /^\s+$/.test(text.slice(t.end, name.start)));
}
