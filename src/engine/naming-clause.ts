// "The special military operation, as Moscow calls the war, …", "спецоперация, как её называют
// в Кремле": a clause right after a word says whose word it is. Its opening words ("as", "как",
// "як") are lexicon cues of the role `naming-clause`. They are read only after a finding that a
// comma follows, with a so-called cue ahead: never scanned for, as "as" is among a page's most
// common words.
import type { CueEntry } from '../lexicon/schema';
import type { CueHit } from './attribution';
import { perLexicon } from './cue-role';
import { CLASS, fewWordsOnly, OTHER } from './chars';
import { foldText } from './fold';
import { spansWithin } from './spans';
import { wordMatches } from './word-list';
import { wordsAfter } from './words';

/** Words between the finding and the comma: the clause names the phrase ("the liberation of Avdiivka"). */
const PHRASE_WORDS = 3;
const PHRASE_CHARS = 60;
const COMMA = 0x2c;
const NL = 0x0a;
/** Words between the opening word and the naming cue: "as [the Kremlin's own media] called it". */
const SPEAKER_WORDS = 4;

export class NamingClause {
  private readonly openers: string[];

  constructor(entries: readonly CueEntry[]) {
    this.openers = entries.flatMap((e) => e.patterns.map(foldText));
  }

  /** Whether ", <opener> <a few words> <so-called cue>" follows text[…, end), a few words on at most. */
  after(text: string, end: number, soCalled: readonly CueHit[]): boolean {
    // The comma: past letters and spaces only, and only a few words of them, on the same line
    // (a headline's "…enter Artemovsk" names nothing of the next line's "Bakhmut, as Ukraine calls it").
    let i = end;
    while (i < text.length && CLASS[text.charCodeAt(i)] !== OTHER && text.charCodeAt(i) !== NL && i - end < PHRASE_CHARS) i++;
    if (text.charCodeAt(i) !== COMMA || !fewWordsOnly(text, end, i, PHRASE_WORDS)) return false;
    const [opener] = wordsAfter(text, i + 1, 1);
    if (!opener || !fewWordsOnly(text, i + 1, opener.start, 0) || !this.openers.some((o) => wordMatches(o, opener.text))) return false;
    return spansWithin(soCalled, opener.end, opener.end + 200).some((c) => c.start >= opener.end && fewWordsOnly(text, opener.end, c.start, SPEAKER_WORDS));
  }
}

/**
 * A copula right after the word, in each language: "Novaya Kakhovka is the Russian spelling",
 * «Артёмовск — советское название Бахмута».
 */
const COPULA = /^[ \u00a0]+(?:is|was|remains)[ \u00a0]+|^[ \u00a0]*[—–][ \u00a0]+(?:(?:это|це)[ \u00a0]+)?/iu;
/** Words between the copula and the naming cue: "[the Russian] spelling", «[советское] название». */
const DESCRIBER_WORDS = 3;
/** The naming cues that are a name's noun (not the verb of "was termed a success", nor "was the word on every channel"). */
const NAME_NOUN = /(?:spelling|name|назван\p{L}*|назв\p{L}*|написан\p{L}*|transliteration|romani[sz]ation)$/iu;

/**
 * Whether the words right after text[…, end) say it is a name or a word spoken of, with a
 * so-called cue of a name a copula on: "Novaya Kakhovka is the Russian spelling; this newspaper
 * uses Nova Kakhovka" (probe 21: reworded "Nova Kakhovka is the Russian spelling").
 */
export function describedAsName(text: string, end: number, soCalled: readonly CueHit[]): boolean {
  // Asked of every finding when the text has so-called cues: most are followed by no space and
  // copula, which two code units tell.
  const next = text.charCodeAt(end + 1);
  if (!(next === 0x69 || next === 0x77 || next === 0x72 || next === 0x2014 || next === 0x2013 || text.charCodeAt(end) === 0x2014)) return false;
  const m = COPULA.exec(text.slice(end, end + 24));
  if (!m) return false;
  const from = end + m[0].length;
  return spansWithin(soCalled, from, from + 60).some((c) => c.start >= from && fewWordsOnly(text, from, c.start, DESCRIBER_WORDS) && NAME_NOUN.test(text.slice(c.start, c.end)));
}

/** The naming-clause openers of a lexicon's entries, read once per lexicon. */
export const namingClause = perLexicon('naming-clause', (cues) => new NamingClause(cues));
