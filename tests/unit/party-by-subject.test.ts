// Both sides call their own captures "liberation" (probe 5): "ЗСУ звільнили Херсон" was
// Moscow's word by the English and Russian entries' party, and "Російські війська звільнили
// Авдіївку" Kyiv's by the Ukrainian entry's, which tilted the report's "dominant" vocabulary.
// The subject before the word (a rule's `partyBy`) says whose usage it is.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine';

const engine = createEngine();
const partyOf = (text: string, word: string) => engine.analyze(text).findings.find((f) => f.text === word)?.party;

describe('whose "liberation" it is', () => {
  it.each([
    ['Ukrainian forces liberated Lyman after weeks of fighting.', 'liberated', 'ua-official'],
    ['Russian forces liberated Avdiivka, the ministry said.', 'liberated', 'ru-official'],
    ['ВСУ освободили Херсон в ноябре 2022 года.', 'освободили', 'ua-official'],
    ['Российские войска освободили Авдеевку.', 'освободили', 'ru-official'],
    ['Российские войска продолжают освобождение Покровска от ВСУ.', 'освобождение', 'ru-official'],
    ['Російські війська звільнили Авдіївку, повідомило Міноборони Росії.', 'звільнили', 'ru-official'],
    ['Пушилін заявив, що звільнення Донбасу завершиться цього року.', 'звільнення', 'ru-official'],
    ['ЗСУ звільнили Херсон 11 листопада 2022 року.', 'звільнили', 'ua-official'],
    // probe 8: a Russian grouping of forces, quoted in a Ukrainian text
    ['Угруповання «Південь» звільнили Мар\'їнку, заявили в Міноборони РФ.', 'звільнили', 'ru-official'],
  ])('%s', (text, word, party) => {
    expect(partyOf(text, word)).toBe(party);
  });

  it('the summary counts the subject\'s party', () => {
    const { summary } = engine.analyze('ЗСУ звільнили Херсон 11 листопада 2022 року. Українські війська звільнили Куп\'янськ.');
    expect(summary.parties['ua-official'] ?? 0).toBeGreaterThan(0);
    expect(summary.parties['ru-official'] ?? 0).toBe(0);
  });
});
