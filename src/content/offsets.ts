// Offsets in a scan's text → DOM Ranges, through the scan's offset map. A match may start or
// end in a block separator (mapped to no node): it is clipped to the nearest text inside it.
// A Range cannot span two documents or two shadow trees; such a match is clipped to its first
// tree (it would otherwise collapse and mark nothing). A segment may start inside its node
// (`skip`: a long text node analyzed in pieces), so node offsets add it.
import type { Segment, TextMap } from './walk';

/** Index of the first segment whose end is greater than `offset` (segments are sorted). */
function segmentAfter(segments: Segment[], offset: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (segments[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface Boundaries {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
  /** Every text node the match touches, first to last. */
  nodes: Text[];
}

/** Where [start, end) lies in the DOM, or null when no text node covers any of it. */
export function locate(map: TextMap, start: number, end: number): Boundaries | null {
  const { segments } = map;
  if (end <= start) return null;
  const first = segmentAfter(segments, start);
  const firstSeg = segments[first];
  if (!firstSeg || firstSeg.start >= end) return null;
  const root = firstSeg.node.getRootNode();
  const nodes: Text[] = [];
  let last = firstSeg;
  for (let i = first; i < segments.length && segments[i]!.start < end; i++) {
    const seg = segments[i]!;
    if (seg.node.getRootNode() !== root) break;
    nodes.push(seg.node);
    last = seg;
  }
  return {
    startNode: firstSeg.node,
    startOffset: (firstSeg.skip ?? 0) + Math.max(0, start - firstSeg.start),
    endNode: last.node,
    endOffset: (last.skip ?? 0) + Math.min(last.end, end) - last.start,
    nodes,
  };
}

export function toRange(b: Boundaries): Range {
  const range = b.startNode.ownerDocument.createRange();
  range.setStart(b.startNode, b.startOffset);
  range.setEnd(b.endNode, b.endOffset);
  return range;
}

/** The node and offset where a text offset lands (for tying report items to the DOM). */
export function nodeAt(map: TextMap, offset: number): Text | null {
  const seg = map.segments[segmentAfter(map.segments, offset)];
  return seg ? seg.node : null;
}
