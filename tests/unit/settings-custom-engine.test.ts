// Settings' custom terms go to the engine as they are (src/content/index.ts, no cast): a term an
// older build stored with `neutral: null` (tests/fixtures/settings/v0.json and v1.json carry
// some) used to reach the engine as null, and analysing a page that used the term threw.
import { describe, expect, it } from 'vitest';
import { createEngine, type CustomEntry as EngineCustomEntry } from '../../src/engine/index';
import { loadSettingsFrom, SCHEMA_VERSION } from '../../src/shared/settings';

describe('stored custom terms reach the engine as the engine reads them', () => {
  it('a stored null neutral loads as "" and analysing a page with the term does not throw', () => {
    const stored = { id: 'zorblat-term', category: 'loaded-term', patterns: ['zorblat'], party: null, neutral: null, explanation: 'e', reference: 'https://example.org/' };
    const { settings, rejected } = loadSettingsFrom({ schemaVersion: SCHEMA_VERSION, customEntries: [stored] });
    expect(rejected).toEqual([]);
    expect(settings.customEntries[0]!.neutral).toBe('');
    const customEntries: EngineCustomEntry[] = settings.customEntries;
    const report = createEngine({ customEntries }).analyze('The zorblat was here.');
    expect(report.findings.map((f) => f.entryId)).toContain('zorblat-term');
  });
});
