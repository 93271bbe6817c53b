// Every lexicon entry's own examples, run through the engine with the full lexicon: each
// must-flag sentence yields the entry, each must-not-flag sentence does not. A data change that
// breaks precision or recall fails here, naming the entry and the sentence.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine';
import { loadLexicon } from '../../scripts/lexicon/load';
import { entryFinder } from '../support/entry-found';

const lexicon = loadLexicon();
const engine = createEngine({ lexicon: lexicon.data });
const found = entryFinder(lexicon.data);

it('every lexicon file is valid against the schema, ids unique, parties known', () => {
  expect(lexicon.errors).toEqual([]);
  expect(lexicon.data.entries.length).toBeGreaterThan(0);
});

const withExamples = lexicon.examples.filter((e) => e.kind !== 'cue');

describe.each(withExamples.map((e) => [e.id, e] as const))('%s', (id, ex) => {
  it.each(ex.flag)('flags: %s', (sentence) => {
    expect(found(engine.analyze(sentence), id), `${ex.file}: ${id} should flag`).toBe(true);
  });
  if (ex.pass.length) {
    it.each(ex.pass)('does not flag: %s', (sentence) => {
      expect(found(engine.analyze(sentence), id), `${ex.file}: ${id} should not flag`).toBe(false);
    });
  }
});
