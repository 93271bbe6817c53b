// Normalisation and matching: what the engine must see through, and offsets that always slice
// exactly the matched text of the original input.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine';
import { fixtureLexicon } from '../support/fixture-lexicon';

const engine = createEngine({ lexicon: fixtureLexicon() });
const ids = (text: string) => engine.analyze(text).findings.map((f) => [f.entryId, f.text]);

describe('normalisation', () => {
  it.each([
    ['case', 'Fighting near KRASNOARMEYSK went on.', [['pokrovsk', 'KRASNOARMEYSK']]],
    ['diacritics', 'Fighting near Krasnoärméysk went on.', [['pokrovsk', 'Krasnoärméysk']]],
    ['romanisation variant', 'Shelling hit Krasnoarmiisk and Artyomovsk.', [['pokrovsk', 'Krasnoarmiisk'], ['bakhmut', 'Artyomovsk']]],
    ['two-word spelling', 'Troops entered Krasny Armeysk.', [['pokrovsk', 'Krasny Armeysk']]],
    ['hyphen between words', 'Troops entered Krasny-Armeysk.', [['pokrovsk', 'Krasny-Armeysk']]],
    ['line break between words', 'Troops entered Krasny\nArmeysk.', [['pokrovsk', 'Krasny\nArmeysk']]],
    ['hyphenation at a line break', 'Troops entered Krasnoar-\nmeysk.', [['pokrovsk', 'Krasnoar-\nmeysk']]],
    ['soft hyphen inside', 'Troops entered Krasno\u00adarmeysk.', [['pokrovsk', 'Krasno\u00adarmeysk']]],
    ['zero-width space inside', 'Troops entered Krasno\u200barmeysk.', [['pokrovsk', 'Krasno\u200barmeysk']]],
    ['typographic apostrophe ends a word', 'Kiev’s mayor spoke.', [['kyiv', 'Kiev']]],
    ['ё folds to е', 'Бои под Артемовском продолжаются.', [['bakhmut', 'Артемовском']]],
    ['Russian inflection by stem', 'Бои в Красноармейске и у Артёмовска.', [['pokrovsk', 'Красноармейске'], ['bakhmut', 'Артёмовска']]],
    ['Ukrainian inflection by stem', 'Бої біля Красноармійська.', [['pokrovsk', 'Красноармійська']]],
    ['phrase with stems', 'Так называемый киевского режима ответ.', [['kiev-regime', 'киевского режима']]],
    ['no match inside a longer word', 'The Kievan Rus and Krasnoarmeyskiy are history.', []],
  ])('%s', (_name, text, expected) => {
    expect(ids(text)).toEqual(expected);
  });
});

describe('mixed-script words', () => {
  it.each([
    ['Cyrillic with a Latin tail', 'Troops left Покровsk.', 'Pokrovsk'],
    ['Latin with a Cyrillic look-alike', 'Troops left Pokrоvsk.', 'Pokrovsk'],
    ['Cyrillic with a Latin look-alike', 'Бои у Красноаpмейска.', 'Pokrovsk'],
  ])('%s is matched as its intended name and reported as mixed', (_name, text, canonical) => {
    const [f] = engine.analyze(text).findings;
    expect(f).toMatchObject({ category: 'place-name', canonical, mixedScript: true });
    expect(text.slice(f!.start, f!.end)).toBe(f!.text);
  });

  it.each([
    ['a Ukrainian name', 'Вчора ворог обстріляв Xарків, повідомили у місті.', 'Xарків', 'Харків'],
    ['a Russian name', 'Вчера противник обстрелял Xарьков, сообщили в городе.', 'Xарьков', 'Харьков'],
    // Its Latin reading is Pokrovsk too: the text's language decides, not the reading tried first.
    ['a Russian name with a Latin look-alike', 'Войска наступают на Пoкровск, сообщили в штабе.', 'Пoкровск', 'Покровск'],
    ['a Ukrainian name with a Latin look-alike', 'Бої за Пoкровськ тривають третій тиждень.', 'Пoкровськ', 'Покровськ'],
    ['the same word in an English sentence', 'Russian forces advanced on Покровsk on Monday.', 'Покровsk', 'Pokrovsk'],
    // The ending stays: "Удар по Киеву", not "Удар по Киев".
    ['an inflected name', 'Удар по Kиеву нанесли ночью, сообщили в мэрии.', 'Kиеву', 'Киеву'],
    // A party's name takes the form of its case, as written in one script.
    ['a party name in the prepositional', 'Взрывы прогремели в Днeпропетровске, сообщили в городе.', 'Днeпропетровске', 'Днепре'],
    ['a party name in the genitive', 'Жители уехали из Днeпропетровска, сообщили в городе.', 'Днeпропетровска', 'Днепра'],
    ['a Ukrainian party name in the locative', 'Вибухи пролунали в Днiпропетровську, повідомили в місті.', 'Днiпропетровську', 'Дніпрі'],
    // A stem's ending in the other script: the word is still mixed, and the neutral all Cyrillic.
    ['a party name with a Latin ending', 'Взрывы прогремели в Красноармейскe, сообщили в штабе.', 'Красноармейскe', 'Покровске'],
    // An undisputed name is only misspelt: its neutral is the same word, case and language.
    ['an undisputed Ukrainian name', 'Бої тривають біля Kостянтинівки, повідомили в штабі.', 'Kостянтинівки', 'Костянтинівки'],
    ['an undisputed Russian name', 'Бои идут у Kонстантиновки, сообщили в штабе.', 'Kонстантиновки', 'Константиновки'],
  ])('a mixed-script spelling of %s gets the neutral name of its own language (bundled lexicon)', (_name, text, word, neutral) => {
    const [f] = createEngine().analyze(text).findings;
    expect(f).toMatchObject({ text: word, neutral, mixedScript: true });
  });

  // "Kiеv regime" (a Cyrillic е) had only its place found: a phrase did not run through the word.
  it.each([
    ['a phrase opening with the mixed word', 'Moscow blamed the Kiеv regime for the strike.', 'Kiеv regime', 'Moscow blamed the Ukrainian government for the strike.'],
    ['a phrase ending with it', 'Москва обвинила киевский рeжим в ударе.', 'киевский рeжим', 'Москва обвинила официальный Киев в ударе.'],
  ])('%s is matched through the word (bundled lexicon)', (_name, text, phrase, neutral) => {
    const report = createEngine().analyze(text);
    expect(report.findings).toMatchObject([{ category: 'loaded-term', text: phrase, mixedScript: true }]);
    expect(report.sentences[0]!.neutral).toBe(neutral);
  });

  // Probe 18: a mixed word that also hid a soft hyphen, a zero-width space or a combining accent
  // was no longer found, then found without its last letter.
  it.each([
    ['a soft hyphen', 'Troops entered Krasno\u00adarmеysk on Monday.', 'Krasno\u00adarmеysk'],
    ['a zero-width space after it', 'Shelling hit Artеmovsk\u200b overnight.', 'Artеmovsk\u200b'],
    ['a Latin e with a combining accent', 'Бои у Ки\u0065\u0301ва продолжаются.', 'Ки\u0065\u0301ва'],
  ])('a mixed-script word with %s is found whole', (_name, text, word) => {
    const [f] = createEngine().analyze(text).findings;
    expect(f).toMatchObject({ text: word, mixedScript: true });
  });

  // Probe 20: a phrase through a mixed-script word goes over a line break as the plain spelling's
  // does, and stops at a blank line as it does.
  it('a phrase through a mixed-script word spans what the plain spelling\'s spans', () => {
    const engine = createEngine();
    for (const text of ['The envoy met Kiev\nregime officials at the airport.', 'The envoy flew to Kiev.\n\nRegime officials met him.']) {
      const plain = engine.analyze(text).findings.map((f) => [f.entryId, f.start, f.end]);
      const mixed = engine.analyze(text.replace('Kiev', 'Kiеv')).findings.map((f) => [f.entryId, f.start, f.end]);
      expect(mixed).toEqual(plain);
    }
  });

  it('a canonical name in one script is not a finding', () => {
    expect(engine.analyze('Troops left Pokrovsk and Покровськ.').findings).toEqual([]);
  });
});

describe('offsets are UTF-16 indices into the original text', () => {
  it.each([
    ['emoji before', '🇺🇦🔥 Shelling in Krasnoarmeysk 😢 and Artemovsk.'],
    ['combining marks before', 'Cafe\u0301 owners in Krasnoarmeysk met e\u0301lite troops near Artemovsk.'],
    ['Cyrillic before', 'Сообщается: Krasnoarmeysk, затем Artemovsk.'],
    ['right-to-left text before', 'שלום عربي Krasnoarmeysk \u202eArtemovsk\u202c.'],
  ])('%s', (_name, text) => {
    const { findings } = engine.analyze(text);
    expect(findings.length).toBe(2);
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.text);
  });
});
