// Context rules and the quoted flag: what keeps ambiguous entries precise.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine';
import { fixtureLexicon } from '../support/fixture-lexicon';

const engine = createEngine({ lexicon: fixtureLexicon() });
const has = (text: string, id: string) => engine.analyze(text).findings.some((f) => f.entryId === id);

describe('context rules', () => {
  it.each([
    ['near a place', 'They announced the liberation of Krasnoarmeysk.', 'liberation', true],
    ['near a canonical place', 'Ukrainian troops liberated Pokrovsk.', 'liberation', true],
    ['near military words', 'The forces completed the liberation on Monday.', 'liberation', true],
    ['Russian, near troops', 'Войска завершили освобождение города.', 'liberation', true],
    ["women's liberation", "The women's liberation movement grew.", 'liberation', false],
    ['liberation theology', 'Liberation theology spread across Latin America.', 'liberation', false],
    ['no context at all', 'Finishing the novel felt like a liberation.', 'liberation', false],
    ['Dimitrov near the front', 'Troops of the DPR advanced near Dimitrov.', 'myrnohrad', true],
    ['Dimitrov the tennis player', 'Grigor Dimitrov won the ATP match against troops of fans.', 'myrnohrad', false],
    ['lower-case dimitrov', 'troops near dimitrov and Donetsk.', 'myrnohrad', false],
    ['Chicken Kiev is a dish', 'She ordered chicken Kiev.', 'kyiv', false],
    ['Kiev as a city', 'Missiles struck Kiev overnight.', 'kyiv', true],
    ['DPR in capitals', 'Officials of the DPR spoke.', 'rt-abbrev', true],
    ['dpr in lower case', 'see the dpr file.', 'rt-abbrev', false],
    ['a source, unnamed', 'A source told the outlet the deal was off.', 'a-source-told', true],
    ['a source, then named', 'A source, John Smith, said the deal was off.', 'a-source-told', false],
    ['a source, then a hyphenated name', 'A source — Jean-Pierre Dupont — said the deal was off.', 'a-source-told', false],
    ['a source, then a name in Cyrillic', 'A source, Олена Коваль, said the deal was off.', 'a-source-told', false],
    ['a source, then a name in another sentence', 'A source told us. John Smith said the deal was off.', 'a-source-told', true],
    ['a source, then one capitalised word', 'A source told Reuters the deal was off.', 'a-source-told', true],
    ['a source, then a capitalised article', 'A source told The Times the deal was off.', 'a-source-told', true],
    ['energy source', 'Coal is an energy a source of heat.', 'a-source-told', false],
    ['a word to write in lower case, so written', 'The grim shelling went on.', 'underscores', true],
    ['the same, beginning a sentence', 'Shelling went on. Grim reports came in.', 'underscores', true],
    ['the same, beginning a quoted sentence', 'He said: “Grim days are here.”', 'underscores', true],
    ['the same, capitalized inside a sentence: a title', 'She read The Grim Reaper Returns last year.', 'underscores', false],
  ])('%s', (_name, text, id, expected) => {
    expect(has(text, id)).toBe(expected);
  });
});

describe('quoted: a speaker’s words, not the outlet’s voice', () => {
  const quoted = (text: string) => engine.analyze(text).findings.map((f) => [f.text, f.quoted]);
  it.each([
    ['curly double quotes', 'He said: “The militants fled Krasnoarmeysk.”', [['militants', true], ['Krasnoarmeysk', true]]],
    ['guillemets', 'Он заявил: «Красноармейск наш».', [['Красноармейск', true]]],
    ['single curly quotes with an apostrophe inside', '‘The city’s militants fled,’ he said of Krasnoarmeysk.', [['militants', true], ['Krasnoarmeysk', false]]],
    ['so-called', 'Russian media blamed the so-called militants.', [['militants', true]]],
    ['what X termed', 'He attacked what Moscow termed militants.', [['militants', true]]],
    ['an apostrophe is not a quote', "The city's militants fled.", [['militants', false]]],
    ['unclosed quote marks nothing', '“The militants fled, he said', [['militants', false]]],
    ['outlet voice', 'The militants fled Krasnoarmeysk.', [['militants', false], ['Krasnoarmeysk', false]]],
  ])('%s', (_name, text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });

  it('quoted findings do not count towards the lean', () => {
    const report = engine.analyze('“Krasnoarmeysk is ours,” he said. Orcs shelled Pokrovsk.');
    expect(report.summary.parties).toEqual({ 'ua-official': 1 });
    expect(report.summary.lean).toBe('ua-official');
  });
});

describe('context windows', () => {
  it.each([
    ['a military word in the next sentence does not count', 'Finishing the novel felt like a liberation. Troops were elsewhere.', 'liberation', false],
    ['a possessive context word counts', 'Dimitrov lies north of Donetsk’s suburbs.', 'myrnohrad', true],
    ['a forbidden word in another sentence does not hide a flag', 'Grigor played tennis. Troops of the DPR shelled Dimitrov.', 'myrnohrad', true],
  ])('%s', (_name, text, id, expected) => {
    expect(has(text, id)).toBe(expected);
  });
});

describe('so-called keeps its distance only up to the next punctuation', () => {
  it.each([
    ['a comma ends it', 'The so-called DPR, orcs said, shelled the town.', [['DPR', true], ['orcs', false]]],
    ['a closing guillemet ends it', 'Так называемые «власти» orcs обстреляли город.', [['orcs', false]]],
  ])('%s', (_name, text, expected) => {
    expect(engine.analyze(text).findings.map((f) => [f.text, f.quoted])).toEqual(expected);
  });
});

describe('a label the article reports someone using is quoted (shipped cues)', () => {
  const shipped = createEngine();
  it.each([
    ['Kyiv calls Russia a terrorist state.', 'terrorist state', true],
    ['Officials called Russia a terrorist state after the strike.', 'terrorist state', true],
    ['The minister called for the liberation of Avdeevka by Russian troops.', 'liberation', false],
    ['Russia, a terrorist state, shelled the city.', 'terrorist state', false],
  ])('%s', (text, word, quoted) => {
    expect(shipped.analyze(text).findings.find((f) => f.text === word)?.quoted).toBe(quoted);
  });
});
