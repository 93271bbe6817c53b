// The content script compiles the lexicon in steps, between which the page gets the main
// thread back; the engine it ends with is the one compiled at once.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { createEngine, prepareEngine } from '../../src/engine/without-descriptions';

const seed = readFileSync(join(import.meta.dirname, '../../../shared/fixtures/seed-article.txt'), 'utf8');

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
  expect(engine.analyze(seed)).toEqual(createEngine().analyze(seed));
  expect(preparation.step(() => 0)).toBe(engine);
});

it('finishes in one slice when time allows', () => {
  expect(prepareEngine().step(() => 1)).not.toBeNull();
});
