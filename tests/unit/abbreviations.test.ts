// Abbreviations. "т.н." and "так зв." are "so-called" abbreviated. Before, the sentence splitter cut the
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

  it('initials are no cue', () => {
    expect(engine.analyze('Т. Н. Иванова заявила о ЛНР.').findings.map((f) => f.quoted)).toEqual([false]);
  });
});

// Sentences as the popup shows and rewords them: cut at an abbreviation, the reader saw half a
// sentence ("Лавров заявил…" without its minister, who then dropped out of the people cited).
describe('where a sentence ends', () => {
  const sentences = (text: string) => sentenceSpans(text).map((s) => text.slice(s.start, s.end));
  it.each([
    ['"ім."', 'Університет ім. Т. Шевченка оголосив набір. Заняття почнуться у вересні.', ['Університет ім. Т. Шевченка оголосив набір.', 'Заняття почнуться у вересні.']],
    ['initials of two letters', 'Министр иностранных дел РФ С.В. Лавров заявил о переговорах. Киев промолчал.', ['Министр иностранных дел РФ С.В. Лавров заявил о переговорах.', 'Киев промолчал.']],
    ['"вул."', 'Музей розташований на вул. Володимирській, 2. Вхід вільний.', ['Музей розташований на вул. Володимирській, 2.', 'Вхід вільний.']],
    ['a year\'s "г." before a name', 'В 2014 г. Россия аннексировала Крым.', ['В 2014 г. Россия аннексировала Крым.']],
    // Probe 11: "Gen. Avi Bluth said…" was shown without its "Brig.".
    ['military ranks', 'Brig. Gen. Avi Bluth said the raid was over. Adm. Daniel Hagari confirmed it.', ['Brig. Gen. Avi Bluth said the raid was over.', 'Adm. Daniel Hagari confirmed it.']],
    ['a code\'s last letter ends one', 'Росія застосувала бомби УМПБ-5Р. Аналітики ISW зазначають зміну.', ['Росія застосувала бомби УМПБ-5Р.', 'Аналітики ISW зазначають зміну.']],
  ])('%s', (_name, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });
});
