// "The special military operation, as Moscow calls the war, …": a clause right after a word
// that says whose word it is makes the word the speaker's, not the outlet's own. Before, the
// rewording gave "The war, as Moscow calls the war" and "The Gulf of Mexico, as Trump calls it".
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine';

const engine = createEngine();
const quotedOf = (text: string, word: string) => engine.analyze(text).findings.find((f) => f.text === word)?.quoted;

describe('a word named by the clause after it ("as Moscow calls it")', () => {
  it.each([
    ['a loaded term', 'The special military operation, as Moscow calls the war, entered its fourth year.', 'special military operation'],
    ['a place name', 'The Gulf of America, as Trump calls it, was added to federal maps.', 'Gulf of America'],
    ['a term a few words before the comma', 'The liberation of Avdiivka, as Russian state TV called it, cost thousands of lives.', 'liberation'],
    ['a party place name, "as … call"', 'Krasnoarmeysk, as Russian officials call Pokrovsk, came under fire.', 'Krasnoarmeysk'],
    ['Russian: "как её называют"', 'Специальная военная операция, как ее называют в Кремле, продолжается.', 'Специальная военная операция'],
    ['Ukrainian: "як її називають"', 'Спеціальна військова операція, як її називають у Кремлі, триває.', 'Спеціальна військова операція'],
  ])('%s is quoted, and kept in the rewording', (_name, text, word) => {
    expect(quotedOf(text, word)).toBe(true);
    expect(engine.analyze(text).sentences.map((s) => s.neutral)).toEqual([text]);
  });

  it.each([
    ['a clause that only reports', 'The special military operation continued, as officials said on Monday.', 'special military operation'],
    ['"called for" is no naming', 'Russian troops liberated the village, as residents called for help.', 'liberated'],
    ['no comma after the word', 'Russian troops entered Krasnoarmeysk as Moscow calls it a victory.', 'Krasnoarmeysk'],
    ['the comma too many words on', 'The liberation of Avdiivka was announced on Saturday, as the Kremlin called it.', 'liberation'],
    ['another opening word', 'The special military operation, which Moscow calls a success, goes on.', 'special military operation'],
  ])('%s: the outlet’s own word', (_name, text, word) => {
    expect(quotedOf(text, word)).toBe(false);
  });
});
