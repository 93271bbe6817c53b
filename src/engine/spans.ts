// Lookups among sorted spans. Matches, cues and places are each sorted by start, and every
// question the engine asks of them is local ("is a place within six words?"), so a binary
// search keeps the whole analysis linear in the text instead of quadratic in the matches.
import type { Span } from './context';

/** Longest span worth looking back for: a lexicon phrase, a cue, a name. */
const MAX_SPAN = 256;

function firstStartAtOrAfter(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Spans (sorted by start) that intersect [from, to). */
export function spansWithin<T extends Span>(spans: readonly T[], from: number, to: number): T[] {
  const out: T[] = [];
  for (let k = firstStartAtOrAfter(spans, from - MAX_SPAN); k < spans.length && spans[k]!.start < to; k++) {
    const s = spans[k]!;
    if (s.end > from) out.push(s);
  }
  return out;
}

export function overlapsAny(spans: readonly Span[], span: Span): boolean {
  return spansWithin(spans, span.start, span.end).some((s) => s.start < span.end && span.start < s.end);
}

export const byStart = (a: Span, b: Span) => a.start - b.start;
