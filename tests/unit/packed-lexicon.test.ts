// The content script carries the lexicon packed (src/engine/packed-lexicon.ts); the CLI and the
// tests run on the very same unpacked data. Packing must lose nothing: the unpacked lexicon is
// the compiled JSON, field for field, and every shortcut of the format falls back to a literal
// when it does not hold.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledLexicon } from '../../src/engine/without-descriptions';
import type { DataEntry, LexiconData } from '../../src/engine/lexicon';
import { decodeText, encodeText, packLexicon, unpackLexicon, unpackSteps } from '../../src/engine/packed-lexicon';

const generated = join(import.meta.dirname, '../../src/lexicon/generated');
const json = JSON.parse(readFileSync(join(generated, 'lexicon.json'), 'utf8')) as LexiconData;
const packed = (JSON.parse(readFileSync(join(generated, 'lexicon.packed.json'), 'utf8')) as { text: string }).text;

const roundTrip = (entries: DataEntry[]): LexiconData => {
  const data: LexiconData = { version: 1, parties: [], entries };
  return unpackLexicon(packLexicon(data), []);
};

describe('the bundled lexicon', () => {
  it('unpacks to exactly the compiled lexicon.json', () => {
    expect(unpackLexicon(packed, json.parties)).toStrictEqual(json);
    expect(bundledLexicon).toStrictEqual(json);
  });

  it('unpacks in steps, so the content script can give the page its main thread back', () => {
    const steps = unpackSteps(packed, json.parties);
    let yields = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) yields++;
    expect(yields).toBeGreaterThan(10);
    expect(next.value).toStrictEqual(json);
  });

  it('is ASCII but for the few letters of other scripts (Cyrillic is written in ASCII)', () => {
    expect(packed).not.toMatch(/[\u0400-\u04ff]/);
    expect(packed.length).toBeLessThan(JSON.stringify(json.entries).length * 0.6);
  });
});

describe('packing', () => {
  // Entries as the compiled lexicon holds them: without explanations and references.
  const data = (item: Record<string, unknown>): DataEntry => item as unknown as DataEntry;
  const term = (entry: Record<string, unknown>): DataEntry =>
    data({ kind: 'term', pack: 'p', language: 'ru', category: 'loaded-term', entry: { id: 'a-b', patterns: ['x'], party: null, neutral: 'n', ...entry } });
  const place = (entry: Record<string, unknown>): DataEntry =>
    data({ kind: 'place', pack: 'p', language: 'multi', entry: { id: 'kyiv', canonical: { en: 'Kyiv', uk: 'Київ' }, canonicalPatterns: [], names: [], ...entry } });

  it.each<[string, DataEntry[]]>([
    ['strings that begin with = or are empty', [term({ id: 'eq', patterns: ['=x', '==y'], party: '=p', neutral: '', forms: { '=k': '', '': '=v' } })]],
    ['forms: none, empty, keys that are no pattern, values that are no ending', [
      term({ id: 't1' }),
      term({ id: 't2', forms: {} }),
      term({ id: 't3', patterns: ['освобожд*'], neutral: 'захват*', forms: { освобождения: 'захвата', освободить: 'захватить', освобождённый: 'захваченный' } }),
      term({ id: 't4', patterns: ['a senior US official said'], neutral: 'an unnamed senior official said', forms: { 'a senior US official said': 'an unnamed senior US official said' } }),
      // A word put before the key's end (=-K,mid), with a comma in what is put there.
      term({ id: 't5', patterns: ['experts said', 'sources in the ministry said'], neutral: 'n', forms: { 'experts said': 'unnamed experts said', 'sources in the ministry said': 'unnamed, sources in the ministry said' } }),
    ]],
    ['contexts and cues of this session: outletAfter, partyBy, a cue\'s reach', [
      term({ id: 'p1', context: { outletAfter: true, unlessNamed: true, partyBy: { party: 'ua-official', words: ['ЗСУ', 'Ukrainian forces'], within: 4 } } }),
      term({ id: 'p2', context: { outletAfter: false } }),
      term({ id: 'p3', context: { partyBy: { party: 'ua-official', words: ['AFU'], within: 4, forms: { liberated: 'recaptured', '': '=' } } } }),
      data({ kind: 'cue', pack: 'sources', entry: { id: 'so-called-en', role: 'so-called', reach: 1, patterns: ['so called'] } }),
    ]],
    ['context: flags true and false, empty lists, no flag at all', [
      term({ id: 'c1', context: { near: { words: [], places: true, within: 6 }, matchCase: false, capitalized: true, unlessNamed: false } }),
      term({ id: 'c2', context: { notNear: { words: ['мир', 'Peace'], within: 60 }, notBefore: ['так называемая', 'так называемой'], notAfter: ['1944'] } }),
      term({ id: 'c3', context: {} }),
      term({ id: 'c4', context: { lowerCase: true, notAfter: ['said'] } }),
      term({ id: 'c5', context: { lowerCase: false } }),
    ]],
    ['a place without every language, labels and neutral patterns that are no shortcut', [
      place({ canonicalPatterns: ['Kyiv', 'Київ*', 'Києв*', 'Kyivan'], names: [
        { party: 'ru-official', lang: 'ru', label: 'Киев', patterns: ['Киев*'], forms: { Киеве: 'Киеве', Киева: 'Києва' } },
        { party: 'ru-official', lang: 'en', label: 'Kiev (old)', patterns: ['Kiev', 'Kiev*'] },
      ] }),
      place({ id: 'not-a-slug', canonical: { en: 'Ivano-Frankivsk', ru: 'Ивано-Франковск' }, canonicalPatterns: ['Ивано-Франковск'] }),
    ]],
    ['a renamed place\'s year, alone and among other rules', [
      place({ id: 'bakhmut', context: { officialUntil: 2016 } }),
      place({ id: 'pokrovsk', context: { officialUntil: 2016, capitalized: true, notBefore: ['former*'], partyBy: { party: 'p', words: ['w'], within: 3 } } }),
    ]],
    ['outlets and cues, with and without shortcuts', [
      data({ kind: 'outlet', pack: 'outlets', language: 'multi', entry: { id: 'cnn', name: 'CNN', patterns: ['CNN', 'Си-эн-эн'], domains: ['cnn.com'] } }),
      data({ kind: 'outlet', pack: 'outlets', language: 'multi', entry: { id: 'x-1', name: 'The X', patterns: ['X'], domains: [] } }),
      data({ kind: 'cue', pack: 'sources', entry: { id: 'said', role: 'attribution-after', how: 'reported', patterns: ['said'], severity: 'low' } }),
    ]],
    ['every Cyrillic capital, and ASCII symbols inside Cyrillic words', [
      term({ id: 'abc', patterns: ['ЩЪЫЭЮЯЁЄІЇҐ', 'щъыэюяёєіїґ', 'AT&T и Q&A', 'РИА_Новости', 'х^2 [sic] 50% #тег @им!', 'ў Ђ é İ 𝔸'] }),
    ]],
  ])('keeps %s', (_, entries) => {
    expect(roundTrip(entries)).toStrictEqual({ version: 1, parties: [], entries });
  });

  it('refuses a string with a separator, naming the entry', () => {
    for (const bad of ['a|b', 'a<b', 'a>b', 'a~b']) {
      expect(() => packLexicon({ version: 1, parties: [], entries: [term({ id: 'sep', patterns: [bad] })] })).toThrow(/entry sep/);
    }
  });

  it('shortens what it can: an id that is the slug, a forms key that is a pattern, a Cyrillic letter', () => {
    const entry = { id: 'donetsk-region', patterns: ['Donetsk region', 'Донецкой области'], neutral: 'Донецкой обл.', forms: { 'Донецкой области': 'Донецкой обл.' } };
    const text = packLexicon({ version: 1, parties: [], entries: [term(entry)] });
    expect(text).not.toContain('donetsk-region');
    expect(decodeText(text).split('|').at(-1)).toBe('=1<=0');
    expect(text).not.toMatch(/[^\x20-\x7e]/);
  });

  it('writes a word put before keys of any length as one token ("unnamed experts said", "unnamed analysts say")', () => {
    const entry = { id: 'experts-say', patterns: ['experts said', 'analysts say'], neutral: 'n', forms: { 'experts said': 'unnamed experts said', 'analysts say': 'unnamed analysts say' } };
    const forms = decodeText(packLexicon({ version: 1, parties: [], entries: [term(entry)] })).split('|').at(-1);
    expect(forms).toBe('=0<=-0,unnamed <=1<=-0,unnamed ');
  });
});

describe('the Cyrillic text layer', () => {
  it('gives back any text without the shift character', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'абвгґдеєёжзиіїйклмнопрстуфхцчшщъыьэюяАБВГҐДЕЄЁЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯazAZ09 !#%&;=?@_[]^*\'"-.,é€') }), (s) => {
        expect(decodeText(encodeText(s))).toBe(s);
      }),
    );
  });

  it('writes Cyrillic in one byte a letter', () => {
    const text = 'Донецкой Народной Республики';
    expect(Buffer.byteLength(encodeText(text))).toBe(text.length + 1);
  });
});
