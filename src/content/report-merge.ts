// One report for the page out of several scans. The first scan covers the page; each re-scan
// after a mutation covers one block and supersedes whatever earlier scans found inside it.
// Items of a scan are kept while the text they point at is still in the page and not inside
// a block scanned again later. Offsets are shifted so the scans read as one text (each scan's
// text followed by a line break), and the summary is recomputed by the engine's own rule.
//
// A unit is painted from the engine's `detect` and completed later (scan-job.ts): until then it
// gives its findings (what the page shows, so the counts and the summary are right) but no
// sentences, sources or outlets.
import type { Finding, Outlet, Report, Sentence, Source } from '../shared/report';
import { summarize } from '../engine/summary';
import { nodeAt } from './offsets';
import { within } from './blocks';
import type { TextMap } from './walk';

/** What a unit needs of the engine's detection (the engine's Detection has more). */
export interface Detected {
  /** In text order: what the page highlights, and the report's findings once completed. */
  readonly findings: readonly Finding[];
}

export interface Unit<D extends Detected = Detected> {
  id: number;
  map: TextMap;
  detection: D;
  /**
   * The engine's `complete(detection)`, null until the scan's completing phase reached this
   * unit (findingsOnly while the service worker completes it). Its findings are the
   * detection's (the engine keeps them), which its sentences index.
   */
  report: Report | null;
  /** What the scan walked (the page's roots, or one changed block). */
  roots: Node[];
  /** Blocks scanned again after this unit: its items inside them are stale. */
  superseded: Node[];
}

function aliveAt(unit: Unit, offset: number): boolean {
  const node = nodeAt(unit.map, offset);
  if (!node || !node.isConnected) return false;
  return !unit.superseded.some((block) => within(block, node));
}

/**
 * Record that `block` was scanned again after `unit`. A live page re-scans blocks for as long
 * as it is open, and aliveAt() and the scanner's gone() walk this list: a block an earlier one
 * covers adds nothing, and one the new block covers, or one that left the page (nothing in it
 * can be alive), is dropped from it.
 */
export function supersedeIn(unit: Unit, block: Node): void {
  if (unit.superseded.some((b) => within(b, block))) return;
  unit.superseded = unit.superseded.filter((b) => b.isConnected && !within(block, b));
  unit.superseded.push(block);
}

/** The merged id of a unit's finding: unique across scans, stable while the scan lives. */
export function mergedId(unit: Unit, finding: Finding): string {
  return `${unit.id}.${finding.id}`;
}

/** A unit's report before it is completed: its findings, nothing else (summarized when merged). */
export function findingsOnly(unit: Unit): Report {
  return { version: 1, findings: [...unit.detection.findings], sentences: [], outlets: [], sources: [], summary: summarize([]) };
}

/** Sentences' finding indices are renumbered to the merged findings. */
export function mergeUnits(units: readonly Unit[]): Report {
  const findings: Finding[] = [];
  const sentences: Sentence[] = [];
  const sources: Source[] = [];
  const outlets = new Map<string, Outlet>();
  let base = 0;

  for (const unit of units) {
    const report = unit.report ?? findingsOnly(unit);
    const newIndex = new Map<number, number>();
    report.findings.forEach((f, i) => {
      if (!aliveAt(unit, f.start)) return;
      newIndex.set(i, findings.length);
      findings.push({ ...f, id: mergedId(unit, f), start: f.start + base, end: f.end + base });
    });
    for (const s of report.sentences) {
      if (!aliveAt(unit, s.start)) continue;
      const kept = s.findings.map((i) => newIndex.get(i)).filter((i): i is number => i !== undefined);
      sentences.push({ ...s, start: s.start + base, end: s.end + base, findings: kept });
    }
    for (const s of report.sources) {
      if (aliveAt(unit, s.start)) sources.push({ ...s, start: s.start + base, end: s.end + base });
    }
    for (const o of report.outlets) {
      const mentions = o.mentions
        .filter((m) => aliveAt(unit, m.start))
        .map((m) => ({ ...m, start: m.start + base, end: m.end + base }));
      if (!mentions.length) continue;
      const seen = outlets.get(o.name);
      if (seen) seen.mentions.push(...mentions);
      else outlets.set(o.name, { ...o, mentions });
    }
    base += unit.map.text.length + 1;
  }

  return {
    version: 1,
    findings,
    sentences,
    outlets: [...outlets.values()],
    sources,
    summary: summarize(findings),
  };
}
