// Work in steps: a generator that yields between pieces of work (the lexicon's unpacking and
// compile, on a page that must not be held long), run to its end at once or a slice at a time.

export type Steps<T> = Generator<void, T>;

/** Runs steps to their end. */
export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * Runs steps, at least one, until they end or `timeLeft()` runs out: `{ value }` at the end,
 * null when they must go on in another slice.
 */
export function runFor<T>(steps: Steps<T>, timeLeft: () => number): { value: T } | null {
  for (;;) {
    const next = steps.next();
    if (next.done) return { value: next.value };
    if (timeLeft() <= 0) return null;
  }
}
