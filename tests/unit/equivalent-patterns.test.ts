// The matcher's data keeps one spelling of each way to match: the lexicon sources list
// "RIA Novosti" and "RIA-Novosti" for the reader, the content script carries one of them.
import { describe, expect, it } from 'vitest';
import { withoutEquivalentPatterns } from '../../scripts/lexicon/equivalent-patterns';
import { createEngine } from '../../src/engine';
import type { DataEntry, LexiconData } from '../../src/engine/lexicon';
import matching from '../../src/lexicon/generated/lexicon.json';

const outlet = (patterns: string[], context?: object): DataEntry =>
  ({ kind: 'outlet', pack: 'outlets', language: 'multi', entry: { id: 'x', name: patterns[0], patterns, domains: [], ...(context && { context }) } }) as unknown as DataEntry;
const lexicon = (...entries: DataEntry[]): LexiconData => ({ version: 1, parties: [], entries });
const patternsOf = (data: LexiconData) => data.entries.map((e) => (e.entry as { patterns: string[] }).patterns);

describe('spellings the matcher cannot tell apart', () => {
  it('keeps the first of a hyphen and a space, of letter case, of й and и', () => {
    const data = lexicon(outlet(['RIA Novosti', 'RIA-Novosti', 'РИА Новости']), outlet(['Lenta.ru', 'Lenta.Ru']), outlet(['лакей', 'лакеи', 'лакеев']));
    expect(patternsOf(withoutEquivalentPatterns(data))).toEqual([['RIA Novosti', 'РИА Новости'], ['Lenta.ru'], ['лакей', 'лакеев']]);
  });

  it('keeps spellings that differ in case where a rule reads the case', () => {
    const data = lexicon(outlet(['LIGA.net', 'Liga.net'], { matchCase: true }), outlet(['Censor.net', 'Censor.NET'], { capitalized: true }));
    expect(patternsOf(withoutEquivalentPatterns(data))).toEqual([['LIGA.net', 'Liga.net'], ['Censor.net', 'Censor.NET']]);
  });

  it('the bundled data has no such pair left, and a dropped spelling still matches', () => {
    const bundled = matching as unknown as LexiconData;
    expect(patternsOf(withoutEquivalentPatterns(bundled))).toEqual(patternsOf(bundled));
    const outlets = createEngine().analyze('Об этом сообщает РИА-Новости, а также Лента.Ру.').outlets.map((o) => o.name);
    expect(outlets).toEqual(expect.arrayContaining(['RIA Novosti (Rossiya Segodnya)', 'Lenta.ru']));
  });
});

describe('context words the rules cannot tell apart', () => {
  const contextOf = (data: LexiconData) => (data.entries[0]!.entry as { context: unknown }).context;

  it('drops a possessive beside its word, a word a stem answers for, and a longer stem', () => {
    const data = lexicon(outlet(['X'], {
      near: { words: ['Assad', "Assad's", "Maduro's", 'war*', 'wars', 'war', 'украин*', 'украинск*', 'Nazi Germany'], places: false, within: 3 },
      notBefore: ['former', 'former', 'formerly'],
    }));
    expect(contextOf(withoutEquivalentPatterns(data))).toEqual({
      near: { words: ['Assad', "Maduro's", 'war*', 'украин*', 'Nazi Germany'], places: false, within: 3 },
      notBefore: ['former', 'formerly'],
    });
  });

  it('a dropped word still counts: "Assad\'s regime" needs the near word "Assad"', () => {
    expect(createEngine().analyze("Sanctions hit Assad's regime again.").findings.map((f) => f.text)).toContain('regime');
  });
});
