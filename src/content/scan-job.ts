// One scan as a series of slices (issue 6: no task over 50 ms, even on a 10 MB page). Each
// call of `step` is one slice, a task of its own, and stops once its time is up:
//
//   page:   gate (walk until MIN_WORDS or the end) ─▶ compile (slices of its own) ─▶ reset ──┐
//   block:  supersede what earlier scans found inside it ──────────────────────────────────┤
//           ┌──────────────────────────────────────────────────────────────────────────────┘
//           ├▶ paint:    detect + paint the next piece │ walk on to the next piece │ …
//           │            ─▶ every highlight shown: framing-lens:scan
//           └▶ complete: the report of each piece painted (engine.complete: sentences and
//                        their rewording, sources, outlets; sent to the service worker by the
//                        content script) │ … ─▶ every answer in ─▶ done: framing-lens:complete
//
// The walk pauses and resumes (walk.ts); its text comes in pieces of whole blocks sized so one
// detection takes about PIECE_MS at the engine's measured speed (pieces.ts); each piece is one
// unit of the merged report. The page needs the findings alone to paint (engine.detect), so
// the rest of each unit's report waits until the last piece is painted. The first piece is
// shown at once, so the article's first highlights appear after its first piece; the others
// at the end of the paint phase, or every FLUSH_MS on a page that takes longer. Without a
// scheduler (tests) the same steps run to the end at once.
import type { PageScanHooks } from './scanner';
import { pageRoots } from './blocks';
import { createWalker, type TextMap, type WalkOptions } from './walk';
import { measure } from './measure';

/** Detection time one piece is sized for; a piece is at most twice its target (pieces.ts). */
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
  /** Detect and paint one piece (`later`: shown at the next flush); the detection time. */
  addUnit(map: TextMap, roots: Node[], later: boolean): number;
  /** Show the pieces painted `later`. */
  flush(): void;
  /** A page scan painted text: the page has article text. */
  markScanned(): void;
  /** The text length of the next unit whose report is not complete; -1 when there is none. */
  nextIncomplete(): number;
  /** Complete that unit's report (or send it to be completed); the time it took. */
  completeNext(): number;
  /** Call `done` once every report sent to be completed has come back (now when none is out). */
  whenComplete(done: () => void): void;
}

export interface ScanJob {
  step(timeLeft: () => number): void;
  /** null while it runs; then false when a page has no article text. */
  result(): boolean | null;
  /**
   * A page scan that has not shown its last highlight yet: its next slice should come soon
   * (a higher task priority); its completing phase, and a block re-scan, can wait.
   */
  urgent(): boolean;
}

/**
 * The engine's speeds here in characters per ms, shared by all jobs of a page (0: not known
 * yet): `detect` (piece sizes, and whether a piece fits a slice) and `complete`.
 */
let detectRate = 0;
let completeRate = 0;

function pieceSize(): number {
  return detectRate ? Math.min(MAX_PIECE, Math.max(MIN_PIECE, Math.round(detectRate * PIECE_MS))) : FIRST_PIECE;
}

/** A running mean of a speed: pieces under 1,000 characters say more about overheads than speed. */
function learn(rate: number, chars: number, ms: number): number {
  if (chars <= 1000 || ms <= 0) return rate;
  return rate ? 0.7 * rate + 0.3 * (chars / ms) : chars / ms;
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
  let phase: 'gate' | 'prepare' | 'paint' | 'complete' = block ? 'prepare' : 'gate';
  let compile = 0;
  let firstPaint = -1;
  let lastFlush = -Infinity;
  let pieces = 0;
  let slices = 0;
  let longest = 0;
  // The completing phase: when it began, its work, slices and longest slice.
  let paintEnd = 0;
  let completing = 0;
  let completed = 0;
  let completeSlices = 0;
  let longestComplete = 0;
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

  /** Show the pieces painted since the last flush: registering their ranges is painting too. */
  const flush = (): void => {
    const t = performance.now();
    host.flush();
    measure('paint', t);
  };

  /** Every piece painted: show them all, record the scan (its last highlight is now). */
  const endPaint = (sliceStart: number, compiledNow: number): void => {
    flush();
    paintEnd = performance.now();
    longest = Math.max(longest, paintEnd - sliceStart - compiledNow);
    if (!block) host.markScanned();
    // The scan's own time: the compile is framing-lens:engine. Gaps between slices count.
    measure('scan', start + compile, { firstPaint: Math.round(firstPaint - start - compile), pieces, slices, longestSlice: Math.round(longest) });
    phase = 'complete';
  };

  const finish = (found: boolean): void => {
    result = found;
    if (!found) {
      hooks.done?.(found);
      return;
    }
    // The reports the service worker completes come back later: the scan ends with the last.
    host.whenComplete(() => {
      if (me.cancelled) return;
      measure('complete', paintEnd, { busy: Math.round(completing * 10) / 10, units: completed, slices: completeSlices, longestSlice: Math.round(longestComplete) });
      hooks.done?.(found);
    });
  };

  /** Detect and paint the next piece; false when it would not fit the time left. */
  const paint = (worked: boolean, timeLeft: () => number): boolean => {
    const map = pending[0]!;
    if (worked && detectRate && map.text.length / detectRate > timeLeft()) return false;
    pending.shift();
    host.addScopes(map.scopes);
    if (!(block ? map.text.trim() : map.text.length)) return true;
    const ms = host.addUnit(map, roots, chunked);
    detectRate = learn(detectRate, map.text.length, ms);
    if (chunked) walker.target = pieceSize();
    pieces++;
    const now = performance.now();
    if (firstPaint < 0 || now - lastFlush >= FLUSH_MS) {
      flush();
      lastFlush = now;
    }
    if (firstPaint < 0) firstPaint = now;
    if (!block) host.markScanned();
    hooks.progress?.();
    return true;
  };

  /** Complete the next unit's report; false when it would not fit the time left. */
  const complete = (worked: boolean, timeLeft: () => number): boolean => {
    const chars = host.nextIncomplete();
    if (worked && completeRate && chars / completeRate > timeLeft()) return false;
    const ms = host.completeNext();
    completeRate = learn(completeRate, chars, ms);
    completing += ms;
    completed++;
    return true;
  };

  function step(timeLeft: () => number): void {
    const sliceStart = performance.now();
    const inPaint = phase !== 'complete';
    let compiledNow = 0;
    if (inPaint) slices++;
    else completeSlices++;
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
      } else if (phase === 'paint') {
        if (pending.length) {
          if (!paint(worked, timeLeft)) break;
        } else if (!walked) {
          walk(timeLeft);
        }
        worked = true;
        if (!pending.length && walked) {
          endPaint(sliceStart, compiledNow);
          // A page scan ends its slice here, so the page renders its highlights now; its
          // report is completed in later slices. A block re-scan (a live blog's post, in an
          // idle slice) goes on: done in this slice, it holds no other block back.
          if (!block && chunked) return;
        }
      } else {
        if (host.nextIncomplete() >= 0) {
          if (!complete(worked, timeLeft)) break;
          worked = true;
        }
        if (host.nextIncomplete() < 0) finish(true);
      }
    }
    // A compile slice counts without the compile (framing-lens:engine, a one-off).
    const ms = performance.now() - sliceStart - compiledNow;
    if (inPaint && phase !== 'complete') longest = Math.max(longest, ms);
    else longestComplete = Math.max(longestComplete, inPaint ? performance.now() - paintEnd : ms);
  }

  return { step, result: () => result, urgent: () => !block && phase !== 'complete' };
}
