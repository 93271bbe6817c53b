// "т.н." and "так зв." are "so-called" abbreviated. Before, the sentence splitter cut the
// sentence at their full stop and the cue went unread: "Власти т.н. ЛНР объявили…" was shown and
// reworded as "«ЛНР» объявили…", and "Т.н. освобождение" became "Т.н. захват", the so-called capture.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine';
import { sentenceSpans } from '../../src/engine/sentences';

const engine = createEngine();

describe('"т.н.", "т.зв.", "так зв.": so-called, abbreviated', () => {
  it.each([
    ['Власти т.н. ЛНР объявили о национализации шахт.', 'ЛНР'],
    ['Т.н. освобождение Авдеевки обошлось армии дорого.', 'освобождение'],
    ['Так зв. ДНР оголосила мобілізацію.', 'ДНР'],
    ['Керівництво т.зв. ДНР оголосило мобілізацію.', 'ДНР'],
  ])('%s: one sentence, the word quoted and kept', (text, word) => {
    const report = engine.analyze(text);
    expect(report.findings.map((f) => [f.text, f.quoted])).toEqual([[word, true]]);
    expect(report.sentences.map((s) => s.neutral)).toEqual([text]);
  });

  it('"ім." does not end a sentence', () => {
    const text = 'Університет ім. Т. Шевченка оголосив набір. Заняття почнуться у вересні.';
    expect(sentenceSpans(text).map((s) => text.slice(s.start, s.end).trim())).toEqual([
      'Університет ім. Т. Шевченка оголосив набір.',
      'Заняття почнуться у вересні.',
    ]);
  });

  it('initials are no cue', () => {
    expect(engine.analyze('Т. Н. Иванова заявила о ЛНР.').findings.map((f) => f.quoted)).toEqual([false]);
  });
});
