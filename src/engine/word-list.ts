// A list of context words or phrases from the lexicon ("troops", "war*", "nazi germany"),
// folded once and matched against the words around a match.
import { CLASS, FOLD, SKIP } from './chars';
import { foldText } from './fold';
import { dropPossessive, type Word } from './words';

/** The first two folded codes of a word as one number (0 for a one-letter word's second). */
const key = (a: number, b: number): number => a * 0x10000 + b;

export class WordList {
  private readonly phrases: string[][];
  // Single words are by far the most common: a Set and a short stem list answer `anyIn` without
  // trying every phrase at every position.
  private readonly singles = new Set<string>();
  /** Stems bucketed by their first two letters, so a word is tried against a handful only. */
  private readonly stems = new Map<number, string[]>();
  private readonly multi: string[][];
  /**
   * The first two letters of every phrase's first word (and the letter of one-letter stems):
   * a word that starts otherwise is passed over without being folded (context rules read 15
   * words each side of every place name).
   */
  private readonly starts = new Set<number>();
  private readonly firstLetters = new Set<number>();
  private anyStart = false;

  constructor(entries: readonly string[]) {
    this.phrases = entries.map((e) => foldText(e).split(' ').map(dropPossessive));
    for (const phrase of this.phrases) {
      const word = phrase[0];
      if (word === undefined) continue;
      const stem = word.endsWith('*') ? word.slice(0, -1) : null;
      const head = stem ?? word;
      if (stem !== null && stem.length < 2) {
        if (stem.length === 0) this.anyStart = true;
        else this.firstLetters.add(stem.charCodeAt(0));
      } else {
        this.starts.add(key(head.charCodeAt(0), head.length > 1 ? head.charCodeAt(1) : 0));
      }
      if (phrase.length > 1) continue;
      if (stem === null) this.singles.add(word);
      else {
        const k = key(stem.charCodeAt(0), stem.charCodeAt(1) || 0);
        this.stems.set(k, [...(this.stems.get(k) ?? []), stem]);
      }
    }
    this.multi = this.phrases.filter((p) => p.length > 1);
  }

  /** Whether some phrase may start with this word, read from its source without folding it. */
  private mayStart(w: Word): boolean {
    if (this.anyStart) return true;
    const s = w.source;
    let a = -1;
    let b = 0;
    for (let i = w.start; i < w.end; i++) {
      const c = s.charCodeAt(i);
      if (CLASS[c] === SKIP) continue;
      if (a < 0) a = FOLD[c]!;
      else {
        b = FOLD[c]!;
        break;
      }
    }
    return this.starts.has(key(a, b)) || this.firstLetters.has(a);
  }

  private static wordMatches(pattern: string, word: string): boolean {
    return pattern.endsWith('*') ? word.startsWith(pattern.slice(0, -1)) : word === pattern;
  }

  private matchesAt(phrase: string[], words: readonly Word[], at: number): boolean {
    if (at < 0 || at + phrase.length > words.length) return false;
    for (let k = 0; k < phrase.length; k++) if (!WordList.wordMatches(phrase[k]!, words[at + k]!.text)) return false;
    return true;
  }

  private singleMatches(t: string): boolean {
    if (this.singles.has(t)) return true;
    const stems = this.stems.get(key(t.charCodeAt(0), t.charCodeAt(1) || 0));
    if (stems) for (const stem of stems) if (t.startsWith(stem)) return true;
    // One-letter stems are bucketed under their letter alone.
    const short = this.stems.get(key(t.charCodeAt(0), 0));
    if (short && short !== stems) for (const stem of short) if (t.startsWith(stem)) return true;
    return false;
  }

  /** Some phrase occurs anywhere in `words`. */
  anyIn(words: readonly Word[]): boolean {
    for (let at = 0; at < words.length; at++) {
      const w = words[at]!;
      if (!this.mayStart(w)) continue;
      if (this.singleMatches(w.text)) return true;
      for (const phrase of this.multi) if (this.matchesAt(phrase, words, at)) return true;
    }
    return false;
  }

  /** Some phrase ends exactly at the end of `words` (the words right before a match). */
  endsWith(words: readonly Word[]): boolean {
    const last = words[words.length - 1];
    if (last && this.mayStart(last) && this.singleMatches(last.text)) return true;
    for (const phrase of this.multi) if (this.matchesAt(phrase, words, words.length - phrase.length)) return true;
    return false;
  }

  /** Some phrase starts exactly at the start of `words` (the words right after a match). */
  startsWith(words: readonly Word[]): boolean {
    const first = words[0];
    if (!first || !this.mayStart(first)) return false;
    if (this.singleMatches(first.text)) return true;
    for (const phrase of this.multi) if (this.matchesAt(phrase, words, 0)) return true;
    return false;
  }

  /** Words in the longest phrase. */
  get longest(): number {
    return (this.longestPhrase ??= Math.max(1, ...this.phrases.map((p) => p.length)));
  }

  private longestPhrase: number | undefined;
}
