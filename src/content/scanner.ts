// Scans: text → engine → findings → highlights, for the whole page or for changed blocks.
//
//   scanPage()        pageRoots ─▶ walker ─▶ pieces ─▶ engine.analyze ─▶ locate ─▶ painter.add
//                     (in slices: walk a bit / compile once / analyze and paint one piece …)
//   scanBlocks(B[])   drop marks inside B or gone from the page, then the same for each B
//   report()          mergeUnits(units): the page's report for the badge and the popup
//
// A page scan is chunked (issue 6: no task over 50 ms on a 10 MB page): with a `schedule`, it
// runs as a series of slices, each a task of its own. The walk pauses and resumes; the text is
// analyzed in pieces of whole blocks sized so one analysis takes ~8 ms at the engine's measured
// speed (pieces.ts); each piece is one unit of the merged report and is painted at once, so
// the article's first highlights appear after the first piece. The lexicon compile gets a
// slice to itself.
//
// Each scan records performance.measure("framing-lens:scan") (DESIGN.md). For a chunked page
// scan it spans from the scan's start to the last piece painted, the idle gaps between slices
// included, less the lexicon compile (measured apart as framing-lens:engine); its `detail`
// says when the first piece was painted (`firstPaint`, ms after the start), how many pieces
// and slices it took and the longest slice. A block re-scan measures that one block.
import type { Engine } from '../engine';
import type { Finding, Report } from '../shared/report';
import type { Painter, Mark } from './highlighter';
import { locate } from './offsets';
import { mergeUnits, mergedId, type Unit } from './report-merge';
import { pageRoots, within } from './blocks';
import { createWalker, type TextMap, type WalkOptions } from './walk';

export interface Entry {
  id: string;
  unit: Unit;
  finding: Finding;
  mark: Mark;
}

export interface ScannerOptions {
  doc: Document;
  engine: Pick<Engine, 'analyze'>;
  painter: Painter;
  /** Our own DOM writes (mark fallback) go through this so the mutation queue ignores them. */
  quietly?: <T>(fn: () => T) => T;
  walk?: WalkOptions;
  /** One-time setup before the first analysis (the engine's lexicon compile), kept out of the scan measure. */
  prepare?: () => void;
  /** Findings to show (the reader's severity threshold); all by default. */
  keep?: (finding: Finding) => boolean;
  /**
   * Runs `slice` later, in a task of its own, with its time budget (index.ts: idle callbacks).
   * Without it a page scan runs to its end at once (tests).
   */
  schedule?: (slice: (timeLeft: () => number) => void) => void;
}

export interface PageScanHooks {
  /** After each piece painted: the report grew. */
  progress?: () => void;
  /** At the end; false when the page has no article text (nothing was changed). */
  done?: (found: boolean) => void;
}

/** Analysis time one piece is sized for; a piece is at most twice its target (pieces.ts). */
const PIECE_MS = 8;
const FIRST_PIECE = 8 * 1024; // the engine's speed is not known yet, and the first paint should be quick
const MIN_PIECE = 4 * 1024;
const MAX_PIECE = 64 * 1024;

/** Fewer words than this and the page has no article text: nothing is scanned or shown. */
export const MIN_WORDS = 30;

export function countWords(text: string, limit = MIN_WORDS): number {
  let n = 0;
  const re = /\p{L}{2,}/gu;
  while (re.exec(text) && ++n < limit);
  return n;
}

export interface Scanner {
  /**
   * Scan the whole page. Without a `schedule`: at once, false when it has no article text
   * (nothing was done). With one: in slices, true, and `hooks.done` tells the outcome. A new
   * page scan cancels one still running.
   */
  scanPage(force?: boolean, hooks?: PageScanHooks): boolean;
  /** A page scan is running (changed blocks wait for its end). */
  readonly busy: boolean;
  /**
   * Re-scan changed blocks; returns those left for the next idle slice. A big block goes on in
   * slices (`busy`), `hooks` tell its progress and end.
   */
  scanBlocks(blocks: Node[], timeLeft?: () => number, hooks?: PageScanHooks): Node[];
  readonly scanned: boolean;
  report(): Report;
  entries(): Entry[];
  byId(id: string): Entry | undefined;
  /** The entry whose text is at a caret position. */
  entryAt(node: Node, offset: number): Entry[];
  /** Documents and shadow roots the last scans walked (to observe them and listen there). */
  scopes(): (Document | ShadowRoot)[];
}

export function createScanner(options: ScannerOptions): Scanner {
  const { engine, painter, doc } = options;
  const quietly = options.quietly ?? (<T>(fn: () => T): T => fn());
  const keep = options.keep ?? ((): boolean => true);
  const units: Unit[] = [];
  const entries = new Map<string, Entry>();
  const byNode = new Map<Text, Set<Entry>>();
  const byWrapper = new WeakMap<Element, Entry>(); // mark fallback: wrappers replace split nodes
  const scopes = new Set<Document | ShadowRoot>();
  let nextUnit = 1;
  let scanned = false;
  let prepared = !options.prepare;
  let job: { cancelled: boolean } | null = null;
  let rate = 0; // characters the engine analyzes per ms here, measured on the pieces

  function addUnit(map: TextMap, roots: Node[]): number {
    const t0 = performance.now();
    const report = engine.analyze(map.text, { links: map.links });
    const analyzed = part('analyze', t0);
    const unit: Unit = { id: nextUnit++, map, report, roots, superseded: [] };
    units.push(unit);
    for (const s of map.scopes) scopes.add(s);
    let findings = report.findings.filter(keep);
    if (painter.mode === 'mark') {
      // Wrapping splits text nodes: paint last-first so earlier offsets stay valid, and skip
      // overlaps (a node cannot sit in two wrappers).
      findings = [...findings].sort((a, b) => b.start - a.start);
      let floor = Infinity;
      findings = findings.filter((f) => (f.end <= floor ? ((floor = f.start), true) : false));
    }
    const t1 = performance.now();
    quietly(() => {
      for (const finding of findings) {
        const b = locate(map, finding.start, finding.end);
        if (!b) continue;
        let mark: Mark;
        try {
          mark = painter.add(finding.category, b);
        } catch {
          continue; // the page shortened this text since it was read: its block is queued for re-scan
        }
        const entry: Entry = { id: mergedId(unit, finding), unit, finding, mark };
        entries.set(entry.id, entry);
        for (const w of mark.wrappers ?? []) byWrapper.set(w, entry);
        for (const node of b.nodes) {
          let set = byNode.get(node);
          if (!set) byNode.set(node, (set = new Set()));
          set.add(entry);
        }
      }
    });
    part('paint', t1);
    return analyzed;
  }

  function reset(): void {
    for (const entry of [...entries.values()]) drop(entry);
    units.length = 0;
    byNode.clear();
  }

  /** A changed block is scanned again: what earlier scans found inside it goes stale. */
  function supersede(block: Node): void {
    for (const entry of [...entries.values()]) {
      const node = entry.mark.boundaries.startNode;
      if (!node.isConnected || within(block, node) || !entry.mark.range.startContainer.isConnected) drop(entry);
    }
    // Only scans that can hold text of this block go stale (not a live blog's other posts).
    for (const unit of units) {
      if (unit.roots.some((r) => within(r, block) || within(block, r))) unit.superseded.push(block);
    }
  }

  /**
   * One scan as a series of slices, `step` doing one slice's work: of the whole page (`block`
   * null: a gate on its word count, the compile, then everything found before is replaced), or
   * of one changed block (what was found inside it is replaced).
   */
  function scanJob(block: Node | null, force: boolean, hooks: PageScanHooks, me: { cancelled: boolean }) {
    const start = performance.now();
    const chunked = !!options.schedule;
    const { roots, exclude } = block ? { roots: [block], exclude: [] } : pageRoots(doc);
    const walker = createWalker(roots, { ...options.walk, exclude }, {
      target: chunked ? (rate ? pieceSize() : FIRST_PIECE) : Infinity,
      // <mark> wrappers split text nodes, which would move the offsets of a later piece of the same node.
      splitNodes: painter.mode !== 'mark',
    });
    const pending: TextMap[] = [];
    let walked = false;
    let words = 0;
    let phase: 'gate' | 'prepare' | 'paint' = block ? 'prepare' : 'gate';
    let compile = 0;
    let firstPaint = -1;
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
      part('walk', t);
    };
    const finish = (found: boolean): void => {
      result = found;
      if (job === me) job = null;
      if (found) {
        if (!block) scanned = true;
        measure(start + compile, { firstPaint: Math.round(firstPaint - start - compile), pieces, slices, longestSlice: Math.round(longest) });
      }
      hooks.done?.(found);
    };

    function step(timeLeft: () => number): void {
      const sliceStart = performance.now();
      slices++;
      let worked = false;
      while (result === null && !me.cancelled && !(worked && timeLeft() <= 0)) {
        if (phase === 'gate') {
          if (words >= MIN_WORDS || (force && (pending.length || walked))) phase = 'prepare';
          else if (walked) finish(false);
          else walk(timeLeft);
          worked = true;
        } else if (phase === 'prepare') {
          if (!prepared) {
            if (worked && chunked) break; // the compile is long: a slice of its own
            const t = performance.now();
            options.prepare?.();
            compile = performance.now() - t;
            prepared = true;
          }
          if (block) supersede(block);
          else reset();
          phase = 'paint';
          if (compile && chunked) break;
        } else if (pending.length) {
          const map = pending[0]!;
          if (worked && rate && map.text.length / rate > timeLeft()) break;
          pending.shift();
          for (const s of map.scopes) scopes.add(s);
          if (block ? map.text.trim() : map.text.length) {
            const ms = addUnit(map, roots);
            if (map.text.length > 1000 && ms > 0) rate = rate ? 0.7 * rate + 0.3 * (map.text.length / ms) : map.text.length / ms;
            if (chunked && rate) walker.target = pieceSize();
            pieces++;
            if (firstPaint < 0) firstPaint = performance.now();
            if (!block) scanned = true;
            hooks.progress?.();
          }
          worked = true;
        } else if (!walked) {
          walk(timeLeft);
          worked = true;
        } else {
          finish(true);
        }
      }
      longest = Math.max(longest, performance.now() - sliceStart);
    }
    return { step, result: () => result };
  }

  /**
   * Run a scan: to its end without a `schedule`; with one, its first slice now when `timeLeft`
   * is given (a block re-scan, in the mutation queue's idle slice), the rest in later tasks
   * while `busy`. The result when it ended at once.
   */
  function run(block: Node | null, force: boolean, hooks: PageScanHooks, timeLeft?: () => number): boolean | null {
    const me = { cancelled: false };
    const scan = scanJob(block, force, hooks, me);
    const { schedule } = options;
    if (!schedule) {
      while (scan.result() === null && !me.cancelled) scan.step(() => Infinity);
      return scan.result();
    }
    if (timeLeft) {
      scan.step(timeLeft);
      if (scan.result() !== null || me.cancelled) return scan.result();
    }
    job = me;
    const slice = (left: () => number): void => {
      scan.step(left);
      if (scan.result() === null && !me.cancelled) schedule(slice);
    };
    schedule(slice);
    return null;
  }

  function pieceSize(): number {
    return Math.min(MAX_PIECE, Math.max(MIN_PIECE, Math.round(rate * PIECE_MS)));
  }

  function drop(entry: Entry): void {
    entries.delete(entry.id);
    for (const node of entry.mark.boundaries.nodes) byNode.get(node)?.delete(entry);
    quietly(() => painter.remove(entry.mark));
  }

  /** The parts of a scan, for DevTools and the benchmark: framing-lens:walk / analyze / paint. */
  function part(name: string, start: number): number {
    const end = performance.now();
    try {
      performance.measure(`framing-lens:${name}`, { start, end });
    } catch {
      /* see measure() */
    }
    return end - start;
  }

  function measure(start: number, detail?: Record<string, number>): void {
    try {
      performance.measure('framing-lens:scan', { start, end: performance.now(), detail });
    } catch {
      /* an engine without User Timing Level 3: the scan itself is unaffected */
    }
  }

  return {
    get scanned() {
      return scanned;
    },
    get busy() {
      return job !== null;
    },
    scanPage(force = false, hooks = {}) {
      if (job) job.cancelled = true;
      return run(null, force, hooks) ?? true;
    },
    scanBlocks(blocks, timeLeft = () => Infinity, hooks = {}) {
      const left: Node[] = [];
      for (const block of blocks) {
        // A block scan that went on in slices (a big block) holds the rest until it ends.
        if (job || (timeLeft() < 2 && left.length + 1 < blocks.length)) {
          left.push(block);
          continue;
        }
        run(block, true, hooks, timeLeft);
      }
      // Units with nothing left in the page are forgotten.
      for (let i = units.length - 1; i >= 0; i--) {
        const u = units[i]!;
        if (!u.map.segments.some((s) => s.node.isConnected && !u.superseded.some((b) => within(b, s.node)))) {
          units.splice(i, 1);
        }
      }
      return left;
    },
    report() {
      return mergeUnits(units, keep);
    },
    entries() {
      return [...entries.values()];
    },
    byId(id) {
      return entries.get(id);
    },
    entryAt(node, offset) {
      const wrapper = (node.nodeType === 1 ? (node as Element) : node.parentElement)?.closest('mark[data-framing-lens]');
      const wrapped = wrapper && byWrapper.get(wrapper);
      if (wrapped && entries.has(wrapped.id)) return [wrapped];
      const set = byNode.get(node as Text);
      if (!set) return [];
      return [...set].filter((e) => {
        try {
          return e.mark.range.isPointInRange(node, offset);
        } catch {
          return false;
        }
      });
    },
    scopes() {
      return [...scopes];
    },
  };
}
