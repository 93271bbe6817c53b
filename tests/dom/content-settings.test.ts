// Settings the content script applies: the three-step load (validate, migrate, fill defaults),
// each numbered migration, the storage layout, and message validation by shape and sender.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS, SCHEMA_VERSION, isSiteDisabled, loadSettingsFrom, readSettings, writeSettings, type SettingsArea,
} from '../../src/shared/settings';
import { migration001 } from '../../src/shared/migrations/001-normalize-site-lists';
import { MIGRATIONS } from '../../src/shared/migrations';
import { MESSAGES, parseMessage, senderKind, TO_CONTENT } from '../../src/shared/messages';

describe('three-step settings load', () => {
  it.each([
    ['nothing stored', undefined],
    ['not an object', 'garbage'],
    ['an array', [1, 2]],
  ])('gives the defaults for %s', (_n, raw) => {
    expect(loadSettingsFrom(raw).settings).toEqual(DEFAULT_SETTINGS);
  });

  it('replaces an invalid field by its default and keeps the others', () => {
    const { settings, rejected } = loadSettingsFrom({ schemaVersion: 1, highlightStyle: 'neon', disabledSites: ['example.org'] });
    expect(settings.highlightStyle).toBe('colours');
    expect(settings.disabledSites).toEqual(['example.org']);
    expect(rejected).toEqual(['highlightStyle']);
  });

  it('turns on a category the stored object does not know yet', () => {
    const { settings } = loadSettingsFrom({ schemaVersion: 1, categories: { 'loaded-term': false } });
    expect(settings.categories).toEqual({ ...DEFAULT_SETTINGS.categories, 'loaded-term': false });
  });

  it('migrates an unversioned store and records the version', () => {
    const { settings, migrated } = loadSettingsFrom({ disabledSites: ['https://WWW.Example.org/news'] });
    expect(migrated).toEqual(['001-normalize-site-lists']);
    expect(settings.disabledSites).toEqual(['example.org']);
    expect(settings.schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('runs no migration on a current store', () => {
    expect(loadSettingsFrom({ schemaVersion: SCHEMA_VERSION }).migrated).toEqual([]);
  });

  it('numbers migrations by their position', () => {
    MIGRATIONS.forEach((m, i) => expect(m.name.startsWith(String(i + 1).padStart(3, '0'))).toBe(true));
  });
});

describe('001-normalize-site-lists', () => {
  it.each([
    [['https://www.reuters.com/world/'], ['reuters.com']],
    [['TASS.RU', 'tass.ru', 'tass.ru.'], ['tass.ru']],
    [['example.org:8080'], ['example.org']],
    [['not a host', 42, null, 'localhost'], []],
  ])('%j → %j', (input, output) => {
    expect(migration001.up({ disabledSites: input, autoSites: input })).toEqual({ disabledSites: output, autoSites: output });
  });

  it('leaves a non-list for field validation to reject', () => {
    expect(migration001.up({ disabledSites: 'x' })).toEqual({ disabledSites: 'x' });
  });
});

describe('site matching', () => {
  it.each([
    ['reuters.com', true],
    ['www.reuters.com', true],
    ['uk.reuters.com', true],
    ['notreuters.com', false],
    ['reuters.com.evil.net', false],
  ])('%s disabled by "reuters.com": %s', (host, disabled) => {
    expect(isSiteDisabled({ ...DEFAULT_SETTINGS, disabledSites: ['reuters.com'] }, host)).toBe(disabled);
  });
});

function memoryArea(): SettingsArea & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return {
    data,
    get: async (keys) => (keys ? Object.fromEntries(keys.filter((k) => k in data).map((k) => [k, data[k]])) : { ...data }),
    set: async (items) => void Object.assign(data, structuredClone(items)),
    remove: async (keys) => keys.forEach((k) => delete data[k]),
  };
}

describe('storage layout', () => {
  it('round-trips through sync, moving a large custom list to local', async () => {
    const sync = memoryArea();
    const local = memoryArea();
    const customEntries = Array.from({ length: 80 }, (_, i) => ({
      id: `custom-${i}`, category: 'loaded-term' as const, patterns: [`term number ${i}`], party: null, neutral: 'word',
      explanation: 'A reader-added term with an explanation long enough to fill the sync quota.', reference: 'https://example.org/',
    }));
    const settings = { ...DEFAULT_SETTINGS, customEntries };
    await writeSettings(sync, local, settings);
    expect(sync.data.customEntries).toBeUndefined();
    expect(local.data.customEntries).toHaveLength(80);
    expect((await readSettings(sync, local)).settings).toEqual(settings);
    await writeSettings(sync, local, DEFAULT_SETTINGS);
    expect(local.data.customEntries).toBeUndefined();
    expect((await readSettings(sync, local)).settings).toEqual(DEFAULT_SETTINGS);
  });
});

describe('messages', () => {
  const own = 'abcdef';
  const origin = 'chrome-extension://abcdef/';
  const content = senderKind({ id: own, url: 'https://www.reuters.com/a', tab: { id: 3 } }, own, origin);
  const popup = senderKind({ id: own, url: `${origin}src/popup/index.html` }, own, origin);

  it('tells senders apart', () => {
    expect(content).toBe('content');
    expect(popup).toBe('extension');
    expect(senderKind({ id: 'other', url: 'https://x.org', tab: { id: 1 } }, own, origin)).toBeNull();
    expect(senderKind({ id: own, url: 'chrome://newtab', tab: { id: 1 } }, own, origin)).toBeNull();
  });

  it.each([
    ['a known message from an allowed sender', { type: 'scanTab', payload: { tabId: 4 } }, 'extension', true],
    ['a page-side sender for a popup message', { type: 'scanTab', payload: { tabId: 4 } }, 'content', false],
    ['a wrong payload shape', { type: 'scanTab', payload: { tabId: 'x' } }, 'extension', false],
    ['an unknown type', { type: 'eval', payload: {} }, 'extension', false],
    ['an inherited key as type', { type: 'toString', payload: {} }, 'extension', false],
    ['a report with a bad finding', { type: 'report', payload: { url: 'u', report: { version: 1, findings: [{}] } } }, 'content', false],
    ['a null report (clear the badge)', { type: 'report', payload: { url: 'u', report: null } }, 'content', true],
    ['no sender kind', { type: 'rescan', payload: {} }, null, false],
  ] as const)('%s', (_n, raw, kind, accepted) => {
    expect(parseMessage(raw, kind, MESSAGES) !== null).toBe(accepted);
  });

  // The content script parses with its own map, and so carries no other part's schemas.
  it.each([
    ['its own request', { type: 'rescan', payload: {} }, 'extension', true],
    ['a finding to scroll to', { type: 'scrollToFinding', payload: { findingId: 'x@1' } }, 'extension', true],
    ['a report, the background\'s to take', { type: 'report', payload: { url: 'u', report: null } }, 'content', false],
    ['a scan request, the background\'s to take', { type: 'scanTab', payload: { tabId: 4 } }, 'extension', false],
  ] as const)('the content script takes %s: %s', (_n, raw, kind, accepted) => {
    expect(parseMessage(raw, kind, TO_CONTENT) !== null).toBe(accepted);
  });
});
