// The neutral rewording: grammar kept, names canonical, unnamed sources kept and marked,
// quoted words untouched, nothing invented and nothing dropped.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine';
import { fixtureLexicon } from '../support/fixture-lexicon';

const engine = createEngine({ lexicon: fixtureLexicon() });
const neutral = (text: string) => engine.analyze(text).sentences.map((s) => s.neutral);

describe('neutral rewording', () => {
  it.each([
    ['place name', 'Shelling hit Krasnoarmeysk.', 'Shelling hit Pokrovsk.'],
    ['term form kept', 'Troops liberated Krasnoarmeysk.', 'Troops captured Pokrovsk.'],
    ['capital kept at sentence start', 'Liberation of Krasnoarmeysk was announced.', 'Capture of Pokrovsk was announced.'],
    ['a → an', 'It was a militant from Artemovsk.', 'It was a soldier from Bakhmut.'],
    ['Russian case ending carried over', 'Бои в Красноармейске.', 'Бои в Покровске.'],
    ['Russian form table', 'Объявлено об освобождении Артёмовска войсками.', 'Объявлено о захвате Бахмута войсками.'],
    ['Ukrainian ending carried over', 'Бої біля Красноармійська.', 'Бої біля Покровська.'],
    ['unnamed source kept and marked', 'A military correspondent reported shelling.', 'A military correspondent [unnamed source] reported shelling.'],
    ['marked in Russian', 'Войска, reportedly, вошли в город Покровск, сообщается.', 'Войска, reportedly [неназванный источник], вошли в город Покровск, сообщается.'],
    ['quoted words stay as spoken', '“Krasnoarmeysk is ours,” he said of Artemovsk.', '“Krasnoarmeysk is ours,” he said of Bakhmut.'],
    ['editorializing word dropped cleanly', 'The grim shelling of Artemovsk went on.', 'The shelling of Bakhmut went on.'],
    [
      'a party name with the canonical in parentheses',
      'Troops neared Krasny Armeysk (Ukrainian name: Покровsk) on Monday.',
      'Troops neared Pokrovsk (Russian name: Krasnoarmeysk) on Monday.',
    ],
    ['a name only mentioned in parentheses', 'Troops neared Pokrovsk (Krasnoarmeysk) on Monday.', 'Troops neared Pokrovsk (Krasnoarmeysk) on Monday.'],
  ])('%s', (_name, text, expected) => {
    expect(neutral(text)).toEqual([expected]);
  });

  it('only sentences with findings are listed, each with its findings', () => {
    const text = 'Nothing here. Shelling hit Krasnoarmeysk. Calm in Pokrovsk. Orcs left Artemovsk.';
    const report = engine.analyze(text);
    expect(report.sentences.map((s) => s.original)).toEqual(['Shelling hit Krasnoarmeysk.', 'Orcs left Artemovsk.']);
    expect(report.sentences[1]!.findings.map((k) => report.findings[k]!.text)).toEqual(['Orcs', 'Artemovsk']);
    for (const s of report.sentences) expect(text.slice(s.start, s.end)).toBe(s.original);
  });

  it('abbreviations do not split sentences', () => {
    const report = engine.analyze('Mr. Smith met U.S. envoys in Krasnoarmeysk. Then he left.');
    expect(report.sentences.map((s) => s.original)).toEqual(['Mr. Smith met U.S. envoys in Krasnoarmeysk.']);
  });
});

describe('a spelling shared by Russian and Ukrainian', () => {
  it('takes the neutral name from the group of the text’s own language', () => {
    const lexicon = fixtureLexicon();
    const place = lexicon.entries.find((e) => e.entry.id === 'pokrovsk')!;
    if (place.kind !== 'place') throw new Error('fixture changed');
    place.entry.names.push(
      { party: 'ru-official', lang: 'ru', label: 'Красноармейка', patterns: ['Красноармейка'], forms: { красноармейка: 'Покровск-ru' } },
      { party: 'ru-official', lang: 'uk', label: 'Красноармейка', patterns: ['Красноармейка'], forms: { красноармейка: 'Покровськ-uk' } },
    );
    const shared = createEngine({ lexicon });
    expect(shared.analyze('Бої біля міста Красноармейка тривають, повідомили в штабі.').findings[0]!.neutral).toBe('Покровськ-uk');
    expect(shared.analyze('Бои у города Красноармейка продолжаются, сообщили в штабе.').findings[0]!.neutral).toBe('Покровск-ru');
  });
});

describe('capitals in the rewording', () => {
  it.each([
    ['a replacement keeps its own case mid-sentence', 'Troops marked the Liberation of Krasnoarmeysk.', 'Troops marked the capture of Pokrovsk.'],
    ['a dropped first word leaves a capital behind', 'Grim shelling of Artemovsk went on.', 'Shelling of Bakhmut went on.'],
  ])('%s', (_name, text, expected) => {
    expect(neutral(text)).toEqual([expected]);
  });
});

describe('a term spelled alike in Russian and Ukrainian entries', () => {
  it('takes the entry of the text’s language', () => {
    const lexicon = fixtureLexicon();
    const term = (language: 'ru' | 'uk', neutral: string) => ({
      kind: 'term' as const, pack: 'test', language, category: 'loaded-term' as const,
      entry: { id: `rezhym-${language}`, patterns: ['режим'], party: 'partisan', neutral, explanation: 't', reference: 't' },
    });
    lexicon.entries.push(term('ru', 'правительство'), term('uk', 'уряд'));
    const shared = createEngine({ lexicon });
    expect(shared.analyze('Режим заявив, що переговори тривають.').findings[0]).toMatchObject({ entryId: 'rezhym-uk', neutral: 'уряд' });
    expect(shared.analyze('Режим заявил, что переговоры продолжаются.').findings[0]).toMatchObject({ entryId: 'rezhym-ru', neutral: 'правительство' });
  });
});

describe('never the same words twice', () => {
  it('drops an abbreviation in parentheses that would repeat its full name', () => {
    const lexicon = fixtureLexicon();
    const dpr = lexicon.entries.find((e) => e.entry.id === 'rt-abbrev')!;
    if (dpr.kind !== 'term') throw new Error('fixture changed');
    dpr.entry.patterns.push("Donetsk People's Republic");
    const engine2 = createEngine({ lexicon });
    expect(engine2.analyze('He advised the Head of the Donetsk People’s Republic (DPR), Igor Kimakovskiy.').sentences[0]!.neutral)
      .toBe('He advised the Head of the Russian-installed Donetsk authorities, Igor Kimakovskiy.');
  });
});

describe('the language of a shared spelling is read from its own paragraph', () => {
  it('a Ukrainian paragraph after a Russian one does not make the Russian one Ukrainian', () => {
    const lexicon = fixtureLexicon();
    const place = lexicon.entries.find((e) => e.entry.id === 'pokrovsk')!;
    if (place.kind !== 'place') throw new Error('fixture changed');
    place.entry.names.push({ party: 'ru-official', lang: 'uk', label: 'Красноармейськ', patterns: ['Красноармейск*'], forms: { красноармейска: 'Покровська' } });
    const text = 'Бои у Красноармейска продолжаются.\nЗа інформацією джерел, бої тривають.';
    expect(createEngine({ lexicon }).analyze(text).findings[0]!.neutral).toBe('Покровска');
  });
});

// The shipped lexicon's rewordings (the fixture lexicon above has neither `governs` nor doubt words).
const bundled = createEngine();
const reworded = (text: string) => bundled.analyze(text).sentences.map((s) => s.neutral);

// Probe 21: «освободили Красноармейск от ВСУ» became «захватили Покровск от ВСУ»: a capture is
// of a town from someone «у» him. The lexicon says which preposition a neutral governs.
describe('the preposition a neutral governs', () => {
  it.each([
    ['Russian, a verb', 'Российские войска освободили Красноармейск от ВСУ, сообщило Минобороны.', 'Российские войска захватили Покровск у ВСУ, сообщило Минобороны.'],
    ['Russian, a noun at the sentence start', 'Освобождение Артёмовска от ВСУ завершено.', 'Взятие Бахмута у ВСУ завершено.'],
    ['Ukrainian', 'Російські війська звільнили Красноармійськ від українських військ.', 'Російські війська взяли під контроль Покровськ у українських військ.'],
    ['Kyiv\'s recapture in Russian', 'ВСУ освободили Херсон от оккупантов.', 'ВСУ отвоевали Херсон у российских военных.'],
    // Too far on, or past punctuation, the preposition is another phrase's.
    ['past a comma', 'Армия освободила Авдеевку, очистив её от мин.', 'Армия захватила Авдеевку, очистив её от мин.'],
    // Probe 22: a distance's own preposition.
    ['a distance\'s «от»', 'Российские войска освободили Марьинку недалеко от Донецка.', 'Российские войска захватили Марьинку недалеко от Донецка.'],
    ['a direction\'s «від»', 'Російські війська звільнили село на північ від Вугледара.', 'Російські війська взяли під контроль село на північ від Вугледара.'],
  ])('%s', (_name, text, expected) => {
    expect(reworded(text)).toEqual([expected]);
  });

  it('leaves a speaker\'s words as spoken', () => {
    const text = '«Мы освободили Артёмовск от ВСУ», — заявил Пригожин.';
    expect(bundled.analyze(text).findings.every((f) => f.quoted)).toBe(true);
  });
});

// Probe 21: «Зеленский якобы пообещал…, утверждают пропагандисты» became «Зеленский, как
// утверждается, пообещал…, утверждают пропагандисты»: the claim claimed twice.
describe('a doubt word in an attributed sentence', () => {
  it.each([
    ['Russian, the attribution after', 'Зеленский якобы пообещал вернуть Артёмовск до конца года, утверждают пропагандисты.', 'Зеленский пообещал вернуть Бахмут до конца года, утверждают пропагандисты.'],
    ['Ukrainian, the attribution before', 'Як заявив Пєсков, Київ нібито зірвав переговори.', 'Як заявив Пєсков, Київ зірвав переговори.'],
    ['no attribution: the doubt is reworded', 'Зеленский якобы пообещал вернуть Артёмовск до конца года.', 'Зеленский, как утверждается, пообещал вернуть Бахмут до конца года.'],
  ])('%s', (_name, text, expected) => {
    expect(reworded(text)).toEqual([expected]);
  });
});
