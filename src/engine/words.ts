// Reading the words around a match, for context rules and attribution. These run only on
// candidates, so plain string work is fine here.
import { APOS, CLASS, LETTER, SKIP } from './chars';
import { foldRange } from './fold';
import { SENTENCE_LOOK, sentenceBreakAt, sentenceEndAt } from './sentences';

export interface Word {
  /** Folded text ("women's"). */
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** A word folds its text when first asked (names and attribution read most words' capitals only). */
class TextWord implements Word {
  private folded: string | undefined;
  constructor(private readonly source: string, readonly start: number, readonly end: number) {}
  get text(): string {
    return (this.folded ??= fold(this.source, this.start, this.end));
  }
}

function isWordChar(text: string, i: number): boolean {
  const cls = CLASS[text.charCodeAt(i)];
  if (cls === LETTER || cls === SKIP) return true;
  // An apostrophe between letters belongs to the word ("women's", "п'ять").
  return cls === APOS && i > 0 && i + 1 < text.length &&
    CLASS[text.charCodeAt(i - 1)] === LETTER && CLASS[text.charCodeAt(i + 1)] === LETTER;
}

/** Words that join two of a kind ("brave and honest", "Krasnoarmeysk, or Pokrovsk"). */
const CONJUNCTIONS = new Set(['and', 'or', 'but', 'и', 'или', 'либо', 'но', 'а', 'та', 'і', 'й', 'або', 'чи', 'але']);

/** Whether text[from, to) is a conjunction. */
export const isConjunction = (text: string, from: number, to: number): boolean => CONJUNCTIONS.has(text.slice(from, to).toLowerCase());

/** Folded, with an English possessive dropped: context word "Kyiv" counts in "Kyiv's". */
function fold(text: string, start: number, end: number): string {
  return dropPossessive(foldRange(text, start, end));
}

export function dropPossessive(word: string): string {
  return word.length > 3 && word.endsWith("'s") ? word.slice(0, -2) : word;
}

/** Up to `count` words ending at or before `pos`, nearest last. Stops at `stop` characters. */
export function wordsBefore(text: string, pos: number, count: number, stop = 0): Word[] {
  return SCRATCH.fill(text, pos, pos, count, stop, pos).words(0, SCRATCH.split);
}

/** Where the `count`-th word before `pos` starts (the nearest word's start when fewer; `pos` when none). */
export function startOfWordsBefore(text: string, pos: number, count: number, stop = 0): number {
  return SCRATCH.fill(text, pos, pos, count, stop, pos).split > 0 ? SCRATCH.starts[0]! : pos;
}

/** Up to `count` words starting at or after `pos`, nearest first. Stops at `stop`. */
export function wordsAfter(text: string, pos: number, count: number, stop = text.length): Word[] {
  return SCRATCH.fill(text, pos, pos, count, pos, stop).words(0, SCRATCH.length);
}

/**
 * The words around a match as offsets, for context rules: up to `reach` words each side within
 * a sentence, folded only when a word list asks (`folded`). One window is reused for every
 * candidate: a place name's rules read 15 words each side, and objects for them all cost more
 * than the rules' checks themselves.
 */
export class WordWindow {
  text = '';
  /** Words [0, split) are before the match (in text order), [split, length) after it. */
  split = 0;
  length = 0;
  starts = new Int32Array(64);
  ends = new Int32Array(64);

  /** The words around [start, end) within its sentence (up to SENTENCE_LOOK characters each side). */
  fillInSentence(text: string, start: number, end: number, reach: number): this {
    return this.fill(text, start, end, reach, Math.max(0, start - SENTENCE_LOOK), Math.min(text.length, end + SENTENCE_LOOK), true);
  }

  /**
   * The words around [start, end) between `from` and `to`; with `inSentence`, also not past a
   * sentence break (checked in the gaps between words, where breaks are, as the window goes:
   * no separate pass to find the sentence first).
   */
  fill(text: string, start: number, end: number, reach: number, from: number, to: number, inSentence = false): this {
    this.text = text;
    this.foldedWords.length = 0;
    if (this.starts.length < 2 * reach) {
      this.starts = new Int32Array(2 * reach);
      this.ends = new Int32Array(2 * reach);
    }
    const { starts, ends } = this;
    // Before: found nearest first, then put in text order.
    let n = 0;
    let i = start - 1;
    before: while (n < reach && i >= from) {
      for (; i >= from && !isWordChar(text, i); i--) if (inSentence && sentenceBreakAt(text, i)) break before;
      if (i < from) break;
      ends[n] = i + 1;
      while (i >= from && isWordChar(text, i)) i--;
      starts[n++] = i + 1;
    }
    for (let a = 0, b = n - 1; a < b; a++, b--) {
      const s = starts[a]!;
      starts[a] = starts[b]!;
      starts[b] = s;
      const e = ends[a]!;
      ends[a] = ends[b]!;
      ends[b] = e;
    }
    this.split = n;
    i = end;
    after: while (n - this.split < reach && i < to) {
      for (; i < to && !isWordChar(text, i); i++) if (inSentence && sentenceEndAt(text, i)) break after;
      if (i >= to) break;
      starts[n] = i;
      while (i < to && isWordChar(text, i)) i++;
      ends[n++] = i;
    }
    this.length = n;
    return this;
  }

  /** Words [from, to) as Word objects (they outlive the window's next fill). */
  words(from: number, to: number): Word[] {
    const out: Word[] = [];
    for (let k = from; k < to; k++) out.push(new TextWord(this.text, this.starts[k]!, this.ends[k]!));
    return out;
  }

  /** Word `k` folded, an English possessive dropped. */
  folded(k: number): string {
    return (this.foldedWords[k] ??= fold(this.text, this.starts[k]!, this.ends[k]!));
  }

  /** Words folded so far since the last fill (phrases read a word more than once). */
  private foldedWords: (string | undefined)[] = [];
}

/** The window behind wordsBefore and wordsAfter, read into Word objects at once. */
const SCRATCH = new WordWindow();
