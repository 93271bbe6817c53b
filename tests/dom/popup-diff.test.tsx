// The word-level diff: each side's text is exact, and changed phrases read as whole phrases.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/preact';
import { wordDiff } from '../../src/ui/diff';
import { DiffView } from '../../src/ui/Diff';

const sides = (a: string, b: string) => {
  const d = wordDiff(a, b);
  return {
    d,
    before: d.filter((p) => p.kind !== 'added').map((p) => p.text).join(''),
    after: d.filter((p) => p.kind !== 'removed').map((p) => p.text).join(''),
  };
};

describe('wordDiff', () => {
  it.each([
    ['the liberation of Kiev.', 'the capture of Kyiv.', ['liberation', 'Kiev'], ['capture', 'Kyiv']],
    ['the special military operation in Donbass', 'the invasion in Donbas', ['special military operation', 'Donbass'], ['invasion', 'Donbas']],
    ['This admission underscores the point', 'This statement points to the point', ['admission underscores '], ['statement points to ']],
    ['took Krasnoarmeysk today', 'took Pokrovsk (Russian name: Krasnoarmeysk) today', [], ['Pokrovsk (Russian name: ', ')']],
    ['Освобождение Артемовска', 'Захват Бахмута', ['Освобождение Артемовска'], ['Захват Бахмута']],
    ['unchanged sentence', 'unchanged sentence', [], []],
  ])('%s → %s', (a, b, removed, added) => {
    const { d, before, after } = sides(a, b);
    expect(before).toBe(a);
    expect(after).toBe(b);
    expect(d.filter((p) => p.kind === 'removed').map((p) => p.text)).toEqual(removed);
    expect(d.filter((p) => p.kind === 'added').map((p) => p.text)).toEqual(added);
  });

  it('keeps both texts exact for any input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.string({ maxLength: 60 }), (a, b) => {
        const { before, after } = sides(a, b);
        return before === a && after === b;
      }),
      { numRuns: 300 },
    );
  });

  it('gives up on the table for a run-on sentence instead of stalling', () => {
    const a = 'word '.repeat(700);
    const { d, before, after } = sides(a, a + 'more');
    expect(before + after).toBe(a + a + 'more');
    expect(d.length).toBe(2);
  });
});

describe('DiffView', () => {
  it('renders page text as text, never as HTML', () => {
    const evil = '<img src=x onerror="alert(1)"> liberation';
    const { container } = render(<DiffView original={evil} neutral="<img src=x> capture" />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('.diff-original')?.textContent).toContain(evil);
    expect([...container.querySelectorAll('del')].map((d) => d.textContent).join('|')).toContain('liberation');
    expect([...container.querySelectorAll('ins')].map((d) => d.textContent).join('|')).toContain('capture');
  });
});
