// A list of context words or phrases from the lexicon ("troops", "war*", "nazi germany"),
// folded once and matched against the words around a match.
import { CLASS, FOLD, SKIP } from './chars';
import { foldText } from './fold';
import { dropPossessive, type WordWindow } from './words';

/** The first two folded codes of a word as one number (0 for a one-letter word's second). */
const key = (a: number, b: number): number => a * 0x10000 + b;

const FILTER_BITS = 1024;
const bitOf = (k: number): number => (Math.imul(k, 0x9e3779b1) >>> 22) & (FILTER_BITS - 1);

/** A folded word against a list's folded word, which may be a stem (`war*`). */
export function wordMatches(pattern: string, word: string): boolean {
  return pattern.endsWith('*') ? word.startsWith(pattern.slice(0, -1)) : word === pattern;
}

export class WordList {
  private readonly phrases: string[][];
  // Single words are by far the most common: a Set and a short stem list answer `anyInWindow` without
  // trying every phrase at every position.
  private readonly singles = new Set<string>();
  /** Stems bucketed by their first two letters, so a word is tried against a handful only. */
  private readonly stems = new Map<number, string[]>();
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
      // Phrases, stems and the filter are all keyed by the head's first two letters (one for a
      // one-letter head).
      const k = key(head.charCodeAt(0), head.length > 1 ? head.charCodeAt(1) : 0);
      if (stem !== null && stem.length < 2) {
        if (stem.length === 0) this.anyStart = true;
        else {
          this.firstLetters.add(stem.charCodeAt(0));
          this.addToFilter(stem.charCodeAt(0));
        }
      } else {
        this.starts.add(k);
        this.addToFilter(k);
      }
      if (phrase.length > 1) {
        this.multiByKey.set(k, [...(this.multiByKey.get(k) ?? []), phrase]);
        if (!this.multiLengths.includes(phrase.length)) this.multiLengths.push(phrase.length);
      } else if (stem === null) this.singles.add(word);
      else this.stems.set(k, [...(this.stems.get(k) ?? []), stem]);
    }
  }

  /**
   * Phrases of several words by their first word's first two letters (one for a one-letter
   * stem): a liberation rule's 80 notNear words hold dozens of phrases, and trying them all at
   * every word of a window cost more than the rest of the rule.
   */
  private readonly multiByKey = new Map<number, string[][]>();
  private readonly multiLengths: number[] = [];

  /** The phrases of several words that may start with folded word `t`. */
  private multiFor(t: string): string[][] | undefined {
    const a = t.charCodeAt(0);
    const two = this.multiByKey.get(key(a, t.charCodeAt(1) || 0));
    const one = t.length > 1 ? this.multiByKey.get(key(a, 0)) : undefined;
    return one ? (two ? two.concat(one) : one) : two;
  }

  /** Whether some phrase may start with the word text[start, end), read without folding it. */
  private mayStartAt(s: string, start: number, end: number): boolean {
    if (this.anyStart) return true;
    let a = -1;
    let b = 0;
    for (let i = start; i < end; i++) {
      const c = s.charCodeAt(i);
      if (CLASS[c] === SKIP) continue;
      if (a < 0) a = FOLD[c]!;
      else {
        b = FOLD[c]!;
        break;
      }
    }
    // A 1,024-bit filter first: most words of a window are turned away by one table read
    // instead of two Set lookups (places read 30 words per mention).
    const pair = bitOf(key(a, b));
    const single = bitOf(a);
    if ((this.filter[pair >>> 5]! & (1 << (pair & 31))) === 0 && (this.filter[single >>> 5]! & (1 << (single & 31))) === 0) return false;
    return this.starts.has(key(a, b)) || this.firstLetters.has(a);
  }

  private readonly filter = new Uint32Array(FILTER_BITS >>> 5);

  private addToFilter(k: number): void {
    const bit = bitOf(k);
    this.filter[bit >>> 5]! |= 1 << (bit & 31);
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

  /** Some phrase occurs within words [from, to) of a window. */
  anyInWindow(win: WordWindow, from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (this.startsAtWindow(win, k, to)) return true;
    return false;
  }

  /** Some phrase ends right at word `to` of a window (the words before a match end there). */
  endsAtWindow(win: WordWindow, to: number): boolean {
    const last = to - 1;
    if (last < 0) return false;
    if (this.mayStartAt(win.text, win.starts[last]!, win.ends[last]!) && this.singleMatches(win.folded(last))) return true;
    for (const length of this.multiLengths) {
      const at = to - length;
      if (at < 0 || !this.mayStartAt(win.text, win.starts[at]!, win.ends[at]!)) continue;
      for (const phrase of this.multiFor(win.folded(at)) ?? []) if (phrase.length === length && this.phraseInWindow(phrase, win, at, to)) return true;
    }
    return false;
  }

  /** Some phrase starts right at word `from` of a window, within words before `to`. */
  startsAtWindow(win: WordWindow, from: number, to: number): boolean {
    if (from >= to || !this.mayStartAt(win.text, win.starts[from]!, win.ends[from]!)) return false;
    const t = win.folded(from);
    if (this.singleMatches(t)) return true;
    for (const phrase of this.multiFor(t) ?? []) if (this.phraseInWindow(phrase, win, from, to)) return true;
    return false;
  }

  private phraseInWindow(phrase: string[], win: WordWindow, at: number, to: number): boolean {
    if (at + phrase.length > to) return false;
    for (let k = 0; k < phrase.length; k++) if (!wordMatches(phrase[k]!, win.folded(at + k))) return false;
    return true;
  }

  /** Words in the longest phrase. */
  get longest(): number {
    return (this.longestPhrase ??= Math.max(1, ...this.phrases.map((p) => p.length)));
  }

  private longestPhrase: number | undefined;
}
