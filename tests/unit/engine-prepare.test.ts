// The content script compiles the lexicon in steps, between which the page gets the main
// thread back; the detector it ends with finds what the engine compiled at once finds.
import { expect, it } from 'vitest';
import { createEngine, prepareDetector } from '../../src/engine/without-descriptions';
import { SEED_ARTICLE } from '../support/seed-article';

it('stops when its time is up and goes on where it stopped', () => {
  const preparation = prepareDetector();
  let slices = 0;
  let detector = null;
  while (!detector) {
    slices++;
    let budget = 1; // one step per slice: the time is up after the first
    detector = preparation.step(() => budget--);
  }
  expect(slices).toBeGreaterThan(5);
  const engine = createEngine();
  const detection = detector.detect(SEED_ARTICLE);
  expect(detection.findings.length).toBeGreaterThan(10);
  expect(detection.findings).toEqual(engine.detect(SEED_ARTICLE).findings);
  expect(engine.complete(detection)).toEqual(engine.analyze(SEED_ARTICLE));
  expect(preparation.step(() => 0)).toBe(detector);
});

it('finishes in one slice when time allows', () => {
  expect(prepareDetector().step(() => 1)).not.toBeNull();
});

it('a stored custom term the schema would refuse is left out, and the rest still works', () => {
  const term = (id: string, patterns: string[]) => ({
    id, category: 'loaded-term' as const, patterns, party: null, neutral: 'x', explanation: 'e', reference: 'r',
  });
  const engine = createEngine({ customEntries: [term('bad', ['Юж*']), term('good', ['flibbertigibbet'])] });
  expect(engine.analyze('A flibbertigibbet in Южной.').findings.map((f) => f.entryId)).toEqual(['good']);
});
