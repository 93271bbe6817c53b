// A place's other name given beside its own, as history or explanation ("Artemovsk, now Bakhmut"):
// not a finding, and so never reworded into "Bakhmut, now Bakhmut". The same name used on its
// own, or beside the canonical name without a joining word, stays a finding.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine';

const engine = createEngine();
const placeFindings = (text: string) => engine.analyze(text).findings.filter((f) => f.category === 'place-name').map((f) => f.text);

describe('a party name joined to its own place’s canonical name', () => {
  it.each([
    ['the old name, then "now"', 'The mayor of Artemivsk, now Bakhmut, spoke to reporters.'],
    ['the old name, then "(now …)"', 'Dimitrov (now Myrnohrad) was evacuated in August.'],
    ['the old name, then "renamed"', 'Artemovsk, renamed Bakhmut in 2016, lies in Donetsk Oblast.'],
    ['the canonical name, then "known as"', 'Bakhmut, known as Artemovsk in Soviet times, was shelled.'],
    ['the canonical name, then "(until 2016 …)"', 'Bakhmut (until 2016 Artemovsk) was shelled.'],
    ['Russian: "(ныне …)"', 'Красноармейск (ныне Покровск) оказался под обстрелом.'],
    ['Russian: "ранее"', 'Бахмут, ранее Артёмовск, находится в Донецкой области.'],
    ['Russian: "переименованный в"', 'Артёмовск, переименованный в Бахмут, находится в Донецкой области.'],
    ['Ukrainian: "нині"', 'Артемівськ, нині Бахмут, був центром соляної промисловості.'],
    ['Ukrainian: "перейменований на"', 'Димитров, перейменований на Мирноград, евакуювали.'],
    // The year abbreviated ("р.", "г.") was not read as the joining words before.
    ['Ukrainian: "(до 2016 р. — …)"', 'Кропивницький (до 2016 р. — Кіровоград) прийняв чемпіонат.'],
    ['Russian: "(до 2016 г. — …)"', 'Кропивницкий (до 2016 г. — Кировоград) принял чемпионат.'],
    // The name of its time, up to the renaming (dated-names.test.ts): these were quoted findings.
    ['"was named … until 2016"', 'Myrnohrad was named Dimitrov until 2016.'],
    ['Russian: "до 2016 года назывался"', 'Бахмут до 2016 года назывался Артёмовском.'],
    ['Ukrainian: "до 2016 року називалося"', 'Місто, яке до 2016 року називалося Красноармійськ, тепер має назву Покровськ.'],
    // "…by its Soviet-era name, Pokrovsk" before (probe 6).
    ['the canonical name, then "by its Soviet name"', 'Moscow calls Bakhmut by its Soviet name Artemovsk.'],
    ['the canonical name, then "by its Soviet-era name,"', 'The ministry referred to Pokrovsk by its Soviet-era name, Krasnoarmeysk, and described the advance.'],
  ])('%s is an explanation, not a finding', (_name, text) => {
    expect(placeFindings(text)).toEqual([]);
  });

  it.each([
    ['used on its own', 'Russian troops entered Artemovsk on Saturday.', ['Artemovsk']],
    ['"now" without the canonical name', 'Artemovsk now lies in ruins, the ministry said.', ['Artemovsk']],
    ['the canonical name further on, not joined', 'Troops entered Artemovsk; Kyiv said Bakhmut still held.', ['Artemovsk']],
    ['another place’s name after "now"', 'Artemovsk, now Donetsk’s front line, was shelled.', ['Artemovsk']],
    ['a name in brackets without a joining word', 'Krasny Armeysk (Ukrainian name: Pokrovsk) was shelled.', ['Krasny Armeysk']],
    ['Russian, used on its own', 'Войска вошли в Артёмовск в субботу.', ['Артёмовск']],
  ])('%s stays a finding', (_name, text, expected) => {
    expect(placeFindings(text)).toEqual(expected);
  });

  it('leaves an explained name alone in the rewording of a sentence with another finding', () => {
    const report = engine.analyze('The liberation of Artemovsk, now Bakhmut, was announced by the ministry.');
    expect(report.findings.map((f) => f.text)).toEqual(['liberation']);
    expect(report.sentences[0]!.neutral).toBe('The capture of Artemovsk, now Bakhmut, was announced by the ministry.');
  });
});

// A name spoken of as a name ("the spelling Kiev", "called Krasnoarmeysk until 2016", "Путин назвал
// … неонацистами") is the speaker's or history's word: quoted, and so kept in the rewording.
// Rewording it gave "stop using the spelling Kyiv" and "Myrnohrad was named Myrnohrad".
describe('a name or label spoken of as such', () => {
  const quoted = (text: string) => engine.analyze(text).findings.map((f) => [f.text, f.quoted]);
  it.each([
    ['"the spelling"', 'Ukraine asked foreign media to stop using the spelling Kiev.', 'Kiev'],
    ['"known in English as"', "Ukraine's capital, formerly known in English as Kiev, adopted Kyiv.", 'Kiev'],
    ['"after whom … was named"', 'Sergei Kirov, after whom Kirovohrad was named, led the Leningrad party.', 'Kirovohrad'],
    ['"refers to the area as"', "Israel's foreign ministry refers to the area as Judea and Samaria.", 'Judea and Samaria'],
    ['Ukrainian: "називають" the canonical name, then the label', 'Росіяни досі називають Покровськ Красноармійськом.', 'Красноармійськом'],
    ['Russian: "назвал … неонацистами"', 'Путин назвал украинских военных неонацистами.', 'неонацистами'],
    // Five words on: "…called the Ukrainian leadership a Ukrainian gang" before.
    ['"called" an object of three words a label', 'Medvedev called the Ukrainian leadership a neo-Nazi gang.', 'neo-Nazi'],
    ['Russian: "называют освобождением"', 'То, что в Кремле называют освобождением Донбасса, продолжается.', 'освобождением'],
    ['Ukrainian: "назвав … окупантами"', 'Зеленський назвав російських військових окупантами.', 'окупантами'],
    // Both names of one place in one naming: "…renamed Bakhmut back to Bakhmut" before.
    ['"renamed" the canonical name "back to" the label', 'In 2023 Russia renamed Bakhmut back to Artemovsk on its maps.', 'Artemovsk'],
    ['Russian: "переименовала … обратно в"', 'В 2023 году Россия переименовала Бахмут обратно в Артёмовск.', 'Артёмовск'],
    ['Ukrainian: "перейменували … на"', 'Російська влада перейменувала Бахмут на Артемівськ.', 'Артемівськ'],
    // Two names of one place a few words apart, no cue needed: "Bakhmut is the Soviet-era name
    // of Bakhmut" before.
    ['both names, a sentence about them', 'Artemovsk is the Soviet-era name of Bakhmut.', 'Artemovsk'],
    ['both names, "instead of"', 'Russian newspapers still write Artemovsk instead of Bakhmut.', 'Artemovsk'],
    ['a label after "calls" and its object', 'Moscow calls the war a special military operation.', 'special military operation'],
    // "…still call the city Bakhmut" before (probe 6): two words between, the name ends the clause.
    ['"call the city" the label', 'Russian officials still call the city Artemovsk.', 'Artemovsk'],
    ['Russian: "называют этот город" the label', 'Российские власти по-прежнему называют этот город Артемовском.', 'Артемовском'],
    // Probe 11: "…calls the breakaway territory the South Ossetia" before: four words, no owner's "of".
    ['a longer object before the label', 'Georgia calls the breakaway territory the Tskhinvali region; it is better known abroad as South Ossetia.', 'Tskhinvali region'],
    // "toward Pokrovsk, or Pokrovsk as Ukraine calls it" before (probe 6).
    ['one name offered for the other with "or"', 'Russian forces advanced toward Krasnoarmeysk, or Pokrovsk as Ukraine calls it.', 'Krasnoarmeysk'],
    ['Russian: "или"', 'Российские войска продвигаются к Красноармейску, или Покровску, как его называют на Украине.', 'Красноармейску'],
    // Probe 21: a gloss in brackets after the canonical name counted as the outlet using the party's name.
    ['a gloss after the canonical name', 'Fighting is heavy around Pokrovsk (Krasnoarmeysk in Russian), the General Staff said.', 'Krasnoarmeysk'],
    ['Russian: a gloss in brackets', 'Бои идут у Покровска (Красноармейска), сообщает украинский Генштаб.', 'Красноармейска'],
    ['a bare gloss', 'Heavy fighting is reported near Bakhmut (Artemovsk) on Monday.', 'Artemovsk'],
    // Probe 21: "Nova Kakhovka is the Russian spelling; this newspaper uses Nova Kakhovka".
    ['a name said to be a spelling', 'Novaya Kakhovka is the Russian spelling; this newspaper uses Nova Kakhovka.', 'Novaya Kakhovka'],
    ['a name said to be a name', 'Kiev was the spelling most British papers used until 2019.', 'Kiev'],
    ['Russian: a name after a dash', 'Артёмовск — советское название Бахмута.', 'Артёмовск'],
    ['a name after "the Russian name"', 'Moscow restored the Russian name Artemovsk in 2023.', 'Artemovsk'],
  ])('%s', (_name, text, word) => {
    expect(quoted(text)).toContainEqual([word, true]);
    expect(engine.analyze(text).sentences.map((s) => s.neutral)).toEqual([text]);
  });

  it.each([
    ['a place as the object, not the label', "Putin called Kiev's claims lies.", 'Kiev'],
    ['a place the outlet names itself', 'Russian troops entered Artemovsk on Friday.', 'Artemovsk'],
    ['"now" as a time word', 'Artemovsk now lies in ruins.', 'Artemovsk'],
    ['the canonical name named, the label past a comma', 'Kyiv renamed Bakhmut streets, and Artemovsk officials objected.', 'Artemovsk'],
    ['the canonical name named, the label many words on', 'Moscow calls Bakhmut a fortress that its troops held long before they lost Artemovsk.', 'Artemovsk'],
    ['another place’s canonical name before the label', 'Russia renamed Pokrovsk back to Artemovsk.', 'Artemovsk'],
    ['a place two words after "called" that goes on', 'Zelensky called the Kiev mayor on Tuesday.', 'Kiev'],
    ['a place four words after "called", an owner\'s', 'Zelensky called the mayor of Artemovsk.', 'Artemovsk'],
    ['"or" before no other name of the place', 'Russian troops entered Artemovsk, or so the ministry said.', 'Artemovsk'],
    // Probe 9: the same name twice was read as a sentence about the names.
    ['the same name twice', 'Fighting raged near Artemovsk and inside Artemovsk on Tuesday.', 'Artemovsk'],
    ['Russian: the same name twice, declined', 'Бои продолжаются у Артемовска и в самом Артемовске.', 'Артемовске'],
    ['the party\'s name glossed by the canonical one', 'Krasnoarmeysk (Pokrovsk) was shelled overnight.', 'Krasnoarmeysk'],
    ['a bracket that goes on', 'Troops left Bakhmut (Artemovsk was lost in May) on Monday.', 'Artemovsk'],
    ['a copula before no name\'s noun', 'Kiev is a city of three million people.', 'Kiev'],
    ['an idiom of words', 'The capture of Artemovsk was the word on every state channel.', 'Artemovsk'],
  ])('%s stays the outlet’s own word', (_name, text, word) => {
    expect(quoted(text)).toContainEqual([word, false]);
  });

  it('joins a name to its canonical name as "known as" does ("dubbed")', () => {
    expect(placeFindings('Bakhmut, dubbed Artemovsk by Moscow, was shelled.')).toEqual([]);
  });
});
