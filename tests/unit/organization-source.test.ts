// "According to analysts at Goldman Sachs", «за оцінками експертів Інституту вивчення війни»:
// experts of a named organization are a source the reader can check (what the bank or the
// institute published); they had been flagged as unnamed experts. A country after the noun
// names no organization ("analysts from Ukraine", «аналитиков Украины»), nor does a word after
// it that is no name.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine';

const engine = createEngine();
const unnamed = (text: string) => engine.analyze(text).findings.filter((f) => f.category === 'unnamed-source').map((f) => f.text);

describe('experts of a named organization', () => {
  it.each([
    ['a bank, in English', 'According to analysts at Goldman Sachs, the central bank will hold rates.'],
    ['a think tank the lexicon lists', 'The offensive has stalled, according to experts at the Institute for the Study of War.'],
    ['a school whose name opens with a city', 'According to experts at the Kyiv School of Economics, losses rose.'],
    ['an outlet in Russian', 'По оценкам экспертов ISW, российские войска продвинулись на два километра.'],
    ['a company in the genitive', 'По мнению аналитиков Московской биржи, рубль укрепится.'],
    ['an institute in Ukrainian', 'За оцінками експертів Інституту вивчення війни, росіяни просунулися.'],
    ['a name in quotation marks', 'За словами експертів «Центру протидії дезінформації», кампанія триває.'],
    // Probe 16: the organization before the noun.
    ['a bank before the noun', 'Goldman Sachs analysts said the bank would hold rates.'],
    ['a longer name before it', 'RBC Capital Markets analysts said oil would rise.'],
    ['an outlet before it', 'ISW analysts said Russian forces had advanced.'],
    // Probe 19: a place's word inside an organization's name.
    ['a city in the name', 'Washington Institute experts say the strikes will go on.'],
    ['a direction in the name', 'West Point analysts said the offensive had stalled.'],
    ['a region\'s adjective in Russian', 'По мнению экспертов Балтийского завода, заказ выполнят в срок.'],
  ])('%s: not flagged', (_name, text) => {
    expect(unnamed(text)).toEqual([]);
  });

  it.each([
    ['no name after the noun', 'According to analysts, the offensive has stalled.', 'According to analysts'],
    ['a country', 'According to analysts from Ukraine, the offensive stalled.', 'According to analysts'],
    ['a lower-case place', 'According to experts at the scene, the blast was caused by a drone.', 'According to experts'],
    ['a day, not an organization', 'According to analysts Monday, the offensive stalled.', 'According to analysts'],
    ['a country in the genitive', 'По оценкам аналитиков Украины, наступление замедлилось.', 'По оценкам аналитиков'],
    ['a preposition and a city', 'За словами експертів з Харкова, обстріли посилилися.', 'За словами експертів'],
    ['a verb before a capitalised word', 'Analysts expect Gazprom to cut its dividend.', 'Analysts expect'],
    ['an adjective before the noun', 'Western analysts said the offensive had stalled.', 'analysts said'],
    ['a country before it', 'United States analysts said the offensive had stalled.', 'analysts said'],
    ['a street', 'Wall Street analysts expect the Fed to cut rates in December.', 'analysts expect'],
    ['a state by its initials', 'US Intelligence analysts said Kyiv would hold Kupiansk.', 'analysts said'],
    ['a country of two words', 'According to experts from South Korea, the shells were of North Korean origin.', 'According to experts'],
    // Probe 18: a sentence's capitalised first words, "the time" (the magazine's name), a day and
    // parts of the world had been read as organizations.
    ['a sentence\'s first words', 'On Monday analysts said the rouble would fall.', 'analysts said'],
    ['a determiner and an abbreviation', 'Some EU analysts said the sanctions were working.', 'analysts said'],
    ['an outlet\'s name as an everyday word', 'According to analysts at the time, the deal was fair.', 'According to analysts'],
    ['a day', "According to experts at Wednesday's panel, the risks are high.", 'According to experts'],
    ['the Kremlin', 'According to observers of the Kremlin, Putin is confident.', 'According to observers'],
    ['a part of the world', 'По мнению экспертов Запада, война затянется.', 'По мнению экспертов'],
    ['a region', 'По мнению политологов Центральной Азии, Казахстан не поддержит санкции.', 'По мнению политологов'],
    ['the same in Ukrainian', 'За словами аналітиків Заходу, війна затягнеться.', 'За словами аналітиків'],
  ])('%s: still an unnamed source', (_name, text, flagged) => {
    expect(unnamed(text)).toEqual([flagged]);
  });
});

// Probe 16: «Андрей Коц, военкор, сообщил» was an unnamed military correspondent; the name
// stands before the apposition. A court's papers are a source too («У позові стверджується»).
describe('a source named another way', () => {
  it.each([
    ['a name before the apposition', 'Андрей Коц, военкор, сообщил, что бои идут в Курской области.'],
    ['the same in English', 'Andrei Kots, a military correspondent, reported heavy fighting near Kursk.'],
    ['a lawsuit', 'У позові стверджується, що компанія порушила умови договору.'],
    ['a verdict', 'У вироку стверджується, що він діяв навмисно.'],
    ['a channel before the apposition', 'Rybar, a military blogger, reported heavy fighting near Kursk.'],
  ])('%s: not flagged', (_name, text) => {
    expect(unnamed(text)).toEqual([]);
  });

  // Probe 18: a name before a parenthetical "officials said" had cleared it.
  it.each([
    ['a place before the apposition', 'В Донецке, военкор, сообщил о бое.', 'военкор'],
    ['a place after a preposition', 'Near Nova Kakhovka, military bloggers, citing local residents, reported explosions.', 'military bloggers'],
    ['an outlet that cites others', 'Ukrainska Pravda, citing sources, reported the minister would be dismissed.', 'citing sources'],
    ['a parenthetical source after a name', 'Vladimir Saldo, officials said, announced the evacuation of Kherson.', 'officials said'],
    ['the same after an institution', 'The Defence Ministry, officials said, announced new call-ups.', 'officials said'],
    // Probe 19: a time phrase or a channel that is only an object before the comma.
    ['a time phrase', 'On Sunday, military bloggers, citing local residents, reported heavy shelling.', 'military bloggers'],
    ['a channel compared with', 'Like Rybar, military bloggers, citing local residents, reported a breakthrough.', 'military bloggers'],
    // Probe 20: an outlet or a person named before the comma who is not the apposition's.
    ['an outlet cited before', 'According to Ukrainska Pravda, military bloggers, citing local residents, said the general was fired.', 'military bloggers'],
    ['a person followed', 'Following Andrei Kots, military bloggers, citing local residents, reported a breakthrough.', 'military bloggers'],
  ])('%s: still unnamed', (_name, text, flagged) => {
    expect(unnamed(text)).toEqual([flagged]);
  });
});
