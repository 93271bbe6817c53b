// Words that make a run of capitalised words an institution, a country or a place ("European
// Commission", "Минобороны России", "Верховна Рада"): lexicon cues of the roles `not-person` and
// `place-word`; and words before a name that make it an institution's ("nuclear agency
// Rosatom"): the role `institution-noun`.
// They are read only in the few runs next to an attribution cue, never scanned for on the whole
// page: "Russian", "State", "Украин*" are among a page's most common words, and as patterns of
// the automaton they cost every page a third more scanning for what a handful of names ask.
import type { CueEntry } from '../lexicon/schema';
import { isUpperAt } from './chars';
import { perLexicon } from './cue-role';
import { foldText } from './fold';
import { wordMatches } from './word-list';
import type { Word } from './words';

interface Phrase {
  /** Folded words; a word ending in `*` is a stem. */
  words: string[];
  /** Per word: must the text's word begin with a capital (the pattern writes one, under `capitalized`). */
  capitals: boolean[];
}

const keyOf = (word: string) => word.slice(0, 2);

export class NotPersonWords {
  private readonly byKey = new Map<string, Phrase[]>();

  constructor(entries: readonly CueEntry[]) {
    for (const entry of entries) {
      for (const pattern of entry.patterns) {
        const words = foldText(pattern).split(' ');
        const capitals = pattern.split(/[\s-]+/).map((w) => entry.context?.capitalized === true && w !== w.toLowerCase());
        const key = keyOf(words[0]!);
        this.byKey.set(key, [...(this.byKey.get(key) ?? []), { words, capitals }]);
      }
    }
  }

  /** The starts of the tokens (a name run's words, in order) that a listed word or phrase covers. */
  covered(text: string, tokens: readonly Word[]): Set<number> {
    const out = new Set<number>();
    for (let k = 0; k < tokens.length; k++) {
      for (const phrase of this.byKey.get(keyOf(tokens[k]!.text)) ?? []) {
        const { words, capitals } = phrase;
        if (k + words.length > tokens.length) continue;
        if (!words.every((w, j) => wordMatches(w, tokens[k + j]!.text) && (!capitals[j] || isUpperAt(text, tokens[k + j]!.start)))) continue;
        for (let j = 0; j < words.length; j++) out.add(tokens[k + j]!.start);
      }
    }
    return out;
  }
}

/** The not-person and place words of a lexicon's entries, built once per lexicon. */
export const notPersonWords = perLexicon(['not-person', 'place-word'], (cues) => new NotPersonWords(cues));

/** The place words alone: countries, regions, a few cities. */
export const placeWords = perLexicon('place-word', (cues) => new NotPersonWords(cues));

/** Words that make the name after them an institution's ("nuclear agency Rosatom"), built once per lexicon. */
export const institutionNouns = perLexicon('institution-noun', (cues) => new NotPersonWords(cues));
