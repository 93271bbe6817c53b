// The article this project started from, end to end with the shipped lexicon: the acceptance
// criteria of the engine issue, asserted on what a reader would see in the report.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine';
import { loadLexicon } from '../../scripts/lexicon/load';
import { SEED_ARTICLE as text } from '../support/seed-article';

const report = createEngine({ lexicon: loadLexicon().data }).analyze(text);
const places = report.findings.filter((f) => f.category === 'place-name');

describe('the seed article', () => {
  it('names Krasny Armeysk ×4 and Krasnoarmeysk as Pokrovsk', () => {
    const pokrovsk = places.filter((f) => f.canonical === 'Pokrovsk' && !f.mixedScript).map((f) => f.text);
    expect(pokrovsk.sort()).toEqual(['Krasnoarmeysk', 'Krasny Armeysk', 'Krasny Armeysk', 'Krasny Armeysk', 'Krasny Armeysk']);
  });

  it('reads Dimitrov as Myrnohrad', () => {
    expect(places.filter((f) => f.canonical === 'Myrnohrad').map((f) => f.text)).toEqual(['Dimitrov']);
  });

  it('reports Покровsk as mixed-script Pokrovsk, both times', () => {
    const mixed = places.filter((f) => f.mixedScript);
    expect(mixed.map((f) => [f.text, f.canonical])).toEqual([['Покровsk', 'Pokrovsk'], ['Покровsk', 'Pokrovsk']]);
  });

  it('flags "liberation" as a loaded term with neutral "capture"', () => {
    expect(report.findings.find((f) => f.text === 'liberation')).toMatchObject({ category: 'loaded-term', neutral: 'capture', quoted: false });
  });

  it('finds the military correspondent and both "reportedly" as unnamed sources', () => {
    const unnamed = report.findings.filter((f) => f.category === 'unnamed-source').map((f) => f.text);
    expect(unnamed).toEqual(expect.arrayContaining(['a military correspondent', 'reportedly']));
    expect(unnamed.filter((t) => t === 'reportedly')).toHaveLength(2);
  });

  it('lists Responsible Statecraft with its owner, cited "according to" and "quoted by"', () => {
    const rs = report.outlets.find((o) => o.name === 'Responsible Statecraft');
    expect(rs).toMatchObject({ known: true, country: 'US' });
    expect(rs!.owner).toMatch(/Quincy Institute/);
    expect(rs!.mentions.map((m) => m.how)).toEqual(['according to', 'quoted by']);
  });

  it('names the people it cites', () => {
    const people = report.sources.filter((s) => s.kind === 'person').map((s) => s.text);
    expect(people).toEqual(expect.arrayContaining(['Volodymyr Zelenskyy', 'Kimakovskiy']));
  });

  it('marks Kimakovskiy’s quoted words as quoted', () => {
    const inQuote = report.findings.filter((f) => f.start > text.indexOf('‘The connection') && f.end < text.indexOf('Kimakovskiy stated'));
    expect(inQuote.length).toBeGreaterThan(0);
    expect(inQuote.every((f) => f.quoted)).toBe(true);
  });

  it('rewords the first sentence: Pokrovsk in Latin script, no "liberation", no name twice', () => {
    const first = report.sentences[0]!;
    expect(first.start).toBe(0);
    expect(first.neutral).toContain('Pokrovsk (Russian name: Krasnoarmeysk)');
    expect(first.neutral).not.toMatch(/liberation|Покровsk|Krasny Armeysk/);
    expect(first.neutral.match(/Pokrovsk/g)).toHaveLength(1);
  });

  it('finds the Russian official vocabulary dominant', () => {
    expect(report.summary.lean).toBe('ru-official');
    expect(report.summary.counts['place-name']).toBeGreaterThanOrEqual(6);
  });

  it('every offset slices exactly its text', () => {
    for (const f of report.findings) expect(text.slice(f.start, f.end)).toBe(f.text);
    for (const s of report.sentences) expect(text.slice(s.start, s.end)).toBe(s.original);
  });
});
