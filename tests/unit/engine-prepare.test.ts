// The content script compiles the lexicon in steps, between which the page gets the main
// thread back; the engine it ends with is the one compiled at once.
import { expect, it } from 'vitest';
import { createEngine, prepareEngine } from '../../src/engine/without-descriptions';
import { SEED_ARTICLE } from '../support/seed-article';


it('stops when its time is up and goes on where it stopped', () => {
  const preparation = prepareEngine();
  let slices = 0;
  let engine = null;
  while (!engine) {
    slices++;
    let budget = 1; // one step per slice: the time is up after the first
    engine = preparation.step(() => budget--);
  }
  expect(slices).toBeGreaterThan(5);
  expect(engine.analyze(SEED_ARTICLE)).toEqual(createEngine().analyze(SEED_ARTICLE));
  expect(preparation.step(() => 0)).toBe(engine);
});

it('finishes in one slice when time allows', () => {
  expect(prepareEngine().step(() => 1)).not.toBeNull();
});

it('a stored custom term the schema would refuse is left out, and the rest still works', () => {
  const term = (id: string, patterns: string[]) => ({
    id, category: 'loaded-term' as const, patterns, party: null, neutral: 'x', explanation: 'e', reference: 'r',
  });
  const engine = createEngine({ customEntries: [term('bad', ['Юж*']), term('good', ['flibbertigibbet'])] });
  expect(engine.analyze('A flibbertigibbet in Южной.').findings.map((f) => f.entryId)).toEqual(['good']);
});
