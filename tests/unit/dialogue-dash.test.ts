// Direct speech set off with dialogue dashes (Russian, Ukrainian) is a speaker's words, like
// speech in quotation marks; a dash that opens a list bullet or pauses a sentence is not.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine';
import { quoteSpans } from '../../src/engine/quotes';

const engine = createEngine();
const quoted = (text: string) => engine.analyze(text).findings.map((f) => [f.text, f.quoted]);
const neutral = (text: string) => engine.analyze(text).sentences.map((s) => s.neutral);
/** The quoted passages of the whole text, read paragraph by paragraph as the engine does. */
const passages = (text: string) => {
  const out: string[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    for (const s of quoteSpans(text, start, start + line.length)) out.push(text.slice(s.start, s.end));
    start += line.length + 1;
  }
  return out;
};

describe('dialogue dashes: the speech is quoted, the author’s words are not', () => {
  it.each([
    ['speech, then the author', '— Мы освободим Донбасс, — заявил Путин.', [['освободим', true]]],
    [
      'speech resumes after the author’s words',
      '— Наши войска освободили Артёмовск, — сказал Шойгу. — Киевский режим несёт потери.',
      [['освободили', true], ['Артёмовск', true], ['Киевский режим', true]],
    ],
    ['an exclamation closes the speech', '— Орки снова обстреляли Херсон! — написал глава ОВА в Telegram.', [['Орки', true]]],
    ['an ellipsis closes the speech', '— Мы освободили Артёмовск... — сказал Шойгу.', [['освободили', true], ['Артёмовск', true]]],
    ['a no-break space after the author dash', '— Мы освободили Артёмовск, —\u00a0заявил Шойгу.', [['освободили', true], ['Артёмовск', true]]],
    ['an en dash', '– Мы освободим Донбасс, – заявил Путин.', [['освободим', true]]],
    ['a sentence split by the author’s words', '— Мы, — сказал Шойгу, — освободим Артёмовск.', [['освободим', true], ['Артёмовск', true]]],
    ['the author’s words begin with a name', '— Мы освободили Артёмовск, — Шойгу улыбнулся.', [['освободили', true], ['Артёмовск', true]]],
    ['the author’s words are the outlet’s', '— Мы готовы к переговорам, — заявил представитель киевского режима.', [['киевского режима', false]]],
    // Speech without an opening dash, as news often sets it: rewording it gave "Мы захватим Харьков, — Пушилин".
    ['speech without an opening dash', 'Мы освободим Донбасс, — заявил Пушилин.', [['освободим', true]]],
    ['a headline: speech, a dash and the speaker', 'Мы освободим Харьков, — Пушилин', [['освободим', true]]],
    ['Ukrainian, without an opening dash', 'Ці окупанти з Москви захопили наш завод, — каже власник.', [['окупанти', true]]],
    ['the speech is its own sentence', 'Обстріли тривають. Ми звільнимо кожне село, — сказав командир.', [['звільнимо', true]]],
    // The sentence splitter's start: "т.е." is no sentence end, so the speech starts before it.
    ['an abbreviation inside the speech', 'Киевский режим, т.е. Зеленский, проиграл, — заявил Пушилин.', [['Киевский режим', true]]],
    [
      'the outlet’s words after the author dash',
      '— Мы освободим Донбасс, — заявил Путин, после чего войска освободили Артёмовск.',
      [['освободим', true], ['освободили', false], ['Артёмовск', false]],
    ],
    ['Ukrainian', '— Ми звільнимо Артемівськ, — заявив Пушилін.', [['звільнимо', true], ['Артемівськ', true]]],
    [
      'Ukrainian, speech resumes',
      '— Рашисти знову обстріляли Херсон, — повідомив Прокудін. — Окупанти били по житлових кварталах.',
      [['Рашисти', true], ['Окупанти', true]],
    ],
    ['Ukrainian, the author’s words are the outlet’s', '— Ми готові до переговорів, — заявив представник окупантів. — Але не зараз.', [['окупантів', false]]],
    ['a colon announces the speech', 'Путин заявил: — Мы освободим Донбасс.', [['освободим', true]]],
    ['a colon announces the speech, Ukrainian', 'Пушилін заявив: — Ми звільнили Артемівськ.', [['звільнили', true], ['Артемівськ', true]]],
    ['a colon after the outlet’s sentence', 'ВСУ обстреляли Донецк. Глава ДНР заявил: — Киевский режим снова бьёт по мирным.', [['ДНР', false], ['Киевский режим', true]]],
  ])('%s', (_name, text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });
});

describe('dashes that do not open speech', () => {
  it.each([
    ['a list bullet', '— освобождение Херсона, по данным Минобороны;', [['освобождение', false]]],
    ['a list bullet, Ukrainian', '— звільнення Артемівська, за даними Міноборони РФ;', [['звільнення', false], ['Артемівська', false]]],
    ['an opening dash no author dash closes', '— Мы освободим Донбасс.', [['освободим', false]]],
    ['a pause mid-sentence', 'Город — освобождённый, по словам военкоров, — снова под обстрелом.', [['освобождённый', false], ['военкоров', false]]],
    ['the outlet’s sentence before speech without an opening dash', 'Киевский режим обстрелял Донецк. Это ужасно, — сказал житель.', [['Киевский режим', false]]],
    ['a dash between words', 'Артёмовск — город, который освободили войска.', [['Артёмовск', false], ['освободили', false]]],
    ['a colon before a lower-case word', 'Итоги недели: — освобождение Артёмовска.', [['освобождение', false], ['Артёмовска', false]]],
    ['speech ends with its paragraph', '— Мы освободим Донбасс, — заявил Путин.\n— освобождение Херсона, по данным Минобороны;', [['освободим', true], ['освобождение', false]]],
    ['the outlet’s sentence before a dash mid-paragraph', 'Вчера киевский режим обстрелял Донецк. — Это ужасно, — сказал житель.', [['киевский режим', false]]],
    ['English: a dash as a pause', 'The city — liberated, officials said — was calm.', [['liberated', false], ['officials said', false]]],
    ['English: a dash after a comma', 'Orcs shelled Kherson — again, officials said.', [['Orcs', false], ['officials said', false]]],
    ['English: a colon before a lower-case word', 'He said: — we will liberate Artemovsk.', [['liberate', false], ['Artemovsk', false]]],
  ])('%s', (_name, text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });
});

describe('the rewording keeps the speaker’s words', () => {
  it.each([
    ['speech and author', '— Мы освободим Донбасс, — заявил Путин.', '— Мы освободим Донбасс, — заявил Путин.'],
    ['speech resumed', '— Мы освободим Донбасс, — заявил Путин. — Это наша земля.', '— Мы освободим Донбасс, — заявил Путин. — Это наша земля.'],
    [
      'the outlet’s words reworded, the speaker’s kept',
      '— Мы освободим Донбасс, — заявил Путин, после чего войска освободили Артёмовск.',
      '— Мы освободим Донбасс, — заявил Путин, после чего войска захватили Бахмут.',
    ],
    ['the author’s words reworded', '— Мы готовы к переговорам, — заявил представитель киевского режима.', '— Мы готовы к переговорам, — заявил представитель официального Киева.'],
    [
      'Ukrainian: the author’s words reworded',
      '— Ми готові до переговорів, — заявив представник окупантів. — Але не зараз.',
      '— Ми готові до переговорів, — заявив представник російських військових. — Але не зараз.',
    ],
    ['a colon', 'Пушилін заявив: — Ми звільнили Артемівськ.', 'Пушилін заявив: — Ми звільнили Артемівськ.'],
    ['speech without an opening dash', 'Мы освободим Харьков, — Пушилин', 'Мы освободим Харьков, — Пушилин'],
    ['its words, even a word the outlet would drop', 'Звісно, без допомоги партнерів ми б не вистояли, — сказав міністр.', 'Звісно, без допомоги партнерів ми б не вистояли, — сказав міністр.'],
    ['a list bullet is the outlet’s', '— освобождение Херсона, по данным Минобороны;', '— взятие Херсона, по данным Минобороны;'],
    ['English is unchanged', 'The city — liberated, officials said — was calm.', 'The city — captured, officials [unnamed source] said — was calm.'],
  ])('%s', (_name, text, expected) => {
    expect(neutral(text)).toEqual([expected]);
  });
});

describe('quoteSpans: exact passages', () => {
  it.each([
    ['speech, author, speech', '— Мы освободим Донбасс, — заявил Путин. — Это наша земля.', ['— Мы освободим Донбасс,', '— Это наша земля.']],
    ['a sentence split', '— Мы, — сказал он, — освободим! — добавил он.', ['— Мы,', '— освободим!']],
    ['a colon', 'Он заявил: — Мы придём.  ', ['— Мы придём.']],
    ['a second paragraph, offsets into the whole text', 'Вступление.\n  — Мы придём, — сказал он.\r\n— пункт, без автора;', ['— Мы придём,']],
    ['quotes and dashes together', '— Это «освобождение», — сказал он.', ['— Это «освобождение»,', '«освобождение»']],
    ['an opening dash closed by `, — ` and a letter reads as speech, bullet or not', '— пункт первый, — второй пункт', ['— пункт первый,']],
    ['nothing before punctuation-less dashes', 'Город — наш — навсегда.', []],
  ])('%s', (_name, text, expected) => {
    expect(passages(text)).toEqual(expected);
  });
});
