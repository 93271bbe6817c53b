// The walker's output, cut into pieces the engine can analyze within one idle slice.
//
//   text node ─▶ append ─┐
//   block end ─▶ brk ────┼─▶ current piece ──(≥ target at a block end)──▶ done[]
//   link end  ─▶ link ───┘                  ──(> 2 × target inside a block: a sentence end)──▶ done[]
//
// The engine costs roughly linear time in the text it gets (here 6–40 MB/s), and its work on
// one string cannot be interrupted, so a page's text is analyzed in pieces: each piece ends at
// a block boundary once it reached `target` characters, so a paragraph is never cut. A block
// longer than twice the target (one 5 MB text node) is cut at a sentence end, then at a space:
// its segments carry `skip`, the node's characters before the piece, so offsets still map back
// into that one node. With `target = Infinity` everything is one piece (re-scans, tests).
import type { LinkSpan, Segment, TextMap, TextSpan } from './walk';

export class PieceBuilder {
  readonly done: TextMap[] = [];
  /** Characters per piece wanted; pieces end at the first block end past it. */
  target: number;
  /** Cut inside text nodes when a block is too long (not with the <mark> fallback, which splits nodes). */
  splitNodes: boolean;
  /** Increases with each piece: a link that opened in an earlier piece starts at 0 in this one. */
  piece = 0;
  length = 0;
  private parts: string[] = [];
  private segments: Segment[] = [];
  private links: LinkSpan[] = [];
  private quotes: TextSpan[] = [];
  private scopes: (Document | ShadowRoot)[] = [];
  private lastBreak = true;
  private emitted = 0;

  constructor(target = Infinity, splitNodes = true) {
    this.target = target;
    this.splitNodes = splitNodes;
  }

  /** A block boundary: "\n" (mapped to no node) so two paragraphs never read as one sentence. */
  brk(): void {
    if (this.lastBreak) return;
    if (this.length >= this.target) {
      this.finish();
      return;
    }
    this.parts.push('\n');
    this.length += 1;
    this.lastBreak = true;
  }

  /**
   * Append `data` from `pos`; returns where it stopped: `data.length`, or earlier when a piece
   * was completed inside the node (the walker resumes there, so a 5 MB node is cut one piece
   * per call, at the target of that moment).
   */
  text(node: Text, data: string, pos = 0): number {
    const hard = this.splitNodes ? this.target * 2 : Infinity;
    while (pos < data.length) {
      const room = hard - this.length;
      if (data.length - pos <= room) {
        this.push(node, data, pos, data.length);
        return data.length;
      }
      let cut = room > 0 ? cutPoint(data, pos, pos + room) : -1;
      if (cut < 0) {
        if (this.length > 0) {
          this.finish(); // a fresh piece has the whole room for this node
          return pos;
        }
        cut = pos + room; // no space in twice the target: a word this long is not prose
      }
      this.push(node, data, pos, cut);
      this.finish();
      return cut;
    }
    return pos;
  }

  link(href: string, start: number, piece: number): void {
    const from = piece === this.piece ? start : 0;
    if (this.length > from) this.links.push({ start: from, end: this.length, href });
  }

  /** A quotation the page marks up ended here (opened at `start` of piece `piece`). */
  quote(start: number, piece: number): void {
    const from = piece === this.piece ? start : 0;
    if (this.length > from) this.quotes.push({ start: from, end: this.length });
  }

  scope(s: Document | ShadowRoot): void {
    this.scopes.push(s);
  }

  /** Close the current piece; `end` keeps even an empty one when nothing was emitted yet. */
  finish(end = false): void {
    if (this.length === 0 && !this.scopes.length && !(end && this.emitted === 0)) return;
    this.done.push({ text: this.parts.join(''), segments: this.segments, links: this.links, quotes: this.quotes, scopes: this.scopes });
    this.emitted++;
    this.piece++;
    this.parts = [];
    this.segments = [];
    this.links = [];
    this.quotes = [];
    this.scopes = [];
    this.length = 0;
    this.lastBreak = true;
  }

  private push(node: Text, data: string, from: number, to: number): void {
    if (to <= from) return;
    const seg: Segment = { start: this.length, end: this.length + to - from, node };
    if (from > 0) seg.skip = from;
    this.segments.push(seg);
    this.parts.push(from === 0 && to === data.length ? data : data.slice(from, to));
    this.length += to - from;
    this.lastBreak = false;
  }
}

const SENTENCE_END = /[.!?…。]["'”’»)\]]*\s/g;

/**
 * Where to cut `data` within (from, to]: after the last sentence end in the second half of the
 * window, else after its last line break or space; -1 when there is none.
 */
export function cutPoint(data: string, from: number, to: number): number {
  const min = from + Math.floor((to - from) / 2);
  const window = data.slice(min, to); // a regex on the whole node could run to its end each time
  let best = -1;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(window); m; m = SENTENCE_END.exec(window)) best = m.index + m[0].length;
  if (best > 0) return min + best;
  for (let i = to - 1; i > from; i--) {
    const c = data.charCodeAt(i - 1);
    if (c === 10 || c === 32 || c === 9 || c === 13) return i;
  }
  return -1;
}
