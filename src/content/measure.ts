// User Timing measures, for DevTools and the benchmark (DESIGN.md). The names are part of what
// a page can learn about us, so they are a fixed list (adversarial-presence test): the figures
// a scan adds go in `detail`, never in a name of their own.
// framing-lens:analyze is the engine's `detect` on one piece; framing-lens:complete spans a
// scan's completing phase (its last highlight to its report complete, engine.complete).
export type MeasureName = 'engine' | 'walk' | 'analyze' | 'paint' | 'scan' | 'complete';

/** framing-lens:<name> from `start` to now; returns its length in ms. */
export function measure(name: MeasureName, start: number, detail?: Record<string, number>): number {
  const end = performance.now();
  try {
    performance.measure(`framing-lens:${name}`, { start, end, detail });
  } catch {
    /* an engine without User Timing Level 3: the scan itself is unaffected */
  }
  return end - start;
}
