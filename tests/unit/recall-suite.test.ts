// Recall suite: framed texts written for this project in the style of a Russian state agency
// (TASS/RIA wire copy), a pro-Kremlin aggregator and Ukrainian wartime media, in English, Russian
// and Ukrainian. Each `<name>.txt` has a sidecar `<name>.ids`: line N lists the lexicon entry ids
// (terms, places, unnamed sources, editorializing, outlets) that must be found in paragraph N of
// the text ("-" for none). The test prints recall per file and requires every id to be found.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine';
import { loadLexicon } from '../../scripts/lexicon/load';
import { entryFinder } from '../support/entry-found';

const dir = join(import.meta.dirname, '../fixtures/recall');
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
const lexicon = loadLexicon();
const engine = createEngine({ lexicon: lexicon.data });
const foundIn = entryFinder(lexicon.data);

interface Line { start: number; end: number; ids: string[] }

function lines(text: string, sidecar: string): Line[] {
  const idLines = sidecar.split('\n').filter((l, i, all) => i < all.length - 1 || l.trim() !== '');
  const out: Line[] = [];
  let start = 0;
  for (const paragraph of text.split('\n')) {
    const end = start + paragraph.length;
    if (paragraph.trim()) {
      const ids = (idLines[out.length] ?? '').trim().split(/\s+/).filter((id) => id && id !== '-');
      out.push({ start, end, ids });
    }
    start = end + 1;
  }
  if (idLines.length !== out.length) throw new Error(`${idLines.length} id lines for ${out.length} paragraphs`);
  return out;
}

const results = files.map((file) => {
  const text = readFileSync(join(dir, file), 'utf8');
  const sidecar = readFileSync(join(dir, file.replace(/\.txt$/, '.ids')), 'utf8');
  const report = engine.analyze(text);
  const expected = lines(text, sidecar).flatMap((line, n) => line.ids.map((id) => ({ n: n + 1, id, line })));
  const missed = expected.filter((e) => !foundIn(report, e.id, e.line)).map((e) => `line ${e.n}: ${e.id}`);
  return { file, expected: expected.length, found: expected.length - missed.length, missed };
});

describe('recall corpus', () => {
  it('has at least 6 framed files in en, ru and uk, every id a lexicon entry', () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
    expect(new Set(files.map((f) => f.split('.').at(-2)))).toEqual(new Set(['en', 'ru', 'uk']));
    const known = new Set(lexicon.data.entries.map((e) => e.entry.id));
    const unknown = files.flatMap((f) =>
      readFileSync(join(dir, f.replace(/\.txt$/, '.ids')), 'utf8').split(/\s+/).filter((id) => id && id !== '-' && !known.has(id)));
    expect(unknown).toEqual([]);
  });

  it('prints recall per file', () => {
    console.table(results.map(({ file, expected, found }) => ({ file, expected, found, recall: `${((100 * found) / expected).toFixed(1)}%` })));
  });

  it.each(results.map((r) => [r.file, r] as const))('%s: every expected entry is found', (_file, r) => {
    expect(r.missed).toEqual([]);
  });
});
