// A list of context words or phrases from the lexicon ("troops", "war*", "nazi germany"),
// folded once and matched against folded words.
import { foldText } from './fold';
import { dropPossessive } from './words';

export class WordList {
  private readonly phrases: string[][];
  // Single words are by far the most common: a Set and a short stem list answer `anyIn` without
  // trying every phrase at every position.
  private readonly singles = new Set<string>();
  /** Stems bucketed by their first two letters, so a word is tried against a handful only. */
  private readonly stems = new Map<string, string[]>();
  private readonly multi: string[][];

  constructor(entries: readonly string[]) {
    this.phrases = entries.map((e) => foldText(e).split(' ').map(dropPossessive));
    for (const [word, more] of this.phrases) {
      if (more !== undefined || word === undefined) continue;
      if (!word.endsWith('*')) this.singles.add(word);
      else {
        const stem = word.slice(0, -1);
        const key = stem.slice(0, 2);
        this.stems.set(key, [...(this.stems.get(key) ?? []), stem]);
      }
    }
    this.multi = this.phrases.filter((p) => p.length > 1);
  }

  private static wordMatches(pattern: string, word: string): boolean {
    return pattern.endsWith('*') ? word.startsWith(pattern.slice(0, -1)) : word === pattern;
  }

  private matchesAt(phrase: string[], words: readonly string[], at: number): boolean {
    if (at < 0 || at + phrase.length > words.length) return false;
    return phrase.every((p, k) => WordList.wordMatches(p, words[at + k]!));
  }

  /** Some phrase occurs anywhere in `words`. */
  anyIn(words: readonly string[]): boolean {
    for (const w of words) {
      if (this.singles.has(w)) return true;
      const stems = this.stems.get(w.slice(0, 2));
      if (stems) for (const stem of stems) if (w.startsWith(stem)) return true;
    }
    return this.multi.length > 0 && this.multi.some((phrase) => words.some((_, at) => this.matchesAt(phrase, words, at)));
  }

  /** Some phrase ends exactly at the end of `words` (the words right before a match). */
  endsWith(words: readonly string[]): boolean {
    return this.phrases.some((phrase) => this.matchesAt(phrase, words, words.length - phrase.length));
  }

  /** Some phrase starts exactly at the start of `words` (the words right after a match). */
  startsWith(words: readonly string[]): boolean {
    return this.phrases.some((phrase) => this.matchesAt(phrase, words, 0));
  }

  get longest(): number {
    return Math.max(1, ...this.phrases.map((p) => p.length));
  }
}
