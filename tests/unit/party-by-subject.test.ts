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

// A recapture is no capture: "Ukrainian forces liberated Lyman" was reworded "captured Lyman",
// and «окупанти показали звільнене село» «відвойоване» (won back). The party's own forms
// (partyBy.forms) give the neutral in its mouth.
describe('the neutral in the subject\'s mouth', () => {
  const neutralOf = (text: string) => engine.analyze(text).sentences.map((s) => s.neutral);
  it.each([
    ['Ukrainian forces liberated Lyman in October 2022.', 'Ukrainian forces recaptured Lyman in October 2022.'],
    ['Russian forces liberated Avdiivka, the ministry said.', 'Russian forces captured Avdiivka, the ministry said.'],
    ['ВСУ освободили Херсон в ноябре 2022 года.', 'ВСУ отвоевали Херсон в ноябре 2022 года.'],
    ['Российские войска освободили Авдеевку.', 'Российские войска захватили Авдеевку.'],
    ['Окупанти показали звільнене село на Донеччині.', 'Російські військові показали захоплене село на Донеччині.'],
    ['ЗСУ показали звільнене село на Харківщині.', 'ЗСУ показали відвойоване село на Харківщині.'],
  ])('%s', (text, neutral) => {
    expect(neutralOf(text)).toEqual([neutral]);
  });
});

// Russia's retaking of its own Kursk region was reworded a "capture" of it: the word is still
// Moscow's, the fact a recapture.
describe('"liberation" in Russia\'s border regions is a recapture', () => {
  it.each([
    ['Moscow says its troops liberated the Kursk region from Ukrainian troops in April.', 'Moscow says its troops recaptured the Kursk region from Ukrainian troops in April.', 'ru-official'],
    ['Russian troops liberated Sudzha, the defence ministry said.', 'Russian troops recaptured Sudzha, the defence ministry said.', 'ru-official'],
    ['Минобороны сообщило о завершении освобождения Курской области.', 'Минобороны сообщило о завершении возвращения Курской области.', 'ru-official'],
    ['Российские войска освободили Суджу, заявили в Минобороны.', 'Российские войска отвоевали Суджу, заявили в Минобороны.', 'ru-official'],
    ['Ukrainian forces liberated Vovchansk, near the border with the Belgorod region.', 'Ukrainian forces recaptured Vovchansk, near the border with the Belgorod region.', 'ua-official'],
    // Probe 15: the border region must be what the word is about, and Kyiv's taking of Sudzha was a capture.
    ['Ukrainian forces liberated Sudzha in August 2024, Kyiv said.', 'Ukrainian forces captured Sudzha in August 2024, Kyiv said.', 'ua-official'],
    ['ВСУ освободили Суджу в августе 2024 года.', 'ВСУ захватили Суджу в августе 2024 года.', 'ua-official'],
    ['After the liberation of Avdiivka, troops from the Belgorod region were sent toward Pokrovsk.', 'After the capture of Avdiivka, troops from the Belgorod region were sent toward Pokrovsk.', 'ru-official'],
  ])('%s', (text, neutral, party) => {
    const report = engine.analyze(text);
    expect(report.sentences.map((s) => s.neutral)).toEqual([neutral]);
    expect(report.findings.map((f) => f.party)).toEqual([party]);
  });

  it('people freed there are no region retaken', () => {
    for (const text of ['Police in Belgorod liberated two teenagers held by kidnappers in a garage.', 'Полиция Белгорода освободила двух подростков, которых держали в гараже.',
      'Суд в Курске освободил обвиняемого прямо в зале суда.', 'Ветераны возложили цветы к памятнику освободителям Курска.']) {
      expect(engine.analyze(text).findings).toEqual([]);
    }
  });

  it('a town elsewhere is still a capture', () => {
    expect(engine.analyze('Russian troops liberated Avdiivka, the ministry said.').sentences[0]!.neutral).toBe('Russian troops captured Avdiivka, the ministry said.');
  });
});
