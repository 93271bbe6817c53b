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
  ])('%s: not flagged', (_name, text) => {
    expect(unnamed(text)).toEqual([]);
  });

  it('a place before the apposition names nobody, nor does an outlet that cites others', () => {
    expect(unnamed('В Донецке, военкор, сообщил о бое.')).toEqual(['военкор']);
    expect(unnamed('Ukrainska Pravda, citing sources, reported the minister would be dismissed.')).toEqual(['citing sources']);
  });
});
