// A town's Soviet name inside a person's name is a surname (probe 5): "писатель Иван
// Артемовский" had become "писатель Иван Бахмутский", the composer Гулак-Артемовский
// "Гулак-Бахмутский". Russian and Ukrainian prose writes no title-case headlines, so a capital
// word before the name in mid-sentence is a first name; a sentence's first word is not.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine';

const engine = createEngine();
const places = (text: string) => engine.analyze(text).findings.filter((f) => f.category === 'place-name').map((f) => f.text);

describe('a place name inside a person\'s name', () => {
  it.each([
    ['a first name before it', 'Лауреатом премии стал писатель Иван Артемовский.'],
    ['a double-barrelled surname', 'Опера Семена Гулака-Артемовского «Запорожец за Дунаем» вновь идет в Большом театре.'],
    ['Ukrainian', 'Премію отримав письменник Петро Артемівський.'],
    // Probe 11: "Pavel Orikhiv" before. In English a first name follows a lower-case word.
    ['English, after a lower-case word', 'Russian officer Pavel Orekhov, who commanded troops near Donetsk, was killed. Orekhov was 42.'],
    // Probe 13: "Lev Lviv", "Boris Lviv", and "Lviv, 61,": a short surname ending in -ov, after an apposition's comma too.
    ['a four-letter surname', 'Russian opposition politician Lev Lvov was detained in Moscow. Lvov, 61, has criticised the war since 2022.'],
    ['an apposition', 'Her coach, Boris Lvov, said she had prepared for months.'],
    // Probe 15: at a sentence's start, after a capitalised first word.
    ['at a sentence start', 'Lev Lvov was elected on Sunday. Politician Lev Lvov, 61, thanked his voters.'],
  ])('%s: no finding', (_name, text) => {
    expect(places(text)).toEqual([]);
  });

  it.each([
    ['a sentence\'s first word before it', 'Освобожденный Артемовск посетил Пушилин.', 'Артемовск'],
    ['an abbreviation before it', 'ВСУ оставили Артемовск, сообщило Минобороны. Бои в ДНР Артемовск не затронули.', 'Артемовск'],
    ['a preposition opening the sentence', 'Под Красноармейском идут бои.', 'Красноармейском'],
    ['mid-sentence after a lower-case word', 'Российские войска вошли в Артемовск, сообщил Пушилин.', 'Артемовск'],
    // English headlines capitalise every word: "Troops Enter Artemovsk" stays a finding.
    ['an English title-case headline', 'Russian Troops Enter Artemovsk', 'Artemovsk'],
    ['an English title-case headline, a surname\'s ending', 'Russian Troops Enter Dimitrov', 'Dimitrov'],
    ['English, an adjective before it', 'Ukrainian forces shelled Russian-held Orekhov overnight.', 'Orekhov'],
    ['a part of the town before it', 'Missiles hit Western Lvov overnight, officials said.', 'Lvov'],
    // Probe 15: "Polish Lvov" made a person of the city, and every later Lvov of the text was unflagged.
    ['a title-case headline', 'Missiles Hit Lvov As Air Defences Fail', 'Lvov'],
    ['a short name ending otherwise', 'Fans of Greater Kiev cheered.', 'Kiev'],
  ])('%s: still a finding', (_name, text, word) => {
    expect(places(text)).toContain(word);
  });

  // Probe 15: "Polish Lvov" made a person of the city, and every later Lvov of the text was unflagged.
  it('an era or a nationality before it is no first name', () => {
    expect(places('Before 1939 the city was Polish Lvov, and after the war Soviet Lvov. Drones struck Lvov overnight, the mayor said.')).toEqual(['Lvov', 'Lvov', 'Lvov']);
  });

  it('a building\'s or a club\'s word before it (the lexicon\'s not-person words) is no first name', () => {
    expect(places('The Metalist Kharkov club said shelling hit Kharkov again. Guests of the Hotel Lvov said the lights went out.')).toEqual(['Kharkov', 'Kharkov', 'Lvov']);
  });
});

// Probe 10: a surname the text gives a person with a first name is theirs wherever it stands
// ("Иван Артемовский … Артемовский исполнил"), not the town's Soviet name.
it('a surname stays the person\'s through the text', () => {
  const text = 'Оперный певец Иван Артемовский выступил в Донецке. Артемовский исполнил арию под обстрелами российских войск.';
  expect(createEngine().analyze(text).findings.filter((f) => f.category === 'place-name')).toEqual([]);
});

// Probe 16: "Dimitrov, 34, said after the match" became "Myrnohrad, 34, said", "chief executive
// Dimitrov" "chief executive Myrnohrad". Speech alone tells nothing (probe 18): a town "says" as
// its administration does.
describe('a place name with an age or a title is a person', () => {
  it.each([
    ['an age and speech', 'Grigor Dimitrov beat Taylor Fritz in four sets. Dimitrov, 34, said after the match that the fighting spirit of the crowd had carried him through the battle.'],
    ['a title before it', 'VMZ chief executive Dimitrov said shell output for Ukraine\'s army would double next year.'],
    ['a match report', 'Dimitrov, fighting back from a break down in the decider, won the battle of the baseliners in Shanghai.'],
    // Probe 19: a title of two words and a first name, and an age before any verb.
    ['a title and a first name', 'Deputy Minister Ivan Lvov told reporters the front line would hold.'],
    ['an age before another verb', 'Lvov, 56, resigned in July 1917 as the front collapsed.'],
    // Session 14: the apposition's title is the name's.
    ['an apposition with a title', 'Lvov, the former deputy minister, said the plan had failed.'],
    ['an apposition with a title and its complement', 'Dimitrov, a spokesman for the company, said output would double.'],
    ['a title that ends with its preposition', 'Dimitrov, the head of the plant, said it would reopen.'],
    ['after the speech verb', '“The plan failed,” said Lvov, the former deputy minister.'],
    ['Russian', 'Львов, бывший министр, заявил, что план провалился.'],
  ])('%s: no finding', (_name, text) => {
    expect(places(text)).toEqual([]);
  });

  it.each([
    // A town "says" as its government does: "Kiev" has no surname's shape.
    ['the capital as its government', 'Kiev said it had repelled the attack on the front.', 'Kiev'],
    ['a distance after the name', 'Shelling hit Dimitrov, 12 km east of Pokrovsk, the DPR said.', 'Dimitrov'],
    ['a head of the town', 'Назначенный Россией глава Артемовска провел совещание с силовиками.', 'Артемовска'],
    // The verb is the town's people's after a preposition.
    ['its residents speaking', 'Residents of Dimitrov said the shelling of the town had not stopped.', 'Dimitrov'],
    ['troops near it speaking', 'Ukrainian troops near Dimitrov said they had held the line.', 'Dimitrov'],
    // Probe 18: a town's administration speaking, and counts in a list, are no person's.
    ['its administration speaking', 'Kharkov said it had restored power to most districts after the Russian strike.', 'Kharkov'],
    ['counts in a list', 'Drones hit Donetsk, 12, and Kharkov, 30, the Russian defence ministry claimed.', 'Kharkov'],
    // An apposition's title is another's when the name is no subject or speaker, or the title speaks.
    ['the object before an attribution', 'Russia struck Kharkov, the regional governor, Oleh Syniehubov, said.', 'Kharkov'],
    ['after a preposition', 'In Lvov, the mayor, Andriy Sadovyi, said the lights were back.', 'Lvov'],
    ['the title speaking', 'Kharkov, the mayor said, was without power.', 'Kharkov'],
    ['the title\'s complement speaking', 'Kharkov, the mayor of the city said on Monday, was shelled.', 'Kharkov'],
    ['a clause about the town', 'Kharkov, where the governor said power was cut, was shelled again.', 'Kharkov'],
    // Probe 22: the title is the complement of a noun of the town's.
    ['the town\'s noun before the title', 'Kharkov, the hometown of the mayor, was shelled again overnight.', 'Kharkov'],
  ])('%s: still the place', (_name, text, place) => {
    expect(places(text)).toEqual([place]);
  });
});
