// A `near` rule may read only the words after the match (`after: true`): "so-called" qualifies
// the word that follows it. Read both ways, "Радянська влада провела так званий з'їзд кобзарів"
// was flagged for the "влада" before it, and a museum piece came out leaning "partisan".
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine';

const flagged = (engine: ReturnType<typeof createEngine>, text: string) => engine.analyze(text).findings.map((f) => f.entryId);

describe('near, after the match only', () => {
  const custom = (after: boolean) =>
    createEngine({
      customEntries: [{
        id: 'so-called-test', category: 'loaded-term', patterns: ['quasi'], party: null, neutral: '', explanation: 'x', reference: 'x',
        context: { near: { words: ['republic'], places: false, within: 3, ...(after && { after }) } },
      }],
    });

  it('the mechanism: a word before counts only without `after`', () => {
    const text = 'The republic staged a quasi summit.';
    expect(flagged(custom(false), text)).toContain('so-called-test');
    expect(flagged(custom(true), text)).not.toContain('so-called-test');
    expect(flagged(custom(true), 'They held a quasi republic vote.')).toContain('so-called-test');
  });

  it.each([
    ["Радянська влада провела так званий з'їзд кобзарів у Харкові.", []],
    ['The government held a so-called summit on Monday.', []],
    ['Так звана республіка провела вибори, яких ніхто не визнав.', ['so-called-state-uk']],
    ['The so-called republic held elections.', ['so-called-state-en']],
  ])('the bundled lexicon: %s', (text, expected) => {
    expect(flagged(createEngine(), text)).toEqual(expected);
  });
});
