// A term file the options page accepts must survive the next settings load: the import schema
// (the lexicon's, src/lexicon/schema.ts) and the settings schema (src/shared/settings.ts) have
// different limits, and before this test one term over a settings limit (a reference of 600
// characters, a pattern of 300, 60 spellings) made the whole customEntries field invalid, so
// every custom term the reader had was replaced by the default: none.
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lexicon/validate';
import { parseTermsFile, validateTerm } from '../../src/options/terms-file';
import { CUSTOM_TERM_LIMITS, loadSettingsFrom } from '../../src/shared/settings';

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
  // Before the import checked the storage limits (CUSTOM_TERM_LIMITS), such a file was
  // "imported" and its odd term silently dropped at the next load: now it is refused whole,
  // with the line, the entry and the field, and nothing is stored.
  it.each([
    ['a 600-character reference', { reference: 'https://example.org/' + 'a'.repeat(580) }, 'reference', /at most 500 characters/],
    ['a 300-character pattern', { patterns: ['word '.repeat(60).trim()] }, 'patterns.0', /at most 200 characters/],
    ['60 spellings', { patterns: Array.from({ length: 60 }, (_, i) => `spelling ${i}`) }, 'patterns', /at most 50 spellings/],
  ])('one term with %s is refused at import, naming its line and field', (_name, extra, field, reason) => {
    const file = JSON.stringify({ version: 1, entries: [good('first-term'), good('odd-term', extra), good('last-term')] }, null, 2);
    const parsed = parseTermsFile(file);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toHaveLength(1);
    const problem = parsed.problems[0]!;
    expect(problem).toMatchObject({ entry: 'odd-term', field });
    expect(problem.message).toMatch(reason);
    // The line is the odd term's own field, not the file's first line.
    const oddLine = file.split('\n').findIndex((l) => l.includes('"odd-term"')) + 1;
    expect(problem.line).toBeGreaterThan(oddLine);
    expect(formatProblem(null, problem)).toMatch(new RegExp(`^line ${problem.line}, entry odd-term, field ${field.replace('.', '\\.')}: `));
  });

  it('a term at every storage limit is imported and kept by the next load', () => {
    const atLimits = good('edge-term', {
      patterns: Array.from({ length: CUSTOM_TERM_LIMITS.patterns }, (_, i) => `s${i} `.padEnd(CUSTOM_TERM_LIMITS.patternLength, 'x')),
      reference: 'https://example.org/'.padEnd(CUSTOM_TERM_LIMITS.textLength, 'a'),
    });
    const parsed = parseTermsFile(JSON.stringify({ version: 1, entries: [good('first-term'), atLimits] }));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const { settings, rejected } = loadSettingsFrom({ schemaVersion: 1, customEntries: parsed.value });
    expect(settings.customEntries.map((e) => e.id)).toEqual(['first-term', 'edge-term']);
    expect(rejected).toEqual([]);
  });

  it('the add/edit form refuses the same term, naming the field', () => {
    const r = validateTerm(good('odd-term', { reference: 'https://example.org/' + 'a'.repeat(580) }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.field)).toEqual(['reference']);
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

