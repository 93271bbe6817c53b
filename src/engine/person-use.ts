// A renamed town's other name used as a person's surname: "Dimitrov, 34, said after the match",
// "chief executive Dimitrov". A town is given no age and no job title. Speech alone tells
// nothing: a town "says" as its administration does ("Kharkov said it had restored power").
import type { Span } from './context';
import { latinSurnameShape } from './names';
import { spansWithin } from './spans';

/**
 * Surnames a renamed town's name can be: a Slavic surname's ending in Latin (names.ts) or in
 * Cyrillic, as long ("Lvov", «Львов»; not "Kiev", «Киев»). Not the genitive endings a town's
 * name has too («глава Дзержинска»).
 */
function surnameShaped(word: string): boolean {
  if (latinSurnameShape(word)) return true;
  return word.length >= 5 && (word.endsWith('ов') || word.endsWith('ев') || word.endsWith('ёв') || word.endsWith('ин') || word.endsWith('ын') || word.endsWith('ский') || word.endsWith('ський') || word.endsWith('енко'));
}

/**
 * An age between commas, then the sentence goes on in lower case ("Dimitrov, 34, said", "Lvov,
 * 56, resigned"); not a list's counts or a distance ("Lvov, 12, and Kharkov, 30, were the
 * cities…", "Kharkov, 30, the ministry claimed", "Kharkov, 30 km away").
 */
const AGE = /^,\s*\d{1,3},\s+(?!(?:and|or|nor|but|the|an?|per|km|kilomet\w*|miles?|were|are|have)\b)\p{Ll}/u;

/** `titles`: the text's person-title cues ("chief executive", "coach"), in text order. */
export function actsAsPerson(text: string, name: Span, titles: readonly Span[]): boolean {
  const word = text.slice(name.start, name.end);
  if (!surnameShaped(word)) return false;
  // After another capitalised word, an age is for names.ts to weigh: a first name ("Lev Lvov,
  // 61,") or an institution's word ("the Hotel Lvov").
  if (AGE.test(text.slice(name.end, name.end + 16)) && !/\p{Lu}\p{L}*[ \u00a0]$/u.test(text.slice(Math.max(0, name.start - 30), name.start))) return true;
  // «глава Артемовска»: a title before a place in the genitive is its head's, and has no
  // surname's shape; "chief executive Dimitrov" has, and so has a name after a title and a
  // first name ("Deputy Minister Ivan Lvov"; not "President Biden Kiev Visit": "Kiev" has none).
  return spansWithin(titles, Math.max(0, name.start - 40), name.start).some((t) => /^\s+(?:\p{Lu}\p{Ll}+\s+)?$/u.test(text.slice(t.end, name.start)));
}
