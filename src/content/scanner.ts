// Scans: text → engine → findings → highlights, for the whole page or for changed blocks.
//
//   scanPage()        pageRoots ─▶ buildTextMap ─▶ engine.analyze ─▶ locate ─▶ painter.add
//   scanBlocks(B[])   drop marks inside B or gone from the page, then the same for each B
//   report()          mergeUnits(units): the page's report for the badge and the popup
//
// Each scan records performance.measure("framing-lens:scan") from text extraction to the last
// highlight registered (DESIGN.md), so its cost is visible in DevTools and to the benchmark.
import type { Engine } from '../engine';
import type { Finding, Report } from '../shared/report';
import type { Painter, Mark } from './highlighter';
import { locate } from './offsets';
import { mergeUnits, mergedId, type Unit } from './report-merge';
import { pageRoots, within } from './blocks';
import { buildTextMap, type TextMap, type WalkOptions } from './walk';

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
}

/** Fewer words than this and the page has no article text: nothing is scanned or shown. */
export const MIN_WORDS = 30;

export function countWords(text: string, limit = MIN_WORDS): number {
  let n = 0;
  const re = /\p{L}{2,}/gu;
  while (re.exec(text) && ++n < limit);
  return n;
}

export interface Scanner {
  /** Scan the whole page; false when it has no article text (nothing was done). */
  scanPage(force?: boolean): boolean;
  /** Re-scan changed blocks; returns those left for the next idle slice. */
  scanBlocks(blocks: Node[], timeLeft?: () => number): Node[];
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

  function addUnit(map: TextMap, roots: Node[]): void {
    const t0 = performance.now();
    const report = engine.analyze(map.text, { links: map.links });
    part('analyze', t0);
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
        const mark = painter.add(finding.category, b);
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
  }

  function drop(entry: Entry): void {
    entries.delete(entry.id);
    for (const node of entry.mark.boundaries.nodes) byNode.get(node)?.delete(entry);
    quietly(() => painter.remove(entry.mark));
  }

  /** The parts of a scan, for DevTools and the benchmark: framing-lens:walk / analyze / paint. */
  function part(name: string, start: number): void {
    try {
      performance.measure(`framing-lens:${name}`, { start, end: performance.now() });
    } catch {
      /* see measure() */
    }
  }

  function measure(start: number): void {
    try {
      performance.measure('framing-lens:scan', { start, end: performance.now() });
    } catch {
      /* an engine without User Timing Level 3: the scan itself is unaffected */
    }
  }

  return {
    get scanned() {
      return scanned;
    },
    scanPage(force = false) {
      const start = performance.now();
      const { roots, exclude } = pageRoots(doc);
      const map = buildTextMap(roots, { ...options.walk, exclude });
      part('walk', start);
      if (!force && countWords(map.text) < MIN_WORDS) return false;
      const prepStart = performance.now();
      options.prepare?.();
      const prepared = performance.now() - prepStart;
      for (const entry of [...entries.values()]) drop(entry);
      units.length = 0;
      byNode.clear();
      addUnit(map, roots);
      scanned = true;
      measure(start + prepared); // the scan's own time; setup is framing-lens:engine
      return true;
    },
    scanBlocks(blocks, timeLeft = () => Infinity) {
      const left: Node[] = [];
      for (const block of blocks) {
        if (timeLeft() < 2 && left.length + 1 < blocks.length) {
          left.push(block);
          continue;
        }
        const start = performance.now();
        for (const entry of [...entries.values()]) {
          const node = entry.mark.boundaries.startNode;
          if (!node.isConnected || within(block, node) || !entry.mark.range.startContainer.isConnected) drop(entry);
        }
        // Only scans that can hold text of this block go stale (not a live blog's other posts).
        for (const unit of units) {
          if (unit.roots.some((r) => within(r, block) || within(block, r))) unit.superseded.push(block);
        }
        const map = buildTextMap([block], options.walk);
        if (map.text.trim()) addUnit(map, [block]);
        measure(start);
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
