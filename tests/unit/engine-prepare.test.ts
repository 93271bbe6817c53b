// The content script compiles the lexicon in steps, between which the page gets the main
// thread back; the detector it ends with finds what the engine compiled at once finds, from a
// lexicon without the forms (the service worker gives the neutrals: page-detector.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { createEngine } from '../../src/engine/without-descriptions';
import { prepareDetector } from '../../src/engine/page-detector';
import type { Finding } from '../../src/shared/report';
import { SEED_ARTICLE } from '../support/seed-article';

const withoutNeutral = (findings: readonly Finding[]) => findings.map((f) => ({ ...f, neutral: null }));

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
  expect(detection.findings.every((f) => f.neutral === null)).toBe(true);
  expect(detection.findings).toEqual(withoutNeutral(engine.detect(SEED_ARTICLE).findings));
  expect(preparation.step(() => 0)).toBe(detector);
});

it('finds on every fixture what the whole lexicon finds: where, what, whose, quoted or not', () => {
  const page = prepareDetector().step(() => 1)!;
  const engine = createEngine();
  const dir = join(__dirname, '../fixtures');
  const texts = [SEED_ARTICLE, ...['precision', 'recall'].flatMap((d) => readdirSync(join(dir, d)).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, d, f), 'utf8')))];
  let findings = 0;
  for (const text of texts) {
    const expected = withoutNeutral(engine.detect(text).findings);
    expect(page.detect(text).findings).toEqual(expected);
    findings += expected.length;
  }
  expect(findings).toBeGreaterThan(150);
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
