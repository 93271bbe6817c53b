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
