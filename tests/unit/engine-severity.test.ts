// The reader's severity threshold is the engine's to apply: a finding below it is left out of
// the findings and of everything the report builds on them (sentences, their rewording, the
// unnamed sources, the counts), so no list disagrees with another.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine';

const TEXT = [
  'The commander acknowledged the grim reality of the situation.',
  'Russian forces completed the liberation of Krasnoarmeysk, a military correspondent reported.',
].join('\n');

describe('minSeverity', () => {
  const all = createEngine().analyze(TEXT);
  const medium = createEngine({ minSeverity: 'medium' }).analyze(TEXT);

  it('by default keeps low-severity findings (editorializing) with their sentence', () => {
    expect(all.findings.some((f) => f.severity === 'low')).toBe(true);
    expect(all.sentences.map((s) => s.original)).toContain('The commander acknowledged the grim reality of the situation.');
  });

  it('at "medium" leaves them out of the findings, the sentences and the counts', () => {
    expect(medium.findings.length).toBeGreaterThan(0);
    expect(medium.findings.every((f) => f.severity !== 'low')).toBe(true);
    expect(medium.sentences.map((s) => s.original)).not.toContain('The commander acknowledged the grim reality of the situation.');
    for (const s of medium.sentences) expect(s.findings.length).toBeGreaterThan(0);
    expect(medium.summary.counts.editorializing).toBe(0);
  });

  it('at "high" keeps only high-severity findings; the unnamed source (medium) leaves the sources too', () => {
    const high = createEngine({ minSeverity: 'high' }).analyze(TEXT);
    expect(high.findings.every((f) => f.severity === 'high')).toBe(true);
    expect(all.sources.some((s) => s.kind === 'unnamed')).toBe(true);
    expect(high.sources.some((s) => s.kind === 'unnamed')).toBe(false);
  });
});
