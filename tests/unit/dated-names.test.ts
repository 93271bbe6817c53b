// A renamed place's old name in a sentence dated before the renaming is the name of its time
// ("born in Artemovsk in 1952"), not a party's choice today: flagging it taught readers that a
// biography or a history page was propaganda. Years are told from other numbers by their words.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine';

const engine = createEngine();
const flagged = (text: string) => engine.analyze(text).findings.filter((f) => f.category === 'place-name').map((f) => f.text);

describe('a renamed place in a dated sentence', () => {
  it.each([
    ['English, "in" a year', 'Born in Artemovsk in 1952, she moved to Moscow to study.'],
    ['a year first', 'In 1970 Artemovsk had a population of 82,000.'],
    ['a closed period', 'From 1950 to 1970 Artemovsk grew into a salt-mining centre.'],
    ['a decade', 'In the 1980s the mines of Krasnoarmeysk employed thousands.'],
    ['Russian, «году»', 'В 1970 году в Артемовске открыли новый завод.'],
    ['Russian, a closed period', 'С 1970 по 1990 год в Красноармейске работал завод.'],
    ['Ukrainian, «році»', 'Він народився в Артемівську у 1961 році.'],
    ['a month and a year', 'Dzerzhinsk miners went on strike in July 1989.'],
    ['Burma before 1989', 'The army seized power in Burma in 1962.'],
    ['a period ending with the renaming', 'У Мирнограді, який до 2016 року називався Димитровом, відкрили школу.'],
    ['Russian, years of the name', 'Бахмут, который в 1924–2016 годах назывался Артемовском, основан в 1571 году.'],
  ])('%s: not flagged', (_name, text) => {
    expect(flagged(text)).toEqual([]);
  });

  it.each([
    ['a year after the renaming', 'Wagner fighters claimed full control of Artemovsk in May 2023.', 'Artemovsk'],
    ['a period running to the present', 'Russian artillery has shelled Artemovsk since 2014.', 'Artemovsk'],
    ['Russian, «с 2014 года»', 'С 2014 года Артемовск находится под обстрелами.', 'Артемовск'],
    ['a period past the renaming', 'From 2014 to 2022 Artemovsk was a garrison town.', 'Artemovsk'],
    ['a number that is no year', 'Artemovsk, a town of 1500 people before the war, was hit again.', 'Artemovsk'],
    // Probe 9: a year in another clause dates something else.
    ['a year in a clause of its own', 'Russia, which annexed Crimea in 2014, now counts Artemovsk among its cities.', 'Artemovsk'],
    ['Russian, a birth year of the official', 'Назначенный Россией глава Артемовска, родившийся в 1975 году, провел совещание.', 'Артемовска'],
    ['Ukrainian, the year a plant was built', 'Окупанти вивезли з Артемівська обладнання заводу, збудованого у 1960 році.', 'Артемівська'],
    ['an old year in the next sentence only', 'Russian troops entered Artemovsk. The town was founded in 1571.', 'Artemovsk'],
    ['undated', 'Russian troops entered Artemovsk on Tuesday.', 'Artemovsk'],
    ['a place not renamed: Kiev is no old official name', 'In 1986 the Chornobyl cloud reached Kiev within days.', 'Kiev'],
  ])('%s: flagged', (_name, text, word) => {
    expect(flagged(text)).toContain(word);
  });
});
