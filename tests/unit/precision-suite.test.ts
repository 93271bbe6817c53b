// Precision suite: neutral reporting (agency-style war reports, sports, history, science, energy,
// cooking, economy, travel, culture, world news) in English, Russian and Ukrainian, written for
// this project. A neutral text must not show a single loaded term or party-specific place name,
// quoted or not. Unnamed sources and editorializing are counted honestly per file and held under a
// ceiling: the few that remain are real vague attributions, listed below. innocent-uses.*.txt are
// single sentences from the second and third precision probes, each using a word of the lexicon
// in its innocent sense (the liberation of Auschwitz, a training regime, the People's Liberation
// Army, освобождение от физкультуры, изюм as raisins, звільнили з роботи) and each checked by
// hand to be clean.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine';
import type { Report } from '../../src/shared/report';
import { loadLexicon } from '../../scripts/lexicon/load';

const dir = join(import.meta.dirname, '../fixtures/precision');
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
// The lexicon straight from the YAML files, so the suite never runs against a stale compile.
const engine = createEngine({ lexicon: loadLexicon().data });

// Findings still reported in the corpus, each checked by hand and defensible:
// - war-report.{en,uk}.txt "Russian-installed officials said Ukrainian shelling had cut power"
//   ("призначені Росією посадовці заявили"): the officials are unnamed in that sentence (the
//   governor is named only in the next one).
// - war-report.{en,ru,uk}.txt "according to Western military officials and independent analysts"
//   ("по оценкам западных военных", "за оцінками західних військових"): unnamed officials; agency
//   copy does write this, and the reader still cannot tell who they are.
// - world-news.en.txt "Israel's military and Gaza health officials said": unnamed officials.
// - world-news.en.txt "Analysts said the change was largely one of name": unnamed analysts.
// A new finding above these ceilings is either a false flag to fix in the lexicon or a vague
// attribution to list here.
const CEILING = { 'unnamed-source': 7, editorializing: 0 } as const;

const reports = new Map<string, { text: string; words: number; report: Report }>();
for (const file of files) {
  const text = readFileSync(join(dir, file), 'utf8');
  reports.set(file, { text, words: text.split(/\s+/).filter(Boolean).length, report: engine.analyze(text) });
}

function show(text: string, report: Report, categories: string[]): string[] {
  return report.findings
    .filter((f) => categories.includes(f.category))
    .map((f) => `${f.entryId} "${f.text}" in: …${text.slice(Math.max(0, f.start - 60), f.end + 40).replace(/\n/g, ' ')}…`);
}

describe('precision corpus', () => {
  it('has at least 12 files, 6000 words, in en, ru and uk', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
    const total = [...reports.values()].reduce((n, r) => n + r.words, 0);
    expect(total).toBeGreaterThanOrEqual(6000);
    const langs = new Set(files.map((f) => f.split('.').at(-2)));
    expect([...langs].sort()).toEqual(['en', 'ru', 'uk']);
  });

  it.each(files)('%s: no loaded term and no party-specific place name', (file) => {
    const { text, report } = reports.get(file)!;
    expect(show(text, report, ['loaded-term', 'place-name'])).toEqual([]);
  });

  it('unnamed sources and editorializing stay under their ceilings (counts printed)', () => {
    const rows = files.map((file) => {
      const { words, report } = reports.get(file)!;
      const count = (c: string) => report.findings.filter((f) => f.category === c).length;
      return {
        file, words,
        'loaded-term': count('loaded-term'),
        'place-name': count('place-name'),
        'unnamed-source': count('unnamed-source'),
        editorializing: count('editorializing'),
      };
    });
    console.table(rows);
    for (const [category, ceiling] of Object.entries(CEILING)) {
      const all = files.flatMap((file) => {
        const { text, report } = reports.get(file)!;
        return show(text, report, [category]).map((s) => `${file}: ${s}`);
      });
      expect(all.length, `${category}:\n${all.join('\n')}`).toBeLessThanOrEqual(ceiling);
    }
  });
});
