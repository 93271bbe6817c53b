// Probe 14: hard-wrapped copy and HTML blocks. A match may run over one line break (a name
// broken over a line: the issue asks it), but then it belonged to no sentence and was never
// reworded; a blank line, a paragraph's end, let a phrase run on ("Kiev⏎⏎regime officials"); and
// a headline's name took the next line's naming clause as its own.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine';

const engine = createEngine();

describe('line breaks', () => {
  it('a sentence holds the name a line break splits, and is reworded whole', () => {
    const text = 'Russian troops advanced toward Krasnoar-\nmeysk on Monday, while the Kiev\nregime said it held Artemovsk. Sources said so.';
    const report = engine.analyze(text);
    expect(report.findings.map((f) => f.text)).toEqual(['Krasnoar-\nmeysk', 'Kiev\nregime', 'Artemovsk', 'Sources said']);
    expect(report.sentences.map((s) => [s.neutral, s.findings])).toEqual([
      ['Russian troops advanced toward Pokrovsk on Monday, while the Ukrainian government said it held Bakhmut.', [0, 1, 2]],
      ['Sources said so [unnamed source].', [3]],
    ]);
  });

  it('every finding is in a sentence', () => {
    const report = engine.analyze('Kiev\nregime officials declined to comment.\nKrasny\nArmeysk fell, the ministry said.');
    const inSentences = report.sentences.flatMap((s) => s.findings).sort((a, b) => a - b);
    expect(inSentences).toEqual(report.findings.map((_, k) => k));
  });

  it('a blank line ends a phrase', () => {
    expect(engine.analyze('Kiev\n\nregime officials declined.').findings.map((f) => f.text)).toEqual(['Kiev']);
    expect(engine.analyze('Krasnoar-\n\nmeysk fell.').findings).toEqual([]);
  });

  it('a naming clause on the next line names nothing of the line before', () => {
    const report = engine.analyze('Forces entered Artemovsk\nBakhmut, as Ukraine calls it, was shelled.');
    expect(report.findings.map((f) => [f.text, f.quoted])).toEqual([['Artemovsk', false]]);
  });
});

describe('a line of hard-wrapped copy is no sentence start', () => {
  it('keeps the case a word that does not decline has mid-sentence (probe 15: «Война получат льготы»)', () => {
    const [wrapped] = engine.analyze('Правительство обещает, что ветераны и участники\nСВО получат льготы.').findings;
    expect(wrapped!.neutral).toBe('войны');
    const [opening] = engine.analyze('Вчера было тихо.\nСВО продолжается уже третий год.').findings;
    expect(opening!.neutral).toBe('война');
  });
});
