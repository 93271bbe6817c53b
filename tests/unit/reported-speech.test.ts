// An editorializing word the rewording would drop ("clearly", "sadly", «конечно») is the
// speaker's in reported speech, and dropping it changed what was said (probe 7: "Economists said
// the rise was clearly linked…" became a flat claim). It is marked quoted and kept. The outlet's
// own words stay its own: one in the speaker's name ("the puppet administration announced"), a
// word of doubt it puts into a paraphrase («нібито»), and any word with no speech in its sentence.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine';

const engine = createEngine();
const finding = (text: string, word: string) => engine.analyze(text).findings.find((f) => f.text === word);
const reworded = (text: string) => engine.analyze(text).sentences.map((s) => s.neutral);

describe('editorializing words in reported speech', () => {
  it.each([
    ['after the speech verb', 'Economists said the rise was clearly linked to higher oil prices.', 'clearly'],
    ['before the speaker, past a comma', 'Sadly, the bridge over the river was washed away, the mayor told residents.', 'Sadly'],
    ['Russian', 'Врачи, конечно, не могли предвидеть осложнений, сказал главврач больницы Олег Петров.', 'конечно'],
    ['Ukrainian', 'Безумовно, міст через Дніпро витримає навантаження, сказав головний інженер Петро Коваль.', 'Безумовно'],
  ])('%s: the speaker\'s word, kept', (_name, text, word) => {
    expect(finding(text, word)?.quoted).toBe(true);
    expect(reworded(text)).toEqual([text]);
  });

  it('without speech in the sentence the word is the outlet\'s, and dropped', () => {
    expect(finding('The rise was clearly linked to higher oil prices.', 'clearly')?.quoted).toBe(false);
    expect(reworded('The rise was clearly linked to higher oil prices.')).toEqual(['The rise was linked to higher oil prices.']);
  });

  it('a word in the speaker\'s own name is the outlet\'s', () => {
    expect(finding('The rashists\' puppet administration on the left bank announced an evacuation.', 'puppet')?.quoted).toBe(false);
  });

  it('a word of doubt the outlet puts into a paraphrase is its own, reworded', () => {
    expect(finding('Балицький заявив, що ЗСУ нібито обстрілюють Енергодар.', 'нібито')?.quoted).toBe(false);
  });
});
