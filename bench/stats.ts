// The benchmark's statistics: medians of repeated runs, so one slow run (a GC, the other core
// busy) does not move a figure.

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Median wall time of `runs` calls after one warm-up call (JIT and caches). */
export function time(fn: () => void, runs: number): number {
  fn();
  return median(Array.from({ length: runs }, () => {
    const t = performance.now();
    fn();
    return performance.now() - t;
  }));
}

/** A figure to one decimal, as results.md prints it. */
export const round1 = (x: number): number => Math.round(x * 10) / 10;
