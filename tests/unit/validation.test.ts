// What crosses a trust boundary at run time, validated with valibot: messages between the
// extension's parts (src/shared/messages.ts) and settings read from storage
// (src/shared/settings.ts). Each test states a behaviour the extension relies on — a look-alike
// message is refused, an unknown key never reaches a handler or storage, a default fills a
// missing field — so a change of schema library (it was zod/mini, then a hand-written validator)
// cannot change what is accepted without a test failing.
import { describe, expect, it } from 'vitest';
import { MESSAGES, parseMessage, type SenderKind } from '../../src/shared/messages';
import { DEFAULT_SETTINGS, SCHEMA_VERSION, loadSettingsFrom } from '../../src/shared/settings';
import type { Report } from '../../src/shared/report';

const report: Report = {
  version: 1,
  findings: [
    {
      id: 'f0',
      category: 'place-name',
      text: 'Krasnoarmeysk',
      start: 10,
      end: 23,
      entryId: 'pokrovsk',
      party: 'ru-official',
      neutral: 'Pokrovsk',
      canonical: 'Pokrovsk',
      explanation: 'The Soviet-era name Russia uses for Pokrovsk.',
      reference: 'https://en.wikipedia.org/wiki/Pokrovsk,_Ukraine',
      quoted: false,
      mixedScript: false,
      severity: 'high',
    },
  ],
  sentences: [{ start: 0, end: 40, original: 'Troops entered Krasnoarmeysk on Monday.', neutral: 'Troops entered Pokrovsk on Monday.', findings: [0] }],
  outlets: [
    {
      name: 'TASS',
      localName: 'ТАСС',
      known: true,
      country: 'RU',
      owner: 'Government of Russia',
      stateControlled: true,
      domains: ['tass.ru'],
      reference: 'https://en.wikipedia.org/wiki/TASS',
      mentions: [{ start: 41, end: 45, how: 'according to' }],
    },
  ],
  sources: [{ kind: 'unnamed', text: 'a military correspondent', start: 50, end: 74 }],
  summary: {
    counts: { 'loaded-term': 0, 'place-name': 1, 'unnamed-source': 1, editorializing: 0 },
    parties: { 'ru-official': 1 },
    lean: 'ru-official',
  },
};

const parse = (type: string, payload: unknown, kind: SenderKind | null = ['report', 'describe', 'complete'].includes(type) ? 'content' : 'extension') =>
  parseMessage({ type, payload }, kind, MESSAGES);

/** `report`'s payload with `edit` applied to a copy of the report. */
const reportWith = (edit: (r: Record<string, any>) => void) => {
  const r = structuredClone(report) as Record<string, any>;
  edit(r);
  return { report: r, url: 'https://example.org/a' };
};

describe('messages', () => {
  it('passes a valid report through unchanged', () => {
    const payload = { report, url: 'https://example.org/a' };
    expect(parse('report', payload)).toEqual({ type: 'report', payload });
  });

  it('drops keys a message does not declare, at every level', () => {
    expect(parse('scanTab', { tabId: 4, evil: 'x' })).toEqual({ type: 'scanTab', payload: { tabId: 4 } });
    const parsed = parse('report', reportWith((r) => {
      r.extra = 1;
      r.findings[0].html = '<img onerror=alert(1)>';
      r.summary.counts.bogus = 3;
    }));
    expect(parsed).toEqual({ type: 'report', payload: { report, url: 'https://example.org/a' } });
  });

  it('passes a piece of text to complete, with its links and quotations, and only what it declares', () => {
    const payload = { text: 'Troops entered Krasnoarmeysk, TASS reported.', links: [{ start: 30, end: 34, href: 'https://tass.ru/a' }] };
    // An older content script sends no quotations: none, then.
    expect(parse('complete', { ...payload, report })).toEqual({ type: 'complete', payload: { ...payload, quotes: [] } });
    const quoted = { ...payload, quotes: [{ start: 0, end: 28 }] };
    expect(parse('complete', quoted)).toEqual({ type: 'complete', payload: quoted });
  });

  it('leaves a missing optional field out', () => {
    expect(parse('getReport', {})).toEqual({ type: 'getReport', payload: {} });
    expect(parse('getReport', { tabId: 2 })).toEqual({ type: 'getReport', payload: { tabId: 2 } });
  });

  it.each<[string, string, unknown]>([
    ['a tab id given as text', 'scanTab', { tabId: '4' }],
    ['a missing required field', 'scanTab', {}],
    ['a negative tab id', 'scanTab', { tabId: -1 }],
    ['a fractional tab id', 'scanTab', { tabId: 1.5 }],
    ['a tab id past 2^53', 'scanTab', { tabId: 2 ** 53 }],
    ['NaN as a tab id', 'scanTab', { tabId: Number.NaN }],
    ['an empty finding id', 'scrollToFinding', { findingId: '' }],
    ['a direction other than 1 or -1', 'nextFinding', { direction: 2 }],
    ['a payload that is not an object', 'rescan', 'x'],
    ['no payload', 'rescan', undefined],
    ['a null payload', 'rescan', null],
    ['a report of another version', 'report', reportWith((r) => (r.version = 2))],
    ['an unknown category', 'report', reportWith((r) => (r.findings[0].category = 'propaganda'))],
    ['a finding without its severity', 'report', reportWith((r) => delete r.findings[0].severity)],
    ['a null where a string is required', 'report', reportWith((r) => (r.findings[0].explanation = null))],
    ['a negative count', 'report', reportWith((r) => (r.summary.counts['place-name'] = -1))],
    ['a party count given as text', 'report', reportWith((r) => (r.summary.parties['ru-official'] = '1'))],
    ['an unknown mention kind', 'report', reportWith((r) => (r.outlets[0].mentions[0].how = 'whispered'))],
    ['a missing url', 'report', { report: null }],
    ['5,001 entry ids', 'describe', { entryIds: Array.from({ length: 5001 }, (_, i) => `e${i}`) }],
    ['text to complete that is no string', 'complete', { text: 42, links: [] }],
    ['text to complete past 4 million characters', 'complete', { text: 'a'.repeat(4_000_001), links: [] }],
    ['a quotation with no end', 'complete', { text: 'x', links: [], quotes: [{ start: 0 }] }],
    ['a link to complete without its href', 'complete', { text: 'x', links: [{ start: 0, end: 1 }] }],
  ])('refuses %s', (_name, type, payload) => {
    expect(parse(type, payload)).toBeNull();
  });

  it.each<[string, string, unknown, SenderKind | null]>([
    ['a report from an extension page', 'report', { report: null, url: 'u' }, 'extension'],
    ['a describe request from an extension page', 'describe', { entryIds: [] }, 'extension'],
    ['text to complete from an extension page', 'complete', { text: 'x', links: [] }, 'extension'],
    ['a scan request from a content script', 'scanTab', { tabId: 4 }, 'content'],
    ['a scroll request from a content script', 'scrollToFinding', { findingId: 'f0' }, 'content'],
    ['a rescan from a content script', 'rescan', {}, 'content'],
    ['a well-formed message from an unknown sender', 'rescan', {}, null],
  ])('refuses %s', (_name, type, payload, kind) => {
    expect(parse(type, payload, kind)).toBeNull();
  });

  it('drops a __proto__ key from a record and pollutes nothing', () => {
    const payload = JSON.parse(`{"url": "u", "report": ${JSON.stringify(report).replace('"parties":{', '"parties":{"__proto__":{"polluted":true},')}}`);
    const parsed = parse('report', payload);
    expect(parsed?.type === 'report' && parsed.payload.report?.summary.parties).toEqual({ 'ru-official': 1 });
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

describe('settings fields', () => {
  const term = { id: 'cleansing-operation', category: 'loaded-term', patterns: ['cleansing operation'] };

  it('drops keys the settings do not declare, in the record and in a custom term', () => {
    const { settings, rejected } = loadSettingsFrom({ schemaVersion: SCHEMA_VERSION, theme: 'dark', customEntries: [{ ...term, script: 'alert(1)' }] });
    expect(rejected).toEqual([]);
    expect(Object.keys(settings).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
    expect(settings.customEntries[0]).not.toHaveProperty('script');
  });

  it('fills a custom term\'s missing or undefined fields with their defaults and leaves optional ones out', () => {
    const { settings } = loadSettingsFrom({ schemaVersion: SCHEMA_VERSION, customEntries: [term, { ...term, id: 'second', party: undefined, explanation: undefined }] });
    // A missing neutral is '' (what the add form stores for an empty one), not null: the engine
    // reads a term's neutral as a string and threw on null.
    const filled = { ...term, party: null, neutral: '', explanation: '', reference: '' };
    expect(settings.customEntries).toStrictEqual([filled, { ...filled, id: 'second' }]);
  });

  it('keeps a custom term\'s severity, context rules and forms', () => {
    const full = { ...term, party: 'ru-official', neutral: 'security operation', explanation: 'e', reference: 'https://example.org/', severity: 'high', context: { near: { words: ['village'] } }, forms: { зачистка: 'операция' } };
    expect(loadSettingsFrom({ schemaVersion: SCHEMA_VERSION, customEntries: [full] }).settings.customEntries).toEqual([full]);
  });

  it.each<[string, Record<string, unknown>]>([
    ['a category switch given as text', { categories: { ...DEFAULT_SETTINGS.categories, 'place-name': 'yes' } }],
    ['an unknown highlight style', { highlightStyle: 'neon' }],
    ['an unknown severity threshold', { minSeverity: 'none' }],
    ['an empty pack id', { disabledPacks: [''] }],
    ['101 disabled packs', { disabledPacks: Array.from({ length: 101 }, (_, i) => `p${i}`) }],
    ['a host name in capitals', { disabledSites: ['Example.org'] }],
    ['a host name with a path', { autoSites: ['example.org/news'] }],
    ['a term id that is not kebab-case', { customEntries: [{ ...term, id: 'Cleansing Operation' }] }],
    ['a place-name custom term', { customEntries: [{ ...term, category: 'place-name' }] }],
    ['a term without patterns', { customEntries: [{ ...term, patterns: [] }] }],
    ['a term with an unknown severity', { customEntries: [{ ...term, severity: 'critical' }] }],
    ['a term whose forms are not text', { customEntries: [{ ...term, forms: { a: 1 } }] }],
    ['a term with an explanation over 500 characters', { customEntries: [{ ...term, explanation: 'x'.repeat(501) }] }],
  ])('refuses %s, and only that field falls back', (_name, fields) => {
    const key = Object.keys(fields)[0]!;
    const { settings, rejected } = loadSettingsFrom({ schemaVersion: SCHEMA_VERSION, highlightStyle: 'underline-only', ...fields, minSeverity: fields.minSeverity ?? 'high' });
    expect(rejected).toEqual([key]);
    expect(settings[key as keyof typeof settings]).toEqual(DEFAULT_SETTINGS[key as keyof typeof DEFAULT_SETTINGS]);
    if (key !== 'highlightStyle') expect(settings.highlightStyle).toBe('underline-only');
    if (key !== 'minSeverity') expect(settings.minSeverity).toBe('high');
  });
});
