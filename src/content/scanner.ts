// Scans: text → engine → findings → highlights, for the whole page or for changed blocks.
//
//   scanPage()        pageRoots ─▶ walker ─▶ pieces ─▶ engine.detect ─▶ locate ─▶ painter.add
//                     … last piece painted ─▶ engine.complete of each piece ─▶ done
//                     (the content script's complete asks the service worker: done waits for
//                     its answers)
//   scanBlocks(B[])   drop marks inside B or gone from the page, then the same for each B
//   report()          mergeUnits(units): the page's report for the badge and the popup
//
// With a `schedule` (index.ts) a page scan, and a block re-scan too big for one slice, runs as
// a series of slices, each a task of its own (scan-job.ts: issue 6, no task over 50 ms even on
// a 10 MB page); each piece of text is one unit of the merged report, shown at once or in
// batches. A unit is painted from the engine's `detect` (its findings) and keeps the
// detection; its report (sentences and their rewording, sources, outlets) is completed once
// the scan's last piece is painted, in the same slices.
//
// Each scan records performance.measure("framing-lens:scan") (DESIGN.md). For a scan in slices
// it spans from the scan's start to its last piece painted, the gaps between slices included,
// less the lexicon compile (measured apart as framing-lens:engine). Its `detail` says when the
// first piece was painted (`firstPaint`, ms after the start), how many pieces and slices it
// took and its longest slice (less the compile). The parts are measured per slice and per
// piece: framing-lens:walk, framing-lens:analyze (detect), framing-lens:paint (measure.ts).
// framing-lens:complete then spans the completing phase, to the report complete (the service
// worker's answers in); its `detail` has the work done here (`busy`), units, slices and
// longest slice.
import type { AnalyzeOptions } from '../engine';
import type { Finding, Report } from '../shared/report';
import type { Painter, Mark } from './highlighter';
import { locate } from './offsets';
import { findingsOnly, mergeUnits, mergedId, supersedeIn, type Detected, type Unit } from './report-merge';
import { within } from './blocks';
import { createScanJob, type JobHost } from './scan-job';
import { measure } from './measure';
import type { TextMap, WalkOptions } from './walk';

export interface Entry {
  id: string;
  finding: Finding;
  mark: Mark;
}

/** What a scanner needs of the engine (its Engine is one, with D = Detection). */
export interface ScanEngine<D extends Detected> {
  /** The findings alone: what the page highlights. */
  detect(text: string, options?: AnalyzeOptions): D;
  /**
   * The report of a detection; its findings are the detection's. A promise when another part
   * completes it (the content script's: the service worker), null when it could not.
   */
  complete(detection: D): Report | Promise<Report | null>;
}

export interface ScannerOptions<D extends Detected> {
  doc: Document;
  engine: ScanEngine<D>;
  painter: Painter;
  /** Our own DOM writes (mark fallback) go through this so the mutation queue ignores them. */
  quietly?: <T>(fn: () => T) => T;
  walk?: WalkOptions;
  /**
   * One-time setup before the first analysis (the engine's lexicon compile), kept out of the
   * scan measure: works until `timeLeft()` runs out, true once it is done.
   */
  prepare?: (timeLeft: () => number) => boolean;
  /**
   * Runs `slice` later, in a task of its own, with its time budget (index.ts: posted tasks);
   * `urgent` for a page scan still painting (a higher priority), not for its completing phase
   * or a block re-scan. Without it a page scan runs to its end at once (tests).
   */
  schedule?: (slice: (timeLeft: () => number) => void, urgent: boolean) => void;
}

export interface PageScanHooks {
  /** After each piece painted: more of the page is highlighted (its report is not complete yet). */
  progress?: () => void;
  /** At the end, every report complete; false when the page has no article text (nothing was changed). */
  done?: (found: boolean) => void;
}

export interface Scanner {
  /**
   * Scan the whole page. Without a `schedule`: at once, false when it has no article text
   * (nothing was done). With one: in slices, true, and `hooks.done` tells the outcome. A new
   * page scan cancels one still running.
   */
  scanPage(force?: boolean, hooks?: PageScanHooks): boolean;
  /** A scan is running in slices (changed blocks wait for its end). */
  readonly busy: boolean;
  /**
   * Re-scan changed blocks; returns those left for the next idle slice. A big block goes on in
   * slices (`busy`), `hooks` tell its progress and end.
   */
  scanBlocks(blocks: Node[], timeLeft?: () => number, hooks?: PageScanHooks): Node[];
  readonly scanned: boolean;
  /**
   * The page's report. While a scan is completing it in slices, the units not completed yet
   * give their findings only (no sentences, sources or outlets): see the comment inside.
   */
  report(): Report;
  entries(): Entry[];
  byId(id: string): Entry | undefined;
  /** The entry whose text is at a caret position. */
  entryAt(node: Node, offset: number): Entry[];
  /** Documents and shadow roots the last scans walked (to observe them and listen there). */
  scopes(): (Document | ShadowRoot)[];
}

/** Whether a report completed elsewhere has the findings the page highlighted. */
function sameFindings(got: readonly Finding[], painted: readonly Finding[]): boolean {
  return got.length === painted.length && got.every((f, i) => f.id === painted[i]!.id && f.start === painted[i]!.start && f.end === painted[i]!.end);
}

export function createScanner<D extends Detected>(options: ScannerOptions<D>): Scanner {
  const { engine, painter, doc } = options;
  const quietly = options.quietly ?? (<T>(fn: () => T): T => fn());
  const units: Unit<D>[] = [];
  const entries = new Map<string, Entry>();
  const byNode = new Map<Text, Set<Entry>>();
  const byWrapper = new WeakMap<Element, Entry>(); // mark fallback: wrappers replace split nodes
  const scopes = new Set<Document | ShadowRoot>();
  let nextUnit = 1;
  let completeFrom = 0;
  /** Reports being completed elsewhere, and what waits for them all. */
  let inFlight = 0;
  let whenComplete: (() => void)[] = [];
  let scanned = false;
  let prepared = !options.prepare;
  let job: { cancelled: boolean } | null = null;

  function addUnit(map: TextMap, roots: Node[], later = false): number {
    const t0 = performance.now();
    const detection = engine.detect(map.text, { links: map.links, quotes: map.quotes });
    const analyzed = measure('analyze', t0);
    const unit: Unit<D> = { id: nextUnit++, map, detection, report: null, roots, superseded: [] };
    units.push(unit);
    let findings = detection.findings;
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
          mark = painter.add(finding.category, b, later);
        } catch {
          continue; // the page shortened this text since it was read: its block is queued for re-scan
        }
        const entry: Entry = { id: mergedId(unit, finding), finding, mark };
        entries.set(entry.id, entry);
        for (const w of mark.wrappers ?? []) byWrapper.set(w, entry);
        for (const node of b.nodes) {
          let set = byNode.get(node);
          if (!set) byNode.set(node, (set = new Set()));
          set.add(entry);
        }
      }
    });
    measure('paint', t1);
    return analyzed;
  }

  /**
   * Whether nothing a unit found is in the page any more. A unit's text is of one root read in
   * tree order (walk.ts, cutAtRoots), so a block holding its first and last text holds all of
   * it: asking every segment took 27-35 ms after a paragraph was added to the 10 MB article
   * (300 units, 55,000 segments).
   */
  function gone(u: Unit): boolean {
    const segments = u.map.segments;
    const first = segments[0]?.node;
    const last = segments[segments.length - 1]?.node;
    if (!first || !last) return true;
    if (u.superseded.some((b) => within(b, first) && within(b, last))) return true;
    return !segments.some((s) => s.node.isConnected && !u.superseded.some((b) => within(b, s.node)));
  }

  function reset(): void {
    for (const entry of [...entries.values()]) drop(entry);
    units.length = 0;
    completeFrom = 0;
    byNode.clear();
  }

  /**
   * The oldest unit painted whose report is not complete yet (the units' own `report`, not a
   * list kept in step by hand). Every unit before `completeFrom` is complete: a report never
   * goes back to null and new units are appended; removing units starts the search over.
   */
  function firstIncomplete(): Unit<D> | undefined {
    while (completeFrom < units.length && units[completeFrom]!.report !== null) completeFrom++;
    return units[completeFrom];
  }

  function completeNext(): number {
    const unit = firstIncomplete();
    if (!unit) return 0;
    const t0 = performance.now();
    const report = engine.complete(unit.detection);
    if (report instanceof Promise) {
      // The unit counts as completed now (its findings only) and gets its report when the
      // answer comes; a report that does not fit its findings is not taken.
      unit.report = findingsOnly(unit);
      inFlight++;
      void report
        .then((r) => {
          if (!r || !sameFindings(r.findings, unit.detection.findings)) return;
          unit.report = r;
          // The page's detector gives no neutrals (page-detector.ts): its highlights' cards
          // take them from the report.
          r.findings.forEach((f, i) => (unit.detection.findings[i]!.neutral = f.neutral));
        }, () => {})
        .finally(() => {
          if (--inFlight > 0) return;
          const waiting = whenComplete;
          whenComplete = [];
          for (const done of waiting) done();
        });
    } else {
      unit.report = report;
    }
    return performance.now() - t0;
  }

  /** A changed block is scanned again: what earlier scans found inside it goes stale. */
  function supersede(block: Node): void {
    for (const entry of [...entries.values()]) {
      const node = entry.mark.boundaries.startNode;
      if (!node.isConnected || within(block, node) || !entry.mark.range.startContainer.isConnected) drop(entry);
    }
    // Only scans that can hold text of this block go stale (not a live blog's other posts).
    for (const unit of units) {
      if (unit.roots.some((r) => within(r, block) || within(block, r))) supersedeIn(unit, block);
    }
  }

  function drop(entry: Entry): void {
    entries.delete(entry.id);
    for (const node of entry.mark.boundaries.nodes) {
      const set = byNode.get(node);
      // An empty set's key would hold the text node, removed from the page or not, for good.
      if (set?.delete(entry) && !set.size) byNode.delete(node);
    }
    quietly(() => painter.remove(entry.mark));
  }

  const host: JobHost = {
    doc,
    walk: options.walk,
    chunked: !!options.schedule,
    splitNodes: painter.mode !== 'mark',
    prepared: () => prepared,
    prepare(timeLeft) {
      if (!prepared) prepared = options.prepare?.(timeLeft) ?? true;
      return prepared;
    },
    reset,
    supersede,
    addScopes: (list) => list.forEach((s) => scopes.add(s)),
    addUnit,
    flush: () => painter.flush(),
    markScanned: () => void (scanned = true),
    nextIncomplete: () => firstIncomplete()?.map.text.length ?? -1,
    completeNext,
    whenComplete(done) {
      if (inFlight) whenComplete.push(done);
      else done();
    },
  };

  /**
   * Run a scan: to its end without a `schedule`; with one, its first slice now when `timeLeft`
   * is given (a block re-scan, in the mutation queue's idle slice), the rest in later tasks
   * while `busy`. The result when it ended at once.
   */
  function run(block: Node | null, force: boolean, hooks: PageScanHooks, timeLeft?: () => number): boolean | null {
    const me = { cancelled: false };
    const done = (found: boolean): void => {
      if (job === me) job = null; // not busy any more when the hook runs
      hooks.done?.(found);
    };
    const scan = createScanJob(host, block, force, { ...hooks, done }, me);
    const { schedule } = options;
    if (!schedule) {
      while (scan.result() === null && !me.cancelled) scan.step(() => Infinity);
      return scan.result();
    }
    if (timeLeft) {
      scan.step(timeLeft); // a small block is done in this slice
      if (scan.result() !== null || me.cancelled) return scan.result();
    }
    job = me;
    const slice = (left: () => number): void => {
      scan.step(left);
      if (scan.result() === null && !me.cancelled) schedule(slice, scan.urgent());
    };
    schedule(slice, scan.urgent());
    return null;
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
      // Units with nothing left in the page are forgotten (and not completed).
      for (let i = units.length - 1; i >= 0; i--) {
        const unit = units[i]!;
        if (!gone(unit)) continue;
        units.splice(i, 1);
        completeFrom = 0;
      }
      return left;
    },
    report() {
      // Units are incomplete only while a scan runs: it completes them before its end. Without
      // a `schedule` scans run to their end at once, so this finishes what an interrupted one
      // left. With one, completing here could take hundreds of ms on a big page (a popup opened
      // during the scan) in one task: the scan's slices complete them, and until then the
      // report has every unit's findings (the count and summary the page shows) but the
      // sentences, sources and outlets of completed units only. The badge gets the report at
      // the scan's end (index.ts), when it is whole.
      if (!options.schedule) while (firstIncomplete()) completeNext();
      return mergeUnits(units);
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
