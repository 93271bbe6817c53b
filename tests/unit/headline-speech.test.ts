// "Лавров: западные страны хотят…": a headline or lead that opens with a speaker's name and a
// colon gives the speaker's words. Before, they were reworded as the outlet's own ("Лавров:
// западные страны хочет…", "Putin: … the Ukrainian government obeys"). Rubrics and places open
// the same way and give the outlet's own words.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine';

const engine = createEngine();
const quotedOf = (text: string, word: string) => engine.analyze(text).findings.find((f) => f.text === word)?.quoted;

describe('"Speaker: words" at a paragraph\'s start', () => {
  it.each([
    ['Russian', 'Лавров: западные страны хотят воевать до последнего украинца, киевский режим им помогает', 'киевский режим'],
    ['English', 'Putin: the US and Britain are trying to prolong the war, and the Kiev regime obeys', 'Kiev regime'],
    ['Ukrainian, an institution', 'Генштаб ЗСУ: окупанти втратили 1000 солдатів за добу', 'окупанти'],
    ['an institution named with its country', 'МИД России: киевский режим готовит провокацию', 'киевский режим'],
    ['a headline line before the body', 'Захарова: киевский режим готовит провокацию\nВ МИД России заявили о провокации.', 'киевский режим'],
  ])('%s: quoted, and kept in the rewording', (_name, text, word) => {
    expect(quotedOf(text, word)).toBe(true);
    expect(engine.analyze(text).sentences.filter((s) => s.original.includes(word)).map((s) => s.neutral)).toEqual([text.split('\n')[0]]);
  });

  it.each([
    ['a rubric', 'Analysis: Russia\'s liberation of Avdiivka came at a huge cost', 'liberation'],
    ['a rubric of two words', 'Read More: the liberation of Avdiivka', 'liberation'],
    ['a Russian rubric', 'Видео: ВС РФ освободили Красноармейск', 'освободили'],
    // Probe 21: an obituary's rubric in capitals quoted the whole paragraph.
    ['an obituary\'s rubric in capitals', 'OBITUARY: Pavel Sokolov, who reported the liberation of Avdiivka for state TV, died at 61.', 'liberation'],
    ['a Ukrainian rubric', 'Некролог: загинув журналіст, який писав про звільнення Курської області', 'звільнення'],
    ['a place', 'Kyiv: Russian occupiers shelled the city overnight', 'Russian occupiers'],
    ['a country', 'Ukraine: Russian drones hit Odesa overnight, regional officials said.', 'officials said'],
    ['a Russian city', 'Москва: по данным источников, в центре перекрыли улицы', 'по данным источников'],
    ['a Ukrainian country name', 'Україна: окупанти обстріляли Херсон', 'окупанти'],
    // Probe 9: a city of war reporting that is no entry of its own was read as a speaker.
    ['a dateline', 'Kherson: occupiers shelled the city centre overnight, killing two people.', 'occupiers'],
    ['a Russian dateline', 'Мариуполь: оккупанты снесли еще один дом.', 'оккупанты'],
    // Probe 10: column labels were read as speakers.
    ['a commentary', 'Commentary: the occupiers want the Donbass.', 'occupiers'],
    ['a column', 'Column: the occupiers want the Donbass.', 'occupiers'],
    ['a Russian column', 'Колонка: киевский режим снова лжет.', 'киевский режим'],
    ['the outlet\'s own sentence', 'The reason is simple: Russian occupiers left Kherson.', 'Russian occupiers'],
    ['a colon after the sentence\'s first words', 'Russian occupiers shelled the town: two people died.', 'Russian occupiers'],
    // Probe 11: the label's sentence is the speaker's, the paragraph's next one the outlet's again.
    ['the sentence after the speaker\'s', 'Zakharova: West is arming Kiev regime. Her remarks came a day after Russian troops liberated Krasnoarmeysk.', 'liberated'],
    ['a source after the speaker\'s sentence', 'Zakharova: Kiev regime preparing provocations. Units continue to advance near Dimitrov, the Defense Ministry said.', 'Dimitrov'],
  ])('%s: the outlet\'s own words', (_name, text, word) => {
    expect(quotedOf(text, word)).toBe(false);
  });
});
