// "Лавров: западные страны хотят…", "Putin: the US and Britain are trying…": a headline or a
// lead that opens with a speaker's name and a colon gives the speaker's words after it. Rubrics
// open the same way ("Analysis:", "Фото:", "Оновлено:"); their words are lexicon cues of the
// role `rubric`, read only here, never scanned for. A place before the colon is a location
// tag ("Kyiv: …", "Ukraine: …", "Москва: …"), not a speaker: a place of the lexicon,
// or words that are all place words (cues of the role `place-word`).
import type { CueEntry } from '../lexicon/schema';
import type { Span } from './context';
import { perLexicon } from './cue-role';
import { foldText } from './fold';
import { NotPersonWords } from './not-person';
import { overlapsAny } from './spans';
import { wordsAfter } from './words';

/**
 * Up to four words, each a capital first ("Putin", "МИД России"), then a colon and a space, at
 * the paragraph's start. Not "He said:" or "The reason is simple:", the outlet's own sentence.
 */
const LABEL = /^(\s*)(\p{Lu}[^\s:.!?;,«»"“”]*(?:[ \u00a0]\p{Lu}[^\s:.!?;,«»"“”]*){0,3}):\s/u;

export class HeadlineSpeech {
  private readonly rubrics: Set<string>;
  private readonly placeWords: NotPersonWords;

  constructor(entries: readonly CueEntry[]) {
    this.rubrics = new Set(entries.flatMap((e) => (e.role === 'rubric' ? e.patterns.map(foldText) : [])));
    this.placeWords = new NotPersonWords(entries.filter((e) => e.role === 'place-word'));
  }

  /** Whether every word of text[start, end) is a place word ("Ukraine", "New York"). */
  private allPlaceWords(text: string, start: number, end: number): boolean {
    const words = wordsAfter(text, start, 4, end);
    return words.length > 0 && this.placeWords.covered(text, words).size === words.length;
  }

  /** Where a speaker's words begin in the paragraph `para`, or -1: no label, a rubric, a place. */
  speechStart(text: string, para: Span, places: readonly Span[]): number {
    return this.speaker(text, para, places)?.words ?? -1;
  }

  /** The speaker before the colon (`start`, `end`) and where the words begin, or null. */
  speaker(text: string, para: Span, places: readonly Span[]): (Span & { words: number }) | null {
    const m = LABEL.exec(text.slice(para.start, Math.min(para.end, para.start + 80)));
    if (!m) return null;
    const start = para.start + m[1]!.length;
    const end = start + m[2]!.length;
    if (this.rubrics.has(foldText(m[2]!)) || overlapsAny(places, { start, end }) || this.allPlaceWords(text, start, end)) return null;
    return { start, end, words: para.start + m[0].length };
  }
}

/** The rubric and place words of a lexicon's entries, read once per lexicon. */
export const headlineSpeech = perLexicon(['rubric', 'place-word'], (cues) => new HeadlineSpeech(cues));
