// The matcher: a trie over folded code units, walked from every word start in one pass.
//
//   root ─k→ ─i→ ─e→ ─v→ [out: kiev]            exact word: must end at a word boundary
//                      └─ ' ' → r → e → g ...   phrases: one space stands for any separator run
//   root ─l→ ... ─t→ ⟨stem⟩ → [out: liberat*]  a stem edge swallows the rest of the word
//
// The root is a dense table (every word start looks it up); deeper nodes use small Maps.
import { CLASS, FOLD, LETTER, SEP, SKIP, SPACE } from './chars';
import { STEM } from './fold';

export interface RawMatch {
  target: number;
  start: number;
  end: number;
  /** Where the last stem ended (the inflection ending starts here); -1 without stem. */
  stemEnd: number;
  /** Found by reading a mixed-script word in one script (see mixed-script.ts). */
  mixed: boolean;
}

export class Automaton {
  private readonly root = new Int32Array(0x10000).fill(-1);
  private readonly next: Map<number, number>[] = [new Map()];
  private readonly stem: number[] = [-1];
  private readonly outs: (number[] | undefined)[] = [undefined];
  private readonly stack: number[] = [];

  add(folded: number[], target: number): void {
    let node = 0;
    for (const code of folded) node = code === STEM ? this.stemChild(node) : this.child(node, code);
    (this.outs[node] ??= []).push(target);
  }

  get size(): number {
    return this.next.length;
  }

  /** Whether any pattern can start with this (folded) code unit: the scanner's fast reject. */
  startsWith(code: number): boolean {
    return this.root[code]! >= 0;
  }

  private newNode(): number {
    this.next.push(new Map());
    this.stem.push(-1);
    this.outs.push(undefined);
    return this.next.length - 1;
  }

  private child(node: number, code: number): number {
    const existing = node === 0 ? this.root[code]! : (this.next[node]!.get(code) ?? -1);
    if (existing >= 0) return existing;
    const created = this.newNode();
    if (node === 0) this.root[code] = created;
    else this.next[node]!.set(code, created);
    return created;
  }

  private stemChild(node: number): number {
    if (this.stem[node]! < 0) this.stem[node] = this.newNode();
    return this.stem[node]!;
  }

  private step(node: number, code: number): number {
    return node === 0 ? this.root[code]! : (this.next[node]!.get(code) ?? -1);
  }

  /**
   * Every pattern that matches `text` from `start` (a word start). Matches are appended to
   * `out`. A hyphen before a line break inside a word ("Krasnoar-\nmeysk") is tried both as a
   * separator and as a join, so the walk keeps a small stack of alternatives.
   */
  walk(text: string, start: number, out: RawMatch[]): void {
    const n = text.length;
    // One stack per automaton, reused: this runs at every word start, so no allocation here.
    const stack = this.stack;
    stack.length = 0;
    stack.push(0, start, -1);
    while (stack.length) {
      const stemEnd = stack.pop()!;
      let i = stack.pop()!;
      let node = stack.pop()!;
      for (;;) {
        const stemNode = this.stem[node]!;
        if (stemNode >= 0 && i > start) stack.push(stemNode, wordEnd(text, i), i);
        const outs = this.outs[node];
        if (outs && i > start && atBoundary(text, i)) {
          for (const target of outs) out.push({ target, start, end: i, stemEnd, mixed: false });
        }
        if (i >= n) break;
        const c = text.charCodeAt(i);
        const cls = CLASS[c];
        if (cls === SKIP) {
          i++;
          continue;
        }
        if (cls === SEP) {
          let j = i;
          let hyphen = false;
          let lineBreak = false;
          for (; j < n; j++) {
            const d = text.charCodeAt(j);
            const dc = CLASS[d];
            if (dc !== SEP && dc !== SKIP) break;
            if (d === 0x2d || d === 0xad || d === 0x2010) hyphen = true;
            else if (d === 0x0a || d === 0x0d) lineBreak = true;
          }
          if (hyphen && lineBreak && j < n && CLASS[text.charCodeAt(j)] === LETTER) stack.push(node, j, stemEnd);
          node = this.step(node, SPACE);
          if (node < 0) break;
          i = j;
          continue;
        }
        node = this.step(node, FOLD[c]!);
        if (node < 0) break;
        i++;
      }
    }
  }
}

/** True when position `i` ends a word: no letter follows (invisible characters aside). */
export function atBoundary(text: string, i: number): boolean {
  for (; i < text.length; i++) {
    const cls = CLASS[text.charCodeAt(i)];
    if (cls !== SKIP) return cls !== LETTER;
  }
  return true;
}

/** The end of the word that position `i` is in (or `i` itself at a boundary). */
export function wordEnd(text: string, i: number): number {
  for (; i < text.length; i++) {
    const cls = CLASS[text.charCodeAt(i)];
    if (cls !== LETTER && cls !== SKIP) break;
  }
  return i;
}
