// "The so-called Wagner group liberated Artemovsk" (probe 5): "liberated" was marked quoted,
// a word the outlet kept at a distance, and left unreworded, because "so-called" reached five
// words on. An adjective qualifies the words right after it (a cue's `reach`); a verb of naming
// ("called the Ukrainian leadership a neo-Nazi gang") still reaches further.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine';

const engine = createEngine();
const quotedOf = (text: string, word: string) => engine.analyze(text).findings.find((f) => f.text === word)?.quoted;

describe('how far "so-called" reaches', () => {
  it.each([
    ['English', 'The so-called Wagner group liberated Artemovsk in May 2023.', 'liberated'],
    ['Russian', 'Так называемая группа Вагнера освободила Артемовск.', 'освободила'],
    ['Ukrainian', 'Так звана група Вагнера звільнила Бахмут.', 'звільнила'],
  ])('%s: a word past the qualified name is the outlet\'s own', (_name, text, word) => {
    expect(quotedOf(text, word)).toBe(false);
  });

  it.each([
    ['the word right after', 'The so-called Kiev regime lost the war, Medvedev said.', 'Kiev regime'],
    ['one word between', 'Так называемые украинские неонацисты отступили.', 'неонацисты'],
    ['a verb of naming, further on', 'Medvedev called the Ukrainian leadership a neo-Nazi gang.', 'neo-Nazi'],
  ])('%s: still quoted', (_name, text, word) => {
    expect(quotedOf(text, word)).toBe(true);
  });
});

// Probe 21: "described by supporters as a freedom fighter and by the apartheid government as a
// terrorist" was reworded "as a fighter … as a militant", changing what each side called him.
describe('a label after "described as" and its kin', () => {
  it('marks each label of the description as the describers\' words', () => {
    const text = 'Nelson Mandela was described by supporters as a freedom fighter and by the apartheid government as a terrorist.';
    expect(engine.analyze(text).findings.map((f) => [f.text, f.quoted])).toEqual([['freedom fighter', true], ['terrorist', true]]);
    expect(engine.analyze(text).sentences.map((s) => s.neutral)).toEqual([text]);
  });

  it.each([
    ['"as a" with no verb of describing', 'Russia uses the Wagner group as a terrorist proxy in Africa.', 'terrorist'],
    // Probe 22: the outlet's own description.
    ['"best described as"', 'The strike, best described as a cowardly act of terror, killed 20 people in Kharkiv.', 'cowardly'],
  ])('%s: the outlet\'s own word', (_name, text, word) => {
    expect(quotedOf(text, word)).toBe(false);
  });
});
