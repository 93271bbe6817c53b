// A term file the options page accepts must survive the next settings load: the import schema
// (the lexicon's, src/lexicon/schema.ts) and the settings schema (src/shared/settings.ts) have
// different limits, and before this test one term over a settings limit (a reference of 600
// characters, a pattern of 300, 60 spellings) made the whole customEntries field invalid, so
// every custom term the reader had was replaced by the default: none.
import { describe, expect, it } from 'vitest';
import { parseTermsFile } from '../../src/options/terms-file';
import { loadSettingsFrom } from '../../src/shared/settings';

const good = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  category: 'loaded-term',
  patterns: [`phrase ${id}`],
  neutral: 'plain words',
  explanation: 'A phrase the reader wants flagged.',
  reference: 'https://en.wikipedia.org/wiki/Loaded_language',
  ...extra,
});

describe('imported terms survive the next settings load', () => {
  it.each([
    ['a 600-character reference', { reference: 'https://example.org/' + 'a'.repeat(580) }],
    ['a 300-character pattern', { patterns: ['word '.repeat(60).trim()] }],
    ['60 spellings', { patterns: Array.from({ length: 60 }, (_, i) => `spelling ${i}`) }],
  ])('one term with %s never costs the others', (_name, extra) => {
    const file = JSON.stringify({ version: 1, entries: [good('first-term'), good('odd-term', extra), good('last-term')] });
    const parsed = parseTermsFile(file);
    if (!parsed.ok) return; // refused at import with a message: nothing stored, nothing lost
    const { settings, rejected } = loadSettingsFrom({ schemaVersion: 1, customEntries: parsed.value });
    const kept = settings.customEntries.map((e) => e.id);
    // The valid terms always stay; the odd one is either kept or reported as rejected.
    expect(kept).toEqual(expect.arrayContaining(['first-term', 'last-term']));
    if (!kept.includes('odd-term')) expect(rejected).toContain('customEntries');
  });

  it('a stored list with one bad entry keeps the good ones', () => {
    const { settings, rejected } = loadSettingsFrom({
      schemaVersion: 1,
      customEntries: [good('first-term'), { id: 'Not Kebab', category: 'loaded-term', patterns: [] }, good('last-term')],
    });
    expect(settings.customEntries.map((e) => e.id)).toEqual(['first-term', 'last-term']);
    expect(rejected).toEqual(['customEntries']);
  });
});

describe('a hostile term file', () => {
  it.each([
    ['YAML __proto__', 'entries:\n  - id: x-term\n    category: loaded-term\n    patterns: [x]\n    neutral: y\n    explanation: e\n    reference: https://example.org/\n    __proto__: { polluted: true }\n'],
    ['JSON constructor.prototype', JSON.stringify({ entries: [{ ...good('x-term'), constructor: { prototype: { polluted: true } } }] })],
    ['top-level __proto__', '{"__proto__": {"polluted": true}, "entries": []}'],
    ['a YAML tag', 'entries: !!js/function "function () { return 1 }"\n'],
  ])('with %s is refused and pollutes nothing', (_name, source) => {
    const r = parseTermsFile(source);
    expect(r.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

