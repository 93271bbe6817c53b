// The matcher: a trie over folded code units, walked from every word start in one pass.
//
//   root ─k→ ─i→ ─e→ ─v→ [out: kiev]            exact word: must end at a word boundary
//                      └─ ' ' → r → e → g ...   phrases: one space stands for any separator run
//   root ─l→ ... ─t→ ⟨stem⟩ → [out: liberat*]  a stem edge swallows the rest of the word
//
// Typed arrays throughout: the root is a dense table (every word start looks it up), deeper
// edges live in one open-addressing hash table. Before any walk, a bitset
// of four-code beginnings rejects most words of a page with a single lookup.
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
  /**
   * A mixed-script word read by swapping look-alike letters: the word as written in that one
   * script ("Kостянтинівки" → "Костянтинівки"), whose forms and ending the neutral takes.
   */
  unmixed?: string;
}

/**
 * The bundled lexicon has ~1,700 four-code beginnings: 65,536 bits (8 KB, in every page's
 * memory) let through ~2.5% of other words, which the four-letter table then turns away; a
 * million bits measured no faster.
 */
const PREFIX_BITS = 1 << 16;
/** Room for the bundled lexicon's edges at half load; the table grows for larger ones. */
const INITIAL_EDGES = 1 << 17;

/**
 * Codes the prefix filter reads before it decides. The lexicon schema keeps stems out of a
 * pattern's first four characters, so these codes are always known.
 */
export const PREFIX = 4;

export function hash4(a: number, b: number, c: number, d: number): number {
  let h = Math.imul(a ^ 0x811c9dc5, 0x01000193);
  h = Math.imul(h ^ b, 0x01000193);
  h = Math.imul(h ^ c, 0x01000193);
  h = Math.imul(h ^ d, 0x9e3779b1);
  return (h ^ (h >>> 15)) & (PREFIX_BITS - 1);
}

function edgeHash(node: number, code: number): number {
  return Math.imul(node, 0x9e3779b1) ^ Math.imul(code + 1, 0x85ebca77);
}

/** onlyCode's marks: a node without child edges, and one with several. */
const NO_CHILD = -2;
const SEVERAL = -1;

const HAS_STEM = 1;
const HAS_OUTS = 2;

/** Stands for "the word (and the pattern) ends here" in the prefix filter. */
const END = 0;

/** Bits of the filter of short first words ("a source", "ДНР", "RT"). */
const SHORT_BITS = 1 << 16;

/** A word of one to three folded letters, hashed for the short-word filter. */
export function shortHash(a: number, b: number, c: number): number {
  const h = Math.imul(Math.imul(Math.imul(a ^ 0x27d4eb2d, 0x01000193) ^ b, 0x01000193) ^ c, 0x9e3779b1);
  return (h ^ (h >>> 16)) & (SHORT_BITS - 1);
}

export class Automaton {
  private readonly root = new Int32Array(0x10000).fill(-1);
  private stemOf: number[] = [-1];
  private readonly outs: (number[] | undefined)[] = [undefined];
  /** Four-code beginnings of every pattern (read by the scanner inline; see scan.ts). */
  readonly prefixes = new Uint32Array(PREFIX_BITS >>> 5);
  /** Patterns that are one word of one to three letters ("RT", "ДНР"). */
  readonly shortWords = new Uint32Array(SHORT_BITS >>> 5);
  /**
   * Patterns whose first word has one to three letters, followed by more ("a source", "в
   * Иудее", "U.S."): a short word of the text not among them ("in", "та") starts no match.
   */
  readonly shortFirst = new Uint32Array(SHORT_BITS >>> 5);
  private readonly stack: number[] = [];
  // Edges below the root: node, code → child, in one open-addressing table (no Map per node:
  // the lexicon compile runs on every page with article text, and 30,000 Maps cost it most).
  private edgeNode = new Int32Array(INITIAL_EDGES).fill(-1);
  private edgeCode = new Uint16Array(INITIAL_EDGES);
  private edgeChild = new Int32Array(INITIAL_EDGES);
  private edgeMask = INITIAL_EDGES - 1;
  private edges = 0;
  private stems: Int32Array | null = null;
  private flags = new Uint8Array(0);
  /**
   * Per node, one bit per child edge (its code mod 32), or all bits when a stem edge follows:
   * after a four-letter beginning most words' fifth letter leads nowhere ("regio" against
   * "regime"), and the scanner turns those away with one read instead of a walk.
   */
  private nextCodes = new Int32Array(0);
  /** Per node: its only child's code, NO_CHILD, or SEVERAL (then the edge table answers). Filled at freeze. */
  private onlyCode = new Int32Array(0);
  private onlyChild = new Int32Array(0);
  /**
   * Four letters → the node they lead to, for walks from a word of four letters or more (most
   * walks): they start there instead of stepping through four edges. Filled at freeze.
   */
  private quadList: number[] = [];
  private quadKeys = new Int32Array(0);
  private quadNodes = new Int32Array(0);
  private quadMask = 0;

  add(folded: number[], target: number): void {
    if (this.stems) throw new Error('automaton is frozen');
    const stem = folded.indexOf(STEM);
    if (CLASS[folded[0]!] !== LETTER || (stem >= 0 && stem < PREFIX)) {
      throw new Error('a pattern must begin with a letter and keep four characters before a `*` (src/lexicon/schema.ts)');
    }
    const code = (k: number) => folded[k] ?? END;
    this.setPrefix(hash4(code(0), code(1), code(2), code(3)));
    this.addShortWord(folded);
    let node = 0;
    for (let k = 0; k < folded.length; k++) {
      const code = folded[k]!;
      node = code === STEM ? this.stemChild(node) : this.child(node, code);
      if (k === PREFIX - 1 && folded.slice(0, PREFIX).every((c) => CLASS[c] === LETTER)) this.quadList.push(folded[0]!, folded[1]!, folded[2]!, folded[3]!, node);
    }
    (this.outs[node] ??= []).push(target);
  }

  /**
   * Registers a pattern that is one word of one to three letters ("RT", "ДНР"); a phrase that
   * begins with a short word ("a source", "в Иудее") is found by its first four codes.
   */
  private addShortWord(folded: number[]): void {
    let letters = 0;
    while (letters < folded.length && CLASS[folded[letters]!] === LETTER) letters++;
    if (letters > 3) return;
    const h = shortHash(folded[0]!, letters > 1 ? folded[1]! : END, letters > 2 ? folded[2]! : END);
    const bits = letters === folded.length ? this.shortWords : this.shortFirst;
    bits[h >>> 5]! |= 1 << (h & 31);
  }


  private newNode(): number {
    this.stemOf.push(-1);
    this.outs.push(undefined);
    return this.outs.length - 1;
  }

  private child(node: number, code: number): number {
    const existing = this.step(node, code);
    if (existing >= 0) return existing;
    const created = this.newNode();
    if (node === 0) this.root[code] = created;
    else this.insertEdge(node, code, created);
    return created;
  }

  private insertEdge(node: number, code: number, child: number): void {
    if ((this.edges + 1) * 2 > this.edgeMask + 1) this.grow();
    let h = edgeHash(node, code) & this.edgeMask;
    while (this.edgeNode[h] !== -1) h = (h + 1) & this.edgeMask;
    this.edgeNode[h] = node;
    this.edgeCode[h] = code;
    this.edgeChild[h] = child;
    this.edges++;
  }

  private grow(): void {
    const [nodes, codes, children] = [this.edgeNode, this.edgeCode, this.edgeChild];
    const capacity = nodes.length * 2;
    this.edgeNode = new Int32Array(capacity).fill(-1);
    this.edgeCode = new Uint16Array(capacity);
    this.edgeChild = new Int32Array(capacity);
    this.edgeMask = capacity - 1;
    this.edges = 0;
    for (let h = 0; h < nodes.length; h++) if (nodes[h] !== -1) this.insertEdge(nodes[h]!, codes[h]!, children[h]!);
  }

  private stemChild(node: number): number {
    if (this.stemOf[node]! < 0) this.stemOf[node] = this.newNode();
    return this.stemOf[node]!;
  }

  /** Ends construction. */
  freeze(): this {
    if (!this.stems) {
      this.stems = Int32Array.from(this.stemOf);
      this.stemOf = [];
      this.flags = new Uint8Array(this.outs.length);
      for (let node = 0; node < this.outs.length; node++) {
        this.flags[node] = (this.stems[node]! >= 0 ? HAS_STEM : 0) | (this.outs[node] ? HAS_OUTS : 0);
      }
      this.buildQuads();
      this.nextCodes = new Int32Array(this.outs.length);
      for (let h = 0; h <= this.edgeMask; h++) {
        const node = this.edgeNode[h]!;
        if (node !== -1) this.nextCodes[node]! |= 1 << (this.edgeCode[h]! & 31);
      }
      for (let node = 0; node < this.outs.length; node++) if (this.stems[node]! >= 0) this.nextCodes[node] = -1;
      // Most nodes below the first letters have one child or none (a pattern's letters in a
      // row): their step needs no hash probe.
      this.onlyCode = new Int32Array(this.outs.length).fill(NO_CHILD);
      this.onlyChild = new Int32Array(this.outs.length);
      for (let h = 0; h <= this.edgeMask; h++) {
        const node = this.edgeNode[h]!;
        if (node === -1) continue;
        this.onlyCode[node] = this.onlyCode[node] === NO_CHILD ? this.edgeCode[h]! : SEVERAL;
        this.onlyChild[node] = this.edgeChild[h]!;
      }
    }
    return this;
  }

  /** The child of `node` by `code`, or -1, once frozen: one read for a node of one child or none. */
  private next(node: number, code: number): number {
    if (node === 0) return this.root[code]!;
    const only = this.onlyCode[node]!;
    if (only !== SEVERAL) return only === code ? this.onlyChild[node]! : -1;
    return this.step(node, code);
  }

  private buildQuads(): void {
    const list = this.quadList;
    let size = 16;
    while (size < (list.length / 5) * 2) size *= 2;
    this.quadMask = size - 1;
    this.quadKeys = new Int32Array(size * 2);
    this.quadNodes = new Int32Array(size).fill(-1);
    for (let k = 0; k < list.length; k += 5) {
      const [a, b, c, d, node] = [list[k]!, list[k + 1]!, list[k + 2]!, list[k + 3]!, list[k + 4]!];
      let h = hash4(a, b, c, d) & this.quadMask;
      while (this.quadNodes[h] !== -1 && this.quadNodes[h] !== node) h = (h + 1) & this.quadMask;
      this.quadKeys[2 * h] = (a << 16) | b;
      this.quadKeys[2 * h + 1] = (c << 16) | d;
      this.quadNodes[h] = node;
    }
    this.quadList = [];
  }

  /** The node four letters lead to (`h`: their hash4), or -1. */
  quad(h: number, a: number, b: number, c: number, d: number): number {
    const mask = this.quadMask;
    const ab = (a << 16) | b;
    const cd = (c << 16) | d;
    for (let k = h & mask; ; k = (k + 1) & mask) {
      const node = this.quadNodes[k]!;
      if (node === -1 || (this.quadKeys[2 * k] === ab && this.quadKeys[2 * k + 1] === cd)) return node;
    }
  }

  /** Whether a walk at `node` may go on with the folded letter `code` (see nextCodes). */
  mayStep(node: number, code: number): boolean {
    return (this.nextCodes[node]! & (1 << (code & 31))) !== 0;
  }

  private step(node: number, code: number): number {
    if (node === 0) return this.root[code]!;
    const mask = this.edgeMask;
    for (let h = edgeHash(node, code) & mask; ; h = (h + 1) & mask) {
      const n = this.edgeNode[h]!;
      if (n === -1) return -1;
      if (n === node && this.edgeCode[h] === code) return this.edgeChild[h]!;
    }
  }

  private setPrefix(h: number): void {
    this.prefixes[h >>> 5]! |= 1 << (h & 31);
  }

  private hasPrefix(a: number, b: number, c: number, d: number): boolean {
    const h = hash4(a, b, c, d);
    return (this.prefixes[h >>> 5]! & (1 << (h & 31))) !== 0;
  }

  /**
   * Whether a walk from `start` can succeed, judged by the first four codes the walk would
   * read (letters, one space for a separator run, the end of the word). Punctuation may either
   * end a pattern or belong to it ("Lenta.ru"), so both readings are asked; a hyphenated line
   * break could join a word, so it lets the walk through.
   */
  mayMatchAt(text: string, start: number): boolean {
    const n = text.length;
    let a = END;
    let b = END;
    let c = END;
    let d = END;
    let k = 0;
    let i = start;
    while (k < PREFIX && i < n) {
      const ch = text.charCodeAt(i);
      const cls = CLASS[ch];
      let code: number;
      if (cls === LETTER) {
        code = FOLD[ch]!;
        i++;
      } else if (cls === SKIP) {
        i++;
        continue;
      } else {
        // Before a separator or punctuation the pattern may end here…
        if (this.hasPrefix(a, b, c, d)) return true;
        if (cls === SEP) {
          // …or go on past the separator as one space, or join a hyphenated line break.
          const j = this.separatorEnd(text, i);
          if (j < 0) return true;
          code = SPACE;
          i = j;
        } else {
          code = FOLD[ch]!; // …or go on with the punctuation, as the walk would
          i++;
        }
      }
      if (k === 0) a = code;
      else if (k === 1) b = code;
      else if (k === 2) c = code;
      else d = code;
      k++;
    }
    return this.hasPrefix(a, b, c, d);
  }

  /**
   * Where a separator run ends, or that end bit-inverted (negative) when the run is a hyphenated
   * line break, which may join a word ("Krasnoar-\nmeysk").
   */
  private separatorEnd(text: string, i: number): number {
    let hyphen = false;
    let lineBreaks = 0;
    for (; i < text.length; i++) {
      const d = text.charCodeAt(i);
      const dc = CLASS[d];
      if (dc !== SEP && dc !== SKIP) break;
      if (d === 0x2d || d === 0xad || d === 0x2010) hyphen = true;
      else if (d === 0x0a || (d === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) lineBreaks++;
    }
    this.blankLine = lineBreaks > 1;
    return hyphen && lineBreaks > 0 ? ~i : i;
  }

  /** The last separator run read held a blank line: a paragraph ends there, and no phrase goes on. */
  private blankLine = false;

  /**
   * Every pattern that matches `text` from `start` (a word start), appended to `out`. A stem
   * edge, and a hyphen before a line break inside a word ("Krasnoar-\nmeysk", tried both as a
   * separator and as a join), fork the walk: forks wait on a stack reused across calls.
   */
  walk(text: string, start: number, out: RawMatch[]): void {
    this.walkFrom(text, start, 0, start, out);
  }

  /** A walk from `start` that has reached `node` at `i` already (see `quad`). */
  walkFrom(text: string, start: number, from: number, at: number, out: RawMatch[]): void {
    const stems = this.stems ?? this.freeze().stems!;
    const flags = this.flags;
    const n = text.length;
    const stack = this.stack;
    let node = from;
    let i = at;
    let stemEnd = -1;
    for (;;) {
      for (;;) {
        // Most nodes have neither a stem edge nor an output: one table read tells.
        const f = flags[node]!;
        if (f !== 0 && i > start) {
          if ((f & HAS_STEM) !== 0) stack.push(stems[node]!, wordEnd(text, i), i);
          if ((f & HAS_OUTS) !== 0 && atBoundary(text, i)) {
            for (const target of this.outs[node]!) out.push({ target, start, end: i, stemEnd, mixed: false });
          }
        }
        if (i >= n) break;
        const c = text.charCodeAt(i);
        const cls = CLASS[c];
        if (cls === SKIP) {
          i++;
          continue;
        }
        if (cls === SEP) {
          const j = this.separatorRun(text, i, node, stemEnd);
          if (this.blankLine) break;
          node = this.next(node, SPACE);
          if (node < 0) break;
          i = j;
          continue;
        }
        node = this.next(node, FOLD[c]!);
        if (node < 0) break;
        i++;
      }
      if (stack.length === 0) return;
      stemEnd = stack.pop()!;
      i = stack.pop()!;
      node = stack.pop()!;
    }
  }

  /** The end of a separator run from `i`; forks a join when it is a hyphenated line break. */
  private separatorRun(text: string, i: number, node: number, stemEnd: number): number {
    const end = this.separatorEnd(text, i);
    if (end >= 0) return end;
    const j = ~end;
    if (node !== 0 && !this.blankLine && j < text.length && CLASS[text.charCodeAt(j)] === LETTER) this.stack.push(node, j, stemEnd);
    return j;
  }

}

/** True when position `i` ends a word: no letter follows (invisible characters aside). */
function atBoundary(text: string, i: number): boolean {
  for (; i < text.length; i++) {
    const cls = CLASS[text.charCodeAt(i)];
    if (cls !== SKIP) return cls !== LETTER;
  }
  return true;
}

/** The end of the word that position `i` is in (or `i` itself at a boundary). */
function wordEnd(text: string, i: number): number {
  for (; i < text.length; i++) {
    const cls = CLASS[text.charCodeAt(i)];
    if (cls !== LETTER && cls !== SKIP) break;
  }
  return i;
}
