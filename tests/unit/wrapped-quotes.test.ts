// A quote split by a single line break (hard-wrapped wire copy, pasted mail) is still a quote:
// before, the speaker's words before the break were read as the outlet's own and reworded
// (probe 12: Пушилин's «Освобождение Красноармейска…» became «Захват Покровска»).
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine';

const engine = createEngine();
const quoted = (text: string) => engine.analyze(text).findings.map((f) => [f.text, f.quoted]);

describe('a quote across one line break', () => {
  it.each([
    ['the opener on the line before', '«Освобождение Красноармейска — вопрос недель.\nМы уже в пригородах», — заявил Пушилин.', [['Освобождение', true], ['Красноармейска', true]]],
    ['Ukrainian', '«Рашисти тікають.\nНаступ триває», — написав командир.', [['Рашисти', true]]],
    ['a quote opened mid-line', 'Министр заявил: «Освобождение Красноармейска\nзавершится в ближайшие недели».', [['Освобождение', true], ['Красноармейска', true]]],
    ['English quotation marks', '"The liberation of Krasnoarmeysk is near,\nour troops are in the suburbs," the minister said.', [['liberation', true], ['Krasnoarmeysk', true]]],
  ])('%s: the speaker\'s words', (_name, text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });

  it.each([
    // A blank line ends everything: an unclosed quote marks nothing.
    ['a blank line between', '“The city is calm.\n\nRussian troops liberated Krasnoarmeysk,” he added.', 'liberated', false],
    // The next line opens a quote of its own: the first line's opener stays unclosed.
    ['a new quote on the next line', '“The city is calm.\n“Russian troops liberated Krasnoarmeysk,” the ministry said.', 'liberated', true],
    ['the outlet\'s words on the line after a quote', '«Мы готовы к переговорам», — сказал он.\nОсвобождение Красноармейска продолжается.', 'Освобождение', false],
  ])('%s', (_name, text, word, expected) => {
    expect(quoted(text).find(([w]) => w === word)?.[1]).toBe(expected);
  });
});
