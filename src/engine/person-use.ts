// A renamed town's other name used as a person's surname: "Dimitrov, 34, said after the match",
// "chief executive Dimitrov". A town is given no age and no job title. Speech alone tells
// nothing: a town "says" as its administration does ("Kharkov said it had restored power").
import type { Span } from './context';
import { latinSurnameShape } from './names';
import { startsSentenceAt } from './sentences';
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

/**
 * An apposition's words before its title: an article, then up to three lower-case modifiers
 * ("Lvov, the former deputy minister,", «Львов, бывший министр,»); not a clause that goes on
 * about the town ("Kharkov, where the mayor …", «Харьков, где мэр …») nor a noun of the town's
 * with the title its complement ("Kharkov, the hometown of the mayor,", probe 22).
 */
const APPOSITION_OPENS = /^,\s+(?:(?:the|a|an)\s+)?(?:(?!(?:where|which|who|when|while|as|and|or|but|that|whose|of|the|an?|for|in|at|to|with|from|by|где|куда|который|которая|которое|когда|и|а|но|что|де|куди|який|яка|яке|коли|та|і|що|в|на|из|с|у|з|для|до)\s)\p{Ll}[\p{Ll}-]*\s+){0,3}$/u;
// What closes it: a comma, a dash or the sentence's end, after the title's complement ("a
// spokesman for the ministry,"); a speech cue in it is checked apart ("the mayor of the city said on Monday,").
const APPOSITION_CLOSES = /^(?:\s+(?:of|for|at|to|in|with|on|в|из|при|у|з|із)\s+[^,.;:!?\n—–]{1,60})?\s*(?:[,.;!?]|\s[—–]\s)/u;
/** The same after a title that ends with its preposition ("head of"): its complement follows. */
const COMPLEMENT_CLOSES = /^\s+[^,.;:!?\n—–]{1,60}\s*(?:[,.;!?]|\s[—–]\s)/u;

/**
 * The name's own apposition gives it a job title: "Lvov, the former deputy minister, said",
 * where the name is the sentence's subject or the speaker ("“…,” said Lvov, the former deputy
 * minister"). Not an object's ("Russia struck Kharkov, the regional governor, Oleh Syniehubov,
 * said"), nor after a preposition ("In Lvov, the mayor, Andriy Sadovyi, said"), nor a title
 * that speaks ("Kharkov, the mayor said, was without power").
 */
function titledByApposition(text: string, name: Span, titles: readonly Span[], speech: readonly Span[]): boolean {
  const saidBefore = spansWithin(speech, name.start - 24, name.start).some((c) => c.end <= name.start && /^[ \u00a0]+$/.test(text.slice(c.end, name.start)));
  if (!saidBefore && !startsSentenceAt(text, name.start)) return false;
  return spansWithin(titles, name.end, name.end + 60).some((t) => {
    if (!APPOSITION_OPENS.test(text.slice(name.end, t.start))) return false;
    const close = (/\s(?:of|for)$/.test(text.slice(t.start, t.end)) ? COMPLEMENT_CLOSES : APPOSITION_CLOSES).exec(text.slice(t.end, t.end + 80));
    return close !== null && spansWithin(speech, t.end, t.end + close[0].length).length === 0;
  });
}

/** `titles`, `speech`: the text's person-title cues ("chief executive", "coach") and speech cues, in text order. */
export function actsAsPerson(text: string, name: Span, titles: readonly Span[], speech: readonly Span[]): boolean {
  const word = text.slice(name.start, name.end);
  if (!surnameShaped(word)) return false;
  // After another capitalised word, an age is for names.ts to weigh: a first name ("Lev Lvov,
  // 61,") or an institution's word ("the Hotel Lvov").
  if (AGE.test(text.slice(name.end, name.end + 16)) && !/\p{Lu}\p{L}*[ \u00a0]$/u.test(text.slice(Math.max(0, name.start - 30), name.start))) return true;
  // «глава Артемовска»: a title before a place in the genitive is its head's, and has no
  // surname's shape; "chief executive Dimitrov" has, and so has a name after a title and a
  // first name ("Deputy Minister Ivan Lvov"; not "President Biden Kiev Visit": "Kiev" has none).
  if (spansWithin(titles, Math.max(0, name.start - 40), name.start).some((t) => /^\s+(?:\p{Lu}\p{Ll}+\s+)?$/u.test(text.slice(t.end, name.start)))) return true;
  return titledByApposition(text, name, titles, speech);
}
