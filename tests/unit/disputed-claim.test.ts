// "Putin falsely claims that Ukraine is run by a neo-Nazi regime": a fact-check reports the claim
// in order to reject it. Before, the claim's words were flagged as the outlet's own and the
// rewording turned the fact-check into a false statement ("…run by a Ukrainian government").
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine';

const engine = createEngine();
const quotedOf = (text: string, word: string) => engine.analyze(text).findings.find((f) => f.text === word)?.quoted;

describe('words of a claim the outlet rejects ("falsely claims", "голословно заявил")', () => {
  it.each([
    ['"falsely claims that"', 'Putin falsely claims that Ukraine is run by a neo-Nazi regime.', 'neo-Nazi regime'],
    ['"claimed without evidence that"', 'The Kremlin has claimed without evidence that the Kyiv regime shelled the town.', 'Kyiv regime'],
    ['"the false claims that"', 'The false claims that the Kyiv regime runs biolabs were debunked.', 'Kyiv regime'],
    ['"the pretext of"', 'Moscow launched the invasion under the pretext of denazification.', 'denazification'],
    ['a claimed capture', 'Russia falsely claimed the liberation of Avdiivka in 2023.', 'liberation'],
    // The sentence splitter's ends, not every full stop: "U.S." ended the claim before.
    ['an abbreviation inside the claim', 'Putin falsely claims the U.S. controls the Kyiv regime.', 'Kyiv regime'],
    ['"wrongly claims that"', 'Moscow wrongly claims that Ukraine\'s government is a junta installed by a coup.', 'junta'],
    ['"claim that", rejected after it', "Russia's claim that Kyiv is run by Nazis is false, historians say.", 'Nazis'],
    ['"claimed that": the claimant\'s word', 'The ministry claimed that its forces had liberated Avdiivka.', 'liberated'],
    ['Russian: a comma after the verb ("заявил, что")', 'Путин голословно заявил, что киевский режим готовит провокацию.', 'киевский режим'],
    ['Russian: "фейк о том, что"', 'Российские СМИ распространяют фейк о том, что неонацисты из ВСУ обстреливают Донецк.', 'неонацисты'],
    ['Russian: "ложно утверждает"', 'Путин ложно утверждает, что на Украине правит хунта.', 'хунта'],
    ['Ukrainian: "безпідставно заявив, що"', 'Путін безпідставно заявив, що київський режим готує провокацію.', 'київський режим'],
    ['Ukrainian: "фейк про те, що"', 'Кремль поширює фейк про те, що київський режим готує провокацію.', 'київський режим'],
  ])('%s: quoted, and the claim kept as reported', (_name, text, word) => {
    expect(quotedOf(text, word)).toBe(true);
    expect(engine.analyze(text).sentences.map((s) => s.neutral)).toEqual([text]);
  });

  it.each([
    ['the clause goes on in the outlet\'s voice after a comma', 'Киев голословно обвиняет Россию, в то время как ВС РФ продолжают освобождение Авдеевки.', 'освобождение'],
    ['a new clause after a semicolon', 'Москва без доказательств обвинила Киев; тем временем освобождение Донбасса продолжается.', 'освобождение'],
    ['a new sentence', 'Kyiv falsely denied the strike. Russian troops completed the liberation of Avdeevka.', 'liberation'],
    ['a word before the cue', 'Окупанти поширюють фейк про те, що київський режим готує провокацію.', 'Окупанти'],
    ['a claim noun without its "that"', 'Фейкові новини про Покровськ поширюють окупанти.', 'окупанти'],
    ['"false" of something else', 'Russian troops completed the liberation of Avdeevka after a false start.', 'liberation'],
  ])('%s: the outlet’s own word', (_name, text, word) => {
    expect(quotedOf(text, word)).toBe(false);
  });
});
