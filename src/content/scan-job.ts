// One scan as a series of slices (issue 6: no task over 50 ms, even on a 10 MB page). Each
// call of `step` is one slice, a task of its own, and stops once its time is up:
//
//   page:   gate (walk until MIN_WORDS or the end) ─▶ compile (slices of its own) ─▶ reset ──┐
//   block:  supersede what earlier scans found inside it ──────────────────────────────────┤
//           ┌──────────────────────────────────────────────────────────────────────────────┘
//           └▶ analyze + paint the next piece │ walk on to the next piece │ … ─▶ done
//
// The walk pauses and resumes (walk.ts); its text comes in pieces of whole blocks sized so one
// analysis takes about PIECE_MS at the engine's measured speed (pieces.ts); each piece is one
// unit of the merged report; the first is shown at once, so the article's first highlights
// appear after its first piece, the others in batches (FLUSH_MS). Without a scheduler (tests)
// the same steps run to the end at once.
import type { PageScanHooks } from './scanner';
import { pageRoots } from './blocks';
import { createWalker, type TextMap, type WalkOptions } from './walk';
import { measure } from './measure';

/** Analysis time one piece is sized for; a piece is at most twice its target (pieces.ts). */
const PIECE_MS = 8;
const FIRST_PIECE = 8 * 1024; // the engine's speed is not known yet, and the first paint should be quick
const MIN_PIECE = 4 * 1024;
const MAX_PIECE = 64 * 1024;
/**
 * After the first piece, highlights are shown at most this often while a scan goes on: each
 * change repaints the text they are in, ~100 ms a frame when that is one 5 MB text node.
 */
const FLUSH_MS = 400;

/** Fewer words than this and the page has no article text: nothing is scanned or shown. */
const MIN_WORDS = 30;

function countWords(text: string, limit = MIN_WORDS): number {
  let n = 0;
  const re = /\p{L}{2,}/gu;
  while (re.exec(text) && ++n < limit);
  return n;
}

/** What a job needs of its scanner. */
export interface JobHost {
  doc: Document;
  walk?: WalkOptions;
  /** Pieces are sized (false: the whole text is one piece). */
  chunked: boolean;
  /** Long text nodes may be cut (not with the <mark> fallback, whose wrappers split nodes). */
  splitNodes: boolean;
  /** Whether the one-time setup (the lexicon compile) is done. */
  prepared(): boolean;
  /** Go on with the setup until `timeLeft()` runs out; true once it is done. */
  prepare(timeLeft: () => number): boolean;
  /** Forget everything found before (a page scan) / inside a block (a block scan). */
  reset(): void;
  supersede(block: Node): void;
  addScopes(scopes: (Document | ShadowRoot)[]): void;
  /** Analyze and paint one piece (`later`: shown at the next flush); the analysis time. */
  addUnit(map: TextMap, roots: Node[], later: boolean): number;
  /** Show the pieces painted `later`. */
  flush(): void;
  /** A page scan painted text: the page has article text. */
  markScanned(): void;
}

export interface ScanJob {
  step(timeLeft: () => number): void;
  /** null while it runs; then false when a page has no article text. */
  result(): boolean | null;
}

/** The engine's speed here in characters per ms, shared by all jobs of a page (0: not known yet). */
let rate = 0;

function pieceSize(): number {
  return rate ? Math.min(MAX_PIECE, Math.max(MIN_PIECE, Math.round(rate * PIECE_MS))) : FIRST_PIECE;
}

/**
 * A scan of the whole page (`block` null: a gate on its word count, the compile, then
 * everything found before is replaced), or of one changed block (what was found inside it is
 * replaced).
 */
export function createScanJob(host: JobHost, block: Node | null, force: boolean, hooks: PageScanHooks, me: { cancelled: boolean }): ScanJob {
  const start = performance.now();
  const { chunked } = host;
  // <mark> wrappers of an earlier page scan come out before this one reads the text: undoing
  // them joins text nodes, which would leave the pieces read before the reset pointing at gone
  // nodes. (With the Highlight API nothing in the page changes, and the old highlights stay
  // until the new scan has something to show.)
  if (!block && !host.splitNodes) host.reset();
  const { roots, exclude } = block ? { roots: [block], exclude: [] } : pageRoots(host.doc);
  const walker = createWalker(roots, { ...host.walk, exclude }, { target: chunked ? pieceSize() : Infinity, splitNodes: host.splitNodes });
  const pending: TextMap[] = [];
  let walked = false;
  let words = 0;
  let phase: 'gate' | 'prepare' | 'paint' = block ? 'prepare' : 'gate';
  let compile = 0;
  let firstPaint = -1;
  let lastFlush = -Infinity;
  let pieces = 0;
  let slices = 0;
  let longest = 0;
  let result: boolean | null = null;

  const walk = (timeLeft: () => number): void => {
    const t = performance.now();
    walked = walker.run(() => timeLeft() > 0 && !walker.ready);
    for (const map of walker.take()) {
      pending.push(map);
      if (words < MIN_WORDS) words += countWords(map.text, MIN_WORDS - words);
    }
    measure('walk', t);
  };

  const finish = (found: boolean): void => {
    result = found;
    host.flush();
    if (found) {
      if (!block) host.markScanned();
      // The scan's own time: the compile is framing-lens:engine. Gaps between slices count.
      measure('scan', start + compile, { firstPaint: Math.round(firstPaint - start - compile), pieces, slices, longestSlice: Math.round(longest) });
    }
    hooks.done?.(found);
  };

  /** Analyze and paint the next piece; false when it would not fit the time left. */
  const paint = (worked: boolean, timeLeft: () => number): boolean => {
    const map = pending[0]!;
    if (worked && rate && map.text.length / rate > timeLeft()) return false;
    pending.shift();
    host.addScopes(map.scopes);
    if (!(block ? map.text.trim() : map.text.length)) return true;
    const ms = host.addUnit(map, roots, chunked);
    if (map.text.length > 1000 && ms > 0) rate = rate ? 0.7 * rate + 0.3 * (map.text.length / ms) : map.text.length / ms;
    if (chunked) walker.target = pieceSize();
    pieces++;
    const now = performance.now();
    if (firstPaint < 0 || now - lastFlush >= FLUSH_MS) {
      host.flush();
      lastFlush = now;
    }
    if (firstPaint < 0) firstPaint = now;
    if (!block) host.markScanned();
    hooks.progress?.();
    return true;
  };

  function step(timeLeft: () => number): void {
    const sliceStart = performance.now();
    let compiledNow = 0;
    slices++;
    let worked = false;
    while (result === null && !me.cancelled && !(worked && timeLeft() <= 0)) {
      if (phase === 'gate') {
        if (words >= MIN_WORDS || (force && (pending.length || walked))) phase = 'prepare';
        else if (walked) finish(false);
        else walk(timeLeft);
        worked = true;
      } else if (phase === 'prepare') {
        if (!host.prepared()) {
          // The compile (~20-70 ms in all) goes in steps that stop when a slice's time is up,
          // each starting a slice of its own.
          if (worked && chunked) break;
          const t = performance.now();
          const done = host.prepare(chunked ? timeLeft : () => Infinity);
          compiledNow = performance.now() - t;
          compile += compiledNow;
          worked = true;
          if (!done || chunked) break;
        }
        if (block) host.supersede(block);
        else host.reset();
        phase = 'paint';
        worked = true;
      } else if (pending.length) {
        if (!paint(worked, timeLeft)) break;
        worked = true;
      } else if (!walked) {
        walk(timeLeft);
        worked = true;
      } else {
        finish(true);
      }
    }
    // A compile slice counts without the compile (framing-lens:engine, a one-off).
    longest = Math.max(longest, performance.now() - sliceStart - compiledNow);
  }

  return { step, result: () => result };
}
