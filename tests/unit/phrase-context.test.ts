// A phrase pattern that holds a word of its entry's own context ("reunification of Crimea with
// Russia", «очистили от противника») is in that context: the context rule read only the words
// around a match, so the phrase always lost to its first word alone, and the rewording the
// phrase carries ("annexation of Crimea by Russia") was never used (probe 7: "the annexation of
// Crimea with Russia", «взяли под контроль от противника лесополосу»).
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine';

const engine = createEngine();
const reworded = (text: string) => engine.analyze(text).sentences.map((s) => s.neutral);
const flagged = (text: string) => engine.analyze(text).findings.map((f) => f.text);

describe('phrases that hold their own context', () => {
  it.each([
    ['Moscow marked ten years since the reunification of Crimea with Russia.', 'Moscow marked ten years since the annexation of Crimea by Russia.'],
    ['Москва отметила десятилетие воссоединения Крыма с Россией.', 'Москва отметила десятилетие аннексии Крыма Россией.'],
    ['Бойцы очистили от противника лесополосу у Красного Лимана, сообщили в Минобороны.', 'Бойцы взяли под контроль лесополосу у Лимана, сообщили в Минобороны.'],
    ['В Новороссии открыли новые школы.', 'На юго-востоке Украины открыли новые школы.'],
  ])('%s', (text, expected) => {
    expect(reworded(text)).toEqual([expected]);
  });

  it('the phrase is one finding', () => {
    expect(flagged('Shelling by the Kiev junta continued overnight, the DPR said.')).toEqual(['Kiev junta', 'DPR']);
  });

  it('a word alone still needs the words around it', () => {
    expect(flagged('The family reunification took two years.')).toEqual([]);
    expect(flagged('Рабочие очистили от снега двор школы.')).toEqual([]);
  });
});

// A form that is several cases at once («Незалежной», «Новороссии») or a name that does not decline
// («ПМР») takes its case from the preposition before it: those phrases are patterns of their own,
// the preposition and its case in the neutral (probe 12: «В Украины», «к юго-востока Украины»,
// «Выборы в Приднестровья»).
describe('a preposition decides the case of a form that could be several', () => {
  it.each([
    ['В Незалежной снова отключили свет.', 'В Украине снова отключили свет.'],
    ['Польша граничит с Незалежной.', 'Польша граничит с Украиной.'],
    ['Власти Незалежной попросили денег.', 'Власти Украины попросили денег.'],
    ['Путин заявил, что Одесса тяготеет к Новороссии.', 'Путин заявил, что Одесса тяготеет к юго-востоку Украины.'],
    ['Поездка по Новороссии длилась два дня.', 'Поездка по юго-востоку Украины длилась два дня.'],
    ['Жители Новороссии голосовали.', 'Жители юго-востока Украины голосовали.'],
    ['Выборы в ПМР прошли без происшествий.', 'Выборы в Приднестровье прошли без происшествий.'],
    ['Молдова граничит с ПМР на востоке.', 'Молдова граничит с Приднестровьем на востоке.'],
    ['Власти ПМР заявили о поставках газа.', 'Власти Приднестровья заявили о поставках газа.'],
    ['Вибори у ПМР минули без інцидентів.', "Вибори у Придністров'ї минули без інцидентів."],
  ])('%s', (text, expected) => {
    expect(reworded(text)).toEqual([expected]);
  });
});

