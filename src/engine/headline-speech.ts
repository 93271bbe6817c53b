// "Лавров: западные страны хотят…", "Putin: the US and Britain are trying…": a headline or a
// lead that opens with a speaker's name and a colon gives the speaker's words after it. Rubrics
// open the same way ("Analysis:", "Фото:", "Оновлено:"); their words are lexicon cues of the
// role `rubric`, read only here, never scanned for. A place before the colon is a location
// tag ("Kyiv: …"), not a speaker.
import type { CueEntry } from '../lexicon/schema';
import type { Span } from './context';
import { perLexicon } from './cue-role';
import { foldText } from './fold';
import { overlapsAny } from './spans';

/**
 * Up to four words, each a capital first ("Putin", "МИД России"), then a colon and a space, at
 * the paragraph's start. Not "He said:" or "The reason is simple:", the outlet's own sentence.
 */
const LABEL = /^(\s*)(\p{Lu}[^\s:.!?;,«»"“”]*(?:[ \u00a0]\p{Lu}[^\s:.!?;,«»"“”]*){0,3}):\s/u;

export class HeadlineSpeech {
  private readonly rubrics: Set<string>;

  constructor(entries: readonly CueEntry[]) {
    this.rubrics = new Set(entries.flatMap((e) => e.patterns.map(foldText)));
  }

  /** Where a speaker's words begin in the paragraph `para`, or -1: no label, a rubric, a place. */
  speechStart(text: string, para: Span, places: readonly Span[]): number {
    const m = LABEL.exec(text.slice(para.start, Math.min(para.end, para.start + 80)));
    if (!m) return -1;
    const start = para.start + m[1]!.length;
    if (this.rubrics.has(foldText(m[2]!)) || overlapsAny(places, { start, end: start + m[2]!.length })) return -1;
    return para.start + m[0].length;
  }
}

/** The rubric words of a lexicon's entries, read once per lexicon. */
export const headlineSpeech = perLexicon('rubric', (cues) => new HeadlineSpeech(cues));
