// A deterministic mixed-language news corpus for the benchmark: the seed article, Russian and
// Ukrainian war reporting, and neutral filler, shuffled by a seeded generator so every run
// measures the same text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The seed article's paragraphs (../shared/fixtures), also the bench pages' framed text. */
export const SEED = readFileSync(join(import.meta.dirname, '../../shared/fixtures/seed-article.txt'), 'utf8').split('\n').filter(Boolean);

const RUSSIAN = [
  'По данным источников, подразделения продвинулись к Красноармейску и Артёмовску, сообщает ТАСС.',
  'Министерство обороны заявило об освобождении населённого пункта в Донецкой народной республике.',
  'Военкор сообщил о боях за Дзержинск, а эксперты считают, что наступление продолжится.',
  'В Киеве прошло заседание правительства, на котором обсуждали бюджет на следующий год.',
  'Погода в Москве остаётся тёплой, синоптики обещают дожди к выходным.',
  'Как сообщает РИА Новости, в районе Красного Лимана продолжаются бои.',
];
const UKRAINIAN = [
  'За інформацією джерел, окупанти обстріляли Покровськ і Мирноград уранці.',
  'Як повідомляє Укрінформ, у Києві відбулося засідання уряду щодо енергетики.',
  'Повідомляється, що рашисти намагалися прорватися біля Часового Яру.',
  'Експерти вважають, що зима буде складною для енергосистеми країни.',
  'Футбольний клуб зі Львова переміг у матчі чемпіонату з рахунком 2:1.',
];
const NEUTRAL = [
  'The central bank held interest rates steady on Thursday, citing easing inflation and a stable labour market.',
  'Researchers published a study on renewable energy sources and their effect on regional grids.',
  'The women’s liberation movement of the 1970s changed labour law in several countries.',
  'Grigor Dimitrov reached the quarter-finals after a three-set match on the clay courts.',
  'Add the onions to the pan and cook until golden, then stir in the chicken Kiev filling.',
  'Officials said the bridge would reopen in spring after repairs to its northern span.',
  'Emoji 🇺🇦🔥 and combining marks like café and naïve appear in comments below the article.',
];

// Everyday news vocabulary for filler paragraphs: most of what a reader's pages hold is text
// with nothing to flag, and the scanner must cross it at full speed.
const FILLER = {
  en: 'the council said budget growth would slow next year while schools hospitals and roads receive more money from regional funds after a long debate in parliament on taxes prices and wages for workers in cities and villages across the country where markets opened early and families prepared for winter storms'.split(' '),
  ru: 'правительство обсудило бюджет на следующий год школы больницы и дороги получат больше денег после долгих споров в парламенте о налогах ценах и зарплатах рабочих в городах и сёлах страны где рынки открылись рано а семьи готовятся к зимним морозам'.split(' '),
  uk: 'уряд обговорив бюджет на наступний рік школи лікарні та дороги отримають більше грошей після довгих суперечок у парламенті про податки ціни та зарплати працівників у містах і селах країни де ринки відкрилися рано а родини готуються до зимових морозів'.split(' '),
};

/** A small seeded generator: the same corpus on every run. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function filler(random: () => number): string {
  const words = Object.values(FILLER)[Math.floor(random() * 3)]!;
  const sentences: string[] = [];
  for (let k = 2 + Math.floor(random() * 4); k > 0; k--) {
    const n = 8 + Math.floor(random() * 18);
    const picked = Array.from({ length: n }, () => words[Math.floor(random() * words.length)]!);
    const sentence = picked.join(' ');
    sentences.push(`${sentence[0]!.toUpperCase()}${sentence.slice(1)}.`);
  }
  return sentences.join(' ');
}

/**
 * About `length` UTF-16 code units of paragraphs in English, Russian and Ukrainian. `framing` is
 * the share of paragraphs taken from war reporting and the seed article (the rest is everyday
 * news filler and neutral sentences that must not be flagged).
 */
export function corpus(length: number, framing = 0.15, seed = 42): string {
  const random = rng(seed);
  const framed = [SEED, SEED, RUSSIAN, UKRAINIAN, RUSSIAN];
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    let paragraph: string;
    if (random() < framing) {
      const pool = framed[Math.floor(random() * framed.length)]!;
      paragraph = Array.from({ length: 2 + Math.floor(random() * 3) }, () => pool[Math.floor(random() * pool.length)]!).join(' ');
    } else if (random() < 0.2) {
      paragraph = NEUTRAL[Math.floor(random() * NEUTRAL.length)]!;
    } else {
      paragraph = filler(random);
    }
    parts.push(paragraph);
    size += paragraph.length + 1;
  }
  return parts.join('\n');
}
